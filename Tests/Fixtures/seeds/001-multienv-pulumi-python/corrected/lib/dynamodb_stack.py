"""Transactions table."""
import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class DynamoDBStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, env_config: dict, tags: dict, opts: ResourceOptions = None):
        super().__init__("tap:dynamodb:DynamoDBStack", name, None, opts)

        enable_pitr = env_config["enable_pitr"]

        # Remove delete_before_replace - use default create_before_delete
        self.transactions_table = aws.dynamodb.Table(
            f"transactions-{environment_suffix}",
            name=f"transactions-{environment_suffix}",
            billing_mode="PROVISIONED",
            read_capacity=env_config["read_capacity"],
            write_capacity=env_config["write_capacity"],
            hash_key="transactionId",
            range_key="timestamp",
            attributes=[
                aws.dynamodb.TableAttributeArgs(name="transactionId", type="S"),
                aws.dynamodb.TableAttributeArgs(name="timestamp", type="N"),
            ],
            point_in_time_recovery=aws.dynamodb.TablePointInTimeRecoveryArgs(
                enabled=enable_pitr,
            ),
            server_side_encryption=aws.dynamodb.TableServerSideEncryptionArgs(
                enabled=True,
            ),
            tags={**tags, "Name": f"transactions-{environment_suffix}"},
            opts=ResourceOptions(
                parent=self,
                protect=True if environment_suffix == "prod" else False,  # Protect prod tables
                ignore_changes=["read_capacity", "write_capacity"] if enable_pitr else []
            )
        )

        self.register_outputs({"table_name": self.transactions_table.name})
