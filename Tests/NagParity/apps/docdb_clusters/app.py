import aws_cdk as cdk
from aws_cdk import aws_docdb as docdb
from aws_cdk import aws_ec2 as ec2
from constructs import Construct

ISOLATED = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)


class AuditedDocs(Construct):
    """A cluster inside a custom construct: exports its audit log, but writes its password into the template."""

    def __init__(self, scope: Construct, construct_id: str, *, vpc: ec2.IVpc, instance_type: ec2.InstanceType) -> None:
        super().__init__(scope, construct_id)
        short_backup = docdb.BackupProps(retention=cdk.Duration.days(3))
        login = docdb.Login(username="docadmin", password=cdk.SecretValue.unsafe_plain_text("not-a-secret-2"))
        docdb.DatabaseCluster(
            self,
            "AuditedCluster",
            master_user=login,
            instance_type=instance_type,
            vpc=vpc,
            vpc_subnets=ISOLATED,
            port=27019,
            backup=short_backup,
            export_audit_logs_to_cloud_watch=True,
        )


class DocumentsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "DocVpc", max_azs=2, nat_gateways=0)
        instance_type = ec2.InstanceType.of(ec2.InstanceClass.R5, ec2.InstanceSize.LARGE)

        # Every default: DOC2 (27017), DOC4 (1 day), DOC5.
        docdb.DatabaseCluster(
            self, "PlainDocs", master_user=docdb.Login(username="docadmin"), instance_type=instance_type,
            vpc=vpc, vpc_subnets=ISOLATED,
        )

        # Unencrypted (DOC1), non-default port, a week of backups.
        docdb.DatabaseCluster(
            self,
            "UnencryptedDocs",
            master_user=docdb.Login(username="docadmin"),
            instance_type=instance_type,
            vpc=vpc,
            vpc_subnets=ISOLATED,
            storage_encrypted=False,
            port=27018,
            backup=docdb.BackupProps(retention=cdk.Duration.days(7)),
        )

        # L1 with plain credentials: DOC1, DOC2, DOC3, DOC4, DOC5.
        docdb.CfnDBCluster(self, "RawDocs", master_username="admin", master_user_password="not-a-secret-1")

        # L1 with Secrets Manager dynamic references, a week of backups and the audit log exported.
        exports = ["audit", "profiler"]
        docdb.CfnDBCluster(
            self,
            "ResolvedDocs",
            master_username="{{resolve:secretsmanager:docs-admin:SecretString:username}}",
            master_user_password="{{resolve:secretsmanager:docs-admin:SecretString:password}}",
            port=27020,
            backup_retention_period=14,
            storage_encrypted=True,
            enable_cloudwatch_logs_exports=exports,
        )

        AuditedDocs(self, "AuditedDocs", vpc=vpc, instance_type=instance_type)


app = cdk.App()
DocumentsStack(app, "DocumentsStack")
app.synth()
