"""Transactions table."""
import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class DynamoDBStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, env_config: dict, tags: dict, opts: ResourceOptions = None):
        super().__init__("tap:dynamodb:DynamoDBStack", name, None, opts)

        self.transactions_table = aws.dynamodb.Table(
            f="transactions-{environment_suffix}",
            billing_mode="PROVISIONED",
            read_capacity=env_config["read_capacity"],
            write_capacity=env_config["write_capacity"],
            hash_key="transactionId",
            range_key="timestamp",
            attributes=[
                aws.dynamodb.TableAttributeArgs(name="transactionId", type="S"),
                aws.dynamodb.TableAttributeArgs(name="timestamp", type="N"),
            ],
            tags={**tags, "Name": f"transactions-{environment_suffix}"},
            opts=ResourceOptions(parent=self, delete_before_replace=True)
        )

        self.register_outputs({"table_name": self.transactions_table.name})
