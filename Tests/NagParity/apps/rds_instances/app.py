import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds
from constructs import Construct

ISOLATED = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)


class ReportingDatabase(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, vpc: ec2.IVpc) -> None:
        super().__init__(scope, construct_id)
        rds.DatabaseInstance(
            self,
            "Reports",
            engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16),
            vpc=vpc, vpc_subnets=ISOLATED,
            storage_encrypted=True,
            multi_az=True,
            deletion_protection=True,
            port=15432,
        )


class InstancesStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "DbVpc", max_azs=2, nat_gateways=0)

        mysql = rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_0)

        # Every default: unencrypted (RDS2), single AZ (RDS3), no deletion protection (RDS10), default port (RDS11).
        rds.DatabaseInstance(self, "PlainDb", engine=mysql, vpc=vpc, vpc_subnets=ISOLATED)

        # Encryption through a key, bound first; explicit default port (RDS11); backups off (RDS13).
        key = kms.Key(self, "DbKey", enable_key_rotation=True)
        rds.DatabaseInstance(
            self,
            "KeyedDb",
            engine=mysql,
            vpc=vpc, vpc_subnets=ISOLATED,
            storage_encryption_key=key,
            port=3306,
            backup_retention=cdk.Duration.days(0),
            multi_az=False,
        )

        # Removal policy RETAIN turns deletion protection on.
        rds.DatabaseInstance(
            self,
            "RetainedDb",
            engine=mysql,
            vpc=vpc, vpc_subnets=ISOLATED,
            storage_encrypted=True,
            removal_policy=cdk.RemovalPolicy.RETAIN,
            port=13306,
        )

        ReportingDatabase(self, "Reporting", vpc=vpc)


app = cdk.App()
InstancesStack(app, "InstancesStack")
app.synth()
