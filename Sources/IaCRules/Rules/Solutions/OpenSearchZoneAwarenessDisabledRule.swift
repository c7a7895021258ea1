import IaCModel
import IaCSyntax

/// IAC795: an OpenSearch domain keeps all its nodes in one availability zone.
public struct OpenSearchZoneAwarenessDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC795",
    summary: "An OpenSearch domain is not zone aware",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html",
    resourceTypes: OpenSearchDomains.types,
    documentation: SolutionsDocumentation.page(
      code: "IAC795",
      whatItDoes: """
        Finds OpenSearch domains without zone awareness: no `zone_awareness`, or a `ZoneAwarenessConfig` with
        `enabled=False`, or with neither `enabled` nor `availability_zone_count` (CDK turns zone awareness on when a count
        is given).
        """,
      why: """
        With every node in one availability zone, losing that zone takes the whole domain, and its data, offline.
        """,
      example: """
        opensearch.Domain(self, "Search", version=version)
        """,
      useInstead: """
        opensearch.Domain(
            self, "Search", version=version, zone_awareness=opensearch.ZoneAwarenessConfig(availability_zone_count=2)
        )
        """,
      references: [
        (
          title: "Configuring a multi-AZ domain in Amazon OpenSearch Service",
          url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: OpenSearchDomains.types,
      prop: "zoneAwareness",
      verdict: SolutionsVerdicts.enabled(orImpliedBy: "availabilityZoneCount"),
      unsetFails: true,
      unsetMessage: "The domain's nodes sit in one availability zone: `zone_awareness` is not set",
      valueMessage: "The domain's nodes sit in one availability zone: zone awareness is off"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_opensearchservice as opensearch

      ↓opensearch.Domain(self, "Search", version=version)
      opensearch.Domain(self, "Off", version=version, ↓zone_awareness=opensearch.ZoneAwarenessConfig(enabled=False))
      """
    ),
    Example(
      """
      import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';

      new opensearch.Domain(this, 'Search', { version, ↓zoneAwareness: {} });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_opensearchservice as opensearch

      opensearch.Domain(self, "Search", version=version, zone_awareness=opensearch.ZoneAwarenessConfig(enabled=True))
      opensearch.Domain(self, "Counted", version=version, zone_awareness=opensearch.ZoneAwarenessConfig(availability_zone_count=3))
      opensearch.Domain(self, "Chosen", version=version, zone_awareness=opensearch.ZoneAwarenessConfig(enabled=multi_az))
      opensearch.Domain(self, "Hidden", **domain_props)
      """
    ),
  ]
}
