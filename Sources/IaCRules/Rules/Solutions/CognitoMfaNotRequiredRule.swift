import IaCModel
import IaCSyntax

/// IAC811: a Cognito user pool does not require multi-factor authentication.
public struct CognitoMfaNotRequiredRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC811",
    summary: "A Cognito user pool does not require multi-factor authentication",
    url: "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html",
    resourceTypes: [
      "aws-cdk-lib.aws_cognito.UserPool",
    ],
    fixAvailability: .none,
    documentation: SolutionsDocumentation.page(
      code: "IAC811",
      whatItDoes: """
        Finds `cognito.UserPool` constructs whose `mfa` is not `Mfa.REQUIRED`.
        """,
      why: """
        A password alone is phished, reused and guessed; requiring a second factor stops most account takeovers.
        """,
      example: """
        cognito.UserPool(self, "Users")
        """,
      useInstead: """
        cognito.UserPool(self, "Users", mfa=cognito.Mfa.REQUIRED, mfa_second_factor=second_factor)
        """,
      references: [
        (
          title: "Adding MFA to a user pool",
          url: "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_cognito.UserPool"],
      prop: "mfa",
      verdict: SolutionsPropCheck.mustBe("Mfa", ["REQUIRED"]),
      unsetFails: true,
      unsetMessage: "Users sign in with a password alone: `mfa` is not set",
      valueMessage: "Users may sign in with a password alone: `mfa` is not `Mfa.REQUIRED`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cognito as cognito

      ↓cognito.UserPool(self, "Users")
      """
    ),
    Example(
      """
      from aws_cdk import aws_cognito as cognito

      cognito.UserPool(self, "Users", ↓mfa=cognito.Mfa.OPTIONAL)
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cognito as cognito

      cognito.UserPool(self, "Users", mfa=cognito.Mfa.REQUIRED, mfa_second_factor=second_factor)
      """
    ),
  ]
}
