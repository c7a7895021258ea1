import IaCModel
import IaCSyntax

/// IAC730: an RDS instance or Aurora cluster leaves its storage unencrypted.
public struct RdsStorageUnencryptedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC730",
    summary: "An RDS instance or Aurora cluster leaves its storage unencrypted",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
    resourceTypes: [
      "aws-cdk-lib.aws_rds.DatabaseInstance",
      "aws-cdk-lib.aws_rds.DatabaseCluster",
      "aws-cdk-lib.aws_rds.CfnDBInstance",
      "aws-cdk-lib.aws_rds.CfnDBCluster",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC730",
      whatItDoes: """
        Finds `rds.DatabaseInstance` and `rds.DatabaseCluster` constructs that set neither `storage_encrypted=True`
        nor a `storage_encryption_key`. CDK leaves RDS storage unencrypted unless asked.

        The L1 constructs are judged too: an `rds.CfnDBCluster` or `rds.CfnDBInstance` without
        `storage_encrypted=True`. An `rds.CfnDBInstance` of an Aurora engine is not judged (its cluster's storage
        decides), nor one whose engine iaclsp cannot read. Unlike cdk-nag, iaclsp does not report an L1 that is
        restored from a snapshot or replicates another database (`snapshot_identifier`, `db_snapshot_identifier`,
        `source_db_instance_identifier`, `source_db_cluster_identifier`), which takes its encryption from the
        source, nor an Aurora Serverless v1 cluster (`engine_mode="serverless"`), whose storage is always
        encrypted.
        """,
      why: """
        Unencrypted database storage, snapshots and replicas expose their data to anyone with access to the
        underlying storage or a shared snapshot. Encryption can only be turned on by creating a new database, so it
        is cheapest to get right at the start.
        """,
      example: """
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc)
        """,
      useInstead: """
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, storage_encrypted=True)
        """,
      fixSafety: """
        The fix is unsafe: changing `StorageEncrypted` replaces the database, and a replaced database starts empty
        unless restored from a snapshot.
        """,
      references: [
        (
          title: "Encrypting Amazon RDS resources",
          url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_rds.DatabaseInstance", "aws-cdk-lib.aws_rds.DatabaseCluster"],
      prop: "storageEncrypted",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      passedBy: ["storageEncryptionKey"],
      unsetMessage: "The database's storage is not encrypted: `storage_encrypted` is unset and there is no key",
      valueMessage: "The database's storage is not encrypted: `storage_encrypted` is false",
      fixValue: true
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_rds.CfnDBCluster"],
      prop: "storageEncrypted",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      applies: { resource, _ in
        RdsEngine.isCreatedEmpty(resource) && resource.prop("engineMode")?.value.string?.lowercased() != "serverless"
      },
      unsetMessage: "The cluster's storage is not encrypted: `storage_encrypted` is not set",
      valueMessage: "The cluster's storage is not encrypted: `storage_encrypted` is false",
      fixValue: true
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_rds.CfnDBInstance"],
      prop: "storageEncrypted",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      applies: { resource, model in RdsEngine.isStandaloneInstance(resource, in: model) },
      unsetMessage: "The instance's storage is not encrypted: `storage_encrypted` is not set",
      valueMessage: "The instance's storage is not encrypted: `storage_encrypted` is false",
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

      rds.DatabaseCluster(self, "Cluster", engine=engine, vpc=vpc, writer=writer, ↓storage_encrypted=False)
      """
    ),
    Example(
      """
      import * as rds from 'aws-cdk-lib/aws-rds';

      ↓new rds.DatabaseCluster(this, 'Cluster', { engine, vpc, writer });
      """
    ),
    Example(
      """
      from aws_cdk import aws_rds as rds

      ↓rds.CfnDBCluster(self, "Raw", engine="aurora-postgresql")
      rds.CfnDBInstance(self, "RawInstance", engine="postgres", db_instance_class="db.t3.micro", ↓storage_encrypted=False)
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_rds as rds

      rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, storage_encrypted=True)
      rds.DatabaseInstance(self, "Keyed", engine=engine, vpc=vpc, storage_encryption_key=key)
      """
    ),
    Example(
      """
      from aws_cdk import aws_rds as rds

      rds.DatabaseInstance(self, "Db", **database_props)
      """
    ),
    Example(
      """
      from aws_cdk import aws_rds as rds

      # storage_encrypted=False would leave the data readable on disk.
      cluster = rds.CfnDBCluster(self, "Raw", engine="aurora-mysql", storage_encrypted=True)
      rds.CfnDBInstance(self, "Member", engine="aurora-mysql", db_instance_class="db.r6g.large",
          db_cluster_identifier=cluster.ref)
      rds.CfnDBCluster(self, "Restored", engine="aurora-mysql", snapshot_identifier="arn:aws:rds:snapshot")
      rds.CfnDBCluster(self, "ServerlessV1", engine="aurora-mysql", engine_mode="serverless")
      rds.CfnDBInstance(self, "Replica", source_db_instance_identifier=source.ref, db_instance_class="db.t3.micro")
      rds.CfnDBInstance(self, "Chosen", engine=engine_param.value_as_string, db_instance_class="db.t3.micro")
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

      rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, storage_encrypted=True)
      """
    ),
  ]
}
