import aws_cdk as cdk
from aws_cdk import aws_neptune as neptune
from constructs import Construct


class GraphStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        neptune.CfnDBCluster(self, "PlainGraph")
        neptune.CfnDBCluster(
            self,
            "HardenedGraph",
            db_subnet_group_name="graph-subnets",
            storage_encrypted=True,
            iam_auth_enabled=True,
            backup_retention_period=7,
        )
        retention = 3
        neptune.CfnDBCluster(
            self,
            "SingleZoneGraph",
            db_subnet_group_name="graph-subnets",
            availability_zones=["us-east-1a"],
            storage_encrypted=False,
            iam_auth_enabled=False,
            backup_retention_period=retention,
        )

        neptune.CfnDBInstance(self, "PlainGraphInstance", db_instance_class="db.r5.large")
        neptune.CfnDBInstance(
            self, "UpgradingGraphInstance", db_instance_class="db.r5.large", auto_minor_version_upgrade=True
        )


app = cdk.App()
GraphStack(app, "GraphStack")
app.synth()
