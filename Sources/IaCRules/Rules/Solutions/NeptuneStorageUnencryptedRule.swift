import IaCModel
import IaCSyntax

/// IAC763: a Neptune cluster leaves its storage unencrypted.
public struct NeptuneStorageUnencryptedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC763",
    summary: "A Neptune cluster leaves its storage unencrypted",
    url: "https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html",
    resourceTypes: [
      "aws-cdk-lib.aws_neptune.CfnDBCluster",
    ] + terraformTypes,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC763",
      whatItDoes: """
        Finds `neptune.CfnDBCluster` constructs that do not set `storage_encrypted=True`; CloudFormation leaves
        Neptune storage unencrypted by default.

        In Pulumi and CDK for Terraform the same fact is `storage_encrypted` (`storageEncrypted`) of an
        `aws.neptune.Cluster` (CDKTF `NeptuneCluster`), which the provider leaves false: it is reported when false,
        or unset with no `kms_key_arn`. A cluster restored from a snapshot, a read replica and a member of a global
        cluster keep the encryption of their source and are not reported.
        """,
      why: """
        A graph database holds application data; unencrypted, its storage and snapshots are readable to anyone who
        reaches the underlying storage. Encryption can only be chosen when the cluster is created.
        """,
      example: """
        neptune.CfnDBCluster(self, "Graph", db_subnet_group_name=subnets)
        """,
      useInstead: """
        neptune.CfnDBCluster(self, "Graph", db_subnet_group_name=subnets, storage_encrypted=True)
        """,
      fixSafety: """
        The fix is unsafe: changing `StorageEncrypted` replaces the cluster, which starts empty unless restored from
        a snapshot.
        """,
      references: [
        (
          title: "Encrypting Neptune resources at rest",
          url: "https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_neptune.CfnDBCluster"],
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
      passedBy: ["kmsKeyArn", "snapshotIdentifier", "replicationSourceIdentifier", "globalClusterIdentifier"],
      unsetMessage: "The cluster's storage is not encrypted: `storage_encrypted` is not set",
      valueMessage: "The cluster's storage is not encrypted: `storage_encrypted` is false",
      fixValue: true
    ),
  ]

  /// The Pulumi and CDK for Terraform resources the rule judges.
  static let terraformTypes = [
    "aws:neptune/cluster:Cluster",
    "@cdktf/provider-aws.neptuneCluster.NeptuneCluster",
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_neptune as neptune

      ↓neptune.CfnDBCluster(self, "Graph", db_subnet_group_name=subnets)
      """
    ),
    Example(
      """
      from aws_cdk import aws_neptune as neptune

      encrypt = False
      neptune.CfnDBCluster(self, "Graph", ↓storage_encrypted=encrypt)
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      ↓aws.neptune.Cluster("graph", engine="neptune", skip_final_snapshot=True)
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";

      const encrypted = false;
      new aws.neptune.Cluster("graph", { engine: "neptune", ↓storageEncrypted: encrypted });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_neptune as neptune

      neptune.CfnDBCluster(self, "Graph", db_subnet_group_name=subnets, storage_encrypted=True)
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      aws.neptune.Cluster("graph", engine="neptune", storage_encrypted=True)
      aws.neptune.Cluster("keyed", engine="neptune", kms_key_arn=key.arn)
      aws.neptune.Cluster("restored", snapshot_identifier="nightly")
      aws.neptune.Cluster("hidden", **cluster_args)
      """
    ),
    Example(
      """
      import { NeptuneCluster } from "@cdktf/provider-aws/lib/neptune-cluster";

      // storageEncrypted: false is what this rule finds
      new NeptuneCluster(this, "graph", { engine: "neptune", storageEncrypted: true });
      new NeptuneCluster(this, "chosen", { engine: "neptune", storageEncrypted: props.encrypted });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_neptune as neptune

        neptune.CfnDBCluster(self, "Graph")
        """
      ),
      """
      from aws_cdk import aws_neptune as neptune

      neptune.CfnDBCluster(self, "Graph", storage_encrypted=True)
      """
    ),
  ]
}
