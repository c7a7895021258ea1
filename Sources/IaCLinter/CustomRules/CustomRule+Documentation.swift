import IaCRules

extension CustomRule {
  /// The rule's page for `iaclsp explain` and hover: the message, the resources, the conditions in words, the
  /// definition's place and the url (the examples are added from the description when the page is rendered).
  static func documentation(for definition: CustomRuleDefinition) -> String {
    var page = "## What it does\n"
    page += "A custom rule defined in `\(definition.path)` (line \(definition.line)): \(definition.message).\n\n"
    page += "It judges these resources:\n"
    for pattern in definition.resources {
      page += "- `\(pattern)`\n"
    }
    page += "\n## Conditions\n"
    if definition.props.isEmpty {
      page += "None: every resource of these types is reported.\n"
    }
    for requirement in definition.props {
      let words = requirement.conditions.map(\.requirement).joined(separator: ", and ")
      page += "- `\(requirement.path)` \(words)"
      if requirement.fix { page += " (an unsafe fix sets it)" }
      page += "\n"
    }
    page += "\nAn unset prop is judged on its documented default when the catalogue records one; otherwise "
    page += "`present = true`, `equals`, `in`, `matches`, `min` and `max` fail and the negative forms hold. "
    page += "A value iaclsp cannot evaluate is never reported.\n"
    if let url = definition.url, !url.isEmpty {
      page += "\n## References\n- <\(url)>\n"
    }
    return page
  }
}
