import aws_cdk as cdk
from aws_cdk import aws_neptune as neptune
from constructs import Construct


class GraphTier(Construct):
    """A cluster and an instance inside a custom construct, values bound to variables first."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        subnets = neptune.CfnDBSubnetGroup(
            self, "TierSubnets", db_subnet_group_description="graph", subnet_ids=["subnet-1", "subnet-2"]
        )
        zones = ["us-east-1a", "us-east-1b"]
        retention = 10
        iam = True
        neptune.CfnDBCluster(
            self,
            "TierGraph",
            db_subnet_group_name=subnets.ref,
            availability_zones=zones,
            backup_retention_period=retention,
            iam_auth_enabled=iam,
            storage_encrypted=True,
        )
        upgrades = False
        neptune.CfnDBInstance(self, "TierInstance", db_instance_class="db.r5.large", auto_minor_version_upgrade=upgrades)


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

        GraphTier(self, "Tier")


app = cdk.App()
GraphStack(app, "GraphStack")
app.synth()
