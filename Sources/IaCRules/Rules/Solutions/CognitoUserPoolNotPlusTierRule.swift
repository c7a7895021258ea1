import IaCModel
import IaCSyntax

/// IAC814: a Cognito user pool is not on the Plus feature plan, which carries threat protection.
public struct CognitoUserPoolNotPlusTierRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC814",
    summary: "A Cognito user pool is not on the Plus feature plan",
    url: "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html",
    resourceTypes: [
      "aws-cdk-lib.aws_cognito.UserPool",
    ],
    documentation: SolutionsDocumentation.page(
      code: "IAC814",
      whatItDoes: """
        Finds `cognito.UserPool` constructs whose `feature_plan` is not `FeaturePlan.PLUS`. Without `feature_plan`
        CDK writes no tier, and a new pool gets Essentials; threat protection (adaptive authentication, compromised
        credential checks) is only in Plus.
        """,
      why: """
        Threat protection blocks sign-ins from compromised credentials and risky contexts, which a password and even
        a second factor do not catch on their own. Plus is billed per active user: weigh the cost against the pool's
        exposure before turning this rule on.
        """,
      example: """
        cognito.UserPool(self, "Users")
        """,
      useInstead: """
        cognito.UserPool(self, "Users", feature_plan=cognito.FeaturePlan.PLUS)
        """,
      references: [
        (
          title: "Advanced security with threat protection",
          url: "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html"
        ),
        (
          title: "User pool feature plans",
          url: "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_cognito.UserPool"],
      prop: "featurePlan",
      verdict: SolutionsPropCheck.mustBe("FeaturePlan", ["PLUS"]),
      unsetFails: true,
      unsetMessage: "The user pool has no threat protection: `feature_plan` is not set (Essentials)",
      valueMessage: "The user pool has no threat protection: `feature_plan` is not `FeaturePlan.PLUS`"
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
      import * as cognito from 'aws-cdk-lib/aws-cognito';

      new cognito.UserPool(this, 'Users', { ↓featurePlan: cognito.FeaturePlan.ESSENTIALS });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cognito as cognito

      cognito.UserPool(self, "Users", feature_plan=cognito.FeaturePlan.PLUS)
      cognito.UserPool(self, "Chosen", feature_plan=plan)
      cognito.UserPool(self, "Hidden", **pool_props)
      """
    ),
  ]
}
