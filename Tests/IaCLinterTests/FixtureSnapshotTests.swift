import Foundation
import IaCLinter
import IaCModel
import IaCRules
import Testing
import TestSupport

/// Golden tests: each fixture project written from the seeds is checked, and the findings (with code frames,
/// fix titles and JSON) are compared with the committed `.snap` file beside it. `IACLSP_UPDATE_SNAPSHOTS=1`
/// rewrites the snapshots.
@Suite("Seed fixture snapshots")
struct FixtureSnapshotTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let seedsDirectory = packageRoot.appendingPathComponent("Tests/Fixtures/seeds")

  /// Every `<seed>/<variant>` fixture directory.
  static var fixtures: [String] {
    let manager = FileManager.default
    let seeds = (try? manager.contentsOfDirectory(atPath: seedsDirectory.path)) ?? []
    return seeds.sorted().flatMap { seed -> [String] in
      ["mistaken", "corrected"].compactMap { variant in
        var isDirectory: ObjCBool = false
        let path = seedsDirectory.appendingPathComponent(seed).appendingPathComponent(variant).path
        return manager.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue ? "\(seed)/\(variant)" : nil
      }
    }
  }

  static func check(_ fixture: String) -> (CheckReport, String) {
    let directory = seedsDirectory.appendingPathComponent(fixture).path
    let report = CheckRunner(commandLine: LinterSettings()).run(paths: [directory])
    return (report, Discovery.displayPath(directory))
  }

  /// Replaces the fixture's own location in paths and messages so snapshots do not depend on the checkout.
  static func normalize(_ text: String, prefix: String) -> String {
    text.replacingOccurrences(of: prefix + "/", with: "").replacingOccurrences(of: prefix, with: ".")
  }

  @Test func fixturesExist() {
    #expect(Self.fixtures.count >= 10)
  }

  @Test("Findings match the snapshot", arguments: fixtures)
  func snapshot(fixture: String) throws {
    let (report, prefix) = Self.check(fixture)
    #expect(report.notes.isEmpty, "\(report.notes)")
    let frames = CodeFrameReporter().render(report.diagnostics, documents: report.documents)
    let summary = TextReporter().renderSummary(report.diagnostics, files: report.filesChecked, unsafeFixes: false)
    let json = Self.normalize(JSONReporter().render(report.diagnostics, files: report.filesChecked, documents: report.documents), prefix: prefix)
    let pretty = try JSONSerialization.data(
      withJSONObject: try JSONSerialization.jsonObject(with: Data(json.utf8)), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    let actual = Self.normalize(frames + summary, prefix: prefix) + "\n--- json ---\n" + String(decoding: pretty, as: UTF8.self) + "\n"
    let snapshotURL = Self.seedsDirectory.appendingPathComponent(fixture + ".snap")
    if ProcessInfo.processInfo.environment["IACLSP_UPDATE_SNAPSHOTS"] == "1" {
      try actual.write(to: snapshotURL, atomically: true, encoding: .utf8)
      return
    }
    let expected = try? String(contentsOf: snapshotURL, encoding: .utf8)
    #expect(expected == actual, "snapshot \(fixture).snap differs; run `IACLSP_UPDATE_SNAPSHOTS=1 swift test` to rewrite it. Actual:\n\(actual)")
  }

  /// The corrected code from every seed gives no warning and no error.
  @Test("Corrected seed code is clean", arguments: fixtures.filter { $0.hasSuffix("/corrected") })
  func correctedIsClean(fixture: String) {
    let (report, _) = Self.check(fixture)
    let serious = report.diagnostics.filter { $0.severity == .error || $0.severity == .warning }
    #expect(serious.isEmpty, "\(serious.map { "\($0.path): \($0.code) \($0.message)" })")
    #expect(report.filesChecked > 0)
  }

  /// Every mistaken fixture has findings, and together they cover each rule of the first catalogue.
  @Test func mistakenFixturesCoverTheRules() {
    var codes = Set<String>()
    for fixture in Self.fixtures where fixture.hasSuffix("/mistaken") {
      let (report, _) = Self.check(fixture)
      #expect(!report.diagnostics.isEmpty, "\(fixture) has no finding")
      codes.formUnion(report.diagnostics.map(\.code))
    }
    for code in ["IAC101", "IAC102", "IAC103", "IAC401", "IAC501", "IAC502"] {
      #expect(codes.contains(code), "no mistaken fixture triggers \(code)")
    }
  }

  /// `--fix --unsafe-fixes` on every mistaken fixture: each source file it would write still parses with the real
  /// parser (CPython `ast`, the TypeScript compiler) when the original did.
  @Test(.enabled(if: ParserOracle.isAvailable, Comment(rawValue: ParserOracle.skipMessage)))
  func fixedFixturesParse() async throws {
    var changes: [ParserOracle.Change] = []
    for fixture in Self.fixtures where fixture.hasSuffix("/mistaken") {
      let (report, _) = Self.check(fixture)
      let session = FixSession(runner: CheckRunner(commandLine: LinterSettings()), unsafeFixes: true)
      for change in session.plan(report) where change.path.hasSuffix(".py") || change.path.hasSuffix(".ts") {
        guard let original = change.original else { continue }
        let name = "\(fixture) \(change.path.components(separatedBy: "/mistaken/").last!)"
        changes.append(ParserOracle.Change(
          before: ParserOracle.Input(name: name, path: change.path, text: String(decoding: original, as: UTF8.self)),
          after: ParserOracle.Input(name: name + " fixed by " + Set(change.fixedDiagnostics.map(\.code)).sorted().joined(separator: ","),
            path: change.path, text: String(decoding: change.fixed, as: UTF8.self))))
      }
    }
    #expect(changes.count >= 5, "too few fixed fixture files: \(changes.count)")
    for failure in try await ParserOracle.broken(by: changes) {
      Issue.record("the fixed fixture does not parse: \(failure)")
    }
  }
}
