import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from constructs import Construct

KEY = dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)


class AuditTables(Construct):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        dynamodb.Table(self, "Events", partition_key=KEY, point_in_time_recovery=True)
        dynamodb.Table(self, "Scratch", partition_key=KEY)


class TablesStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        dynamodb.Table(self, "PlainTable", partition_key=KEY)
        dynamodb.Table(
            self,
            "SpecTable",
            partition_key=KEY,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True
            ),
        )

        pitr = dynamodb.PointInTimeRecoverySpecification(point_in_time_recovery_enabled=False)
        dynamodb.Table(self, "DisabledSpecTable", partition_key=KEY, point_in_time_recovery_specification=pitr)

        indexed = dynamodb.Table(
            self, "IndexedTable", partition_key=KEY, billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST
        )
        indexed.add_global_secondary_index(
            index_name="byOwner",
            partition_key=dynamodb.Attribute(name="owner", type=dynamodb.AttributeType.STRING),
        )

        # TableV2 makes an AWS::DynamoDB::GlobalTable, which DDB3 does not judge.
        dynamodb.TableV2(self, "GlobalTable", partition_key=KEY)

        AuditTables(self, "Audit")


app = cdk.App()
TablesStack(app, "TablesStack")
app.synth()
