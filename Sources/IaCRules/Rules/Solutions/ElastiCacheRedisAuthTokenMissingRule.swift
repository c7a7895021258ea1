import IaCModel
import IaCSyntax

/// IAC756: an ElastiCache replication group accepts clients without a Redis AUTH token.
public struct ElastiCacheRedisAuthTokenMissingRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC756",
    summary: "An ElastiCache replication group has no AUTH token",
    url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html",
    resourceTypes: ["aws-cdk-lib.aws_elasticache.CfnReplicationGroup"],
    documentation: SolutionsDocumentation.page(
      code: "IAC756",
      whatItDoes: """
        Finds `elasticache.CfnReplicationGroup` constructs without an `auth_token`, or with an empty one. A token
        read from a secret (`secret.secret_value.unsafe_unwrap()`) or a parameter passes; a group whose props come
        from `**kwargs` is not reported.
        """,
      why: """
        Without an AUTH token, any client that can reach the cache's port can read and overwrite every key: the
        security group is then the only protection. A token also needs in-transit encryption, so that it does not
        travel in clear text.
        """,
      example: """
        elasticache.CfnReplicationGroup(self, "Cache", replication_group_description="sessions",
            transit_encryption_enabled=True)
        """,
      useInstead: """
        elasticache.CfnReplicationGroup(self, "Cache", replication_group_description="sessions",
            transit_encryption_enabled=True, auth_token=token.secret_value.unsafe_unwrap())
        """,
      references: [
        (
          title: "Authenticating with the Redis AUTH command (Amazon ElastiCache User Guide)",
          url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_elasticache.CfnReplicationGroup"],
      prop: "authToken",
      verdict: { value in value.string.map { !$0.isEmpty } },
      unsetFails: true,
      unsetMessage: "Any client that reaches the cache can use it: `auth_token` is not set",
      valueMessage: "Any client that reaches the cache can use it: `auth_token` is empty"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticache as elasticache

      ↓elasticache.CfnReplicationGroup(self, "Cache", replication_group_description="sessions")
      elasticache.CfnReplicationGroup(self, "Empty", replication_group_description="empty", ↓auth_token="")
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
          transit_encryption_enabled=True, auth_token=token.secret_value.unsafe_unwrap())
      elasticache.CfnReplicationGroup(self, "Props", **group_props)
      """
    ),
  ]
}
