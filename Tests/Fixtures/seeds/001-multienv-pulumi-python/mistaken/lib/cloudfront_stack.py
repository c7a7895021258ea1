"""CloudFront distribution in front of the API."""
import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class CloudFrontStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, api_domain, certificate_arn, domain: str, tags: dict, opts: ResourceOptions = None):
        super().__init__("tap:cloudfront:CloudFrontStack", name, None, opts)

        self.distribution = aws.cloudfront.Distribution(
            f"distribution-{environment_suffix}",
            enabled=True,
            aliases=[domain],
            origins=[
                aws.cloudfront.DistributionOriginArgs(
                    origin_id="api",
                    domain_name=api_domain,
                    custom_origin_config=aws.cloudfront.DistributionOriginCustomOriginConfigArgs(
                        http_port=80,
                        https_port=443,
                        origin_protocol_policy="https-only",
                        origin_ssl_protocols=["TLSv1.2"],
                    ),
                )
            ],
            default_cache_behavior=aws.cloudfront.DistributionDefaultCacheBehaviorArgs(
                target_origin_id="api",
                viewer_protocol_policy="redirect-to-https",
                allowed_methods=["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"],
                cached_methods=["GET", "HEAD"],
                cache_policy_id="4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
            ),
            restrictions=aws.cloudfront.DistributionRestrictionsArgs(
                geo_restriction=aws.cloudfront.DistributionRestrictionsGeoRestrictionArgs(restriction_type="none"),
            ),
            viewer_certificate=aws.cloudfront.DistributionViewerCertificateArgs(
                acm_certificate_arn=certificate_arn,
                ssl_support_method="sni-only",
                minimum_protocol_version="TLSv1.2_2021",
            ),
            tags=tags,
            opts=ResourceOptions(parent=self),
        )

        self.register_outputs({"domain_name": self.distribution.domain_name})
