import IaCModel
import IaCSyntax

/// IAC790: an OpenSearch domain is not placed in a VPC.
public struct OpenSearchNotInVpcRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC790",
    summary: "An OpenSearch domain is not in a VPC",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html",
    resourceTypes: OpenSearchDomains.types,
    documentation: SolutionsDocumentation.page(
      code: "IAC790",
      whatItDoes: """
        Finds OpenSearch domains (`opensearchservice.Domain`, and the older `elasticsearch.Domain`) without `vpc`: their
        endpoint is public. A `vpc` iaclsp cannot evaluate (a parameter that may be `None`) gives no finding.
        """,
      why: """
        A public endpoint can be reached from anywhere on the internet; only the access policy stands between it and the
        data. Inside a VPC, security groups and routing limit who can connect at all.
        """,
      example: """
        opensearch.Domain(self, "Search", version=version)
        """,
      useInstead: """
        opensearch.Domain(self, "Search", version=version, vpc=vpc)
        """,
      references: [
        (
          title: "Launching your Amazon OpenSearch Service domains within a VPC",
          url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: OpenSearchDomains.types,
      prop: "vpc",
      verdict: OpenSearchDomains.isWritten,
      unsetFails: true,
      unsetMessage: "The domain's endpoint is public: `vpc` is not set",
      valueMessage: "The domain's endpoint is public: `vpc` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_opensearchservice as opensearch

      ↓opensearch.Domain(self, "Search", version=version)
      opensearch.Domain(self, "Logs", version=version, ↓vpc=None)
      """
    ),
    Example(
      """
      import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';

      ↓new opensearch.Domain(this, 'Search', { version, capacity: { dataNodes: 2 } });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_opensearchservice as opensearch

      opensearch.Domain(self, "Search", version=version, vpc=vpc)
      opensearch.Domain(self, "Given", version=version, vpc=props.vpc)
      opensearch.Domain(self, "Hidden", **domain_props)
      """
    ),
  ]
}
