import IaCModel
import IaCSyntax

/// IAC845: a Step Functions state machine does not log every execution event.
public struct StepFunctionsLoggingNotAllRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC845",
    summary: "A Step Functions state machine does not log every execution event",
    url: "https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html",
    resourceTypes: [
      "aws-cdk-lib.aws_stepfunctions.StateMachine",
    ],
    fixAvailability: .none,
    documentation: SolutionsDocumentation.page(
      code: "IAC845",
      whatItDoes: """
        Finds `sfn.StateMachine` constructs without `logs=sfn.LogOptions(destination=..., level=sfn.LogLevel.ALL)`.
        `LogOptions` without a `level` logs errors only.
        """,
      why: """
        Without full execution logs, the input, output and path of a failed or wrong execution cannot be
        reconstructed after the execution history expires.
        """,
      example: """
        sfn.StateMachine(self, "Flow", definition_body=body, logs=sfn.LogOptions(destination=group))
        """,
      useInstead: """
        everything = sfn.LogOptions(destination=group, level=sfn.LogLevel.ALL)
        sfn.StateMachine(self, "Flow", definition_body=body, logs=everything)
        """,
      references: [
        (
          title: "Logging Step Functions using CloudWatch Logs",
          url: "https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_stepfunctions.StateMachine"],
      prop: "logs",
      verdict: StepFunctionsLoggingNotAllRule.logsEverything,
      unsetFails: true,
      unsetMessage: "The state machine does not log its executions: `logs` is not set",
      valueMessage: "The state machine does not log every event: the log level is not `LogLevel.ALL`"
    ),
  ]

  /// Passes `LogOptions` whose level is `LogLevel.ALL`; fails another level or none; unknown otherwise.
  static let logsEverything: SolutionsPropCheck.Verdict = { value in
    guard case .object = value.kind else { return nil }
    guard let level = value.entry("level")?.value else { return false }
    return level.enumMember(of: "LogLevel").map { $0 == "ALL" }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_stepfunctions as sfn

      ↓sfn.StateMachine(self, "Flow", definition_body=body)
      """
    ),
    Example(
      """
      from aws_cdk import aws_stepfunctions as sfn

      errors = sfn.LogOptions(destination=group)
      sfn.StateMachine(self, "Flow", definition_body=body, ↓logs=errors)
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_stepfunctions as sfn

      everything = sfn.LogOptions(destination=group, level=sfn.LogLevel.ALL)
      sfn.StateMachine(self, "Flow", definition_body=body, logs=everything)
      sfn.StateMachine(self, "Other", definition_body=body, logs=log_options)
      """
    ),
  ]
}
