import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_logs as logs
from aws_cdk import aws_wafv2 as wafv2
from constructs import Construct


class AdminApi(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, pool: cognito.IUserPool) -> None:
        super().__init__(scope, construct_id)
        api = apigateway.RestApi(
            self,
            "Admin",
            cloud_watch_role=True,
            deploy_options=apigateway.StageOptions(logging_level=apigateway.MethodLoggingLevel.INFO),
        )
        authorizer = apigateway.CognitoUserPoolsAuthorizer(self, "AdminAuthorizer", cognito_user_pools=[pool])
        api.root.add_method(
            "GET",
            apigateway.MockIntegration(),
            authorizer=authorizer,
            authorization_type=apigateway.AuthorizationType.COGNITO,
        )
        api.add_request_validator("BodyAndParams", validate_request_body=True, validate_request_parameters=True)


class ApiStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        pool = cognito.UserPool(self, "ApiUsers")
        access_logs = logs.LogGroup(self, "AccessLogs")

        # Every default: APIG1, APIG2, APIG6; an open GET method (APIG4, COG4).
        plain = apigateway.RestApi(self, "PlainApi", cloud_watch_role=False)
        plain.root.add_method("GET", apigateway.MockIntegration())

        # Logged stage, validator through a method, IAM authorization (APIG4 passes, COG4 fails).
        stage_options = apigateway.StageOptions(
            access_log_destination=apigateway.LogGroupLogDestination(access_logs),
            access_log_format=apigateway.AccessLogFormat.clf(),
            logging_level=apigateway.MethodLoggingLevel.ERROR,
        )
        logged = apigateway.RestApi(self, "LoggedApi", deploy_options=stage_options, cloud_watch_role=True)
        items = logged.root.add_resource("items")
        items.add_method("POST", apigateway.MockIntegration(), authorization_type=apigateway.AuthorizationType.IAM)
        logged.add_request_validator("BodyOnly", validate_request_body=True)

        # Chained resources: an open DELETE (APIG4, COG4), and IAM through the resource's defaults (COG4 only).
        orders = apigateway.RestApi(self, "OrdersApi", cloud_watch_role=False)
        orders.root.add_resource("open").add_method("DELETE", apigateway.MockIntegration())
        iam_defaults = apigateway.MethodOptions(authorization_type=apigateway.AuthorizationType.IAM)
        orders.root.add_resource("orders", default_method_options=iam_defaults).add_method(
            "GET", apigateway.MockIntegration()
        )

        # A web ACL on the orders API's stage: APIG3 passes.
        acl = wafv2.CfnWebACL(
            self,
            "ApiAcl",
            default_action=wafv2.CfnWebACL.DefaultActionProperty(allow={}),
            scope="REGIONAL",
            visibility_config=wafv2.CfnWebACL.VisibilityConfigProperty(
                cloud_watch_metrics_enabled=True, metric_name="api", sampled_requests_enabled=True
            ),
        )
        wafv2.CfnWebACLAssociation(
            self, "OrdersWaf", resource_arn=orders.deployment_stage.stage_arn, web_acl_arn=acl.attr_arn
        )

        AdminApi(self, "Back", pool=pool)


app = cdk.App()
ApiStack(app, "ApiStack")
app.synth()
