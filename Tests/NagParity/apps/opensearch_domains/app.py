import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_opensearchservice as opensearch
from constructs import Construct

VERSION = opensearch.EngineVersion.OPENSEARCH_2_17


class SearchStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "SearchVpc", max_azs=2, nat_gateways=0)

        # Every default: OS1, OS2, OS3, OS4, OS5, OS7, OS8, OS9.
        opensearch.Domain(self, "PlainDomain", version=VERSION)

        # Hardened: in a VPC, encrypted, masters, zone aware, slow logs, IP-restricted policy.
        opensearch.Domain(
            self,
            "HardenedDomain",
            version=VERSION,
            vpc=vpc,
            vpc_subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)],
            node_to_node_encryption=True,
            encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True),
            enforce_https=True,
            capacity=opensearch.CapacityConfig(
                master_nodes=3, data_nodes=2, multi_az_with_standby_enabled=False
            ),
            zone_awareness=opensearch.ZoneAwarenessConfig(enabled=True, availability_zone_count=2),
            logging=opensearch.LoggingOptions(slow_search_log_enabled=True, slow_index_log_enabled=True),
            access_policies=[
                iam.PolicyStatement(
                    principals=[iam.AccountRootPrincipal()],
                    actions=["es:ESHttpGet"],
                    resources=["*"],
                    conditions={"IpAddress": {"aws:SourceIp": ["10.0.0.0/16"]}},
                )
            ],
        )

        # An anonymous policy (OS5) without an IP condition (OS3), added through a method.
        open_domain = opensearch.Domain(
            self, "OpenDomain", version=VERSION, node_to_node_encryption=True,
            encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True), enforce_https=True,
        )
        open_domain.add_access_policies(
            iam.PolicyStatement(principals=[iam.AnyPrincipal()], actions=["es:ESHttpGet"], resources=["*"])
        )

        # The condition key spelt as cdk-nag looks it up: OS3 passes there too. Unsigned basic auth (OS3, OS5).
        lower = iam.PolicyStatement(
            principals=[iam.AccountRootPrincipal()],
            actions=["es:ESHttpGet"],
            resources=["*"],
            conditions={"IpAddress": {"aws:sourceIp": ["10.1.0.0/16"]}},
        )
        lower_domain = opensearch.Domain(
            self, "LowerKeyDomain", version=VERSION, node_to_node_encryption=True, enforce_https=True,
            encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True),
        )
        lower_domain.add_access_policies(lower)
        opensearch.Domain(
            self,
            "BasicAuthDomain",
            version=VERSION,
            node_to_node_encryption=True,
            enforce_https=True,
            encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True),
            fine_grained_access_control=opensearch.AdvancedSecurityOptions(master_user_name="admin"),
            use_unsigned_basic_auth=True,
        )


app = cdk.App()
SearchStack(app, "SearchStack")
app.synth()
