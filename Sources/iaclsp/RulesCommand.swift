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
    abstract: "Lists every rule: code, name, severity, languages and whether it can fix what it finds.",
    discussion: "Custom rules of the configuration in the current directory (or --config) are listed after the built-in ones."
  )

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Flag(help: "Run the examples of every custom rule; exit 1 when one fails.")
  var test = false

  @Option(help: "The configuration or rules file to read instead of the one that applies to the current directory.")
  var config: String?

  mutating func status() -> Int32 {
    let registry: RuleRegistry
    var definitions: [CustomRuleDefinition] = []
    do {
      if let config {
        definitions = try Configuration.load(file: config).customRules
      } else if let found = try ConfigurationLoader().configuration(inOrAbove: ProjectModel.absolute(".")) {
        definitions = found.customRules
      }
    } catch {
      Output.error("error: \(error)")
      return 2
    }
    registry = RuleRegistry.shared.adding(definitions.map(CustomRule.init))
    if test { return RulesCommand.test(definitions) }
    let descriptions = registry.rules.map { $0.description }
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

  /// Runs the custom rules' examples and reports each failure as `file:line: CODE: what went wrong`.
  static func test(_ definitions: [CustomRuleDefinition]) -> Int32 {
    let outcomes = CustomRuleTester.run(definitions)
    let failures = outcomes.filter { $0.failure != nil }
    for outcome in failures {
      Output.out("\(outcome.path):\(outcome.line): \(outcome.code): \(outcome.failure ?? "")\n")
    }
    let rules = Set(outcomes.map(\.code)).count
    Output.out("\(outcomes.count - failures.count) of \(outcomes.count) example\(outcomes.count == 1 ? "" : "s") of \(rules) custom rule\(rules == 1 ? "" : "s") pass\n")
    return failures.isEmpty ? 0 : 1
  }
}
