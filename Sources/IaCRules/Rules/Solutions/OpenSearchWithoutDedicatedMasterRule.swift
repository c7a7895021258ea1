import IaCModel
import IaCSyntax

/// IAC793: an OpenSearch domain has no dedicated master nodes.
public struct OpenSearchWithoutDedicatedMasterRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC793",
    summary: "An OpenSearch domain has no dedicated master nodes",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html",
    resourceTypes: OpenSearchDomains.types,
    documentation: SolutionsDocumentation.page(
      code: "IAC793",
      whatItDoes: """
        Finds OpenSearch domains whose `capacity` gives no `master_nodes` (or 0): CDK then writes
        `DedicatedMasterEnabled: false`, and the data nodes also manage the cluster.
        """,
      why: """
        Without dedicated master nodes, a busy data node can stall cluster management: shards are not reallocated and the
        cluster can turn red under load.
        """,
      example: """
        opensearch.Domain(self, "Search", version=version)
        """,
      useInstead: """
        opensearch.Domain(self, "Search", version=version, capacity=opensearch.CapacityConfig(master_nodes=3, data_nodes=2))
        """,
      references: [
        (
          title: "Dedicated master nodes in Amazon OpenSearch Service",
          url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: OpenSearchDomains.types,
      prop: "capacity",
      verdict: OpenSearchWithoutDedicatedMasterRule.hasMasters,
      unsetFails: true,
      unsetMessage: "The domain has no dedicated master nodes: `capacity` is not set",
      valueMessage: "The domain has no dedicated master nodes: `master_nodes` is not set or 0"
    ),
  ]

  /// Passes a capacity with one or more master nodes; fails without them; unknown otherwise.
  static let hasMasters: SolutionsPropCheck.Verdict = { value in
    guard case .object = value.kind else { return nil }
    guard let masters = value.entry("masterNodes")?.value else { return false }
    return masters.number.map { $0 > 0 }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_opensearchservice as opensearch

      ↓opensearch.Domain(self, "Search", version=version)
      opensearch.Domain(self, "Small", version=version, ↓capacity=opensearch.CapacityConfig(data_nodes=2))
      """
    ),
    Example(
      """
      import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';

      new opensearch.Domain(this, 'Search', { version, ↓capacity: { dataNodes: 3, masterNodes: 0 } });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_opensearchservice as opensearch

      opensearch.Domain(self, "Search", version=version, capacity=opensearch.CapacityConfig(master_nodes=3))
      opensearch.Domain(self, "Sized", version=version, capacity=opensearch.CapacityConfig(master_nodes=count))
      opensearch.Domain(self, "Hidden", **domain_props)
      """
    ),
  ]
}
