import IaCModel
import IaCSyntax

/// IAC791: an OpenSearch domain does not encrypt traffic between its nodes.
public struct OpenSearchNodeToNodeEncryptionDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC791",
    summary: "An OpenSearch domain does not encrypt traffic between its nodes",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
    resourceTypes: [
      "aws-cdk-lib.aws_opensearchservice.Domain",
      "aws-cdk-lib.aws_elasticsearch.Domain",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC791",
      whatItDoes: """
        Finds `opensearchservice.Domain` (and the older `elasticsearch.Domain`) constructs that do not set
        `node_to_node_encryption=True`.
        """,
      why: """
        Without node-to-node encryption, documents and queries travel in clear text between the nodes of the domain
        inside the VPC.
        """,
      example: """
        opensearch.Domain(self, "Search", version=version)
        """,
      useInstead: """
        opensearch.Domain(self, "Search", version=version, node_to_node_encryption=True)
        """,
      fixSafety: """
        The fix is unsafe: on older engine versions enabling node-to-node encryption replaces the domain; review the
        plan before applying.
        """,
      references: [
        (
          title: "Node-to-node encryption for Amazon OpenSearch Service",
          url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_opensearchservice.Domain", "aws-cdk-lib.aws_elasticsearch.Domain"],
      prop: "nodeToNodeEncryption",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "Traffic between the domain's nodes is unencrypted: `node_to_node_encryption` is not set",
      valueMessage: "Traffic between the domain's nodes is unencrypted: `node_to_node_encryption` is false",
      fixValue: true
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_opensearchservice as opensearch

      ↓opensearch.Domain(self, "Search", version=version)
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_opensearchservice as opensearch

      opensearch.Domain(self, "Search", version=version, node_to_node_encryption=True)
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

      opensearch.Domain(self, "Search", version=version, node_to_node_encryption=True)
      """
    ),
  ]
}
