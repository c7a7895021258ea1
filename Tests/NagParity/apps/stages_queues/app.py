import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sqs as sqs
from constructs import Construct

CODE = lambda_.Code.from_inline("def handler(event, context):\n    return None\n")


class Backlog(Construct):
    """A queue and its dead-letter queue inside a construct class."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        parked = sqs.Queue(self, "Parked", enforce_ssl=True)
        sqs.Queue(
            self,
            "Incoming",
            enforce_ssl=True,
            dead_letter_queue=sqs.DeadLetterQueue(max_receive_count=3, queue=parked),
        )


class StagesStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        logs_group = logs.LogGroup(self, "StageLogs")

        # APIG1/APIG6 on REST APIs: options in a variable, logging OFF, a stand-alone Stage, an undeployed API.
        options = apigateway.StageOptions(
            stage_name="v1",
            access_log_destination=apigateway.LogGroupLogDestination(logs_group),
            logging_level=apigateway.MethodLoggingLevel.OFF,
        )
        quiet = apigateway.RestApi(self, "QuietApi", deploy_options=options, cloud_watch_role=True)
        quiet.root.add_method("GET", apigateway.MockIntegration(), authorization_type=apigateway.AuthorizationType.IAM)

        manual = apigateway.RestApi(self, "ManualApi", deploy=False)
        manual.root.add_method("GET", apigateway.MockIntegration(), authorization_type=apigateway.AuthorizationType.IAM)
        deployment = apigateway.Deployment(self, "ManualDeployment", api=manual)
        apigateway.Stage(self, "BareStage", deployment=deployment, stage_name="bare")
        apigateway.Stage(
            self,
            "LoggedStage",
            deployment=deployment,
            stage_name="logged",
            access_log_destination=apigateway.LogGroupLogDestination(logs_group),
            logging_level=apigateway.MethodLoggingLevel.ERROR,
        )

        # APIG1 on HTTP APIs: the default stage, no default stage, a stage without access logs.
        apigwv2.HttpApi(self, "DefaultStageApi")
        staged = apigwv2.HttpApi(self, "StagedApi", create_default_stage=False)
        apigwv2.HttpStage(self, "PlainHttpStage", http_api=staged, stage_name="plain")

        # SQS3: a queue's DLQ, a function's DLQ, one without.
        Backlog(self, "Work")
        failures = sqs.Queue(self, "FunctionFailures", enforce_ssl=True)
        lambda_.Function(
            self,
            "Consumer",
            runtime=lambda_.Runtime.PYTHON_3_14,
            handler="index.handler",
            code=CODE,
            dead_letter_queue=failures,
        )
        sqs.Queue(self, "Lonely", enforce_ssl=True)

        # COG1 and COG7: a strong policy in a variable, a missing symbol rule, an open raw identity pool.
        strong = cognito.PasswordPolicy(min_length=10, require_uppercase=True, require_digits=True, require_symbols=True)
        cognito.UserPool(self, "StrongPool", password_policy=strong, feature_plan=cognito.FeaturePlan.PLUS)
        cognito.UserPool(
            self,
            "NoSymbolsPool",
            password_policy=cognito.PasswordPolicy(require_uppercase=True, require_digits=True),
            feature_plan=cognito.FeaturePlan.ESSENTIALS,
        )
        guests = True
        cognito.CfnIdentityPool(self, "GuestIdentities", allow_unauthenticated_identities=guests)


app = cdk.App()
StagesStack(app, "StagesStack")
app.synth()
