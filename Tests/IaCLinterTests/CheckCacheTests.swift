import Foundation
import IaCLinter
import IaCRules
import Testing

/// The cache of `CheckRunner`: a warm run reuses findings, and exactly what changed is checked again.
@Suite("Check cache")
struct CheckCacheTests {
  static let stack = """
    from aws_cdk import Stack, aws_cloudfront_origins as origins, aws_lambda as lambda_


    class TapStack(Stack):
        def build(self, bucket):
            origins.S3Origin(bucket)
            lambda_.LogGroup(self, "Logs")
    """
  static let app = "import aws_cdk as cdk\nfrom lib.stack import TapStack\napp = cdk.App()\nTapStack(app, 'T')\napp.synth()\n"

  /// Two CDK projects, `a` and `b`, each with findings; `c` runs an entry point that does not exist.
  func monorepo() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    for name in ["a", "b"] {
      try directory.write("\(name)/cdk.json", #"{"app": "python3 app.py"}"#)
      try directory.write("\(name)/requirements.txt", "aws-cdk-lib==2.150.0\n")
      try directory.write("\(name)/app.py", CheckCacheTests.app)
      try directory.write("\(name)/lib/stack.py", CheckCacheTests.stack)
    }
    try directory.write("c/cdk.json", #"{"app": "python3 build/main.py"}"#)
    try directory.write("c/lib/stack.py", CheckCacheTests.stack)
    return directory
  }

  func runner(_ cache: String?, select: [String]? = nil, version: String = "test") -> CheckRunner {
    let options = CheckOptions(cache: cache.map { CacheSettings(directory: $0, toolVersion: version) })
    return CheckRunner(commandLine: LinterSettings(select: select), options: options)
  }

  /// The findings of a run without a cache, as `code path:start`.
  func fresh(_ directory: TemporaryDirectory) -> [String] {
    summary(runner(nil).run(paths: [directory.path]))
  }

  func summary(_ report: CheckReport) -> [String] {
    report.diagnostics.map { "\($0.code) \($0.path):\($0.range.start)" }
  }

  /// The directories (`a`, `b`, `c`) whose files the run parsed.
  func parsedProjects(_ report: CheckReport, in directory: TemporaryDirectory) -> Set<String> {
    Set(report.sources.keys.map { String($0.dropFirst(directory.path.count + 1).prefix { $0 != "/" }) })
  }

  @Test func warmRunParsesNothingAndReportsTheSame() throws {
    let directory = try monorepo()
    let cache = directory.path + "/.iaclsp_cache"
    let cold = runner(cache).run(paths: [directory.path])
    #expect(parsedProjects(cold, in: directory) == ["a", "b", "c"])
    let warm = runner(cache).run(paths: [directory.path])
    #expect(warm.sources.isEmpty)
    #expect(summary(warm) == summary(cold))
    #expect(summary(warm) == fresh(directory))
    #expect(warm.diagnostics == cold.diagnostics)
    #expect(warm.filesChecked == cold.filesChecked)
    #expect(warm.checkedFiles == cold.checkedFiles)
    #expect(Set(summary(warm).map { String($0.prefix(6)) }) == ["IAC101", "IAC102", "IAC502"])
    #expect(directory.exists(".iaclsp_cache/CACHEDIR.TAG"))
    #expect(try directory.read(".iaclsp_cache/.gitignore").contains("\n*\n"))
  }

  /// A runner as `iaclsp --check` makes it: streaming, so that findings can be reused without reading the sources.
  /// `racyWindow` 0 trusts identities of files written just before the run.
  func streaming(_ cache: String, racyWindow: Int64 = 0) -> CheckRunner {
    var options = CheckOptions(cache: CacheSettings(directory: cache, toolVersion: "test"), keepsSources: false)
    options.racyWindow = racyWindow
    return CheckRunner(commandLine: LinterSettings(), options: options)
  }

  @Test func sourcesWithUnchangedIdentitiesAreNotRead() throws {
    let directory = try monorepo()
    try directory.write("a/lib/bundle.js", "var x = \"" + String(repeating: "x", count: 2_100) + "\";\n")
    let cache = directory.path + "/cache"
    let cold = streaming(cache).run(paths: [directory.path])
    #expect(cold.sourcesRead == 6)
    let warm = streaming(cache).run(paths: [directory.path])
    #expect(warm.sourcesRead == 0)
    #expect(warm.diagnostics == cold.diagnostics)
    #expect(warm.filesChecked == cold.filesChecked)
    #expect(warm.checkedFiles == cold.checkedFiles)
    // What reading said (the bundle is skipped) is said again, and the report still has the files it shows.
    #expect(cold.notes.contains { $0.path.hasSuffix("a/lib/bundle.js") })
    #expect(warm.notes == cold.notes)
    #expect(Set(warm.documents.keys) == Set(cold.documents.keys))
    #expect(warm.documents == cold.documents)

    // A source written again reads its project: new bytes give new findings.
    try directory.write("b/lib/stack.py", "from aws_cdk import Stack\n\n\nclass TapStack(Stack):\n    pass\n")
    let changed = streaming(cache).run(paths: [directory.path])
    #expect(changed.sourcesRead == 2)
    #expect(summary(changed) == fresh(directory))
    #expect(streaming(cache).run(paths: [directory.path]).sourcesRead == 0)
  }

  @Test func theSameBytesWithNewIdentitiesAreReadOnce() throws {
    let directory = try monorepo()
    let cache = directory.path + "/cache"
    let cold = streaming(cache).run(paths: [directory.path])
    // A checkout that rewrites a file with the same bytes: the project is read, its findings are reused, and the
    // entry learns the new identities.
    try directory.write("a/app.py", CheckCacheTests.app)
    let rewritten = streaming(cache).run(paths: [directory.path])
    #expect(rewritten.sourcesRead == 2)
    #expect(rewritten.sources.isEmpty)
    #expect(rewritten.diagnostics == cold.diagnostics)
    #expect(streaming(cache).run(paths: [directory.path]).sourcesRead == 0)
  }

  @Test func identitiesOfFilesThatHaveJustChangedAreNotTrusted() throws {
    let directory = try monorepo()
    let cache = directory.path + "/cache"
    // Every file was written a moment ago: within the window, a change could keep its times on a coarse clock.
    let cold = streaming(cache, racyWindow: 3_600_000_000_000).run(paths: [directory.path])
    let warm = streaming(cache, racyWindow: 3_600_000_000_000).run(paths: [directory.path])
    #expect(warm.sourcesRead == cold.sourcesRead)
    #expect(warm.diagnostics == cold.diagnostics)
  }

  @Test func aChangedMarkerOrManifestRechecksExactlyItsProject() throws {
    let directory = try monorepo()
    let cache = directory.path + "/cache"
    _ = runner(cache).run(paths: [directory.path])
    try directory.write("a/cdk.json", #"{"app": "python3 missing.py"}"#)
    let afterMarker = runner(cache).run(paths: [directory.path])
    #expect(parsedProjects(afterMarker, in: directory) == ["a"])
    #expect(summary(afterMarker) == fresh(directory))
    #expect(summary(afterMarker).contains { $0.hasPrefix("IAC502") && $0.contains("/a/cdk.json") })

    try directory.write("b/requirements.txt", "aws-cdk-lib==2.160.0\n")
    let afterManifest = runner(cache).run(paths: [directory.path])
    #expect(parsedProjects(afterManifest, in: directory) == ["b"])
    #expect(summary(afterManifest) == fresh(directory))
  }

  @Test func factsReadBatchByBatchKeyTheCacheAsFactsReadAtOnce() throws {
    let directory = try monorepo()
    let cache = directory.path + "/cache"
    let streaming = CheckOptions(
      cache: CacheSettings(directory: cache, toolVersion: "test"), keepsSources: false, batchFiles: 1)
    let streamed = CheckRunner(commandLine: LinterSettings(), options: streaming).run(paths: [directory.path])
    #expect(summary(streamed) == fresh(directory))
    // A run that keeps every parse finds every project in the cache a streamed run wrote.
    let warm = runner(cache).run(paths: [directory.path])
    #expect(warm.sources.isEmpty)
    #expect(summary(warm) == summary(streamed))

    // A lock file that pins another package changes the facts of its project alone.
    try directory.write("b/package-lock.json", #"{"packages": {"node_modules/@pulumi/aws": {"version": "6.83.0"}}}"#)
    let afterLock = runner(cache).run(paths: [directory.path])
    #expect(parsedProjects(afterLock, in: directory) == ["b"])
    #expect(summary(afterLock) == fresh(directory))
    try directory.write("a/requirements.txt", "# pinned\r\naws-cdk-lib==2.160.0\r\n")
    let afterManifest = CheckRunner(commandLine: LinterSettings(), options: streaming).run(paths: [directory.path])
    #expect(summary(afterManifest) == fresh(directory))
    #expect(runner(cache).run(paths: [directory.path]).sources.isEmpty)
  }

  @Test func aChangedSourceRechecksItsProjectWithTheNewFindings() throws {
    let directory = try monorepo()
    let cache = directory.path + "/cache"
    _ = runner(cache).run(paths: [directory.path])
    try directory.write("b/lib/stack.py", "from aws_cdk import Stack\n\n\nclass TapStack(Stack):\n    pass\n")
    let report = runner(cache).run(paths: [directory.path])
    #expect(parsedProjects(report, in: directory) == ["b"])
    #expect(!summary(report).contains { $0.contains("/b/lib/") })
    #expect(summary(report) == fresh(directory))
  }

  @Test func aPathAProjectRuleAskedAboutIsWatched() throws {
    let directory = try monorepo()
    let cache = directory.path + "/cache"
    let before = runner(cache).run(paths: [directory.path])
    #expect(summary(before).contains { $0.hasPrefix("IAC502") && $0.contains("/c/cdk.json") })
    // `build` is never walked, so the entry point is no source; only its existence changes.
    try directory.write("c/build/main.py", CheckCacheTests.app)
    let after = runner(cache).run(paths: [directory.path])
    #expect(!summary(after).contains { $0.hasPrefix("IAC502") && $0.contains("/c/cdk.json") })
    #expect(summary(after) == fresh(directory))
  }

  @Test func settingsConfigurationAndVersionAreKeys() throws {
    let directory = try monorepo()
    let cache = directory.path + "/cache"
    _ = runner(cache).run(paths: [directory.path])
    let selected = runner(cache, select: ["IAC101"]).run(paths: [directory.path])
    #expect(parsedProjects(selected, in: directory) == ["a", "b", "c"])
    #expect(Set(selected.diagnostics.map(\.code)) == ["IAC101"])

    try directory.write("a/iaclsp.toml", "ignore = [\"IAC101\"]\n")
    let configured = runner(cache, select: ["IAC101"]).run(paths: [directory.path])
    #expect(parsedProjects(configured, in: directory) == ["a"])
    #expect(!configured.diagnostics.contains { $0.path.contains("/a/") })

    let otherVersion = runner(cache, select: ["IAC101"], version: "other").run(paths: [directory.path])
    #expect(parsedProjects(otherVersion, in: directory) == ["a", "b", "c"])
  }

  @Test func aCorruptCacheIsIgnoredAndRebuilt() throws {
    let directory = try monorepo()
    let cache = directory.path + "/cache"
    let cold = runner(cache).run(paths: [directory.path])
    let entries = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasPrefix("project-") }
    #expect(entries.count == 3)
    for (index, entry) in entries.enumerated() {
      let path = cache + "/" + entry
      var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      switch index {
      case 0: bytes = Array(bytes.prefix(bytes.count / 2))
      case 1: bytes[bytes.count / 2] ^= 0xFF
      default: bytes = Array("not a cache".utf8)
      }
      try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
    let rebuilt = runner(cache).run(paths: [directory.path])
    #expect(parsedProjects(rebuilt, in: directory) == ["a", "b", "c"])
    #expect(rebuilt.diagnostics == cold.diagnostics)
    let warm = runner(cache).run(paths: [directory.path])
    #expect(warm.sources.isEmpty)
    #expect(warm.diagnostics == cold.diagnostics)
  }

  @Test func entriesOfProjectsThatAreGoneArePruned() throws {
    let directory = try monorepo()
    let cache = directory.path + "/cache"
    _ = runner(cache).run(paths: [directory.path])
    try FileManager.default.removeItem(atPath: directory.path + "/c")
    let report = runner(cache).run(paths: [directory.path])
    #expect(report.sources.isEmpty)
    let entries = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasPrefix("project-") }
    #expect(entries.count == 2)
  }
}
