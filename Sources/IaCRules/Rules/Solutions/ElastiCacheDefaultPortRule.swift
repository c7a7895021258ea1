import IaCModel
import IaCSyntax

/// IAC755: an ElastiCache cluster or replication group listens on its engine's default port.
public struct ElastiCacheDefaultPortRule: Rule {
  public init() {}

  static let cacheClusterType = "aws-cdk-lib.aws_elasticache.CfnCacheCluster"
  static let replicationGroupType = "aws-cdk-lib.aws_elasticache.CfnReplicationGroup"

  public static let description = RuleDescription.solutions(
    code: "IAC755",
    summary: "An ElastiCache cluster listens on its engine's default port",
    url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.Create.html",
    resourceTypes: [cacheClusterType, replicationGroupType],
    documentation: SolutionsDocumentation.page(
      code: "IAC755",
      whatItDoes: """
        Finds `elasticache.CfnCacheCluster` and `elasticache.CfnReplicationGroup` constructs without a `port`, and
        those whose `port` is the engine's default: 6379 for `engine="redis"` (a replication group without an
        `engine` is Redis), 11211 for `engine="memcached"`. The engine is compared in any case. Like cdk-nag, the
        rule knows only those two engines' defaults, so a Valkey cache on 6379 passes. A port or engine held in a
        variable is followed; one iaclsp cannot evaluate is not reported, nor is a cache whose props come from
        `**kwargs`.
        """,
      why: """
        Scanners look for Redis and Memcached on their default ports. A port of your own does not protect the
        cache, but it keeps it out of the cheapest sweeps; this is a house rule that cdk-nag reports as an error.
        """,
      example: """
        elasticache.CfnCacheCluster(self, "Cache", engine="redis", cache_node_type="cache.t3.micro", num_cache_nodes=1)
        """,
      useInstead: """
        elasticache.CfnCacheCluster(self, "Cache", engine="redis", cache_node_type="cache.t3.micro", num_cache_nodes=1,
            port=6380)
        """,
      references: [
        (
          title: "Creating a cluster (Amazon ElastiCache User Guide)",
          url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.Create.html"
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
    let fqn = resource.type.fqn
    guard !resource.isCDKv1, fqn == Self.cacheClusterType || fqn == Self.replicationGroupType else { return }
    let path = model.file.path
    let portName = model.spelling(of: "port", for: resource)
    guard let port = resource.prop("port") else {
      guard !resource.hasHiddenProps else { return }
      let message = "The cache listens on its engine's default port: `\(portName)` is not set"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
      return
    }
    guard let number = port.value.integer else { return }
    let engine: String?
    if let prop = resource.prop("engine") {
      guard let text = prop.value.string else { return }
      engine = text.lowercased()
    } else {
      guard !resource.hasHiddenProps else { return }
      engine = nil
    }
    guard let defaultPort = Self.defaultPort(engine: engine, replicationGroup: fqn == Self.replicationGroupType),
      number == defaultPort
    else { return }
    let message = "The cache listens on the default \(engine ?? "redis") port: `\(portName)` is \(defaultPort)"
    diagnostics.append(Self.description.diagnostic(path: path, range: port.argument.range, message: message))
  }

  /// The default port cdk-nag knows for the engine (lower case; nil when unset), or nil.
  static func defaultPort(engine: String?, replicationGroup: Bool) -> Int? {
    switch engine {
    case "redis": return 6379
    case nil: return replicationGroup ? 6379 : nil
    case "memcached": return replicationGroup ? nil : 11211
    default: return nil
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticache as elasticache

      ↓elasticache.CfnCacheCluster(self, "Cache", engine="memcached", cache_node_type="cache.t3.micro", num_cache_nodes=1)
      redis_port = 6379
      elasticache.CfnCacheCluster(self, "Redis", engine="Redis", cache_node_type="cache.t3.micro", num_cache_nodes=1,
          ↓port=redis_port)
      elasticache.CfnReplicationGroup(self, "Group", replication_group_description="sessions", ↓port=6379)
      """
    ),
    Example(
      """
      import * as elasticache from 'aws-cdk-lib/aws-elasticache';

      new elasticache.CfnCacheCluster(this, 'Cache', {
        engine: 'memcached', cacheNodeType: 'cache.t3.micro', numCacheNodes: 1, ↓port: 11211,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticache as elasticache

      # Not the default Redis port 6379.
      elasticache.CfnCacheCluster(self, "Cache", engine="redis", cache_node_type="cache.t3.micro", num_cache_nodes=1,
          port=6380)
      elasticache.CfnCacheCluster(self, "Chosen", engine=settings.engine, cache_node_type="cache.t3.micro",
          num_cache_nodes=1, port=6379)
      elasticache.CfnReplicationGroup(self, "Group", replication_group_description="sessions", port=config.port)
      elasticache.CfnReplicationGroup(self, "Valkey", replication_group_description="v", engine="valkey", port=6379)
      elasticache.CfnReplicationGroup(self, "Props", **group_props)
      """
    ),
    Example(
      """
      import * as elasticache from 'aws-cdk-lib/aws-elasticache';

      new elasticache.CfnReplicationGroup(this, 'Group', { replicationGroupDescription: 'sessions', port: 6390 });
      new elasticache.CfnCacheCluster(this, 'Spread', { ...cacheProps, port: 6379 });
      """
    ),
  ]
}
