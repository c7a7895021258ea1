import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from constructs import Construct

IMAGE = ecs.ContainerImage.from_registry("public.ecr.aws/nginx/nginx:latest")


class Worker(Construct):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        task = ecs.FargateTaskDefinition(self, "WorkerTask")
        task.add_container("worker", image=IMAGE, logging=ecs.LogDrivers.aws_logs(stream_prefix="worker"))


class ServicesStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "ServiceVpc", max_azs=1, nat_gateways=0)

        ecs.Cluster(self, "PlainCluster", vpc=vpc)
        ecs.Cluster(self, "InsightsCluster", vpc=vpc, container_insights_v2=ecs.ContainerInsights.ENABLED)
        ecs.Cluster(self, "EnhancedCluster", vpc=vpc, container_insights_v2=ecs.ContainerInsights.ENHANCED)
        ecs.Cluster(self, "LegacyInsightsCluster", vpc=vpc, container_insights=True)

        # Environment variables (ECS2) and no log driver (ECS7).
        env_task = ecs.FargateTaskDefinition(self, "EnvTask")
        env_task.add_container("app", image=IMAGE, environment={"STAGE": "prod"})

        # Secrets instead of plain variables, with logging: both pass.
        clean_task = ecs.FargateTaskDefinition(self, "CleanTask")
        logging = ecs.LogDrivers.aws_logs(stream_prefix="clean")
        clean_task.add_container("app", image=IMAGE, logging=logging)

        # A variable added after the container is created: ECS2 fails.
        late_task = ecs.Ec2TaskDefinition(self, "LateEnvTask")
        container = late_task.add_container(
            "app", image=IMAGE, memory_limit_mib=256, logging=ecs.LogDrivers.aws_logs(stream_prefix="late")
        )
        container.add_environment("MODE", "batch")

        Worker(self, "Jobs")

        # A container construct of its own, without logging (ECS7) and with variables bound first (ECS2).
        sidecar_task = ecs.Ec2TaskDefinition(self, "SidecarTask")
        settings = {"LOG_LEVEL": "debug"}
        ecs.ContainerDefinition(
            self, "Sidecar", task_definition=sidecar_task, image=IMAGE, memory_limit_mib=128, environment=settings
        )

        # An empty environment renders nothing: both pass.
        empty_task = ecs.FargateTaskDefinition(self, "EmptyEnvTask")
        empty_task.add_container("app", image=IMAGE, environment={}, logging=logging)

        # The L1 task definition.
        ecs.CfnTaskDefinition(
            self,
            "RawTask",
            container_definitions=[
                ecs.CfnTaskDefinition.ContainerDefinitionProperty(
                    name="app",
                    image="nginx",
                    environment=[ecs.CfnTaskDefinition.KeyValuePairProperty(name="A", value="1")],
                )
            ],
        )
        ecs.CfnTaskDefinition(
            self,
            "LoggedRawTask",
            container_definitions=[
                ecs.CfnTaskDefinition.ContainerDefinitionProperty(
                    name="app",
                    image="nginx",
                    log_configuration=ecs.CfnTaskDefinition.LogConfigurationProperty(log_driver="awslogs"),
                )
            ],
        )


app = cdk.App()
ServicesStack(app, "ServicesStack")
app.synth()
