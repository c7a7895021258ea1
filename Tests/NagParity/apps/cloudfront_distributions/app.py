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

        # Logging bound to a variable and off (CFR3), an outdated minimum protocol (CFR4), WAF attached later.
        logging = False
        old_policy = cloudfront.SecurityPolicyProtocol.TLS_V1_2016
        attached = cloudfront.Distribution(
            self,
            "AttachedDist",
            default_behavior=cloudfront.BehaviorOptions(origin=origins.HttpOrigin("legacy.example.org")),
            enable_logging=logging,
            certificate=cert,
            domain_names=["legacy.example.org"],
            minimum_protocol_version=old_policy,
        )
        attached.attach_web_acl_id("arn:aws:wafv2:us-east-1:123456789012:global/webacl/y/def")

        # A bucket origin with the bucket's defaults (no OAC: CFR7) and a website origin (HTTP only: CFR5).
        site = s3.Bucket(self, "Site", enforce_ssl=True, server_access_logs_bucket=logs)
        cloudfront.Distribution(
            self,
            "DefaultsDist",
            default_behavior=cloudfront.BehaviorOptions(origin=origins.S3BucketOrigin.with_bucket_defaults(site)),
            additional_behaviors={
                "/site/*": cloudfront.BehaviorOptions(
                    origin=origins.S3StaticWebsiteOrigin(site),
                )
            },
            log_bucket=logs,
        )

        # The older construct: an ACM certificate without a security policy (CFR4), logs, geo restriction.
        cloudfront.CloudFrontWebDistribution(
            self,
            "LegacyWebDist",
            origin_configs=[
                cloudfront.SourceConfiguration(
                    custom_origin_source=cloudfront.CustomOriginConfig(domain_name="app.example.org"),
                    behaviors=[cloudfront.Behavior(is_default_behavior=True)],
                )
            ],
            viewer_certificate=cloudfront.ViewerCertificate.from_acm_certificate(cert, aliases=["old.example.org"]),
            logging_config=cloudfront.LoggingConfiguration(bucket=logs),
            geo_restriction=cloudfront.GeoRestriction.denylist("RU"),
        )

        # The older construct with the default certificate and an HTTP-only origin (CFR4, CFR5), no logs (CFR3).
        cloudfront.CloudFrontWebDistribution(
            self,
            "PlainWebDist",
            origin_configs=[
                cloudfront.SourceConfiguration(
                    custom_origin_source=cloudfront.CustomOriginConfig(
                        domain_name="plain.example.org",
                        origin_protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY,
                    ),
                    behaviors=[cloudfront.Behavior(is_default_behavior=True)],
                )
            ],
        )

        # A modern ACM certificate on the older construct: CFR4 passes.
        cloudfront.CloudFrontWebDistribution(
            self,
            "ModernWebDist",
            origin_configs=[
                cloudfront.SourceConfiguration(
                    custom_origin_source=cloudfront.CustomOriginConfig(domain_name="modern.example.org"),
                    behaviors=[cloudfront.Behavior(is_default_behavior=True)],
                )
            ],
            viewer_certificate=cloudfront.ViewerCertificate.from_acm_certificate(
                cert,
                aliases=["modern.example.org"],
                security_policy=cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
            ),
        )


app = cdk.App()
EdgeStack(app, "EdgeStack")
app.synth()
