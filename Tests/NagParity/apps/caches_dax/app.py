import aws_cdk as cdk
from aws_cdk import aws_dax as dax
from aws_cdk import aws_elasticache as elasticache
from aws_cdk import aws_iam as iam
from constructs import Construct


class SessionCache(Construct):
    """A replication group inside a custom construct: no subnet group, encryption, Multi-AZ or token."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        elasticache.CfnReplicationGroup(
            self, "SessionGroup", replication_group_description="sessions", cache_node_type="cache.t3.micro",
            engine="redis", num_cache_clusters=2,
        )


class CachesStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        role = iam.Role(self, "DaxRole", assumed_by=iam.ServicePrincipal("dax.amazonaws.com"))

        # DAX (DDB4): no specification, a disabled one bound first, an enabled one; a dict with snake_case keys reaches
        # CloudFormation unchanged, so its `sse_enabled` is dropped (fails); camelCase keys pass.
        dax.CfnCluster(self, "PlainDax", iam_role_arn=role.role_arn, node_type="dax.t3.small", replication_factor=1)
        off = dax.CfnCluster.SSESpecificationProperty(sse_enabled=False)
        dax.CfnCluster(self, "OffDax", iam_role_arn=role.role_arn, node_type="dax.t3.small", replication_factor=1,
                       sse_specification=off)
        dax.CfnCluster(self, "EncryptedDax", iam_role_arn=role.role_arn, node_type="dax.t3.small",
                       replication_factor=1, sse_specification=dax.CfnCluster.SSESpecificationProperty(sse_enabled=True))
        dax.CfnCluster(self, "DictDax", iam_role_arn=role.role_arn, node_type="dax.t3.small", replication_factor=1,
                       sse_specification={"sse_enabled": True})
        dax.CfnCluster(self, "CamelDictDax", iam_role_arn=role.role_arn, node_type="dax.t3.small", replication_factor=1,
                       sse_specification={"sseEnabled": True})

        # ElastiCache replication groups: values through variables.
        subnet_group = elasticache.CfnSubnetGroup(self, "CacheSubnets", description="cache", subnet_ids=["subnet-1"])
        encrypt = True
        elasticache.CfnReplicationGroup(
            self, "SecureGroup", replication_group_description="secure", cache_node_type="cache.t3.micro",
            engine="redis", num_cache_clusters=2, cache_subnet_group_name=subnet_group.ref,
            at_rest_encryption_enabled=encrypt, transit_encryption_enabled=encrypt,
            automatic_failover_enabled=True, multi_az_enabled=True, auth_token="a-long-redis-auth-token-0123456789",
            port=6391,
        )
        elasticache.CfnReplicationGroup(
            self, "RestOnlyGroup", replication_group_description="rest only", cache_node_type="cache.t3.micro",
            engine="redis", num_cache_clusters=2, at_rest_encryption_enabled=True, multi_az_enabled=False,
        )
        elasticache.CfnCacheCluster(
            self, "SubnettedMemcached", cache_node_type="cache.t3.micro", engine="memcached", num_cache_nodes=1,
            cache_subnet_group_name=subnet_group.ref,
        )

        SessionCache(self, "Sessions")


app = cdk.App()
CachesStack(app, "CachesStack")
app.synth()
