import IaCModel
import IaCSyntax

/// IAC846: a Step Functions state machine does not trace executions with X-Ray.
public struct StepFunctionsXrayDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC846",
    summary: "A Step Functions state machine does not trace executions with X-Ray",
    url: "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-xray-tracing.html",
    resourceTypes: [
      "aws-cdk-lib.aws_stepfunctions.StateMachine",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC846",
      whatItDoes: """
        Finds `sfn.StateMachine` constructs that do not set `tracing_enabled=True`.
        """,
      why: """
        Without X-Ray traces, a slow or failing execution can only be diagnosed from the execution history, which
        does not show the time spent in the services the workflow calls.
        """,
      example: """
        sfn.StateMachine(self, "Flow", definition_body=body)
        """,
      useInstead: """
        sfn.StateMachine(self, "Flow", definition_body=body, tracing_enabled=True)
        """,
      fixSafety: """
        Turning tracing on updates the state machine in place; X-Ray charges for the traces it records.
        """,
      references: [
        (
          title: "AWS X-Ray and Step Functions",
          url: "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-xray-tracing.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_stepfunctions.StateMachine"],
      prop: "tracingEnabled",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "The state machine is not traced: `tracing_enabled` is not set",
      valueMessage: "The state machine is not traced: `tracing_enabled` is false",
      fixValue: true
    ),
  ]

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

      sfn.StateMachine(self, "Flow", definition_body=body, ↓tracing_enabled=False)
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_stepfunctions as sfn

      sfn.StateMachine(self, "Flow", definition_body=body, tracing_enabled=True)
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_stepfunctions as sfn

        sfn.StateMachine(self, "Flow", definition_body=body)
        """
      ),
      """
      from aws_cdk import aws_stepfunctions as sfn

      sfn.StateMachine(self, "Flow", definition_body=body, tracing_enabled=True)
      """
    ),
  ]
}
