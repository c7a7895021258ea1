"""Hosted zone and alias record for the API domain."""
import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class Route53Stack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, domain: str, cloudfront_domain, tags: dict, opts: ResourceOptions = None):
        super().__init__("tap:route53:Route53Stack", name, None, opts)

        self.hosted_zone = aws.route53.Zone(
            f"hosted-zone-{environment_suffix}",
            name=domain,
            comment=f"Hosted zone for {environment_suffix} environment",
            tags=tags,
            opts=ResourceOptions(parent=self),
        )

        self.api_record = aws.route53.Record(
            f"api-record-{environment_suffix}",
            zone_id=self.hosted_zone.zone_id,
            name=domain,
            type="CNAME",
            ttl=300,
            records=[cloudfront_domain],
            opts=ResourceOptions(parent=self),
        )

        self.register_outputs({"zone_id": self.hosted_zone.zone_id})
