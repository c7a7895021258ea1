import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from constructs import Construct


class WebsiteStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        log_target = s3.Bucket(self, "LogTarget", enforce_ssl=True, object_ownership=s3.ObjectOwnership.OBJECT_WRITER)

        # A website bucket whose only reader is an origin access identity: S5 passes.
        oai = cloudfront.OriginAccessIdentity(self, "SiteIdentity")
        site = s3.Bucket(
            self,
            "OaiSite",
            website_index_document="index.html",
            server_access_logs_bucket=log_target,
            enforce_ssl=True,
        )
        site.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["s3:GetObject"],
                resources=[site.arn_for_objects("*")],
                principals=[oai.grant_principal],
            )
        )

        # A website bucket with an error document only: S5 fails.
        error_page = "error.html"
        s3.Bucket(
            self,
            "ErrorSite",
            website_index_document="index.html",
            website_error_document=error_page,
            server_access_logs_bucket=log_target,
            enforce_ssl=True,
        )

        # A bucket whose SSL-only statement lives in a separate BucketPolicy construct: S10 passes.
        separate = s3.Bucket(self, "SeparatePolicyBucket", server_access_logs_bucket=log_target)
        policy = s3.BucketPolicy(self, "SeparatePolicy", bucket=separate)
        policy.document.add_statements(
            iam.PolicyStatement(
                effect=iam.Effect.DENY,
                principals=[iam.StarPrincipal()],
                actions=["s3:*"],
                resources=[separate.bucket_arn, separate.arn_for_objects("*")],
                conditions={"Bool": {"aws:SecureTransport": "false"}},
            )
        )

        # A deny that covers only the objects, not the bucket: S10 fails.
        partial = s3.Bucket(self, "PartialDenyBucket", server_access_logs_bucket=log_target)
        partial.add_to_resource_policy(
            iam.PolicyStatement(
                effect=iam.Effect.DENY,
                principals=[iam.AnyPrincipal()],
                actions=["s3:*"],
                resources=[partial.arn_for_objects("*")],
                conditions={"Bool": {"aws:SecureTransport": "false"}},
            )
        )

        # Logging to itself through a prefix: S1 passes.
        s3.Bucket(self, "SelfLogging", server_access_logs_prefix="self/", enforce_ssl=True)


app = cdk.App()
WebsiteStack(app, "WebsiteStack")
app.synth()
