import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// Golden tests of the CI formats: each seed fixture's findings as GitHub annotations (with the step summary),
/// SARIF, GitLab Code Quality, JUnit, JSON lines and statistics, compared with `<variant>.<format>.snap` beside
/// the fixture. Paths are relative to the fixture directory, as they would be to a repository holding only it.
/// `IACLSP_UPDATE_SNAPSHOTS=1` rewrites the snapshots.
@Suite("CI format snapshots")
struct CIFormatSnapshotTests {
  static let formats = ["github", "sarif", "gitlab", "junit", "jsonl", "statistics"]

  static var cases: [String] {
    FixtureSnapshotTests.fixtures.flatMap { fixture in formats.map { "\(fixture).\($0)" } }
  }

  static func tool() -> SARIFReporter.Tool {
    SARIFReporter.Tool(
      version: "0.0.0-test",
      informationURI: "https://example.com/iaclsp",
      helpMarkdown: { "# \($0.name) (\($0.code))\n\n\($0.summary).\n" },
      helpURI: { "https://example.com/iaclsp/Docs/rules/\($0.name).md" })
  }

  /// The output of `format` for a fixture, with the fixture's own location replaced by `FIXTURE` and the checkout's
  /// by `CHECKOUT`.
  static func render(_ fixture: String, format: String) -> String {
    let (report, prefix) = FixtureSnapshotTests.check(fixture)
    let absolute = ProjectModel.absolute(prefix)
    let paths = ReportPaths(base: absolute)
    let diagnostics = report.diagnostics
    let documents = report.documents
    var output: String
    switch format {
    case "github":
      output = GitHubReporter(paths: paths).render(diagnostics, documents: documents)
      let summary = GitHubStepSummary(paths: paths, documentationURL: { "https://example.com/iaclsp/Docs/rules/\($0.name).md" })
      output += "--- step summary ---\n" + summary.render(diagnostics, files: report.filesChecked)
    case "sarif":
      // Pretty-printed so that a snapshot diff shows what changed.
      let sarif = SARIFReporter(tool: tool(), paths: paths).render(diagnostics, documents: documents)
      let object = try? JSONSerialization.jsonObject(with: Data(sarif.utf8))
      let pretty = object.flatMap { try? JSONSerialization.data(withJSONObject: $0, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) }
      output = pretty.map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "not JSON:\n" + sarif
    case "gitlab":
      output = GitLabReporter(paths: paths).render(diagnostics, documents: documents)
    case "junit":
      output = JUnitReporter(paths: paths).render(diagnostics, checkedFiles: Array(report.sources.keys), documents: documents)
    case "jsonl":
      output = JSONLinesReporter().render(diagnostics, documents: documents)
    default:
      output = StatisticsReporter().render(diagnostics) + "--- json ---\n" + StatisticsReporter().renderJSON(diagnostics)
    }
    output = output.replacingOccurrences(of: SARIFReporter.percentEncode(absolute), with: "/FIXTURE")
    // A fixture without a project marker has the checkout's root as its project root (the nearest `.git`), and a
    // fix that creates a file there names it: the checkout's location is replaced too.
    if let tests = absolute.range(of: "/Tests/Fixtures/") {
      output = output.replacingOccurrences(of: SARIFReporter.percentEncode(String(absolute[..<tests.lowerBound])) + "/", with: "/CHECKOUT/")
    }
    return FixtureSnapshotTests.normalize(output, prefix: prefix)
  }

  @Test("CI output matches the snapshot", arguments: cases)
  func snapshot(name: String) throws {
    let dot = try #require(name.lastIndex(of: "."))
    let fixture = String(name[..<dot])
    let format = String(name[name.index(after: dot)...])
    let actual = Self.render(fixture, format: format)
    let url = FixtureSnapshotTests.seedsDirectory.appendingPathComponent("\(fixture).\(format).snap")
    if ProcessInfo.processInfo.environment["IACLSP_UPDATE_SNAPSHOTS"] == "1" {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try? String(contentsOf: url, encoding: .utf8)
    #expect(expected == actual, "snapshot \(fixture).\(format).snap differs; run `IACLSP_UPDATE_SNAPSHOTS=1 swift test` to rewrite it. Actual:\n\(actual)")
  }

  /// Every fixture's SARIF, and the SARIF of a finding with awkward text, validate against the official schema.
  @Test("SARIF validates against the SARIF 2.1.0 schema", arguments: FixtureSnapshotTests.fixtures)
  func sarifValidates(fixture: String) throws {
    let validator = try SARIFSchema.validator()
    let (report, prefix) = FixtureSnapshotTests.check(fixture)
    let sarif = SARIFReporter(tool: Self.tool(), paths: ReportPaths(base: ProjectModel.absolute(prefix)))
      .render(report.diagnostics, documents: report.documents)
    let value = try #require(JSONValue.parse(Array(sarif.utf8)), "SARIF output is not JSON")
    let errors = validator.validate(value)
    #expect(errors.isEmpty, "\(errors.prefix(20).joined(separator: "\n"))")
  }
}

/// The official SARIF 2.1.0 schema from `../shared/schemas` beside the package.
enum SARIFSchema {
  struct Missing: Error, CustomStringConvertible {
    var description: String
  }

  static let url = FixtureSnapshotTests.packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")

  /// A validator for the schema; throws, naming the expected path, when the schema file is missing.
  static func validator() throws -> JSONSchemaValidator {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw Missing(description: "the SARIF schema is missing: expected \(url.path) (the `shared` directory beside the package)")
    }
    guard let schema = JSONValue.parse(Array(data)) else {
      throw Missing(description: "\(url.path) is not valid JSON")
    }
    return JSONSchemaValidator(schema: schema)
  }
}
