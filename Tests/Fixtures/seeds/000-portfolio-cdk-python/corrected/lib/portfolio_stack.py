from aws_cdk import (
    Duration,
    NestedStack,
    RemovalPolicy,
    aws_cloudfront as cloudfront,
    aws_cloudfront_origins as origins,
    aws_route53 as route53,
    aws_s3 as s3,
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
            # CloudFront logging needs ACLs on the log bucket.
            block_public_access=s3.BlockPublicAccess(
                block_public_acls=False,
                ignore_public_acls=False,
                block_public_policy=True,
                restrict_public_buckets=True,
            ),
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
            removal_policy=RemovalPolicy.DESTROY,
            auto_delete_objects=True,
        )

        # Note: WAF for CloudFront and Lambda@Edge must be created in us-east-1;
        # both are omitted for this cross-region deployment.

        distribution = cloudfront.Distribution(
            self,
            "PortfolioDistribution",
            default_behavior=cloudfront.BehaviorOptions(
                origin=origins.S3BucketOrigin.with_origin_access_control(website_bucket),
                viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            ),
            additional_behaviors={
                "*.css": cloudfront.BehaviorOptions(
                    origin=origins.S3BucketOrigin.with_origin_access_control(website_bucket),
                    viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                ),
                "images/*": cloudfront.BehaviorOptions(
                    origin=origins.S3BucketOrigin.with_origin_access_control(website_bucket),
                    viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                    # Lambda@Edge omitted for cross-region deployment
                ),
            },
            enable_logging=True,
            log_bucket=logs_bucket,
        )

        hosted_zone = route53.PublicHostedZone(
            self,
            "PortfolioHostedZone",
            zone_name=f"portfolio-{env_suffix}-{self.account}.com",  # Includes account ID
            comment=f"Hosted zone for portfolio platform - {env_suffix}",
        )
