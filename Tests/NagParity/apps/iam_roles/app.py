import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from constructs import Construct


class DeployRoles(Construct):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        role = iam.Role(self, "Deployer", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
        role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AWSCodeBuildDeveloperAccess"))


class RolesStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        principal = iam.ServicePrincipal("ec2.amazonaws.com")

        iam.Role(
            self,
            "ManagedRole",
            assumed_by=principal,
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")],
        )

        own = iam.ManagedPolicy(
            self,
            "OwnPolicy",
            statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::bucket/key"])],
        )
        iam.Role(self, "CustomerPolicyRole", assumed_by=principal, managed_policies=[own])

        iam.Role(self, "InlineRole", assumed_by=principal)

        ssm = iam.ManagedPolicy.from_managed_policy_arn(
            self, "SsmCore", "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
        )
        by_arn = iam.Role(self, "ArnRole", assumed_by=principal)
        by_arn.add_managed_policy(ssm)

        user = iam.User(self, "Operator")
        user.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("job-function/ViewOnlyAccess"))

        iam.Group(
            self,
            "Auditors",
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("SecurityAudit")],
        )

        DeployRoles(self, "Deploy")


app = cdk.App()
RolesStack(app, "RolesStack")
app.synth()
