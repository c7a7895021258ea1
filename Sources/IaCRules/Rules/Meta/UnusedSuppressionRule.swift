import IaCModel

/// IAC002: a suppression comment silences nothing. The linter reports it after the file's rules have run, since
/// only then is it known which comments were needed; the rule value carries its documentation and examples.
public struct UnusedSuppressionRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC002",
    name: "unused-suppression",
    summary: "A suppression comment silences no finding",
    severity: .warning,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .always,
    url: "https://docs.aws.amazon.com/cdk/v2/guide/best-practices.html",
    documentation: documentation,
    triggeringExamples: triggeringExamples,
    nonTriggeringExamples: nonTriggeringExamples,
    corrections: corrections
  )
}
