import os

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eksv1
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_lambda as lambda_
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


        vpc_config = eksv1.CfnCluster.ResourcesVpcConfigProperty(
            subnet_ids=[subnet.subnet_id for subnet in vpc.private_subnets],
            endpoint_private_access=True,
            endpoint_public_access=False,
        )
        role_arn = "arn:aws:iam::123456789012:role/eks"
        eksv1.CfnCluster(self, "PlainEksL1", role_arn=role_arn, resources_vpc_config=vpc_config)
        eksv1.CfnCluster(
            self,
            "LoggedEksL1",
            role_arn=role_arn,
            resources_vpc_config=vpc_config,
            logging=eksv1.CfnCluster.LoggingProperty(
                cluster_logging=eksv1.CfnCluster.ClusterLoggingProperty(
                    enabled_types=[
                        eksv1.CfnCluster.LoggingTypeConfigProperty(type="api"),
                        eksv1.CfnCluster.LoggingTypeConfigProperty(type="audit"),
                        eksv1.CfnCluster.LoggingTypeConfigProperty(type="authenticator"),
                        eksv1.CfnCluster.LoggingTypeConfigProperty(type="controllerManager"),
                        eksv1.CfnCluster.LoggingTypeConfigProperty(type="scheduler"),
                    ]
                )
            ),
        )
        eksv1.CfnCluster(
            self,
            "ApiOnlyEksL1",
            role_arn=role_arn,
            resources_vpc_config=vpc_config,
            logging=eksv1.CfnCluster.LoggingProperty(
                cluster_logging=eksv1.CfnCluster.ClusterLoggingProperty(enabled_types=[eksv1.CfnCluster.LoggingTypeConfigProperty(type="api")])
            ),
        )


class EksV1Stack(cdk.Stack):
    """aws_eks (v1) clusters, which cdk-nag judges through their custom resource: one to a stack."""

    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.vpc = ec2.Vpc(self, "ClusterVpc", max_azs=2, nat_gateways=1)
        self.layer = lambda_.LayerVersion.from_layer_version_arn(
            self, "KubectlLayer", "arn:aws:lambda:us-east-1:123456789012:layer:kubectl:1"
        )


class PlainEksStack(EksV1Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        eksv1.Cluster(self, "PlainEksV1", version=eksv1.KubernetesVersion.V1_32, vpc=self.vpc, kubectl_layer=self.layer)


class PartlyLoggedEksStack(EksV1Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        some_logs = [eksv1.ClusterLoggingTypes.API, eksv1.ClusterLoggingTypes.AUDIT]
        eksv1.Cluster(
            self,
            "PartlyLoggedEksV1",
            version=eksv1.KubernetesVersion.V1_32,
            vpc=self.vpc,
            kubectl_layer=self.layer,
            endpoint_access=eksv1.EndpointAccess.PRIVATE,
            cluster_logging=some_logs,
        )


class LoggedEksStack(EksV1Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        eksv1.FargateCluster(
            self,
            "LoggedEksV1",
            version=eksv1.KubernetesVersion.V1_32,
            vpc=self.vpc,
            kubectl_layer=self.layer,
            endpoint_access=eksv1.EndpointAccess.PRIVATE,
            cluster_logging=[
                eksv1.ClusterLoggingTypes.API,
                eksv1.ClusterLoggingTypes.AUDIT,
                eksv1.ClusterLoggingTypes.AUTHENTICATOR,
                eksv1.ClusterLoggingTypes.CONTROLLER_MANAGER,
                eksv1.ClusterLoggingTypes.SCHEDULER,
            ],
        )


app = cdk.App()
GraphStack(app, "GraphStack")
PlainEksStack(app, "PlainEksStack")
PartlyLoggedEksStack(app, "PartlyLoggedEksStack")
LoggedEksStack(app, "LoggedEksStack")
app.synth()
