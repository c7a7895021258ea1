import Foundation
import Testing

/// End-to-end tests of `iaclsp --check`: outputs, exit codes, fixes.
@Suite("iaclsp --check")
struct CheckCommandTests {
  static let mistakes = """
    from aws_cdk import (
        Stack,
        aws_cloudfront_origins as origins,
        aws_lambda as lambda_,
    )


    class TapStack(Stack):
        def build(self, bucket):
            origins.S3Origin(bucket, origin_access_identity=identity)
            lambda_.LogGroup(self, "Logs")
    """

  func project(_ stack: String = mistakes) throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try directory.write("cdk.json", #"{"app": "python3 app.py"}"#)
    try directory.write("app.py", "import aws_cdk as cdk\nfrom lib.stack import TapStack\napp = cdk.App()\nTapStack(app, 'T')\napp.synth()\n")
    try directory.write("lib/stack.py", stack)
    return directory
  }

  @Test func textOutputAndExitCodeOne() async throws {
    let directory = try project()
    let result = try await ToolRunner.run(["--check", "."], in: directory.path)
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("lib/stack.py:10:9: IAC101 [warning] `S3Origin` is deprecated: it grants access through a legacy origin access identity (OAI) (deprecated-s3-origin)"))
    #expect(lines.contains { $0.hasPrefix("lib/stack.py:11:9: IAC102 [error] ") && $0.hasSuffix("(wrong-module-member)") })
    #expect(lines.contains("Found 2 findings (1 error, 1 warning); 2 files checked."))
    #expect(lines.contains("[*] 2 fixable with `--fix`."))
  }

  @Test func cleanProjectExitsZero() async throws {
    let directory = try project("from aws_cdk import Stack\n\nclass TapStack(Stack):\n    pass\n")
    let result = try await ToolRunner.run(["--check", "."], in: directory.path)
    #expect(result.status == 0)
    #expect(result.stdout == "All checks passed; 2 files checked.\n")
  }

  @Test func jsonOutput() async throws {
    let directory = try project()
    let result = try await ToolRunner.run(["--check", directory.path + "/lib", "--format", "json"], in: directory.path)
    #expect(result.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    #expect(object["files"] as? Int == 1)
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.map { $0["code"] as? String } == ["IAC101", "IAC102"])
    let first = diagnostics[0]
    #expect(first["name"] as? String == "deprecated-s3-origin")
    #expect(first["severity"] as? String == "warning")
    #expect(first["path"] as? String == "lib/stack.py")
    #expect(first["url"] as? String == "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html")
    let range = try #require(first["range"] as? [String: [String: Int]])
    #expect(range["start"] == ["line": 10, "column": 9])
    #expect(range["end"] == ["line": 10, "column": 25])
    let fix = try #require(first["fix"] as? [String: Any])
    #expect(fix["applicability"] as? String == "safe")
    let edits = try #require(fix["edits"] as? [[String: Any]])
    #expect(edits.first?["newText"] as? String == "origins.S3BucketOrigin.with_origin_access_identity")
    #expect(edits.first?["path"] as? String == "lib/stack.py")
  }

  @Test func columnsCountCharactersNotBytes() async throws {
    let directory = try project("from aws_cdk import aws_cloudfront_origins as origins\nx = ('ü😀', origins.S3Origin(b))\n")
    let result = try await ToolRunner.run(["--check", "lib/stack.py"], in: directory.path)
    #expect(result.stdout.hasPrefix("lib/stack.py:2:12: IAC101"))
  }

  @Test func fixWritesAndSecondFixChangesNothing() async throws {
    let directory = try project()
    let first = try await ToolRunner.run(["--check", ".", "--fix"], in: directory.path)
    #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
    #expect(first.stdout.contains("Fixed 2 findings; 0 remaining."))
    let fixed = try directory.read("lib/stack.py")
    #expect(fixed.contains("origins.S3BucketOrigin.with_origin_access_identity(bucket, origin_access_identity=identity)"))
    #expect(fixed.contains("logs.LogGroup(self, \"Logs\")"))
    #expect(fixed.contains("    aws_logs as logs,\n"))
    let second = try await ToolRunner.run(["--check", ".", "--fix"], in: directory.path)
    #expect(second.status == 0)
    #expect(try directory.read("lib/stack.py") == fixed)
  }

  @Test func fixKeepsPermissions() async throws {
    let directory = try project()
    let path = directory.path + "/lib/stack.py"
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    _ = try await ToolRunner.run(["--check", ".", "--fix"], in: directory.path)
    let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(permissions == 0o640)
  }

  @Test func diffWritesNothing() async throws {
    let directory = try project()
    let result = try await ToolRunner.run(["--check", ".", "--diff"], in: directory.path)
    #expect(result.status == 1)
    #expect(result.stdout.contains("--- a/lib/stack.py\n+++ b/lib/stack.py\n"))
    #expect(result.stdout.contains("\n-        origins.S3Origin(bucket, origin_access_identity=identity)\n"))
    #expect(result.stdout.contains("\n+        origins.S3BucketOrigin.with_origin_access_identity(bucket, origin_access_identity=identity)\n"))
    #expect(result.stderr.contains("Would fix 2 findings in 1 file."))
    #expect(try directory.read("lib/stack.py") == Self.mistakes)
  }

  @Test func unsafeFixesCreateMissingFiles() async throws {
    let directory = try TemporaryDirectory()
    try directory.write("lib/tap_stack.py", "from aws_cdk import Stack\n\nclass TapStack(Stack):\n    pass\n")
    let plain = try await ToolRunner.run(["--check", ".", "--fix"], in: directory.path)
    #expect(plain.status == 1)
    #expect(!directory.exists("cdk.json"))
    let unsafe = try await ToolRunner.run(["--check", ".", "--fix", "--unsafe-fixes"], in: directory.path)
    #expect(unsafe.status == 0, "\(unsafe.stdout)")
    #expect(try directory.read("cdk.json") == "{\n  \"app\": \"python3 tap.py\"\n}\n")
    #expect(try directory.read("tap.py").contains("from lib.tap_stack import TapStack"))
  }

  @Test func selectAndIgnore() async throws {
    let directory = try project()
    let selected = try await ToolRunner.run(["--check", ".", "--select", "IAC102"], in: directory.path)
    #expect(selected.stdout.contains("IAC102") && !selected.stdout.contains("IAC101"))
    let ignored = try await ToolRunner.run(["--check", ".", "--ignore", "deprecated-s3-origin,IAC102"], in: directory.path)
    #expect(ignored.status == 0)
    let unknown = try await ToolRunner.run(["--check", ".", "--select", "IAC9"], in: directory.path)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("unknown rule selector"))
  }

  @Test func usageAndPathErrorsExitTwo() async throws {
    let directory = try project()
    let missing = try await ToolRunner.run(["--check", "nope"], in: directory.path)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("nope: No such file or directory"))
    #expect(try await ToolRunner.run(["--check"], in: directory.path).status == 2)
    #expect(try await ToolRunner.run(["--check", ".", "--format", "xml"], in: directory.path).status == 2)
    #expect(try await ToolRunner.run(["--check", ".", "--fix", "--diff"], in: directory.path).status == 2)
    // With no arguments iaclsp is the language server; its input (/dev/null here) ends at once, without
    // `shutdown`, so it exits with 1.
    let bare = try await ToolRunner.run([], in: directory.path)
    #expect(bare.status == 1)
    #expect(bare.stdout.isEmpty)
    #expect(try await ToolRunner.run(["--help"]).status == 0)
    let version = try await ToolRunner.run(["--version"])
    #expect(version.status == 0 && version.stdout.hasPrefix("iaclsp "))
  }

  @Test func fixRefusesAReadOnlyFileAndKeepsIt() async throws {
    guard getuid() != 0 else { return }  // root may write anything
    let directory = try project()
    let path = directory.path + "/lib/stack.py"
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    let result = try await ToolRunner.run(["--check", ".", "--fix"], in: directory.path)
    #expect(result.status == 2)
    #expect(try directory.read("lib/stack.py") == Self.mistakes)
  }

  @Test func killedBetweenWriteAndRenameLeavesTheOriginal() async throws {
    let directory = try project()
    let result = try await ToolRunner.run(["--check", ".", "--fix"], in: directory.path, environment: ["IACLSP_TEST_ABORT_BEFORE_RENAME": "lib/stack.py"])
    #expect(result.status != 0 && result.status != 1)
    #expect(try directory.read("lib/stack.py") == Self.mistakes)
  }
}
