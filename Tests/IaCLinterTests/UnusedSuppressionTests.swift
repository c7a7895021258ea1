import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import TestSupport
import Testing

/// `unused-suppression` (IAC002), reasons after ` -- `, and `suppression-without-reason` (IAC003).
@Suite("Unused suppressions and reasons")
struct UnusedSuppressionTests {
  static let deprecated = """
    from aws_cdk import aws_cloudfront_origins as origins
    origin = origins.S3Origin(bucket)
    """
  static let clean = """
    from aws_cdk import aws_cloudfront_origins as origins
    origin = origins.S3BucketOrigin.with_origin_access_control(bucket)
    """

  func check(_ text: String, settings: LinterSettings = LinterSettings(), path: String = "lib/stack.py") -> [Diagnostic] {
    Linter(settings: settings).check(SourceFile(path: path, text: text))
  }

  func fixed(_ text: String, path: String = "lib/stack.py") -> String {
    let outcome = Linter().fix(SourceFile(path: path, text: text), allowing: [.safe])
    return String(decoding: outcome.bytes, as: UTF8.self)
  }

  /// Whether CPython's parser accepts the text (run, and waited for, on a thread of its own).
  func pythonParses(_ text: String) async throws -> Bool {
    try await onOwnThread {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["python3", "-c", "import ast, sys; ast.parse(sys.stdin.read())"]
      let input = Pipe()
      process.standardInput = input
      process.standardError = FileHandle.nullDevice
      try process.run()
      input.fileHandleForWriting.write(Data(text.utf8))
      try input.fileHandleForWriting.close()
      process.waitUntilExit()
      return process.terminationStatus == 0
    }
  }

  @Test func usedSuppressionIsNotReported() {
    #expect(check(Self.deprecated + "  # iaclsp: ignore[IAC101]").isEmpty)
  }

  @Test func unusedCodeIsReportedAtTheDirective() throws {
    let text = Self.clean + "  # iaclsp: ignore[IAC101]"
    let findings = check(text)
    #expect(findings.map(\.code) == ["IAC002"])
    let finding = try #require(findings.first)
    #expect(SourceFile(path: "x.py", text: text).text(finding.range) == "iaclsp: ignore[IAC101]")
    #expect(finding.fix?.applicability == .safe)
  }

  @Test func onlyTheUnusedCodeOfSeveralIsReported() throws {
    let text = Self.deprecated + "  # iaclsp: ignore[IAC101, wrong-module-member]"
    let findings = check(text)
    #expect(findings.map(\.code) == ["IAC002"])
    #expect(findings.first?.message.contains("`wrong-module-member`") == true)
    #expect(fixed(text) == Self.deprecated + "  # iaclsp: ignore[IAC101]")
  }

  @Test func fixRemovesATrailingComment() async throws {
    let text = Self.clean + "  # iaclsp: ignore[IAC101] -- stale\nx = 1\n"
    let result = fixed(text)
    #expect(result == Self.clean + "\nx = 1\n")
    #expect(try await pythonParses(result))
  }

  @Test func fixRemovesACommentAloneOnItsLine() async throws {
    let text = "import os\n    # iaclsp: ignore[IAC101]\nx = 1\n"
    #expect(fixed(text) == "import os\nx = 1\n")
    let last = "x = 1\n# iaclsp: ignore[IAC101]"
    #expect(fixed(last) == "x = 1")
    #expect(try await pythonParses(fixed(last)))
  }

  @Test func fixKeepsTheRestOfASharedComment() {
    let text = "x = 1  # noqa: E501  iaclsp: ignore[IAC101] -- stale\n"
    #expect(fixed(text) == "x = 1  # noqa: E501\n")
  }

  @Test func typeScriptBlockComment() {
    let text = "const x = 1; /* iaclsp: ignore[IAC101] -- stale */\n"
    #expect(check(text, path: "lib/stack.ts").map(\.code) == ["IAC002"])
    #expect(fixed(text, path: "lib/stack.ts") == "const x = 1;\n")
  }

  @Test func rulesThatDidNotRunAreNotJudged() {
    let text = Self.clean + "  # iaclsp: ignore[IAC101]"
    // `--select` without IAC101: the suppression may still be needed when IAC101 runs again.
    #expect(check(text, settings: LinterSettings(select: ["IAC002", "IAC102"])).isEmpty)
    #expect(check(text, settings: LinterSettings(ignore: ["IAC101"])).isEmpty)
    // Turned off for this file.
    var perFile = LinterSettings()
    perFile.perFileIgnores = [(pattern: "lib/*.py", selectors: ["IAC101"])]
    #expect(check(text, settings: perFile).isEmpty)
    // IAC002 itself turned off.
    #expect(check(text, settings: LinterSettings(ignore: ["IAC002"])).isEmpty)
  }

  @Test func projectRulesAndBareIgnoresAreNotJudged() {
    // missing-cdk-json runs over the whole project, apart from the file's rules.
    #expect(check("x = 1  # iaclsp: ignore[IAC501]").isEmpty)
    #expect(check("x = 1  # iaclsp: ignore").isEmpty)
  }

  @Test func unusedIgnoreFileCodeIsReported() {
    #expect(check("# iaclsp: ignore-file[IAC101]\n" + Self.clean).map(\.code) == ["IAC002"])
    #expect(check("# iaclsp: ignore-file[IAC101]\n" + Self.deprecated).isEmpty)
  }

  @Test func unusedSuppressionCanItselfBeSuppressed() {
    #expect(check("# iaclsp: ignore-file[IAC002]\n" + Self.clean + "  # iaclsp: ignore[IAC101]").isEmpty)
  }

  @Test func reasonsAreRead() throws {
    let text = Self.deprecated + "  # iaclsp: ignore[IAC101] -- migrating next sprint\n// x\n"
    let file = SourceFile(path: "lib/stack.py", text: text)
    let suppressions = Suppressions(file: file, registry: .shared)
    #expect(suppressions.entries.map(\.reason) == ["migrating next sprint"])
    #expect(suppressions.reason(code: "IAC101", line: 1) == "migrating next sprint")
    #expect(suppressions.reason(code: "IAC102", line: 1) == nil)
    let typeScript = SourceFile(path: "lib/stack.ts", text: "f(); /* iaclsp: ignore[IAC101] --  legacy  */\ng(); // iaclsp: ignore[IAC101] --\n")
    #expect(Suppressions(file: typeScript, registry: .shared).entries.map(\.reason) == ["legacy", nil])
  }

  @Test func lintKeepsSuppressedFindingsWithTheirReasons() {
    let text = """
      from aws_cdk import aws_cloudfront_origins as origins
      a = origins.S3Origin(bucket)  # iaclsp: ignore[IAC101] -- migrating next sprint
      # iaclsp: ignore[deprecated-s3-origin]
      b = origins.S3Origin(bucket)
      c = origins.S3Origin(bucket)
      """
    let result = Linter().lint(FileModel(SourceFile(path: "lib/stack.py", text: text)))
    let file = SourceFile(path: "lib/stack.py", text: text)
    #expect(result.diagnostics.map { file.line(of: $0.range.start) } == [4])
    #expect(result.suppressed.map { file.line(of: $0.diagnostic.range.start) } == [1, 3])
    #expect(result.suppressed.map(\.reason) == ["migrating next sprint", nil])
    #expect(result.suppressed.allSatisfy { $0.diagnostic.code == "IAC101" })
    // `check` reports what `lint` does, without the suppressed findings.
    #expect(Linter().check(file) == result.diagnostics)
    // A file-wide suppression's reason is the justification of every finding it silences.
    let fileWide = Linter().lint(FileModel(SourceFile(path: "lib/stack.py", text: "# iaclsp: ignore-file[IAC101] -- legacy\n" + text)))
    #expect(fileWide.diagnostics.isEmpty)
    #expect(fileWide.suppressed.map(\.reason) == ["migrating next sprint", "legacy", "legacy"])
  }

  @Test func requireReasonReportsSuppressionsWithoutOne() {
    var settings = LinterSettings()
    settings.options.requireReason = true
    #expect(check(Self.deprecated + "  # iaclsp: ignore[IAC101]", settings: settings).map(\.code) == ["IAC003"])
    #expect(check(Self.deprecated + "  # iaclsp: ignore[IAC101] -- legacy origin", settings: settings).isEmpty)
    #expect(check(Self.deprecated + "  # iaclsp: ignore[IAC101]").isEmpty)
  }

  @Test func requireReasonIsReadFromTheConfiguration() throws {
    let configuration = try #require(try Configuration.parse("require-reason = true\n", path: "iaclsp.toml", directory: "."))
    #expect(configuration.settings().options.requireReason)
    #expect(throws: ConfigurationError.self) { try Configuration.parse("require-reason = 1\n", path: "iaclsp.toml", directory: ".") }
  }
}
