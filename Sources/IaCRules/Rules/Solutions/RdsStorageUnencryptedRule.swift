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
    ] + terraformTypes,
    frameworks: [.cdk, .pulumi, .cdktf],
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

        In Pulumi and CDK for Terraform the same fact is `storage_encrypted` (`storageEncrypted`) of an
        `aws.rds.Instance` or `aws.rds.Cluster` (CDKTF `DbInstance`, `RdsCluster`), which the provider leaves false:
        it is reported when false, or unset with no `kms_key_id`. A database that takes its storage from elsewhere
        keeps that storage's encryption and is not reported: a read replica (`replicate_source_db`,
        `replication_source_identifier`), a restore (`snapshot_identifier`, `restore_to_point_in_time`) and a
        member of a global cluster (`global_cluster_identifier`). Nor is an Aurora Serverless v1 cluster
        (`engine_mode="serverless"`), which is always encrypted.
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
    SolutionsPropCheck(
      types: terraformTypes,
      prop: "storageEncrypted",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      passedBy: [
        "kmsKeyId", "replicateSourceDb", "replicationSourceIdentifier", "snapshotIdentifier", "restoreToPointInTime",
        "globalClusterIdentifier",
      ],
      applies: { resource, _ in isProvisioned(resource) },
      unsetMessage: "The database's storage is not encrypted: `storage_encrypted` is unset and there is no key",
      valueMessage: "The database's storage is not encrypted: `storage_encrypted` is false",
      fixValue: true
    ),
  ]

  /// Pulumi's and CDK for Terraform's RDS instances and clusters.
  static let terraformTypes = [
    "aws:rds/instance:Instance",
    "aws:rds/cluster:Cluster",
    "@cdktf/provider-aws.dbInstance.DbInstance",
    "@cdktf/provider-aws.rdsCluster.RdsCluster",
  ]

  /// Whether a Terraform-family database is provisioned, not an Aurora Serverless v1 cluster (always encrypted);
  /// false when its engine mode cannot be evaluated.
  static func isProvisioned(_ resource: Resource) -> Bool {
    guard let mode = resource.prop("engineMode") else { return true }
    return mode.value.string == "provisioned"
  }

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
      import pulumi_aws as aws

      ↓aws.rds.Instance("db", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20)
      encrypt = False
      aws.rds.Cluster("aurora", engine="aurora-postgresql", engine_mode="provisioned", ↓storage_encrypted=encrypt)
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";
      import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";

      ↓new aws.rds.Cluster("aurora", { engine: "aurora-mysql", masterUsername: "admin" });
      new DbInstance(this, "db", { engine: "mysql", instanceClass: "db.t3.micro", ↓storageEncrypted: false });
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
      import pulumi_aws as aws

      aws.rds.Instance("db", engine="postgres", instance_class="db.t4g.micro", storage_encrypted=True)
      aws.rds.Instance("keyed", engine="postgres", instance_class="db.t4g.micro", kms_key_id=key.arn)
      aws.rds.Instance("replica", replicate_source_db=primary.identifier, instance_class="db.t4g.micro")
      aws.rds.Instance("restored", snapshot_identifier="nightly", instance_class="db.t4g.micro")
      aws.rds.Cluster("serverless", engine="aurora-mysql", engine_mode="serverless")
      aws.rds.Cluster("chosen", engine="aurora-mysql", engine_mode=config.mode)
      aws.rds.Cluster("secondary", engine="aurora-postgresql", global_cluster_identifier=global_cluster.id)
      aws.rds.Instance("hidden", **instance_args)
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";
      import { RdsCluster } from "@cdktf/provider-aws/lib/rds-cluster";

      // storageEncrypted: false would be wrong here
      new aws.rds.Cluster("aurora", { engine: "aurora-mysql", storageEncrypted: true });
      new RdsCluster(this, "cluster", { engine: "aurora-postgresql", storageEncrypted: settings.encrypted });
      new aws.rds.ClusterInstance("writer", { clusterIdentifier: "aurora", instanceClass: "db.r6g.large", engine: "aurora-mysql" });
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
