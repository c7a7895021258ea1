import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3
from constructs import Construct


class EdgeStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        logs = s3.Bucket(self, "CdnLogs", object_ownership=s3.ObjectOwnership.OBJECT_WRITER, enforce_ssl=True)
        content = s3.Bucket(self, "Content", enforce_ssl=True, server_access_logs_bucket=logs)
        cert = acm.Certificate.from_certificate_arn(
            self, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/abc"
        )

        # OAC origin, default certificate (CFR4), no geo restriction (CFR1), no WAF (CFR2), no logs (CFR3).
        cloudfront.Distribution(
            self,
            "PlainDist",
            default_behavior=cloudfront.BehaviorOptions(
                origin=origins.S3BucketOrigin.with_origin_access_control(content)
            ),
        )

        # OAI origin (CFR7 fails), logging on, geo restriction, custom certificate with TLS 1.2.
        cloudfront.Distribution(
            self,
            "HardenedDist",
            default_behavior=cloudfront.BehaviorOptions(
                origin=origins.S3BucketOrigin.with_origin_access_identity(content)
            ),
            enable_logging=True,
            log_bucket=logs,
            geo_restriction=cloudfront.GeoRestriction.allowlist("US", "CA"),
            web_acl_id="arn:aws:wafv2:us-east-1:123456789012:global/webacl/x/abc",
            certificate=cert,
            domain_names=["cdn.example.org"],
            minimum_protocol_version=cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
        )

        # An HTTP-only custom origin (CFR5).
        origin = origins.HttpOrigin("origin.example.org", protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY)
        cloudfront.Distribution(self, "HttpOriginDist", default_behavior=cloudfront.BehaviorOptions(origin=origin))

        # An HTTPS custom origin with the CDK defaults: CFR5 passes.
        cloudfront.Distribution(
            self,
            "HttpsOriginDist",
            default_behavior=cloudfront.BehaviorOptions(origin=origins.HttpOrigin("api.example.org")),
        )


app = cdk.App()
EdgeStack(app, "EdgeStack")
app.synth()
