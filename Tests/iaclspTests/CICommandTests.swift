import Foundation
import TestSupport
import Testing

/// End-to-end tests of the CI options: formats, `--output`, exit codes, baselines and `--diff-base` in a real
/// temporary git repository.
@Suite("iaclsp --check in CI")
struct CICommandTests {
  static let stack = """
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

  /// The stack with lines added at the top (shifting the old findings) and a new mistake on a new line.
  static let editedStack = """
    # A comment that moves everything down.
    # Another one.
    from aws_cdk import (
        Stack,
        aws_cloudfront_origins as origins,
        aws_lambda as lambda_,
    )


    class TapStack(Stack):
        def build(self, bucket):
            origins.S3Origin(bucket, origin_access_identity=identity)
            lambda_.LogGroup(self, "Logs")
            origins.S3Origin(self.logs_bucket)

    """

  static let gitEnvironment = ["GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null", "GITHUB_ACTIONS": ""]

  func project(_ stack: String = stack) throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try directory.write("cdk.json", #"{"app": "python3 app.py"}"#)
    try directory.write("app.py", "import aws_cdk as cdk\nfrom lib.stack import TapStack\napp = cdk.App()\nTapStack(app, 'T')\napp.synth()\n")
    try directory.write("lib/stack.py", stack)
    return directory
  }

  @discardableResult
  func git(_ arguments: [String], in directory: String) async throws -> String {
    let (status, data) = try await onOwnThread { () throws -> (Int32, Data) in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["git", "-c", "user.name=iaclsp tests", "-c", "user.email=tests@example.com", "-c", "commit.gpgsign=false"]
        + arguments
      process.currentDirectoryURL = URL(fileURLWithPath: directory)
      var environment = ProcessInfo.processInfo.environment
      for (key, value) in Self.gitEnvironment { environment[key] = value }
      process.environment = environment
      let out = Pipe()
      process.standardOutput = out
      process.standardError = FileHandle.nullDevice
      try process.run()
      let data = out.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (process.terminationStatus, data)
    }
    #expect(status == 0, "git \(arguments.joined(separator: " ")) failed")
    return String(decoding: data, as: UTF8.self)
  }

  func run(_ arguments: [String], in directory: String, environment: [String: String] = [:]) async throws -> ToolRunner.Result {
    try await ToolRunner.run(arguments, in: directory, environment: Self.gitEnvironment.merging(environment) { $1 })
  }

  func codesAndLines(_ json: String) throws -> [String] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    return diagnostics.map { diagnostic in
      let start = (diagnostic["range"] as? [String: [String: Int]])?["start"]
      return "\(diagnostic["code"] as? String ?? "?")@\(start?["line"] ?? 0)"
    }
  }

  @Test func diffBaseAndBaselineInAGitRepository() async throws {
    let directory = try project()
    try await git(["init", "-q"], in: directory.path)
    try await git(["add", "."], in: directory.path)
    try await git(["commit", "-q", "-m", "first"], in: directory.path)

    let written = try await run(["--check", ".", "--write-baseline", "baseline.json"], in: directory.path)
    #expect(written.status == 0, "\(written.stderr)")
    #expect(written.stderr.contains("Wrote 2 findings to the baseline baseline.json."))
    #expect(written.stdout.isEmpty)

    // Nothing changed yet: nothing to report on changed lines.
    let unchanged = try await run(["--check", ".", "--diff-base", "HEAD", "--format", "json"], in: directory.path)
    #expect(unchanged.status == 0)
    #expect(try codesAndLines(unchanged.stdout).isEmpty)

    try directory.write("lib/stack.py", Self.editedStack)
    let all = try await run(["--check", ".", "--format", "json"], in: directory.path)
    #expect(try codesAndLines(all.stdout) == ["IAC101@12", "IAC102@13", "IAC101@14"])

    let changed = try await run(["--check", ".", "--diff-base", "HEAD", "--format", "json"], in: directory.path)
    #expect(changed.status == 1, "\(changed.stderr)")
    // Line 1 and 2 are new too, but hold no finding; the shifted old findings are not on changed lines.
    #expect(try codesAndLines(changed.stdout) == ["IAC101@14"])

    let baselined = try await run(["--check", ".", "--baseline", "baseline.json", "--format", "json"], in: directory.path)
    #expect(baselined.status == 1)
    #expect(try codesAndLines(baselined.stdout) == ["IAC101@14"])
    #expect(baselined.stderr.contains("2 findings hidden by the baseline baseline.json."))

    // A new untracked file counts as changed everywhere.
    try directory.write("lib/extra.py", "from aws_cdk import aws_cloudfront_origins as origins\norigins.S3Origin(b)\n")
    let untracked = try await run(["--check", ".", "--diff-base", "HEAD", "--format", "json"], in: directory.path)
    #expect(try codesAndLines(untracked.stdout) == ["IAC101@2", "IAC101@14"])

    // Committed changes count as well when compared with an older revision.
    try await git(["add", "."], in: directory.path)
    try await git(["commit", "-q", "-m", "second"], in: directory.path)
    let sinceFirst = try await run(["--check", ".", "--diff-base", "HEAD~1", "--format", "json"], in: directory.path)
    #expect(try codesAndLines(sinceFirst.stdout) == ["IAC101@2", "IAC101@14"])
    let sinceHead = try await run(["--check", ".", "--diff-base", "HEAD"], in: directory.path)
    #expect(sinceHead.status == 0)

    // Run from a subdirectory, paths are still relative to the repository.
    let nested = try await run(["--check", ".", "--format", "github", "--diff-base", "HEAD~1"], in: directory.path + "/lib")
    #expect(nested.stdout.split(separator: "\n").map { $0.prefix(35) } == ["::warning file=lib/extra.py,line=2,", "::warning file=lib/stack.py,line=14"])

    let unknown = try await run(["--check", ".", "--diff-base", "no-such-ref"], in: directory.path)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("unknown git revision `no-such-ref`"))
  }

  @Test func diffBaseOutsideARepositoryIsAnError() async throws {
    let directory = try project()
    let path = directory.path
    let probe = try await onOwnThread { () throws -> Int32 in
      let probe = Process()
      probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      probe.arguments = ["git", "-C", path, "rev-parse", "--show-toplevel"]
      probe.standardOutput = FileHandle.nullDevice
      probe.standardError = FileHandle.nullDevice
      try probe.run()
      probe.waitUntilExit()
      return probe.terminationStatus
    }
    guard probe != 0 else { return }  // the temporary directory is inside a repository
    let result = try await run(["--check", ".", "--diff-base", "HEAD"], in: directory.path)
    #expect(result.status == 2)
    #expect(result.stderr.contains("is not in a git repository"))
  }

  @Test func baselineErrors() async throws {
    let directory = try project()
    let missing = try await run(["--check", ".", "--baseline", "nope.json"], in: directory.path)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("nope.json"))
    try directory.write("bad.json", "[1, 2]")
    let bad = try await run(["--check", ".", "--baseline", "bad.json"], in: directory.path)
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("not a baseline"))
  }

  @Test func exitCodes() async throws {
    let directory = try project()
    #expect(try await run(["--check", "."], in: directory.path).status == 1)
    #expect(try await run(["--check", ".", "--exit-zero"], in: directory.path).status == 0)
    // Only the warning remains: --fail-on error passes, --fail-on warning fails.
    #expect(try await run(["--check", ".", "--ignore", "IAC102", "--fail-on", "error"], in: directory.path).status == 0)
    #expect(try await run(["--check", ".", "--ignore", "IAC102", "--fail-on", "warning"], in: directory.path).status == 1)
    #expect(try await run(["--check", ".", "--ignore", "IAC102", "--fail-on", "info"], in: directory.path).status == 1)
    #expect(try await run(["--check", ".", "--fail-on", "fatal"], in: directory.path).status == 2)
    // A finding downgraded to info does not fail by default.
    try directory.write("iaclsp.toml", "[severity]\nIAC101 = \"info\"\n")
    let info = try await run(["--check", ".", "--ignore", "IAC102"], in: directory.path)
    #expect(info.stdout.contains("[info]"), "\(info.stdout)\(info.stderr)")
    #expect(info.status == 0)
    #expect(try await run(["--check", ".", "--ignore", "IAC102", "--fail-on", "info"], in: directory.path).status == 1)
    // I/O errors still exit 2 with --exit-zero.
    #expect(try await run(["--check", "missing", "--exit-zero"], in: directory.path).status == 2)
  }

  @Test func sarifRecordsSuppressedFindingsWithTheirReasons() async throws {
    let suppressed = Self.stack
      .replacingOccurrences(of: "identity)\n", with: "identity)  # iaclsp: ignore[IAC101] -- migrating next sprint\n")
      .replacingOccurrences(of: "\"Logs\")\n", with: "\"Logs\")  # iaclsp: ignore[wrong-module-member]\n")
    let directory = try project(suppressed)
    let sarif = try await run(["--check", ".", "--format", "sarif"], in: directory.path)
    // Suppressed findings never fail the run.
    #expect(sarif.status == 0, "\(sarif.stdout)\(sarif.stderr)")
    let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
    let run0 = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run0["results"] as? [[String: Any]])
    #expect(results.map { $0["ruleId"] as? String } == ["IAC101", "IAC102"])
    #expect(results[0]["suppressions"] as? [[String: String]] == [["kind": "inSource", "justification": "migrating next sprint"]])
    #expect(results[1]["suppressions"] as? [[String: String]] == [["kind": "inSource"]])
    let rules = try #require(((run0["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == ["IAC101", "IAC102"])
    // The other formats leave them out.
    let json = try await run(["--check", ".", "--format", "json"], in: directory.path)
    #expect(json.status == 0)
    #expect(!json.stdout.contains("IAC101") && !json.stdout.contains("IAC102"), "\(json.stdout)")
    // With --diff-base, only the suppressed findings on changed lines are kept.
    try await git(["init", "-q"], in: directory.path)
    try await git(["add", "."], in: directory.path)
    try await git(["commit", "-q", "-m", "first"], in: directory.path)
    try directory.write("lib/stack.py", suppressed + "        origins.S3Origin(self.logs)  # iaclsp: ignore[IAC101] -- new\n")
    let changed = try await run(["--check", ".", "--format", "sarif", "--diff-base", "HEAD"], in: directory.path)
    #expect(changed.status == 0, "\(changed.stderr)")
    let changedLog = try #require(try JSONSerialization.jsonObject(with: Data(changed.stdout.utf8)) as? [String: Any])
    let changedResults = try #require((changedLog["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    #expect(changedResults.map { ($0["suppressions"] as? [[String: String]])?.first?["justification"] } == ["new"])
    // With one suppression removed, that finding is an active result again and fails the run.
    try directory.write("lib/stack.py", suppressed.replacingOccurrences(of: "  # iaclsp: ignore[wrong-module-member]", with: ""))
    let partly = try await run(["--check", ".", "--format", "sarif"], in: directory.path)
    #expect(partly.status == 1)
    let partlyLog = try #require(try JSONSerialization.jsonObject(with: Data(partly.stdout.utf8)) as? [String: Any])
    let partlyResults = try #require((partlyLog["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    #expect(partlyResults.map { $0["ruleId"] as? String } == ["IAC102", "IAC101"])
    #expect(partlyResults.map { $0["suppressions"] == nil } == [true, false])
  }

  @Test func outputFileAndFormats() async throws {
    let directory = try project()
    let sarif = try await run(["--check", ".", "--format", "sarif", "--output", "report.sarif"], in: directory.path)
    #expect(sarif.status == 1)
    #expect(sarif.stdout.isEmpty)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(try directory.read("report.sarif").utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let run0 = try #require((log["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run0["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "iaclsp")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == ["IAC101", "IAC102"])
    let help = try #require(rules[0]["help"] as? [String: String])
    #expect(help["markdown"]?.hasPrefix("# deprecated-s3-origin (IAC101)") == true)

    let gitlab = try await run(["--check", ".", "--output-format", "gitlab"], in: directory.path)
    let issues = try #require(try JSONSerialization.jsonObject(with: Data(gitlab.stdout.utf8)) as? [[String: Any]])
    #expect(issues.count == 2)

    let junit = try await run(["--check", ".", "--format", "junit"], in: directory.path)
    #expect(junit.stdout.contains("<testcase classname=\"lib/stack.py\" name=\"IAC101 deprecated-s3-origin\">"))
    #expect(junit.stdout.contains("<testcase classname=\"app.py\" name=\"iaclsp\"/>"))

    let lines = try await run(["--check", ".", "--format", "json-lines"], in: directory.path)
    #expect(lines.stdout.split(separator: "\n").count == 2)

    let statistics = try await run(["--check", ".", "--statistics"], in: directory.path)
    #expect(statistics.stdout == "1  IAC101  [*] deprecated-s3-origin\n1  IAC102  [*] wrong-module-member\n")
    #expect(statistics.status == 1)
    #expect(try await run(["--check", ".", "--statistics", "--format", "sarif"], in: directory.path).status == 2)

    let unwritable = try await run(["--check", ".", "--output", directory.path + "/no/such/dir/out.txt"], in: directory.path)
    #expect(unwritable.status == 2)
    #expect(unwritable.stderr.contains("cannot write"))
  }

  @Test func githubActionsDefaultsToAnnotationsAndWritesTheSummary() async throws {
    let directory = try project()
    try directory.write("summary.md", "# Earlier step\n")
    let result = try await run(
      ["--check", "."], in: directory.path,
      environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": directory.path + "/summary.md"])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines[0] == "::warning file=lib/stack.py,line=10,col=9,endLine=10,endColumn=25,title=IAC101 deprecated-s3-origin::"
      + "`S3Origin` is deprecated%3A it grants access through a legacy origin access identity (OAI)".replacingOccurrences(of: "%3A", with: ":"))
    #expect(lines[1].hasPrefix("::error file=lib/stack.py,line=11,col=9,"))
    let summary = try directory.read("summary.md")
    #expect(summary.hasPrefix("# Earlier step\n## iaclsp\n"))
    #expect(summary.contains("| IAC102 | [wrong-module-member]("))
    #expect(summary.contains("| `lib/stack.py` | 2 |"))

    // An explicit format wins over the Actions default.
    let text = try await run(["--check", ".", "--format", "text"], in: directory.path, environment: ["GITHUB_ACTIONS": "true"])
    #expect(text.stdout.hasPrefix("lib/stack.py:10:9: IAC101"))
  }
}
