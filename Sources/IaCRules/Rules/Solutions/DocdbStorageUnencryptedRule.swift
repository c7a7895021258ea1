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
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC765",
      whatItDoes: """
        Finds `docdb.DatabaseCluster` constructs with `storage_encrypted=False`, and `docdb.CfnDBCluster` constructs
        that do not set `storage_encrypted=True`. CDK encrypts `DatabaseCluster` storage unless told otherwise, so
        those that leave the prop unset are not reported.
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
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_docdb as docdb

      docdb.DatabaseCluster(self, "Docs", master_user=login, vpc=vpc)
      docdb.DatabaseCluster(self, "Encrypted", master_user=login, vpc=vpc, storage_encrypted=True)
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
