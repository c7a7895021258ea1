import os

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from constructs import Construct

SCHEMA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "schema.graphql")
SCHEMA = appsync.Definition.from_schema(appsync.SchemaFile.from_asset(SCHEMA_PATH))


class GraphStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        appsync.GraphqlApi(self, "PlainGraphql", name="plain", definition=SCHEMA)
        appsync.GraphqlApi(
            self,
            "LoggedGraphql",
            name="logged",
            definition=SCHEMA,
            log_config=appsync.LogConfig(field_log_level=appsync.FieldLogLevel.ERROR),
        )
        quiet = appsync.LogConfig(field_log_level=appsync.FieldLogLevel.ALL, exclude_verbose_content=True)
        appsync.GraphqlApi(self, "QuietGraphql", name="quiet", definition=SCHEMA, log_config=quiet)

        vpc = ec2.Vpc(self, "EksVpc", max_azs=2, nat_gateways=1)
        eks.Cluster(self, "PublicEks", version=eks.KubernetesVersion.V1_32, vpc=vpc)
        eks.Cluster(
            self,
            "PrivateEks",
            version=eks.KubernetesVersion.V1_32,
            vpc=vpc,
            endpoint_access=eks.EndpointAccess.PRIVATE,
            cluster_logging=[
                eks.ClusterLoggingTypes.API,
                eks.ClusterLoggingTypes.AUDIT,
                eks.ClusterLoggingTypes.AUTHENTICATOR,
                eks.ClusterLoggingTypes.CONTROLLER_MANAGER,
                eks.ClusterLoggingTypes.SCHEDULER,
            ],
        )


app = cdk.App()
GraphStack(app, "GraphStack")
app.synth()
