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
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC730",
      whatItDoes: """
        Finds `rds.DatabaseInstance` and `rds.DatabaseCluster` constructs that set neither `storage_encrypted=True`
        nor a `storage_encryption_key`. CDK leaves RDS storage unencrypted unless asked.
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
