import IaCModel
import IaCSyntax

/// IAC732: an Aurora cluster does not accept IAM database authentication.
public struct AuroraIamAuthDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC732",
    summary: "An Aurora cluster does not accept IAM database authentication",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html",
    resourceTypes: [
      "aws-cdk-lib.aws_rds.DatabaseCluster",
      "aws-cdk-lib.aws_rds.CfnDBCluster",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC732",
      whatItDoes: """
        Finds `rds.DatabaseCluster` constructs (Aurora MySQL and PostgreSQL) that do not set
        `iam_authentication=True`, and Aurora `rds.CfnDBCluster` constructs that do not set
        `enable_iam_database_authentication=True`.

        cdk-nag also reports Aurora Serverless v1 clusters (`rds.ServerlessCluster`), which cannot use IAM database
        authentication at all; this rule does not.
        """,
      why: """
        With IAM authentication, applications connect with short-lived tokens tied to their roles instead of
        long-lived passwords that must be stored, shared and rotated.
        """,
      example: """
        rds.DatabaseCluster(self, "Cluster", engine=engine, vpc=vpc, writer=writer)
        """,
      useInstead: """
        rds.DatabaseCluster(self, "Cluster", engine=engine, vpc=vpc, writer=writer, iam_authentication=True)
        """,
      fixSafety: """
        Enabling IAM authentication is an in-place change; password logins keep working.
        """,
      references: [
        (
          title: "IAM database authentication",
          url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_rds.DatabaseCluster"],
      prop: "iamAuthentication",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "The cluster accepts only password logins: `iam_authentication` is not set",
      valueMessage: "The cluster accepts only password logins: `iam_authentication` is false",
      fixValue: true
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_rds.CfnDBCluster"],
      prop: "enableIamDatabaseAuthentication",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      applies: { resource, _ in resource.prop("engine")?.value.string?.lowercased().contains("aurora") ?? false },
      unsetMessage: "The cluster accepts only password logins: `enable_iam_database_authentication` is not set",
      valueMessage: "The cluster accepts only password logins: `enable_iam_database_authentication` is false",
      fixValue: true
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_rds as rds

      ↓rds.DatabaseCluster(self, "Cluster", engine=engine, vpc=vpc, writer=writer)
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_rds as rds

      rds.DatabaseCluster(self, "Cluster", engine=engine, vpc=vpc, writer=writer, iam_authentication=True)
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_rds as rds

        rds.DatabaseCluster(self, "Cluster", engine=engine, vpc=vpc)
        """
      ),
      """
      from aws_cdk import aws_rds as rds

      rds.DatabaseCluster(self, "Cluster", engine=engine, vpc=vpc, iam_authentication=True)
      """
    ),
  ]
}
