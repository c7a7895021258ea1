import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from constructs import Construct

CODE = lambda_.Code.from_inline("def handler(event, context):\n    return None\n")
LAMBDA = iam.ServicePrincipal("lambda.amazonaws.com")


class Workers(Construct):
    """Functions and roles inside a construct class."""

    def __init__(self, scope: Construct, construct_id: str, *, runtime: lambda_.Runtime) -> None:
        super().__init__(scope, construct_id)
        # The runtime comes from the caller: L1 is decided where it is written, not here.
        lambda_.Function(self, "FromCaller", runtime=runtime, handler="index.handler", code=CODE)
        role = iam.Role(self, "WorkerRole", assumed_by=LAMBDA)
        role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AmazonSQSFullAccess"))


class RuntimesStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        artifacts = s3.Bucket.from_bucket_name(self, "Artifacts", "artifacts-bucket")
        packaged = lambda_.Code.from_bucket(artifacts, "app.zip")

        # L1: keyword, variable, L1 string, the newest of a family, custom runtimes. (A SingletonFunction's function
        # sits at the stack root as SingletonLambda<uuid>, which the parity cannot match to the source.)
        lambda_.Function(self, "Java17", runtime=lambda_.Runtime.JAVA_17, handler="App::handle", code=packaged)
        lambda_.Function(self, "Java25", runtime=lambda_.Runtime.JAVA_25, handler="App::handle", code=packaged)
        ruby = lambda_.Runtime.RUBY_3_3
        lambda_.Function(self, "Ruby33", runtime=ruby, handler="index.handler", code=packaged)
        lambda_.Function(self, "Ruby40", runtime=lambda_.Runtime.RUBY_4_0, handler="index.handler", code=packaged)
        lambda_.Function(self, "NodeLatest", runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler", code=CODE)
        lambda_.Function(self, "Custom", runtime=lambda_.Runtime.PROVIDED_AL2023, handler="bootstrap", code=packaged)
        basic = iam.Role(self, "RawFunctionRole", assumed_by=LAMBDA)
        lambda_.CfnFunction(
            self,
            "RawOld",
            runtime="python3.10",
            handler="index.handler",
            role=basic.role_arn,
            code=lambda_.CfnFunction.CodeProperty(zip_file="def handler(e, c): pass"),
        )
        lambda_.CfnFunction(
            self,
            "RawNew",
            runtime="nodejs24.x",
            handler="index.handler",
            role=basic.role_arn,
            code=lambda_.CfnFunction.CodeProperty(zip_file="exports.handler = async () => {}"),
        )
        Workers(self, "Team", runtime=lambda_.Runtime.PYTHON_3_14)

        # IAM4: constructor list, a method, an ARN through from_managed_policy_arn, L1 ARNs, users and groups.
        read_only = iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")
        iam.Role(self, "Auditor", assumed_by=iam.AccountRootPrincipal(), managed_policies=[read_only])
        iam.User(
            self,
            "Operator",
            managed_policies=[
                iam.ManagedPolicy.from_managed_policy_arn(
                    self, "PowerUser", "arn:aws:iam::aws:policy/PowerUserAccess"
                )
            ],
        )
        group = iam.Group(self, "Admins")
        group.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess"))
        own = iam.ManagedPolicy(
            self,
            "OwnPolicy",
            statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::bucket/*"])],
        )
        iam.Role(self, "Scoped", assumed_by=LAMBDA, managed_policies=[own])
        iam.CfnRole(
            self,
            "RawRole",
            assume_role_policy_document={
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
                ],
            },
            managed_policy_arns=["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"],
        )


app = cdk.App()
RuntimesStack(app, "RuntimesStack")
app.synth()
