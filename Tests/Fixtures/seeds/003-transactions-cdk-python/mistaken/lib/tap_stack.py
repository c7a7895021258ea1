"""Transaction processing web application for financial data."""
from aws_cdk import (
    RemovalPolicy,
    Stack,
    aws_ec2 as ec2,
    aws_ecs as ecs,
    aws_ecs_patterns as ecs_patterns,
    aws_elasticloadbalancingv2 as elbv2,
    aws_kms as kms,
    aws_rds as rds,
    aws_s3 as s3,
    aws_sns as sns,
    aws_cloudwatch as cloudwatch,
)
from constructs import Construct


class TapStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        vpc = ec2.Vpc(self, f"Vpc{environment_suffix}", max_azs=2)

        rds_kms_key = kms.Key(self, f"RdsKey{environment_suffix}", enable_key_rotation=True)

        db_cluster = rds.DatabaseCluster(
            self,
            f"Database{environment_suffix}",
            engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_6),
            writer=rds.ClusterInstance.serverless_v2("writer"),
            vpc=vpc,
            vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
            storage_encryption_key=rds_kms_key,
        )

        assets_bucket = s3.Bucket(
            self, f"AssetsBucket{environment_suffix}",
            versioned=True,
            removal_policy=RemovalPolicy.DESTROY,
            auto_delete_objects=True,
        )

        cluster = ecs.Cluster(self, f"Cluster{environment_suffix}", vpc=vpc)
        fargate_service = ecs_patterns.ApplicationLoadBalancedFargateService(
            self,
            f"Service{environment_suffix}",
            cluster=cluster,
            memory_limit_mib=512,
            cpu=256,
            task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
                image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
            ),
        )

        alb = elbv2.ApplicationLoadBalancer(self, f"Alb{environment_suffix}", vpc=vpc, internet_facing=True)
        target_group = elbv2.ApplicationTargetGroup(self, f"Targets{environment_suffix}", vpc=vpc, port=80)

        # Add listener (HTTP only for now - missing HTTPS)
        listener = alb.add_listener(
            "Listener",
            port=80,
            default_target_groups=[target_group]
        )

        alerts_topic = sns.Topic(self, f"Alerts{environment_suffix}")

        # Only CPU alarm created, no memory/Lambda/ALB alarms
        cpu_alarm = cloudwatch.Alarm(
            self, f"HighCpuAlarm{environment_suffix}",
            metric=fargate_service.service.metric_cpu_utilization(),
            threshold=80,
            evaluation_periods=2,
            alarm_description="High CPU utilization on ECS tasks"
        )
        cpu_alarm.add_alarm_action(cloudwatch_actions.SnsAction(alerts_topic))
