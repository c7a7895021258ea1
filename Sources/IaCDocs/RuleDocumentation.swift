import IaCModel
import IaCRules
import IaCSyntax

/// Builds the Markdown page of a rule, and the index of all rules, from the rule values themselves.
///
/// The example sections are generated from the rule's triggering and non-triggering examples and its
/// corrections, the same values the rule tests run, so the pages cannot drift from the tests.
public enum RuleDocumentation {
  /// The full page for a rule: title, facts, its documentation, and example sections generated from its
  /// examples (`## Examples that trigger`, `## Examples that do not trigger`, `## Fix examples`). Sections with
  /// no examples are left out.
  public static func markdown(for description: RuleDescription) -> String {
    var page = "# \(description.name) (\(description.code))\n\n"
    page += "\(description.summary).\n\n"
    page += "- Severity: \(description.severity.rawValue)\n"
    page += "- Languages: \(description.languages.map(\.displayName).joined(separator: ", "))\n"
    page += "- Frameworks: \(description.frameworks.map(\.displayName).joined(separator: ", "))\n"
    page += "- Scope: \(description.scope == .file ? "file" : "project")\n"
    page += "- Fix: \(fixText(description.fixAvailability))\n\n"
    page += description.documentation.trimmingTrailingNewlines() + "\n"
    page += examplesSection("Examples that trigger", description.triggeringExamples)
    page += examplesSection("Examples that do not trigger", description.nonTriggeringExamples)
    page += correctionsSection(description.corrections)
    return page
  }

  /// The file name of a rule's page in `Docs/rules`: `<name>.md`.
  public static func fileName(for description: RuleDescription) -> String {
    "\(description.name).md"
  }

  /// The file name of the index in `Docs/rules`.
  public static let indexFileName = "README.md"

  static func fixText(_ availability: RuleDescription.FixAvailability) -> String {
    switch availability {
    case .none: return "none"
    case .sometimes: return "sometimes available"
    case .always: return "always available"
    }
  }

  /// The index of rules (`Docs/rules/README.md`): a table of code, name, severity, languages and fix
  /// availability, then one line linking each rule's page.
  public static func index(for descriptions: [RuleDescription]) -> String {
    var page = "# Rules\n\n"
    page += "iaclsp has \(descriptions.count) rules. These pages are generated from the rule descriptions in "
    page += "`Sources/IaCRules`; regenerate them with `IACLSP_UPDATE_SNAPSHOTS=1 swift test --filter IaCDocsTests` "
    page += "instead of editing them.\n\n"
    page += "| Code | Name | Severity | Languages | Fix |\n|---|---|---|---|---|\n"
    for description in descriptions {
      page += "| \(description.code) | [\(description.name)](\(fileName(for: description))) "
      page += "| \(description.severity.rawValue) "
      page += "| \(description.languages.map(\.displayName).joined(separator: ", ")) "
      page += "| \(fixText(description.fixAvailability)) |\n"
    }
    page += "\n## Pages\n\n"
    for description in descriptions {
      page += "- [\(description.code) \(description.name)](\(fileName(for: description))): "
      page += "\(description.summary)\n"
    }
    return page
  }
}

extension String {
  func trimmingTrailingNewlines() -> String {
    var copy = self
    while copy.hasSuffix("\n") { copy.removeLast() }
    return copy
  }
}
