import IaCModel
import IaCSyntax

/// IAC754: an ElastiCache replication group does not fail over to another Availability Zone.
public struct ElastiCacheRedisNotMultiAzRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC754",
    summary: "An ElastiCache replication group is not Multi-AZ",
    url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html",
    resourceTypes: ["aws-cdk-lib.aws_elasticache.CfnReplicationGroup"],
    documentation: SolutionsDocumentation.page(
      code: "IAC754",
      whatItDoes: """
        Finds `elasticache.CfnReplicationGroup` constructs that do not set `multi_az_enabled=True`. A value held in
        a variable is followed; one iaclsp cannot evaluate is not reported, nor is a group whose props come from
        `**kwargs`.

        No fix is offered: Multi-AZ also needs `automatic_failover_enabled=True` and at least one replica, which one
        prop cannot add.
        """,
      why: """
        Without Multi-AZ, the loss of the primary node's zone takes the cache down until a replacement is made by
        hand, and every client of the cache with it. With it, a replica in another zone is promoted automatically.
        """,
      example: """
        elasticache.CfnReplicationGroup(self, "Cache", replication_group_description="sessions", engine="redis",
            cache_node_type="cache.t3.micro", num_cache_clusters=2)
        """,
      useInstead: """
        elasticache.CfnReplicationGroup(self, "Cache", replication_group_description="sessions", engine="redis",
            cache_node_type="cache.t3.micro", num_cache_clusters=2, automatic_failover_enabled=True,
            multi_az_enabled=True)
        """,
      references: [
        (
          title: "Minimizing downtime with Multi-AZ (Amazon ElastiCache User Guide)",
          url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_elasticache.CfnReplicationGroup"],
      prop: "multiAzEnabled",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "The replication group has no standby in another zone: `multi_az_enabled` is not set",
      valueMessage: "The replication group has no standby in another zone: `multi_az_enabled` is false"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticache as elasticache

      ↓elasticache.CfnReplicationGroup(self, "Cache", replication_group_description="sessions", engine="redis")
      elasticache.CfnReplicationGroup(self, "Single", replication_group_description="single", ↓multi_az_enabled=False)
      """
    ),
    Example(
      """
      import * as elasticache from 'aws-cdk-lib/aws-elasticache';

      ↓new elasticache.CfnReplicationGroup(this, 'Cache', { replicationGroupDescription: 'sessions' });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticache as elasticache

      elasticache.CfnReplicationGroup(self, "Cache", replication_group_description="sessions",
          automatic_failover_enabled=True, multi_az_enabled=True)
      elasticache.CfnReplicationGroup(self, "Configured", replication_group_description="x", multi_az_enabled=prod)
      elasticache.CfnReplicationGroup(self, "Props", **group_props)
      elasticache.CfnCacheCluster(self, "Memcached", engine="memcached", cache_node_type="cache.t3.micro", num_cache_nodes=1)
      """
    ),
  ]
}
