import IaCModel
import IaCSyntax

/// IAC813: a Cognito identity pool hands out credentials to unauthenticated identities.
public struct CognitoIdentityPoolAllowsUnauthenticatedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC813",
    summary: "A Cognito identity pool allows unauthenticated identities",
    url: "https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html",
    resourceTypes: types,
    fixAvailability: .always,
    documentation: SolutionsDocumentation.page(
      code: "IAC813",
      whatItDoes: """
        Finds identity pools (`cognito.CfnIdentityPool`, `cognito_identitypool.IdentityPool`) with
        `allow_unauthenticated_identities=True`. `IdentityPool` leaves guest access off when the prop is unset;
        `CfnIdentityPool` requires it.
        """,
      why: """
        Guest identities get AWS credentials without signing in. Whatever the unauthenticated role allows, anyone on
        the internet can do; such pools are a frequent path to data exposure.
        """,
      example: """
        cognito.CfnIdentityPool(self, "Identities", allow_unauthenticated_identities=True)
        """,
      useInstead: """
        cognito.CfnIdentityPool(self, "Identities", allow_unauthenticated_identities=False)
        """,
      fixSafety: """
        The fix sets `allow_unauthenticated_identities` to false; the pool is updated in place. Clients that sign in
        as guests stop getting credentials, so check that none does.
        """,
      references: [
        (title: "Amazon Cognito identity pools", url: "https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html"),
        (
          title: "IAM roles for unauthenticated identities",
          url: "https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  static let types = [
    "aws-cdk-lib.aws_cognito.CfnIdentityPool",
    "aws-cdk-lib.aws_cognito_identitypool.IdentityPool",
  ]

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: types,
      prop: "allowUnauthenticatedIdentities",
      verdict: SolutionsPropCheck.mustBeFalse,
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "Anyone can get credentials from the identity pool: `allow_unauthenticated_identities` is true",
      fixValue: false
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cognito as cognito

      cognito.CfnIdentityPool(self, "Identities", ↓allow_unauthenticated_identities=True)
      """
    ),
    Example(
      """
      import { IdentityPool } from 'aws-cdk-lib/aws-cognito-identitypool';

      const guests = true;
      new IdentityPool(this, 'Identities', { ↓allowUnauthenticatedIdentities: guests });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cognito as cognito, aws_cognito_identitypool as identitypool

      cognito.CfnIdentityPool(self, "Identities", allow_unauthenticated_identities=False)
      cognito.CfnIdentityPool(self, "Chosen", allow_unauthenticated_identities=allow_guests)
      identitypool.IdentityPool(self, "Pool")
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_cognito as cognito

        cognito.CfnIdentityPool(self, "Identities", allow_unauthenticated_identities=True)
        """
      ),
      """
      from aws_cdk import aws_cognito as cognito

      cognito.CfnIdentityPool(self, "Identities", allow_unauthenticated_identities=False)
      """
    ),
  ]
}
