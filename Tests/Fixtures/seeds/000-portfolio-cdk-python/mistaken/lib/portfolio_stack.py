from aws_cdk import (
    Duration,
    NestedStack,
    RemovalPolicy,
    aws_cloudfront as cloudfront,
    aws_cloudfront_origins as origins,
    aws_lambda as _lambda,
    aws_route53 as route53,
    aws_s3 as s3,
    aws_wafv2 as wafv2,
)
from constructs import Construct


class PortfolioStack(NestedStack):
    def __init__(self, scope: Construct, construct_id: str, env_suffix: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        website_bucket = s3.Bucket(
            self,
            "WebsiteBucket",
            bucket_name=f"portfolio-site-{env_suffix}-{self.account}",
            encryption=s3.BucketEncryption.S3_MANAGED,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            removal_policy=RemovalPolicy.DESTROY,
            auto_delete_objects=True,
        )

        logs_bucket = s3.Bucket(
            self,
            "LogsBucket",
            bucket_name=f"portfolio-logs-{env_suffix}-{self.account}",
            encryption=s3.BucketEncryption.S3_MANAGED,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,  # <-- PROBLEM
            removal_policy=RemovalPolicy.DESTROY,
            auto_delete_objects=True,
        )

        waf_web_acl = wafv2.CfnWebACL(
            self,
            "PortfolioWebACL",
            name=f"portfolio-waf-{env_suffix}",
            scope="CLOUDFRONT",
            default_action=wafv2.CfnWebACL.DefaultActionProperty(allow={}),
            visibility_config=wafv2.CfnWebACL.VisibilityConfigProperty(
                cloud_watch_metrics_enabled=True,
                metric_name="portfolio-waf",
                sampled_requests_enabled=True,
            ),
        )

        image_optimizer = _lambda.Function(
            self,
            "ImageOptimizer",
            runtime=_lambda.Runtime.PYTHON_3_11,
            handler="index.handler",
            code=_lambda.Code.from_inline("def handler(event, context):\n    return event['Records'][0]['cf']['request']"),
            function_name=f"portfolio-image-optimizer-{env_suffix}",
        )
        edge_function_version = image_optimizer.current_version

        distribution = cloudfront.Distribution(
            self,
            "PortfolioDistribution",
            default_behavior=cloudfront.BehaviorOptions(
                origin=origins.S3Origin(website_bucket),  # <-- DEPRECATED API
                viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            ),
            additional_behaviors={
                "*.css": cloudfront.BehaviorOptions(
                    origin=origins.S3Origin(website_bucket),
                    viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                ),
                "images/*": cloudfront.BehaviorOptions(
                    origin=origins.S3Origin(website_bucket),
                    viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                    edge_lambdas=[
                        cloudfront.EdgeLambda(
                            function_version=edge_function_version,
                            event_type=cloudfront.LambdaEdgeEventType.VIEWER_REQUEST,
                        )
                    ],
                ),
            },
            enable_logging=True,
            log_bucket=logs_bucket,
            web_acl_id=waf_web_acl.attr_arn,
        )

        hosted_zone = route53.PublicHostedZone(
            self,
            "PortfolioHostedZone",
            zone_name=f"portfolio-{env_suffix}.example.com",  # <-- PROBLEM
        )
