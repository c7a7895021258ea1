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
      "aws-cdk-lib.aws_rds.CfnDBInstance",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC731",
      whatItDoes: """
        Finds `rds.DatabaseInstance` and `rds.CfnDBInstance` constructs that do not set `multi_az=True`. An
        `rds.CfnDBInstance` of an Aurora engine or in a cluster (`db_cluster_identifier`) is not judged: the
        cluster's instances give it its availability. Neither is one whose engine iaclsp cannot read, nor, unlike
        cdk-nag, a read replica or an instance restored from a snapshot.
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
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_rds.CfnDBInstance"],
      prop: "multiAz",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      applies: { resource, model in RdsEngine.isStandaloneInstance(resource, in: model) },
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
    Example(
      """
      import * as rds from 'aws-cdk-lib/aws-rds';

      ↓new rds.CfnDBInstance(this, 'Raw', { engine: 'mysql', dbInstanceClass: 'db.t3.micro' });
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
    Example(
      """
      from aws_cdk import aws_rds as rds

      # multi_az=False would leave one copy.
      rds.CfnDBInstance(self, "Raw", engine="mysql", db_instance_class="db.t3.micro", multi_az=True)
      rds.CfnDBInstance(self, "Member", engine="aurora-postgresql", db_instance_class="db.r6g.large",
          db_cluster_identifier=cluster.ref)
      rds.CfnDBInstance(self, "Replica", source_db_instance_identifier=source.ref, db_instance_class="db.t3.micro")
      rds.CfnDBInstance(self, "Hidden", engine="mysql", **instance_props)
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
