import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_kms as kms
from aws_cdk import aws_opensearchservice as opensearch
from constructs import Construct

VERSION = opensearch.EngineVersion.OPENSEARCH_2_17


class LogSearch(Construct):
    """A domain inside a construct class: zone aware through a count, encrypted through a key."""

    def __init__(self, scope: Construct, construct_id: str, *, key: kms.IKey) -> None:
        super().__init__(scope, construct_id)
        opensearch.Domain(
            self,
            "Logs",
            version=VERSION,
            node_to_node_encryption=True,
            enforce_https=True,
            encryption_at_rest=opensearch.EncryptionAtRestOptions(kms_key=key),
            zone_awareness=opensearch.ZoneAwarenessConfig(availability_zone_count=2),
            capacity=opensearch.CapacityConfig(data_nodes=2, multi_az_with_standby_enabled=False),
        )


class SearchStreamsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        key = kms.Key(self, "SearchKey", enable_key_rotation=True)
        vpc = ec2.Vpc(self, "DomainVpc", max_azs=2, nat_gateways=0)

        # Values bound first: masters 0, zone awareness off, half the slow logs, encryption off.
        capacity = opensearch.CapacityConfig(master_nodes=0, data_nodes=2, multi_az_with_standby_enabled=False)
        single_zone = opensearch.ZoneAwarenessConfig(enabled=False)
        half_logs = opensearch.LoggingOptions(slow_search_log_enabled=True)
        opensearch.Domain(
            self,
            "Weak",
            version=VERSION,
            capacity=capacity,
            zone_awareness=single_zone,
            logging=half_logs,
            encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=False),
        )
        opensearch.Domain(
            self,
            "Private",
            version=VERSION,
            vpc=vpc,
            vpc_subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)],
            capacity=opensearch.CapacityConfig(master_nodes=3, data_nodes=2, multi_az_with_standby_enabled=False),
            zone_awareness=opensearch.ZoneAwarenessConfig(enabled=True),
            logging=opensearch.LoggingOptions(slow_search_log_enabled=True, slow_index_log_enabled=True),
        )
        LogSearch(self, "Team", key=key)

        # KDS1: unset (CDK encrypts), a variable holding UNENCRYPTED, a raw stream with and without encryption.
        kinesis.Stream(self, "Events")
        plain = kinesis.StreamEncryption.UNENCRYPTED
        kinesis.Stream(self, "PlainEvents", encryption=plain)
        kinesis.CfnStream(self, "RawPlain", shard_count=1)
        kinesis.CfnStream(
            self,
            "RawManaged",
            shard_count=1,
            stream_encryption=kinesis.CfnStream.StreamEncryptionProperty(
                encryption_type="KMS", key_id="alias/aws/kinesis"
            ),
        )


app = cdk.App()
SearchStreamsStack(app, "SearchStreamsStack")
app.synth()
