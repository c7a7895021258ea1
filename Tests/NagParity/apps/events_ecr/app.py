import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from constructs import Construct


class RegistryStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        ecr.Repository(self, "PlainRepo")

        public_repo = ecr.Repository(self, "PublicRepo")
        public_repo.add_to_resource_policy(
            iam.PolicyStatement(principals=[iam.AnyPrincipal()], actions=["ecr:BatchGetImage"])
        )

        shared = ecr.Repository(self, "SharedRepo")
        account = iam.AccountPrincipal("123456789012")
        shared.add_to_resource_policy(iam.PolicyStatement(principals=[account], actions=["ecr:BatchGetImage"]))

        events.CfnEventBusPolicy(self, "OpenBusPolicy", statement_id="open", action="events:PutEvents", principal="*")
        events.CfnEventBusPolicy(
            self,
            "ConditionedBusPolicy",
            statement_id="org",
            action="events:PutEvents",
            principal="*",
            condition=events.CfnEventBusPolicy.ConditionProperty(
                key="aws:PrincipalOrgID", type="StringEquals", value="o-abc123"
            ),
        )
        events.CfnEventBusPolicy(
            self, "AccountBusPolicy", statement_id="acct", action="events:PutEvents", principal="123456789012"
        )

        bus = events.EventBus(self, "AppBus")
        bus.add_to_resource_policy(
            iam.PolicyStatement(
                sid="AnyoneCanPut",
                principals=[iam.AnyPrincipal()],
                actions=["events:PutEvents"],
                resources=[bus.event_bus_arn],
            )
        )


app = cdk.App()
RegistryStack(app, "RegistryStack")
app.synth()
