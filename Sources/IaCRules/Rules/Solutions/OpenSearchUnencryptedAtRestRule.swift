import IaCModel
import IaCSyntax

/// IAC796: an OpenSearch domain does not encrypt its data at rest.
public struct OpenSearchUnencryptedAtRestRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC796",
    summary: "An OpenSearch domain is not encrypted at rest",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
    resourceTypes: OpenSearchDomains.types,
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC796",
      whatItDoes: """
        Finds OpenSearch domains without encryption at rest: no `encryption_at_rest`, or `EncryptionAtRestOptions` with
        `enabled=False`, or with neither `enabled` nor a `kms_key` (CDK turns encryption on when a key is given).
        """,
      why: """
        Indexes, logs and snapshots of an unencrypted domain are readable by anyone who gets at the underlying storage;
        HIPAA, PCI DSS and NIST 800-53 all require encryption at rest.
        """,
      example: """
        opensearch.Domain(self, "Search", version=version)
        """,
      useInstead: """
        opensearch.Domain(
            self, "Search", version=version, encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True)
        )
        """,
      fixSafety: """
        Where `encryption_at_rest` is unset and the call names the module (`opensearch.Domain(...)`), the fix writes
        `encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True)` (`{ enabled: true }` in TypeScript).
        It is unsafe: turning on encryption at rest replaces a domain created without it, and the new domain starts
        empty.
        """,
      references: [
        (
          title: "Encryption of data at rest for Amazon OpenSearch Service",
          url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: OpenSearchDomains.types,
      prop: "encryptionAtRest",
      verdict: SolutionsVerdicts.enabled(orImpliedBy: "kmsKey"),
      unsetFails: true,
      unsetMessage: "The domain stores its data unencrypted: `encryption_at_rest` is not set",
      valueMessage: "The domain stores its data unencrypted: encryption at rest is off",
      fixText: SolutionsFixText.structure(
        "encryptionAtRest", type: "EncryptionAtRestOptions", pythonArguments: "enabled=True",
        typescript: "{ enabled: true }")
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_opensearchservice as opensearch

      ↓opensearch.Domain(self, "Search", version=version)
      opensearch.Domain(self, "Off", version=version, ↓encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=False))
      """
    ),
    Example(
      """
      import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';

      new opensearch.Domain(this, 'Search', { version, ↓encryptionAtRest: {} });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_opensearchservice as opensearch

      opensearch.Domain(self, "Search", version=version, encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True))
      opensearch.Domain(self, "Keyed", version=version, encryption_at_rest=opensearch.EncryptionAtRestOptions(kms_key=key))
      opensearch.Domain(self, "Hidden", **domain_props)
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_opensearchservice as opensearch

        opensearch.Domain(self, "Search", version=version)
        """
      ),
      """
      from aws_cdk import aws_opensearchservice as opensearch

      opensearch.Domain(self, "Search", version=version, encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True))
      """
    ),
  ]
}
