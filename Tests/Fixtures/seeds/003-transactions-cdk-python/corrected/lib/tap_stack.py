"""Transaction processing web application for financial data."""
from aws_cdk import (
    RemovalPolicy,
    Stack,
    Tags,
    aws_ec2 as ec2,
    aws_ecs as ecs,
    aws_ecs_patterns as ecs_patterns,
    aws_elasticloadbalancingv2 as elbv2,
    aws_kms as kms,
    aws_rds as rds,
    aws_s3 as s3,
    aws_sns as sns,
    aws_cloudwatch as cloudwatch,
    aws_cloudwatch_actions as cloudwatch_actions,  # ADDED
)
from constructs import Construct


class TapStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        Tags.of(self).add("Environment", environment_suffix)
        Tags.of(self).add("Team", "platform-engineering")
        Tags.of(self).add("CostCenter", "engineering")

        vpc = ec2.Vpc(
            self,
            f"Vpc{environment_suffix}",
            max_azs=2,
            subnet_configuration=[
                ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
                ec2.SubnetConfiguration(name="Private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=24),
                ec2.SubnetConfiguration(name="Isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24),
            ],
        )

        rds_kms_key = kms.Key(
            self,
            f"RdsKey{environment_suffix}",
            enable_key_rotation=True,
            removal_policy=RemovalPolicy.DESTROY,
        )

        db_cluster = rds.DatabaseCluster(
            self,
            f"Database{environment_suffix}",
            engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_6),
            writer=rds.ClusterInstance.serverless_v2("writer"),
            vpc=vpc,
            vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
            storage_encryption_key=rds_kms_key,
            removal_policy=RemovalPolicy.DESTROY,
        )

        assets_bucket = s3.Bucket(
            self, f"AssetsBucket{environment_suffix}",
            versioned=True,
            removal_policy=RemovalPolicy.DESTROY,
            auto_delete_objects=True,
            encryption=s3.BucketEncryption.S3_MANAGED,  # ADDED
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,  # ADDED
        )

        cluster = ecs.Cluster(self, f"Cluster{environment_suffix}", vpc=vpc)
        fargate_service = ecs_patterns.ApplicationLoadBalancedFargateService(
            self,
            f"Service{environment_suffix}",
            cluster=cluster,
            memory_limit_mib=1024,
            cpu=512,
            task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
                image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
            ),
        )

        alb = elbv2.ApplicationLoadBalancer(self, f"Alb{environment_suffix}", vpc=vpc, internet_facing=True)

        # IDEAL_RESPONSE: HTTP listener redirects to HTTPS
        http_listener = alb.add_listener(
            "HttpListener",
            port=80,
            protocol=elbv2.ApplicationProtocol.HTTP,
            default_action=elbv2.ListenerAction.redirect(
                protocol="HTTPS",
                port="443",
                permanent=True
            )
        )

        alerts_topic = sns.Topic(self, f"Alerts{environment_suffix}")

        cpu_alarm = cloudwatch.Alarm(
            self, f"HighCpuAlarm{environment_suffix}",
            metric=fargate_service.service.metric_cpu_utilization(),
            threshold=80,
            evaluation_periods=2,
            alarm_description="High CPU utilization on ECS tasks",
            datapoints_to_alarm=2,
            treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
        )
        cpu_alarm.add_alarm_action(cloudwatch_actions.SnsAction(alerts_topic))
