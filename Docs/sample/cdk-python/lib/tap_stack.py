"""Payment processing platform: an API function, its logs, alarms and a static status site."""
from aws_cdk import (
    Duration,
    RemovalPolicy,
    Stack,
    aws_cloudfront as cloudfront,
    aws_cloudfront_origins as origins,
    aws_cloudwatch as cloudwatch,
    aws_lambda as lambda_,
    aws_s3 as s3,
    aws_sns as sns,
)
from constructs import Construct


class TapStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str = "dev", **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        ops_topic = sns.Topic(self, "OpsTopic", topic_name=f"payment-ops-{environment_suffix}")

        # The log group lives in aws_logs, not aws_lambda.
        log_group = lambda_.LogGroup(
            self,
            "PaymentLambdaLogs",
            retention=lambda_.RetentionDays.ONE_WEEK,
            removal_policy=RemovalPolicy.DESTROY,
        )

        processor = lambda_.Function(
            self,
            "PaymentProcessor",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}"),
            timeout=Duration.seconds(30),
            log_group=log_group,
        )

        errors = cloudwatch.Alarm(
            self,
            "LambdaErrors",
            metric=processor.metric_errors(),
            threshold=5,
            evaluation_periods=1,
        )
        errors.add_alarm_action(cloudwatch_actions.SnsAction(ops_topic))

        status_bucket = s3.Bucket(
            self,
            "StatusSite",
            encryption=s3.BucketEncryption.S3_MANAGED,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
        )
        cloudfront.Distribution(
            self,
            "StatusDistribution",
            default_behavior=cloudfront.BehaviorOptions(
                origin=origins.S3Origin(status_bucket),
                viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            ),
        )
