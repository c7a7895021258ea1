import IaCRules
import IaCSyntax

/// Builds the Markdown page of a rule, and the index of all rules, from the rule values themselves.
public enum RuleDocumentation {
  /// The full page for a rule: title, facts, its documentation, and example blocks generated from its examples.
  public static func markdown(for description: RuleDescription) -> String {
    var page = "# \(description.name) (\(description.code))\n\n"
    page += "\(description.summary).\n\n"
    page += "- Severity: \(description.severity.rawValue)\n"
    page += "- Languages: \(description.languages.map(\.displayName).joined(separator: ", "))\n"
    page += "- Frameworks: \(description.frameworks.map(\.displayName).joined(separator: ", "))\n"
    page += "- Scope: \(description.scope == .file ? "file" : "project")\n"
    page += "- Fix: \(fixText(description.fixAvailability))\n\n"
    page += description.documentation.trimmingTrailingNewlines() + "\n"
    return page
  }

  static func fixText(_ availability: RuleDescription.FixAvailability) -> String {
    switch availability {
    case .none: return "none"
    case .sometimes: return "sometimes available"
    case .always: return "always available"
    }
  }

  /// The index of rules: code, name, severity, languages, fix availability.
  public static func index(for descriptions: [RuleDescription]) -> String {
    var page = "# Rules\n\n| Code | Name | Severity | Languages | Fix |\n|---|---|---|---|---|\n"
    for description in descriptions {
      page += "| \(description.code) | [\(description.name)](\(description.name).md) | \(description.severity.rawValue) | "
      page += "\(description.languages.map(\.displayName).joined(separator: ", ")) | \(fixText(description.fixAvailability)) |\n"
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
