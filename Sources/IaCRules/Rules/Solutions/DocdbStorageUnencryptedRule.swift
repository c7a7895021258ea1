import IaCModel
import IaCSyntax

/// IAC765: a DocumentDB cluster leaves its storage unencrypted.
public struct DocdbStorageUnencryptedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC765",
    summary: "A DocumentDB cluster leaves its storage unencrypted",
    url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html",
    resourceTypes: [
      "aws-cdk-lib.aws_docdb.DatabaseCluster",
      "aws-cdk-lib.aws_docdb.CfnDBCluster",
    ] + terraformTypes,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC765",
      whatItDoes: """
        Finds `docdb.DatabaseCluster` constructs with `storage_encrypted=False`, and `docdb.CfnDBCluster` constructs
        that do not set `storage_encrypted=True`. CDK encrypts `DatabaseCluster` storage unless told otherwise, so
        those that leave the prop unset are not reported.

        In Pulumi and CDK for Terraform the same fact is `storage_encrypted` (`storageEncrypted`) of an
        `aws.docdb.Cluster` (CDKTF `DocdbCluster`), which the provider leaves false: it is reported when false, or
        unset with no `kms_key_id`. A cluster restored from a snapshot or a point in time, or a member of a global
        cluster, keeps the encryption of its source and is not reported.
        """,
      why: """
        A document database holds application data; unencrypted, its storage, backups and snapshots are readable to
        anyone who reaches the underlying storage. Encryption can only be chosen when the cluster is created.
        """,
      example: """
        docdb.DatabaseCluster(self, "Docs", master_user=login, instance_type=size, vpc=vpc, storage_encrypted=False)
        """,
      useInstead: """
        docdb.DatabaseCluster(self, "Docs", master_user=login, instance_type=size, vpc=vpc)
        """,
      fixSafety: """
        The fix is unsafe: changing `StorageEncrypted` replaces the cluster, which starts empty unless restored from
        a snapshot.
        """,
      references: [
        (
          title: "Encrypting Amazon DocumentDB data at rest",
          url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_docdb.DatabaseCluster"],
      prop: "storageEncrypted",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The cluster's storage is not encrypted: `storage_encrypted` is false",
      fixValue: true
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_docdb.CfnDBCluster"],
      prop: "storageEncrypted",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "The cluster's storage is not encrypted: `storage_encrypted` is not set",
      valueMessage: "The cluster's storage is not encrypted: `storage_encrypted` is false",
      fixValue: true
    ),
    SolutionsPropCheck(
      types: terraformTypes,
      prop: "storageEncrypted",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      passedBy: ["kmsKeyId", "snapshotIdentifier", "globalClusterIdentifier", "restoreToPointInTime"],
      unsetMessage: "The cluster's storage is not encrypted: `storage_encrypted` is not set",
      valueMessage: "The cluster's storage is not encrypted: `storage_encrypted` is false",
      fixValue: true
    ),
  ]

  /// The Pulumi and CDK for Terraform resources the rule judges.
  static let terraformTypes = [
    "aws:docdb/cluster:Cluster",
    "@cdktf/provider-aws.docdbCluster.DocdbCluster",
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_docdb as docdb

      docdb.DatabaseCluster(self, "Docs", master_user=login, vpc=vpc, ↓storage_encrypted=False)
      """
    ),
    Example(
      """
      from aws_cdk import aws_docdb as docdb

      ↓docdb.CfnDBCluster(self, "RawDocs", master_username=user, master_user_password=password)
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      ↓aws.docdb.Cluster("docs", master_username="admin", master_password=password)
      """
    ),
    Example(
      """
      import { DocdbCluster } from "@cdktf/provider-aws/lib/docdb-cluster";

      new DocdbCluster(this, "docs", { masterUsername: "admin", ↓storageEncrypted: false });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_docdb as docdb

      docdb.DatabaseCluster(self, "Docs", master_user=login, vpc=vpc)
      docdb.DatabaseCluster(self, "Encrypted", master_user=login, vpc=vpc, storage_encrypted=True)
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      aws.docdb.Cluster("docs", master_username="admin", storage_encrypted=True)
      aws.docdb.Cluster("keyed", master_username="admin", kms_key_id=key.arn)
      aws.docdb.Cluster("restored", snapshot_identifier="nightly")
      aws.docdb.Cluster("chosen", storage_encrypted=config.encrypted)
      aws.docdb.Cluster("hidden", **cluster_args)
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";

      // storageEncrypted: false must never ship
      new aws.docdb.Cluster("docs", { masterUsername: "admin", storageEncrypted: true });
      new aws.docdb.Cluster("spread", { ...clusterArgs });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_docdb as docdb

        docdb.DatabaseCluster(self, "Docs", vpc=vpc, storage_encrypted=False)
        """
      ),
      """
      from aws_cdk import aws_docdb as docdb

      docdb.DatabaseCluster(self, "Docs", vpc=vpc, storage_encrypted=True)
      """
    ),
  ]
}
