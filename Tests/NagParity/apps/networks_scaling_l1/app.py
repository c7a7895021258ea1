import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancing as elb
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_rds as rds
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from constructs import Construct


class Edge(Construct):
    """A network ACL and a group inside a construct of the app's own."""

    def __init__(self, scope: Construct, construct_id: str, *, vpc: ec2.IVpc, topic: sns.ITopic) -> None:
        super().__init__(scope, construct_id)
        # VPC3: the ACL and its entry.
        acl = ec2.NetworkAcl(self, "EdgeAcl", vpc=vpc)
        acl.add_entry(
            "EdgeHttps",
            rule_number=100,
            cidr=ec2.AclCidr.any_ipv4(),
            traffic=ec2.AclTraffic.tcp_port(443),
            direction=ec2.TrafficDirection.INGRESS,
        )
        # Every event notified and the root volume encrypted: AS3 and EC26 pass.
        root = autoscaling.BlockDeviceVolume.ebs(20, encrypted=True)
        autoscaling.AutoScalingGroup(
            self,
            "EdgeGroup",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(),
            notifications=[autoscaling.NotificationConfiguration(topic=topic)],
            block_devices=[autoscaling.BlockDevice(device_name="/dev/xvda", volume=root)],
        )


class NetworksStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "NetVpc", max_azs=2, nat_gateways=1)
        topic = sns.Topic(self, "NetTopic", enforce_ssl=True)
        image = ec2.MachineImage.latest_amazon_linux2023()
        small = ec2.InstanceType("t3.micro")
        Edge(self, "Edge", vpc=vpc, topic=topic)

        # VPC3 on the L1s.
        raw_acl = ec2.CfnNetworkAcl(self, "RawAcl", vpc_id=vpc.vpc_id)
        ec2.CfnNetworkAclEntry(
            self, "RawAclEntry", network_acl_id=raw_acl.ref, protocol=-1, rule_action="allow", rule_number=100,
            cidr_block="10.0.0.0/8",
        )

        # AS3 and EC26 fail (no notifications, AMI mappings); AS2 fails (ELB checks, no grace period).
        elb_only = autoscaling.HealthChecks.with_additional_checks(
            additional_types=[autoscaling.AdditionalHealthCheckType.ELB]
        )
        autoscaling.AutoScalingGroup(
            self, "BareGroup", vpc=vpc, instance_type=small, machine_image=image, health_checks=elb_only
        )
        # Errors only (AS3 fails), a grace period (AS2 passes), an unencrypted device (EC26 fails).
        autoscaling.AutoScalingGroup(
            self,
            "GracedGroup",
            vpc=vpc,
            instance_type=small,
            machine_image=image,
            health_checks=autoscaling.HealthChecks.with_additional_checks(
                additional_types=[autoscaling.AdditionalHealthCheckType.ELB], grace_period=cdk.Duration.minutes(2)
            ),
            notifications=[
                autoscaling.NotificationConfiguration(topic=topic, scaling_events=autoscaling.ScalingEvents.ERRORS)
            ],
            block_devices=[autoscaling.BlockDevice(device_name="/dev/xvda", volume=autoscaling.BlockDeviceVolume.ebs(30))],
        )
        # An L1 launch configuration without block devices: EC26.
        autoscaling.CfnLaunchConfiguration(self, "RawLaunchConfig", image_id="ami-12345678", instance_type="t3.micro")
        ec2.CfnVolume(self, "RawVolume", availability_zone="us-east-1a", size=10, encrypted=True)

        # Classic L1: HTTP (ELB1), drained (ELB3 passes), logged (ELB2 passes); SSL to TCP (ELB5).
        elb.CfnLoadBalancer(
            self,
            "RawClb",
            subnets=[subnet.subnet_id for subnet in vpc.public_subnets],
            listeners=[
                elb.CfnLoadBalancer.ListenersProperty(instance_port="80", load_balancer_port="80", protocol="HTTP"),
                elb.CfnLoadBalancer.ListenersProperty(
                    instance_port="9443", load_balancer_port="443", protocol="SSL", instance_protocol="TCP",
                    ssl_certificate_id="arn:aws:acm:us-east-1:123456789012:certificate/abc",
                ),
            ],
            connection_draining_policy=elb.CfnLoadBalancer.ConnectionDrainingPolicyProperty(enabled=True, timeout=60),
            access_logging_policy=elb.CfnLoadBalancer.AccessLoggingPolicyProperty(enabled=True, s3_bucket_name="logs"),
        )
        # Classic L2 with an HTTPS listener that stays HTTPS: ELB1 fails, ELB5 passes.
        https = elb.LoadBalancer(self, "HttpsClb", vpc=vpc)
        https.add_listener(external_port=443, ssl_certificate_arn="arn:aws:acm:us-east-1:123456789012:certificate/abc")
        # ALB and NLB L1s and L2s.
        elbv2.CfnLoadBalancer(
            self,
            "RawAlb",
            subnets=[subnet.subnet_id for subnet in vpc.public_subnets],
            load_balancer_attributes=[
                elbv2.CfnLoadBalancer.LoadBalancerAttributeProperty(key="access_logs.s3.enabled", value="true"),
                elbv2.CfnLoadBalancer.LoadBalancerAttributeProperty(key="access_logs.s3.bucket", value="logs"),
            ],
        )
        elbv2.CfnLoadBalancer(self, "RawNlb", type="network", subnets=[s.subnet_id for s in vpc.public_subnets])
        elbv2.NetworkLoadBalancer(self, "PlainNlb", vpc=vpc)

        # RDS11: a PostgreSQL instance on 5432 fails; one on another port passes. RDS2/RDS3 on L1s.
        subnets = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)
        rds.DatabaseInstance(
            self, "PgDefault", engine=rds.DatabaseInstanceEngine.POSTGRES, vpc=vpc, vpc_subnets=subnets, port=5432,
            storage_encrypted=True, multi_az=True,
        )
        rds.DatabaseInstance(
            self, "PgMoved", engine=rds.DatabaseInstanceEngine.POSTGRES, vpc=vpc, vpc_subnets=subnets, port=15432,
            storage_encrypted=True, multi_az=True,
        )
        rds.CfnDBInstance(self, "RawMysql", engine="mysql", db_instance_class="db.t3.micro", allocated_storage="20")
        rds.CfnDBInstance(
            self, "RawSafeMysql", engine="mysql", db_instance_class="db.t3.micro", allocated_storage="20",
            storage_encrypted=True, multi_az=True, port="13306",
        )
        raw_cluster = rds.CfnDBCluster(self, "RawAurora", engine="aurora-postgresql", port=15432)
        rds.CfnDBInstance(
            self, "RawAuroraMember", engine="aurora-postgresql", db_instance_class="db.r6g.large",
            db_cluster_identifier=raw_cluster.ref,
        )
        rds.DatabaseCluster(
            self,
            "PgCluster",
            engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_4),
            writer=rds.ClusterInstance.serverless_v2("PgWriter"),
            vpc=vpc,
            vpc_subnets=subnets,
            storage_encrypted=True,
        )
        rds.ServerlessCluster(
            self, "MysqlServerless", engine=rds.DatabaseClusterEngine.AURORA_MYSQL, vpc=vpc, vpc_subnets=subnets,
        )

        # S5: a website bucket read through an origin access identity passes; a public one fails.
        site = s3.Bucket(self, "OaiWebsite", website_index_document="index.html", enforce_ssl=True)
        cloudfront.Distribution(
            self,
            "SiteCdn",
            default_behavior=cloudfront.BehaviorOptions(origin=origins.S3BucketOrigin.with_origin_access_identity(site)),
        )
        s3.Bucket(
            self,
            "PublicWebsite",
            website_index_document="index.html",
            public_read_access=True,
            block_public_access=s3.BlockPublicAccess.BLOCK_ACLS_ONLY,
            enforce_ssl=True,
        )


app = cdk.App()
NetworksStack(app, "NetworksStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
