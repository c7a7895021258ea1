import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// The CI formats on hand-made findings whose messages and paths hold the characters each format must escape.
@Suite("CI reporters")
struct CIReporterTests {
  static let base = "/repo"
  static let paths = ReportPaths(base: base)
  /// A path with `%`, `:`, `,` and a space in it.
  static let awkwardPath = "/repo/lib/50% off: a,b c.py"
  static let source = "x = 1\nbucket = origins.S3Origin(b)  # 100%\n"
  static let documents: [String: [UInt8]] = [awkwardPath: Array(source.utf8)]

  static func finding(
    message: String = "50% done: a, b\nsecond line\r\nthird",
    severity: Severity = .warning,
    range: TextRange = TextRange(start: 15, end: 31),
    fix: Fix? = nil
  ) -> Diagnostic {
    Diagnostic(
      code: "IAC101", name: "deprecated-s3-origin", severity: severity, path: awkwardPath, range: range,
      message: message, url: "https://example.com/rule", fix: fix)
  }

  // MARK: GitHub

  @Test func githubEscapesPropertiesAndMessages() {
    let output = GitHubReporter(paths: Self.paths).render([Self.finding()], documents: Self.documents)
    #expect(output == "::warning file=lib/50%25 off%3A a%2Cb c.py,line=2,col=10,endLine=2,endColumn=26,"
      + "title=IAC101 deprecated-s3-origin::50%25 done: a, b%0Asecond line%0D%0Athird\n")
  }

  @Test func githubEscapeFunctions() {
    #expect(GitHubReporter.escapeData("a%b:c,d\ne\rf") == "a%25b:c,d%0Ae%0Df")
    #expect(GitHubReporter.escapeProperty("a%b:c,d\ne\rf") == "a%25b%3Ac%2Cd%0Ae%0Df")
    // `%` is escaped first, so an escape sequence in the input is not decoded by the runner.
    #expect(GitHubReporter.escapeData("%0A") == "%250A")
  }

  @Test func githubSeveritiesAndMultilineRanges() {
    let error = Self.finding(message: "m", severity: .error)
    let info = Self.finding(message: "m", severity: .info, range: TextRange(start: 0, end: 10))
    let output = GitHubReporter(paths: Self.paths).render([error, info], documents: Self.documents)
    let lines = output.split(separator: "\n")
    #expect(lines[0].hasPrefix("::error file="))
    // Across lines, GitHub takes no columns.
    #expect(lines[1] == "::notice file=lib/50%25 off%3A a%2Cb c.py,line=1,endLine=2,title=IAC101 deprecated-s3-origin::m")
  }

  @Test func stepSummaryCountsRulesAndFiles() {
    let summary = GitHubStepSummary(paths: Self.paths, documentationURL: { "https://docs/\($0.name).md" })
      .render([Self.finding(message: "a|b"), Self.finding(message: "c")], files: 3)
    #expect(summary.contains("Found 2 findings (2 warning) in 3 files checked."))
    #expect(summary.contains("| IAC101 | [deprecated-s3-origin](https://docs/deprecated-s3-origin.md) | warning | 2 | 0 |"))
    #expect(summary.contains("| `lib/50% off: a,b c.py` | 2 |"))
    let clean = GitHubStepSummary(paths: Self.paths, documentationURL: { _ in "" }).render([], files: 1)
    #expect(clean == "## iaclsp\n\nAll checks passed; 1 file checked.\n\n")
  }

  // MARK: SARIF

  static func sarif(_ diagnostics: [Diagnostic], suppressed: [SuppressedDiagnostic] = []) -> String {
    SARIFReporter(tool: CIFormatSnapshotTests.tool(), paths: paths).render(diagnostics, suppressed: suppressed, documents: documents)
  }

  /// The one run of `sarif`, which is expected to validate against the SARIF 2.1.0 schema.
  static func validatedRun(_ sarif: String) throws -> [String: Any] {
    let value = try #require(JSONValue.parse(Array(sarif.utf8)))
    let errors = try SARIFSchema.validator().validate(value)
    #expect(errors.isEmpty, "\(errors)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    return try #require((object["runs"] as? [[String: Any]])?.first)
  }

  /// The ids of `tool.driver.rules` in a run.
  static func ruleIDs(_ run: [String: Any]) -> [String?] {
    let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
    return ((driver?["rules"] as? [[String: Any]]) ?? []).map { $0["id"] as? String }
  }

  /// A rule without a documentation address (a custom rule with no `url`) gets no `helpUri`, which must be a URI.
  @Test func aRuleWithoutAnAddressHasNoHelpURI() throws {
    let tool = SARIFReporter.Tool(
      version: "0.0.0-test", informationURI: "https://example.com/iaclsp", helpMarkdown: { "# \($0.name)\n" },
      helpURI: { _ in "" })
    let run = try Self.validatedRun(SARIFReporter(tool: tool, paths: Self.paths).render([Self.finding()], documents: Self.documents))
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rule = try #require((driver["rules"] as? [[String: Any]])?.first)
    #expect(rule["helpUri"] == nil)
    #expect(((rule["help"] as? [String: Any])?["text"] as? String)?.contains("See") == false)
  }

  @Test func sarifWithAwkwardTextValidatesAndRoundTrips() throws {
    let fix = Fix(title: "Use `S3BucketOrigin`", applicability: .unsafe, edits: [
      .replace(TextRange(start: 15, end: 31), with: "origins.S3BucketOrigin"),
      .createFile("/repo/cdk.json", contents: "{\"app\": \"python3 app.py\"}\n"),
    ])
    let run = try Self.validatedRun(Self.sarif([Self.finding(fix: fix), Self.finding(message: "second", severity: .hint)]))
    #expect(Self.ruleIDs(run) == ["IAC101"])
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 2)
    let first = results[0]
    #expect((first["message"] as? [String: Any])?["text"] as? String == "50% done: a, b\nsecond line\r\nthird")
    #expect(first["ruleIndex"] as? Int == 0)
    #expect(first["level"] as? String == "warning")
    #expect(results[1]["level"] as? String == "note")
    let location = try #require((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    let artifact = try #require(location["artifactLocation"] as? [String: Any])
    #expect(artifact["uri"] as? String == "lib/50%25%20off%3A%20a%2Cb%20c.py")
    #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
    #expect(location["region"] as? [String: Int] == ["startLine": 2, "startColumn": 10, "endLine": 2, "endColumn": 26])
    let fingerprints = try #require(first["partialFingerprints"] as? [String: String])
    let second = try #require(results[1]["partialFingerprints"] as? [String: String])
    #expect(fingerprints["iaclsp/v1"] != nil && fingerprints != second)
    let fixes = try #require(first["fixes"] as? [[String: Any]])
    #expect((fixes[0]["artifactChanges"] as? [Any])?.count == 2)
    #expect(results[1]["fixes"] == nil)
  }

  @Test func suppressedFindingsCarryTheirJustification() throws {
    let active = Self.finding(message: "active")
    let suppressed = [
      SuppressedDiagnostic(Self.finding(message: "with reason", severity: .error), reason: "migrating \"next\" sprint"),
      SuppressedDiagnostic(Self.finding(message: "without reason"), reason: nil),
    ]
    let sarif = Self.sarif([active], suppressed: suppressed)
    let run = try Self.validatedRun(sarif)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.map { ($0["message"] as? [String: Any])?["text"] as? String } == ["active", "with reason", "without reason"])
    #expect(results[0]["suppressions"] == nil)
    let justified = try #require(results[1]["suppressions"] as? [[String: String]])
    #expect(justified == [["kind": "inSource", "justification": "migrating \"next\" sprint"]])
    #expect(results[1]["level"] as? String == "error")
    #expect(results[2]["suppressions"] as? [[String: String]] == [["kind": "inSource"]])
    // Each result has its own fingerprint, and the active finding's is the one it has without the others.
    let fingerprints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["iaclsp/v1"] }
    #expect(Set(fingerprints).count == 3)
    let aloneResult = try #require((try Self.validatedRun(Self.sarif([active]))["results"] as? [[String: Any]])?.first)
    #expect((aloneResult["partialFingerprints"] as? [String: String])?["iaclsp/v1"] == fingerprints[0])
    // A suppression of a kind SARIF does not define fails the schema, so the check above has teeth.
    let broken = try #require(JSONValue.parse(Array(sarif.replacingOccurrences(of: "\"inSource\"", with: "\"inline\"").utf8)))
    #expect(!(try SARIFSchema.validator()).validate(broken).isEmpty)
  }

  @Test func suppressedFindingsAloneListTheirRules() throws {
    let suppressed = [SuppressedDiagnostic(Self.finding(), reason: "legacy")]
    let run = try Self.validatedRun(Self.sarif([], suppressed: suppressed))
    #expect(Self.ruleIDs(run) == ["IAC101"])
    #expect((run["results"] as? [[String: Any]])?.first?["ruleIndex"] as? Int == 0)
  }

  @Test func brokenSARIFFailsTheValidator() throws {
    let validator = try SARIFSchema.validator()
    let sarif = Self.sarif([Self.finding()])
    let breakages: [(String, String)] = [
      ("\"version\":\"2.1.0\"", "\"version\":\"2.0.0\""),
      ("\"level\":\"warning\"", "\"level\":\"serious\""),
      ("\"startLine\":2", "\"startLine\":0"),
      ("\"ruleIndex\":0", "\"ruleIndex\":\"0\""),
      ("\"message\":{\"text\":", "\"message\":{\"txt\":"),
      ("\"name\":\"iaclsp\",", ""),
      ("\"informationUri\":\"https://example.com/iaclsp\"", "\"informationUri\":\"not a uri\""),
    ]
    for (original, broken) in breakages {
      #expect(sarif.contains(original), "the SARIF no longer contains \(original)")
      let value = try #require(JSONValue.parse(Array(sarif.replacingOccurrences(of: original, with: broken).utf8)))
      #expect(!validator.validate(value).isEmpty, "replacing \(original) with \(broken) still validates")
    }
  }

  @Test func validatorRejectsUnknownKeywords() throws {
    let schema = try #require(JSONValue.parse(Array(#"{"type": "object", "patternProperties": {}}"#.utf8)))
    let value = try #require(JSONValue.parse(Array("{}".utf8)))
    #expect(!JSONSchemaValidator(schema: schema).validate(value).isEmpty)
  }

  // MARK: GitLab, JUnit, JSON lines, statistics

  @Test func gitlabIssues() throws {
    let output = GitLabReporter(paths: Self.paths).render([Self.finding(), Self.finding(severity: .error)], documents: Self.documents)
    let issues = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    #expect(issues.count == 2)
    #expect(issues[0]["check_name"] as? String == "deprecated-s3-origin")
    #expect(issues[0]["description"] as? String == "IAC101 50% done: a, b\nsecond line\r\nthird")
    #expect(issues[0]["severity"] as? String == "major")
    #expect(issues[1]["severity"] as? String == "critical")
    let location = try #require(issues[0]["location"] as? [String: Any])
    #expect(location["path"] as? String == "lib/50% off: a,b c.py")
    #expect((location["lines"] as? [String: Int])?["begin"] == 2)
    // Same code, same rule, same file: the fingerprints still differ.
    #expect(issues[0]["fingerprint"] as? String != issues[1]["fingerprint"] as? String)
    #expect(GitLabReporter(paths: Self.paths).render([], documents: [:]) == "[]\n")
  }

  @Test func junitEscapesAndGroups() throws {
    let output = JUnitReporter(paths: Self.paths).render(
      [Self.finding(message: "<a & \"b\">\u{1}"), Self.finding(message: "two")],
      checkedFiles: [Self.awkwardPath, "/repo/clean.py"], documents: Self.documents)
    #expect(output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"iaclsp\" tests=\"2\" failures=\"1\" errors=\"0\">\n"))
    #expect(output.contains("<testcase classname=\"clean.py\" name=\"iaclsp\"/>"))
    #expect(output.contains("<failure type=\"IAC101\" message=\"2 findings\">lib/50% off: a,b c.py:2:10: [warning] &lt;a &amp; &quot;b&quot;&gt;\u{FFFD}\nlib/50% off: a,b c.py:2:10: [warning] two</failure>"))
    let document = try XMLDocument(xmlString: output)
    #expect(try document.nodes(forXPath: "//testcase").count == 2)
  }

  @Test func jsonLinesAreTheJSONDiagnostics() throws {
    let output = JSONLinesReporter().render([Self.finding(), Self.finding(message: "two")], documents: Self.documents)
    let lines = output.split(separator: "\n")
    #expect(lines.count == 2)
    for line in lines {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(Set(object.keys) == ["code", "name", "severity", "path", "range", "message", "url", "fix", "resource"])
    }
  }

  @Test func statisticsCountPerRule() {
    let safe = Fix(title: "t", applicability: .safe, edits: [.replace(TextRange(start: 0, end: 1), with: "y")])
    var other = Self.finding()
    other.code = "IAC501"
    other.name = "missing-cdk-json"
    let output = StatisticsReporter().render([Self.finding(fix: safe), Self.finding(fix: safe), other])
    #expect(output == "2  IAC101  [*] deprecated-s3-origin\n1  IAC501  [ ] missing-cdk-json\n")
    #expect(StatisticsReporter().renderJSON([other])
      == "[{\"code\":\"IAC501\",\"name\":\"missing-cdk-json\",\"severity\":\"warning\",\"count\":1,\"fixable\":0}]\n")
  }

  // MARK: Paths

  @Test func pathsAreRelativeToTheBaseWithForwardSlashes() {
    #expect(Self.paths.relative("/repo/a/b.py") == "a/b.py")
    #expect(Self.paths.relative("/repo/a/../c.py") == "c.py")
    #expect(Self.paths.relative("/elsewhere/x.py") == "/elsewhere/x.py")
    #expect(Self.paths.relative("/repo/a\\b.py") == "a/b.py")
    #expect(ReportPaths(base: "/repo/").relative("/repo/x.py") == "x.py")
  }
}
