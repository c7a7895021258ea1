import aws_cdk as cdk
from aws_cdk import aws_docdb as docdb
from aws_cdk import aws_ec2 as ec2
from constructs import Construct

ISOLATED = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)


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


app = cdk.App()
DocumentsStack(app, "DocumentsStack")
app.synth()
