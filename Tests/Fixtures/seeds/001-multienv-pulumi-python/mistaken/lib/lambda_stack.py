"""Payment processor function."""
import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class LambdaStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, table_name, tags: dict, opts: ResourceOptions = None):
        super().__init__("tap:lambda:LambdaStack", name, None, opts)

        role = aws.iam.Role(
            f"payment-processor-role-{environment_suffix}",
            assume_role_policy=aws.iam.get_policy_document(
                statements=[
                    aws.iam.GetPolicyDocumentStatementArgs(
                        actions=["sts:AssumeRole"],
                        principals=[aws.iam.GetPolicyDocumentStatementPrincipalArgs(type="Service", identifiers=["lambda.amazonaws.com"])],
                    )
                ]
            ).json,
            opts=ResourceOptions(parent=self),
        )

        self.payment_processor = aws.lambda_.Function(
            f"payment-processor-{environment_suffix}",
            name=f"payment-processor-{environment_suffix}",
            runtime=aws.lambda_.Runtime.PYTHON3D11,
            handler="payment_processor.handler",
            role=role.arn,
            code=pulumi.AssetArchive({".": pulumi.FileArchive("./lib/lambda")}),
            environment=aws.lambda_.FunctionEnvironmentArgs(variables={"TABLE_NAME": table_name}),
            tags=tags,
            opts=ResourceOptions(parent=self),
        )

        self.log_group = aws.cloudwatch.LogGroup(
            f"payment-processor-logs-{environment_suffix}",
            name=f"/aws/lambda/payment-processor-{environment_suffix}",
            retention_in_days=self._get_log_retention_days(environment_suffix),
            opts=ResourceOptions(parent=self),
        )

        self.register_outputs({"function_name": self.payment_processor.name})

    def _get_log_retention_days(self, environment: str) -> int:
        """Get log retention days based on environment."""
        retention_map = {
            "dev": 7,
            "staging": 30,
            "prod": 90
        }
        return retention_map.get(environment, 7)
