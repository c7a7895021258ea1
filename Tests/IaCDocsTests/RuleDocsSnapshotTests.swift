import Foundation
import IaCDocs
import IaCModel
import IaCRules
import Testing

/// `Docs/rules` holds exactly the pages ``RuleDocumentation`` generates. With `IACLSP_UPDATE_SNAPSHOTS=1` the
/// test writes them (and removes pages of rules that no longer exist) instead of comparing.
@Suite struct RuleDocsSnapshotTests {
  static let updating = ProcessInfo.processInfo.environment["IACLSP_UPDATE_SNAPSHOTS"] == "1"
  static let regenerate = "Run `IACLSP_UPDATE_SNAPSHOTS=1 swift test --filter IaCDocsTests` to regenerate Docs/rules."

  /// `<package root>/Docs/rules`, found from this file's path (`Tests/IaCDocsTests/…`).
  static let rulesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Docs/rules", isDirectory: true)

  static var descriptions: [RuleDescription] { RuleRegistry.shared.rules.map(\.description) }

  /// Every expected file: each rule's page and the index, by file name.
  static var expectedFiles: [String: String] {
    var files = [RuleDocumentation.indexFileName: RuleDocumentation.index(for: descriptions)]
    for description in descriptions {
      files[RuleDocumentation.fileName(for: description)] = RuleDocumentation.markdown(for: description)
    }
    return files
  }

  @Test func rulePagesMatchGeneratedDocumentation() throws {
    let expected = Self.expectedFiles
    if Self.updating {
      try FileManager.default.createDirectory(at: Self.rulesDirectory, withIntermediateDirectories: true)
    }
    for name in expected.keys.sorted() {
      let url = Self.rulesDirectory.appendingPathComponent(name)
      let content = expected[name]!
      let current = try? String(contentsOf: url, encoding: .utf8)
      if current == content { continue }
      if Self.updating {
        try content.write(to: url, atomically: true, encoding: .utf8)
        continue
      }
      guard let current else {
        Issue.record("Docs/rules/\(name) is missing. \(Self.regenerate)")
        continue
      }
      Issue.record("Docs/rules/\(name) is out of date (\(Self.firstDifference(current, content))). \(Self.regenerate)")
    }
  }

  @Test func noPagesForRulesThatDoNotExist() throws {
    let expected = Set(Self.expectedFiles.keys)
    let present = (try? FileManager.default.contentsOfDirectory(atPath: Self.rulesDirectory.path)) ?? []
    for name in present.sorted() where name.hasSuffix(".md") && !expected.contains(name) {
      if Self.updating {
        try FileManager.default.removeItem(at: Self.rulesDirectory.appendingPathComponent(name))
      } else {
        Issue.record("Docs/rules/\(name) documents no rule in RuleRegistry. \(Self.regenerate)")
      }
    }
  }

  /// Where two texts first differ, as `line N: "found" vs "expected"`.
  static func firstDifference(_ found: String, _ expected: String) -> String {
    let foundLines = found.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(foundLines.count, expectedLines.count) {
      let foundLine = index < foundLines.count ? String(foundLines[index]) : "<end of file>"
      let expectedLine = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
      if foundLine != expectedLine {
        return "line \(index + 1): found \(foundLine.debugDescription), expected \(expectedLine.debugDescription)"
      }
    }
    return "the texts differ"
  }
}
