import Foundation
import ArgumentParser
import IaCDocs
import IaCLinter
import IaCModel
import IaCRules

/// `iaclsp rules`: the catalogue.
struct RulesCommand: ParsableCommand, StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "iaclsp rules",
    abstract: "Lists every rule: code, name, severity, languages and whether it can fix what it finds."
  )

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  mutating func status() -> Int32 {
    let descriptions = RuleRegistry.shared.rules.map { $0.description }
    switch format {
    case .text:
      let rows = descriptions.map { description in
        [
          description.code, description.name, description.severity.rawValue,
          description.languages.map(\.rawValue).joined(separator: ","),
          description.fixAvailability == .none ? "-" : (description.fixAvailability == .always ? "fix" : "fix (sometimes)"),
        ]
      }
      let header = ["CODE", "NAME", "SEVERITY", "LANGUAGES", "FIX"]
      let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
      for row in [header] + rows {
        let line = row.enumerated().map { column, cell in
          column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
        }.joined(separator: "  ")
        Output.out(line + "\n")
      }
    case .json:
      let items = descriptions.map { description in
        JSONText.object([
          ("code", JSONText.string(description.code)),
          ("name", JSONText.string(description.name)),
          ("summary", JSONText.string(description.summary)),
          ("severity", JSONText.string(description.severity.rawValue)),
          ("languages", JSONText.array(description.languages.map { JSONText.string($0.rawValue) })),
          ("frameworks", JSONText.array(description.frameworks.map { JSONText.string($0.rawValue) })),
          ("scope", JSONText.string(description.scope.rawValue)),
          ("fix", JSONText.string(description.fixAvailability.rawValue)),
          ("fixable", description.fixAvailability == .none ? "false" : "true"),
          ("equivalents", JSONText.array(description.equivalents.map(JSONText.string))),
          ("url", JSONText.string(description.url)),
        ])
      }
      Output.out(JSONText.array(items) + "\n")
    }
    return 0
  }

  func run() throws {}
}
