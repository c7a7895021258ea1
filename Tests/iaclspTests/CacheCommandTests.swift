import Foundation
import Testing

/// `--cache-dir`, `--no-cache` and `--shard` on the command line.
@Suite("iaclsp --check cache and shards")
struct CacheCommandTests {
  func project() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try directory.write("cdk.json", #"{"app": "python3 app.py"}"#)
    try directory.write("app.py", "import aws_cdk as cdk\napp = cdk.App()\napp.synth()\n")
    try directory.write("lib/stack.py", CheckCommandTests.mistakes)
    return directory
  }

  @Test func aWarmRunPrintsWhatTheColdRunPrinted() async throws {
    let directory = try project()
    let cold = try await ToolRunner.run(["--check", ".", "--cache-dir", "cache"], in: directory.path)
    #expect(directory.exists("cache/CACHEDIR.TAG"))
    #expect(!directory.exists(".iaclsp_cache"))
    let warm = try await ToolRunner.run(["--check", ".", "--cache-dir", "cache"], in: directory.path)
    #expect(cold.status == 1)
    #expect(warm.status == cold.status)
    #expect(warm.stdout == cold.stdout)
    #expect(warm.stdout.contains("IAC101"))
  }

  @Test func theCacheGoesToTheRootOfTheRunUnlessToldOtherwise() async throws {
    let directory = try project()
    _ = try await ToolRunner.run(["--check", "."], in: directory.path, environment: ["IACLSP_CACHE_DIR": ""])
    #expect(directory.exists(".iaclsp_cache/CACHEDIR.TAG"))
    _ = try await ToolRunner.run(["--check", "."], in: directory.path, environment: ["IACLSP_CACHE_DIR": directory.path + "/env"])
    #expect(directory.exists("env/CACHEDIR.TAG"))
    try directory.write("iaclsp.toml", "cache-dir = \"configured\"\n")
    _ = try await ToolRunner.run(["--check", "."], in: directory.path, environment: ["IACLSP_CACHE_DIR": ""])
    #expect(directory.exists("configured/CACHEDIR.TAG"))
  }

  @Test func noCacheAndFixingWriteNoCache() async throws {
    let directory = try project()
    _ = try await ToolRunner.run(["--check", ".", "--no-cache"], in: directory.path, environment: ["IACLSP_CACHE_DIR": ""])
    _ = try await ToolRunner.run(["--check", ".", "--diff"], in: directory.path, environment: ["IACLSP_CACHE_DIR": ""])
    _ = try await ToolRunner.run(["--check", "."], in: directory.path, environment: ["IACLSP_CACHE_DIR": "", "IACLSP_NO_CACHE": "1"])
    // SARIF records suppressed findings too, which the cache does not keep.
    _ = try await ToolRunner.run(["--check", ".", "--format", "sarif"], in: directory.path, environment: ["IACLSP_CACHE_DIR": ""])
    #expect(!directory.exists(".iaclsp_cache"))
  }

  @Test(arguments: ["0/3", "4/3", "x", "2/", "1/0"])
  func aBadShardIsAUsageError(value: String) async throws {
    let directory = try project()
    let result = try await ToolRunner.run(["--check", ".", "--shard", value], in: directory.path)
    #expect(result.status == 2)
    #expect(result.stderr.contains("--shard takes i/n"))
    #expect(result.stderr.contains("`\(value)`"))
  }
}
