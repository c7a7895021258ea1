import aws_cdk as cdk
from aws_cdk import aws_redshift as redshift
from constructs import Construct


class ReportingWarehouse(Construct):
    """A cluster inside a custom construct, its parameter group written as object literals."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        params = redshift.CfnClusterParameterGroup(
            self,
            "ReportingParams",
            description="tls and activity logging",
            parameter_group_family="redshift-1.0",
            parameters=[
                {"parameterName": "require_ssl", "parameterValue": "true"},
                {"parameterName": "enable_user_activity_logging", "parameterValue": "true"},
            ],
        )
        default_port = 5439
        redshift.CfnCluster(
            self,
            "ReportingCluster",
            cluster_type="single-node",
            db_name="reports",
            master_username="awsuser",
            master_user_password="Placeholder1",
            node_type="ra3.xlplus",
            cluster_parameter_group_name=params.ref,
            cluster_subnet_group_name="",
            port=default_port,
            encrypted=False,
            automated_snapshot_retention_period=7,
            allow_version_upgrade=True,
        )


class WarehouseStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        secure_params = redshift.CfnClusterParameterGroup(
            self,
            "SecureParams",
            description="tls and activity logging",
            parameter_group_family="redshift-1.0",
            parameters=[
                redshift.CfnClusterParameterGroup.ParameterProperty(parameter_name="require_ssl", parameter_value="true"),
                redshift.CfnClusterParameterGroup.ParameterProperty(
                    parameter_name="enable_user_activity_logging", parameter_value="true"
                ),
            ],
        )
        loose_params = redshift.CfnClusterParameterGroup(
            self,
            "LooseParams",
            description="nothing required",
            parameter_group_family="redshift-1.0",
            parameters=[
                redshift.CfnClusterParameterGroup.ParameterProperty(parameter_name="require_ssl", parameter_value="false")
            ],
        )

        # Every default of the L1: RS1, RS2, RS3 (awsuser), RS4, RS5, RS6, RS11.
        redshift.CfnCluster(
            self, "PlainWarehouse", cluster_type="single-node", db_name="dev", master_username="awsuser",
            master_user_password="Placeholder1", node_type="ra3.xlplus",
        )

        # Hardened.
        redshift.CfnCluster(
            self,
            "HardenedWarehouse",
            cluster_type="multi-node",
            number_of_nodes=2,
            db_name="dev",
            master_username="warehouse_admin",
            master_user_password="Placeholder1",
            node_type="ra3.xlplus",
            cluster_parameter_group_name=secure_params.ref,
            cluster_subnet_group_name="warehouse-subnets",
            port=5440,
            encrypted=True,
            publicly_accessible=False,
            logging_properties=redshift.CfnCluster.LoggingPropertiesProperty(bucket_name="audit-logs"),
        )

        # Public, no upgrades, no snapshots, a parameter group that does not require TLS.
        public = True
        redshift.CfnCluster(
            self,
            "PublicWarehouse",
            cluster_type="single-node",
            db_name="dev",
            master_username="warehouse_admin",
            master_user_password="Placeholder1",
            node_type="ra3.xlplus",
            cluster_parameter_group_name=loose_params.ref,
            publicly_accessible=public,
            allow_version_upgrade=False,
            automated_snapshot_retention_period=0,
            port=5439,
        )

        ReportingWarehouse(self, "Reporting")


app = cdk.App()
WarehouseStack(app, "WarehouseStack")
app.synth()
