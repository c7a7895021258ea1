import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds
from constructs import Construct

ISOLATED = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)


class ClustersStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "ClusterVpc", max_azs=2, nat_gateways=0)
        mysql = rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_08_0)
        postgres = rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_4)

        # Every default: RDS2, RDS6, RDS10, RDS11, RDS14.
        rds.DatabaseCluster(self, "PlainMysql", engine=mysql, vpc=vpc, vpc_subnets=ISOLATED, writer=rds.ClusterInstance.provisioned("w"))

        # Everything set.
        rds.DatabaseCluster(
            self,
            "HardenedMysql",
            engine=mysql,
            vpc=vpc, vpc_subnets=ISOLATED,
            writer=rds.ClusterInstance.provisioned("w"),
            storage_encrypted=True,
            iam_authentication=True,
            deletion_protection=True,
            port=13306,
            backtrack_window=cdk.Duration.hours(24),
        )

        # Postgres: backtrack does not apply; explicit default port does not fail RDS11 for provisioned postgres.
        encrypted = True
        rds.DatabaseCluster(
            self,
            "Postgres",
            engine=postgres,
            vpc=vpc, vpc_subnets=ISOLATED,
            writer=rds.ClusterInstance.serverless_v2("w"),
            storage_encrypted=encrypted,
            iam_authentication=False,
            port=5432,
        )


app = cdk.App()
ClustersStack(app, "ClustersStack")
app.synth()
