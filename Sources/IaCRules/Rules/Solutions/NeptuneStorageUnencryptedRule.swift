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
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC763",
      whatItDoes: """
        Finds `neptune.CfnDBCluster` constructs that do not set `storage_encrypted=True`; CloudFormation leaves
        Neptune storage unencrypted by default.
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
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_neptune as neptune

      neptune.CfnDBCluster(self, "Graph", db_subnet_group_name=subnets, storage_encrypted=True)
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
