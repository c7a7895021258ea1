import IaCModel
import IaCSyntax

/// IAC753: an ElastiCache replication group does not encrypt its data both at rest and in transit.
public struct ElastiCacheRedisEncryptionDisabledRule: Rule {
  public init() {}

  static let type = "aws-cdk-lib.aws_elasticache.CfnReplicationGroup"

  public static let description = RuleDescription.solutions(
    code: "IAC753",
    summary: "An ElastiCache replication group is not encrypted at rest and in transit",
    url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/encryption.html",
    resourceTypes: [type],
    documentation: SolutionsDocumentation.page(
      code: "IAC753",
      whatItDoes: """
        Finds `elasticache.CfnReplicationGroup` constructs that do not set both `at_rest_encryption_enabled=True`
        and `transit_encryption_enabled=True`. One finding is made per group: on the first of the two props that is
        false, or on the call when one of them is not set. A value iaclsp cannot evaluate is not reported, nor is a
        group whose props come from `**kwargs`.
        """,
      why: """
        Without encryption at rest, the cache's snapshots and swap hold data in clear; without encryption in
        transit, anyone on the network path can read keys, values and AUTH tokens. At-rest encryption can only be
        chosen when the group is created.
        """,
      example: """
        elasticache.CfnReplicationGroup(self, "Cache", replication_group_description="sessions")
        """,
      useInstead: """
        elasticache.CfnReplicationGroup(self, "Cache", replication_group_description="sessions",
            at_rest_encryption_enabled=True, transit_encryption_enabled=True)
        """,
      references: [
        (
          title: "Data security in Amazon ElastiCache (encryption)",
          url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/encryption.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  public func check(
    _ resource: Resource,
    in model: FileModel,
    context: RuleContext,
    into diagnostics: inout [Diagnostic]
  ) {
    guard !resource.isCDKv1, resource.type.fqn == Self.type else { return }
    let path = model.file.path
    var unset: [String] = []
    for name in ["atRestEncryptionEnabled", "transitEncryptionEnabled"] {
      guard let prop = resource.prop(name) else {
        unset.append(model.spelling(of: name, for: resource))
        continue
      }
      if prop.value.bool == false {
        let spelled = model.spelling(of: name, for: resource)
        let message = "The replication group's data is not encrypted: `\(spelled)` is false"
        diagnostics.append(Self.description.diagnostic(path: path, range: prop.argument.range, message: message))
        return
      }
    }
    guard let first = unset.first, !resource.hasHiddenProps else { return }
    let message = "The replication group's data is not encrypted: `\(first)` is not set"
    diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticache as elasticache

      ↓elasticache.CfnReplicationGroup(self, "Cache", replication_group_description="sessions")
      ↓elasticache.CfnReplicationGroup(self, "Half", replication_group_description="h", at_rest_encryption_enabled=True)
      elasticache.CfnReplicationGroup(self, "Off", replication_group_description="o", at_rest_encryption_enabled=True,
          ↓transit_encryption_enabled=False)
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
          at_rest_encryption_enabled=True, transit_encryption_enabled=True)
      elasticache.CfnReplicationGroup(self, "Configured", replication_group_description="c",
          at_rest_encryption_enabled=settings.encrypt, transit_encryption_enabled=settings.encrypt)
      elasticache.CfnReplicationGroup(self, "Props", **group_props)
      """
    ),
  ]
}
