import Foundation
import IaCModel
import IaCRules
import IaCSyntax

/// The Markdown a CI job appends to `$GITHUB_STEP_SUMMARY`: a headline, findings per rule with links to the
/// rule's documentation, and the files with the most findings.
public struct GitHubStepSummary: Sendable {
  /// The rules, for names and summaries of the codes found.
  public let registry: RuleRegistry
  /// The documentation page of a rule (for example its page in `Docs/rules`).
  public let documentationURL: @Sendable (RuleDescription) -> String
  public let paths: ReportPaths
  /// How many files the "top files" table lists (10 unless changed).
  public var topFiles = 10

  public init(registry: RuleRegistry = .shared, paths: ReportPaths, documentationURL: @escaping @Sendable (RuleDescription) -> String) {
    self.registry = registry
    self.paths = paths
    self.documentationURL = documentationURL
  }

  /// The summary, ending with a blank line so several runs can be appended to one file.
  public func render(_ diagnostics: [Diagnostic], files: Int) -> String {
    var output = "## iaclsp\n\n"
    let fileWord = files == 1 ? "file" : "files"
    guard !diagnostics.isEmpty else {
      return output + "All checks passed; \(files) \(fileWord) checked.\n\n"
    }
    let counts = Severity.allCases.compactMap { severity -> String? in
      let count = diagnostics.filter { $0.severity == severity }.count
      return count == 0 ? nil : "\(count) \(severity.rawValue)"
    }
    let findingWord = diagnostics.count == 1 ? "finding" : "findings"
    output += "Found \(diagnostics.count) \(findingWord) (\(counts.joined(separator: ", "))) in \(files) \(fileWord) checked.\n\n"

    output += "| Rule | Name | Severity | Findings | Fixable |\n|---|---|---|--:|--:|\n"
    for row in StatisticsReporter.rows(diagnostics) {
      let description = registry.rule(forCodeOrName: row.code)?.description
      let name = description.map { "[\(Self.cell(row.name))](\(documentationURL($0)))" } ?? Self.cell(row.name)
      output += "| \(row.code) | \(name) | \(row.severity.rawValue) | \(row.count) | \(row.fixable) |\n"
    }

    var byFile: [String: Int] = [:]
    for diagnostic in diagnostics { byFile[paths.relative(diagnostic.path), default: 0] += 1 }
    let top = byFile.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(topFiles)
    output += "\n| File | Findings |\n|---|--:|\n"
    for (path, count) in top {
      output += "| `\(Self.cell(path).replacingOccurrences(of: "`", with: "'"))` | \(count) |\n"
    }
    if byFile.count > top.count {
      output += "\n\(byFile.count - top.count) more files have findings.\n"
    }
    return output + "\n"
  }

  /// Text made safe for a Markdown table cell.
  static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
  }
}
