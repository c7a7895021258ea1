import aws_cdk as cdk
from aws_cdk import aws_elasticache as elasticache
from constructs import Construct


class SessionCache(Construct):
    """Caches inside a custom construct: a Redis cluster on its default port, a Valkey group (which cdk-nag passes)."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        redis_port = 6379
        elasticache.CfnCacheCluster(
            self, "SessionRedis", cache_node_type="cache.t3.micro", engine="Redis", num_cache_nodes=1, port=redis_port,
            cache_subnet_group_name="cache-subnets",
        )
        elasticache.CfnReplicationGroup(
            self, "SessionValkey", replication_group_description="valkey", cache_node_type="cache.t3.micro",
            engine="valkey", num_cache_clusters=2, port=6379,
        )
        elasticache.CfnCacheCluster(
            self, "SessionMemcached", cache_node_type="cache.t3.micro", engine="memcached", num_cache_nodes=1,
            port=11212,
        )


class CacheStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        elasticache.CfnCacheCluster(self, "PlainMemcached", cache_node_type="cache.t3.micro", engine="memcached",
                                    num_cache_nodes=1)
        elasticache.CfnCacheCluster(
            self, "PortedRedis", cache_node_type="cache.t3.micro", engine="redis", num_cache_nodes=1, port=6380,
            cache_subnet_group_name="cache-subnets",
        )

        elasticache.CfnReplicationGroup(
            self, "PlainGroup", replication_group_description="plain", cache_node_type="cache.t3.micro",
            engine="redis", num_cache_clusters=2,
        )

        token = "a-long-redis-auth-token-0123456789"
        elasticache.CfnReplicationGroup(
            self,
            "HardenedGroup",
            replication_group_description="hardened",
            cache_node_type="cache.t3.micro",
            engine="redis",
            num_cache_clusters=2,
            cache_subnet_group_name="cache-subnets",
            at_rest_encryption_enabled=True,
            transit_encryption_enabled=True,
            multi_az_enabled=True,
            auth_token=token,
            port=6390,
        )

        elasticache.CfnReplicationGroup(
            self,
            "HalfEncryptedGroup",
            replication_group_description="half",
            cache_node_type="cache.t3.micro",
            engine="redis",
            num_cache_clusters=2,
            at_rest_encryption_enabled=True,
            transit_encryption_enabled=False,
            multi_az_enabled=False,
            port=6379,
        )

        SessionCache(self, "Sessions")


app = cdk.App()
CacheStack(app, "CacheStack")
app.synth()
