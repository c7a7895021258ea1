import IaCModel

/// Writes the page of an AWS Solutions rule in the house sections, adding what the facts table knows: the CDK
/// default the check relies on, in which aws-cdk-lib version, and the check's ids in cdk-nag's packs.
enum SolutionsDocumentation {
  static func page(
    code: String,
    whatItDoes: String,
    why: String,
    example: String,
    useInstead: String,
    fixSafety: String? = nil,
    references: [(title: String, url: String)]
  ) -> String {
    let facts = SolutionsCatalog.facts(code: code)
    var page = "## What it does\n\(whatItDoes)\n\n## Why is this bad?\n\(why)\n\n"
    page += "## Example\n```python\n\(example)\n```\n\nUse instead:\n```python\n\(useInstead)\n```\n\n"
    if let facts {
      page += "## Default\n\(facts.cdkDefault) (aws-cdk-lib \(SolutionsCatalog.defaultsVerifiedIn).)\n\n"
      page += "## Equivalents\n"
      page += ([facts.nagRuleID] + facts.equivalents).map { "- `\($0)`" }.joined(separator: "\n")
      page += "\n\nThis rule is part of the AWS Solutions pack (`--select aws-solutions`)"
      page += facts.onByDefault ? " and runs without being selected.\n\n" : ".\n\n"
    }
    if let fixSafety {
      page += "## Fix safety\n\(fixSafety)\n\n"
    }
    page += "## References\n"
    page += references.map { "- [\($0.title)](\($0.url))" }.joined(separator: "\n")
    page += "\n- [cdk-nag rules](https://github.com/cdklabs/cdk-nag/blob/main/RULES.md)\n"
    return page
  }
}
