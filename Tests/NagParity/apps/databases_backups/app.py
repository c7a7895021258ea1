import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds
from constructs import Construct

ISOLATED = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)


class LedgerDatabase(Construct):
    """An Aurora MySQL cluster inside a custom construct, without backtracking (RDS14)."""

    def __init__(self, scope: Construct, construct_id: str, *, vpc: ec2.IVpc) -> None:
        super().__init__(scope, construct_id)
        rds.DatabaseCluster(
            self,
            "Ledger",
            engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_08_0),
            vpc=vpc, vpc_subnets=ISOLATED,
            writer=rds.ClusterInstance.provisioned("w"),
            storage_encrypted=True,
        )


class BackupsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "BackupsVpc", max_azs=2, nat_gateways=0, flow_logs={"All": ec2.FlowLogOptions()})
        mysql = rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_0)
        aurora_mysql = rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_08_0)

        # Backups off through a variable (RDS13); a week of backups passes.
        no_backups = cdk.Duration.days(0)
        rds.DatabaseInstance(self, "NoBackupsDb", engine=mysql, vpc=vpc, vpc_subnets=ISOLATED, backup_retention=no_backups)
        rds.DatabaseInstance(
            self, "WeeklyDb", engine=mysql, vpc=vpc, vpc_subnets=ISOLATED, backup_retention=cdk.Duration.days(7),
        )

        # L1 instances: retention 0 fails RDS13, unset passes.
        rds.CfnDBInstance(
            self, "RawNoBackups", db_instance_class="db.t3.micro", engine="mysql", allocated_storage="20",
            master_username="admin", master_user_password="change-me-please", backup_retention_period=0,
        )
        rds.CfnDBInstance(
            self, "RawDefaultBackups", db_instance_class="db.t3.micro", engine="postgres", allocated_storage="20",
            master_username="admin", master_user_password="change-me-please",
        )

        # Aurora MySQL backtracking (RDS14): a window passes, none fails; the L1 cluster likewise.
        window = cdk.Duration.hours(12)
        rds.DatabaseCluster(
            self, "RewindableCluster", engine=aurora_mysql, vpc=vpc, vpc_subnets=ISOLATED,
            writer=rds.ClusterInstance.provisioned("w"), backtrack_window=window,
        )
        rds.CfnDBCluster(self, "RawMysqlCluster", engine="aurora-mysql", master_username="admin",
                         master_user_password="change-me-please")
        rds.CfnDBCluster(self, "RawRewindableCluster", engine="aurora-mysql", master_username="admin",
                         master_user_password="change-me-please", backtrack_window=3600)
        rds.CfnDBCluster(self, "RawPostgresCluster", engine="aurora-postgresql", master_username="admin",
                         master_user_password="change-me-please")

        LedgerDatabase(self, "Ledgers", vpc=vpc)


app = cdk.App()
BackupsStack(app, "BackupsStack")
app.synth()
