import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from constructs import Construct


OPEN_PULL = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": "*", "Action": ["ecr:BatchGetImage"]}],
}


class Mirror(Construct):
    """A repository other accounts of the organization pull from."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        repo = ecr.Repository(self, "MirrorRepo")
        repo.grant_pull(iam.OrganizationPrincipal("o-abc123def456"))


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

        ecr.CfnRepository(self, "OpenL1Repo", repository_policy_text=OPEN_PULL)
        ecr.CfnRepository(
            self,
            "DenyL1Repo",
            repository_policy_text={
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Deny", "Principal": "*", "Action": ["ecr:DeleteRepository"]}],
            },
        )
        ecr.CfnRegistryPolicy(
            self,
            "AccountRegistryPolicy",
            policy_text={
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                        "Action": ["ecr:ReplicateImage"],
                        "Resource": "*",
                    }
                ],
            },
        )
        Mirror(self, "Mirrors")

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

        org_bus = events.EventBus(self, "OrgBus")
        org_bus.add_to_resource_policy(
            iam.PolicyStatement(
                sid="OrgCanPut",
                principals=[iam.OrganizationPrincipal("o-abc123def456")],
                actions=["events:PutEvents"],
                resources=[org_bus.event_bus_arn],
            )
        )
        # A star principal bound first, on a second bus.
        anyone = iam.StarPrincipal()
        partner_bus = events.EventBus(self, "PartnerBus")
        partner_bus.add_to_resource_policy(
            iam.PolicyStatement(
                sid="partner", principals=[anyone], actions=["events:PutEvents"], resources=[partner_bus.event_bus_arn]
            )
        )
        # A grant to every principal goes into the bus policy.
        grant_bus = events.EventBus(self, "GrantBus")
        grant_bus.grant_put_events_to(iam.AnyPrincipal(), "AnyoneGrant")

        events.CfnEventBusPolicy(
            self,
            "StatementBusPolicy",
            statement_id="stmt",
            statement={"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "events:PutEvents", "Resource": "*"},
        )


app = cdk.App()
RegistryStack(app, "RegistryStack")
app.synth()
