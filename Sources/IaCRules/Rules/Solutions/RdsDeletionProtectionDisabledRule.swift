import IaCModel
import IaCSyntax

/// IAC734: an RDS instance or Aurora cluster can be deleted without lifting a protection.
public struct RdsDeletionProtectionDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC734",
    summary: "An RDS instance or Aurora cluster can be deleted without lifting a protection",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection",
    resourceTypes: [
      "aws-cdk-lib.aws_rds.DatabaseInstance",
      "aws-cdk-lib.aws_rds.DatabaseCluster",
      "aws-cdk-lib.aws_rds.CfnDBCluster",
      "aws-cdk-lib.aws_rds.CfnDBInstance",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC734",
      whatItDoes: """
        Finds `rds.DatabaseInstance`, `rds.DatabaseCluster` and `rds.CfnDBCluster` constructs that do not set
        `deletion_protection=True`. A database whose `removal_policy` is `RemovalPolicy.RETAIN` is not reported: CDK
        turns deletion protection on for it. An `rds.CfnDBInstance` is judged when its engine is one iaclsp reads
        and not Aurora, and it is not in a cluster (`db_cluster_identifier`), whose protection covers it.
        """,
      why: """
        Without deletion protection, a stack deletion, a replacement or a mistaken API call deletes the database;
        the last automated snapshot may be hours old.
        """,
      example: """
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc)
        """,
      useInstead: """
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, deletion_protection=True)
        """,
      fixSafety: """
        Deletion protection is changed in place. With it on, CloudFormation cannot delete the database until it is
        turned off again.
        """,
      references: [
        (
          title: "Deletion protection for DB instances",
          url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: [
        "aws-cdk-lib.aws_rds.DatabaseInstance",
        "aws-cdk-lib.aws_rds.DatabaseCluster",
        "aws-cdk-lib.aws_rds.CfnDBCluster",
      ],
      prop: "deletionProtection",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      applies: { resource, _ in
        guard let policy = resource.prop("removalPolicy") else { return true }
        return policy.value.enumMember(of: "RemovalPolicy").map { $0 != "RETAIN" } ?? false
      },
      unsetMessage: "The database has no deletion protection: `deletion_protection` is not set",
      valueMessage: "The database has no deletion protection: `deletion_protection` is false",
      fixValue: true
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_rds.CfnDBInstance"],
      prop: "deletionProtection",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      applies: { resource, model in
        guard !resource.isSet("dbClusterIdentifier"), let engine = RdsEngine.name(of: resource, in: model) else { return false }
        return !engine.contains("aurora")
      },
      unsetMessage: "The database has no deletion protection: `deletion_protection` is not set",
      valueMessage: "The database has no deletion protection: `deletion_protection` is false",
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

      rds.DatabaseCluster(self, "Cluster", engine=engine, vpc=vpc, ↓deletion_protection=False)
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
      from aws_cdk import RemovalPolicy
      from aws_cdk import aws_rds as rds

      rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, deletion_protection=True)
      rds.DatabaseInstance(self, "Kept", engine=engine, vpc=vpc, removal_policy=RemovalPolicy.RETAIN)
      rds.CfnDBInstance(self, "Member", engine="aurora-mysql", db_instance_class="db.r6g.large", db_cluster_identifier=cluster_id)
      rds.CfnDBInstance(self, "Replica", source_db_instance_identifier=source_id, db_instance_class="db.t3.micro")
      """
    ),
    Example(
      """
      from aws_cdk import aws_rds as rds

      # deletion_protection=False would let a stack deletion remove it.
      rds.CfnDBInstance(self, "Raw", engine="postgres", db_instance_class="db.t3.micro", deletion_protection=True)
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

      rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, deletion_protection=True)
      """
    ),
  ]
}
