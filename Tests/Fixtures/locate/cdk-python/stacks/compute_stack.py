from aws_cdk import (
    NestedStack,
    Stack,
    aws_autoscaling as autoscaling,
    aws_ec2 as ec2,
    aws_ecs as ecs,
    aws_ecs_patterns as ecs_patterns,
    aws_s3 as s3,
    aws_sqs as sqs,
)
from constructs import Construct

WORKER_ID = "Worker"


class Workers(Construct):
    """An ECS service, created with keyword arguments."""

    def __init__(self, scope: Construct, construct_id: str, *, cluster: ecs.Cluster) -> None:
        super().__init__(scope, construct_id)
        task = ecs.FargateTaskDefinition(self, "Task")
        task.add_container("App", image=ecs.ContainerImage.from_registry("nginx"))
        ecs.FargateService(self, "Service", cluster=cluster, task_definition=task)


class Inbox(Construct):
    """A queue as the construct's `Default` child, and a tier of user constructs with ids in variables."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        sqs.Queue(self, "Default")
        tier_id = "Tier"
        Tier(self, tier_id)


class Tier(Construct):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        queue_id = "Jobs"
        sqs.Queue(self, queue_id)


class ColdStorage(NestedStack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        s3.Bucket(self, "Vault")


class ComputeStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "Network", max_azs=2, nat_gateways=0)
        cluster = ecs.Cluster(self, "Cluster", vpc=vpc)
        Workers(scope=self, construct_id=WORKER_ID, cluster=cluster)
        autoscaling.AutoScalingGroup(
            self,
            "Fleet",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2(),
        )
        ecs_patterns.ApplicationLoadBalancedFargateService(
            self,
            "Web",
            cluster=cluster,
            task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
                image=ecs.ContainerImage.from_registry("nginx")
            ),
        )
        Inbox(self, "Inbox")
        sqs.Queue(self, "IngestBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBuffer")
        sqs.CfnQueue(self, "OverflowSpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillway")
        ColdStorage(self, "Cold")
