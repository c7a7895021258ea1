"""Hosted zone for the API domain, delegated from the parent zone when one is configured."""
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

        # Option 1: Use stack references for parent zone
        parent_zone_id = pulumi.Config().get("parent_zone_id")

        if parent_zone_id:
            # Create NS records for subdomain delegation
            aws.route53.Record(
                f"ns-delegation-{environment_suffix}",
                zone_id=parent_zone_id,
                name=domain,
                type="NS",
                ttl=300,
                records=self.hosted_zone.name_servers,
                opts=ResourceOptions(parent=self)
            )
        else:
            # Document that manual DNS delegation is required
            pulumi.log.warn(f"Manual DNS delegation required for {domain}")
            pulumi.export("ns_servers_for_delegation", self.hosted_zone.name_servers)

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
