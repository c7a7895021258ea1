import IaCModel
import IaCSyntax

/// IAC752: an ElastiCache cluster or replication group names no cache subnet group, so it runs outside a VPC.
public struct ElastiCacheNotInVpcRule: SolutionsPropRule {
  public init() {}

  static let types = [
    "aws-cdk-lib.aws_elasticache.CfnCacheCluster",
    "aws-cdk-lib.aws_elasticache.CfnReplicationGroup",
  ]

  public static let description = RuleDescription.solutions(
    code: "IAC752",
    summary: "An ElastiCache cluster names no cache subnet group",
    url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC752",
      whatItDoes: """
        Finds `elasticache.CfnCacheCluster` and `elasticache.CfnReplicationGroup` constructs without a
        `cache_subnet_group_name`, or with an empty one. Without a subnet group, ElastiCache places the cache in the
        account's default VPC. A name given through another construct (`subnet_group.ref`) or a variable passes; a
        cache whose props come from `**kwargs` is not reported.
        """,
      why: """
        In the default VPC the cache shares its network with whatever else was launched there by default, usually
        with public subnets, instead of the private subnets of the application that uses it.
        """,
      example: """
        elasticache.CfnCacheCluster(self, "Cache", engine="redis", cache_node_type="cache.t3.micro", num_cache_nodes=1)
        """,
      useInstead: """
        subnets = elasticache.CfnSubnetGroup(self, "CacheSubnets", description="cache",
            subnet_ids=vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED).subnet_ids)
        elasticache.CfnCacheCluster(self, "Cache", engine="redis", cache_node_type="cache.t3.micro", num_cache_nodes=1,
            cache_subnet_group_name=subnets.ref)
        """,
      references: [
        (
          title: "Subnets and subnet groups (Amazon ElastiCache User Guide)",
          url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: types,
      prop: "cacheSubnetGroupName",
      verdict: { value in value.string.map { !$0.isEmpty } },
      unsetFails: true,
      unsetMessage: "The cache runs in the default VPC: `cache_subnet_group_name` is not set",
      valueMessage: "The cache runs in the default VPC: `cache_subnet_group_name` is empty"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticache as elasticache

      ↓elasticache.CfnCacheCluster(self, "Cache", engine="redis", cache_node_type="cache.t3.micro", num_cache_nodes=1)
      elasticache.CfnReplicationGroup(self, "Group", replication_group_description="g", ↓cache_subnet_group_name="")
      """
    ),
    Example(
      """
      import * as elasticache from 'aws-cdk-lib/aws-elasticache';

      ↓new elasticache.CfnReplicationGroup(this, 'Group', { replicationGroupDescription: 'sessions' });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticache as elasticache

      subnets = elasticache.CfnSubnetGroup(self, "Subnets", description="cache", subnet_ids=subnet_ids)
      elasticache.CfnCacheCluster(self, "Cache", engine="redis", cache_node_type="cache.t3.micro", num_cache_nodes=1,
          cache_subnet_group_name=subnets.ref)
      elasticache.CfnReplicationGroup(self, "Named", replication_group_description="g", cache_subnet_group_name="cache")
      elasticache.CfnReplicationGroup(self, "Props", **group_props)
      """
    ),
  ]
}
