import IaCModel
import IaCSyntax

/// IAC731: an RDS instance runs in a single availability zone.
public struct RdsInstanceNotMultiAzRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC731",
    summary: "An RDS instance runs in a single availability zone",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html",
    resourceTypes: [
      "aws-cdk-lib.aws_rds.DatabaseInstance",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC731",
      whatItDoes: """
        Finds `rds.DatabaseInstance` constructs that do not set `multi_az=True`.
        """,
      why: """
        A single-AZ instance is down for as long as its zone or host is, and maintenance and scaling cause downtime
        a standby would absorb.
        """,
      example: """
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc)
        """,
      useInstead: """
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, multi_az=True)
        """,
      fixSafety: """
        Converting to Multi-AZ is done in place; it doubles the instance cost and can briefly slow the database
        while the standby is created.
        """,
      references: [
        (
          title: "Multi-AZ deployments for Amazon RDS",
          url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_rds.DatabaseInstance"],
      prop: "multiAz",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "The instance has no standby in another zone: `multi_az` is not set",
      valueMessage: "The instance has no standby in another zone: `multi_az` is false",
      fixValue: true
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_rds as rds

      ↓rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc)
      """
    ),
    Example(
      """
      from aws_cdk import aws_rds as rds

      rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, ↓multi_az=False)
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_rds as rds

      rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, multi_az=True)
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_rds as rds

        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc)
        """
      ),
      """
      from aws_cdk import aws_rds as rds

      rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, multi_az=True)
      """
    ),
  ]
}
