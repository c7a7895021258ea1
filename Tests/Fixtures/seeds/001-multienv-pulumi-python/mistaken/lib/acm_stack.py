"""Certificate for the CloudFront distribution (us-east-1)."""
import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class AcmStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, domain: str, zone_id, tags: dict, opts: ResourceOptions = None):
        super().__init__("tap:acm:AcmStack", name, None, opts)

        us_east_1_provider = aws.Provider(f"us-east-1-{environment_suffix}", region="us-east-1", opts=ResourceOptions(parent=self))

        self.certificate = aws.acm.Certificate(
            f"certificate-{environment_suffix}",
            domain_name=domain,
            validation_method="DNS",
            tags=tags,
            opts=ResourceOptions(parent=self, provider=us_east_1_provider),
        )

        validation_record = aws.route53.Record(
            f"certificate-validation-record-{environment_suffix}",
            zone_id=zone_id,
            name=self.certificate.domain_validation_options[0].resource_record_name,
            type=self.certificate.domain_validation_options[0].resource_record_type,
            records=[self.certificate.domain_validation_options[0].resource_record_value],
            ttl=60,
            opts=ResourceOptions(parent=self),
        )

        self.certificate_validation = aws.acm.CertificateValidation(
            f"certificate-validation-{environment_suffix}",
            certificate_arn=self.certificate.arn,
            validation_record_fqdns=[validation_record.fqdn],
            opts=ResourceOptions(parent=self, provider=us_east_1_provider)
        )

        self.register_outputs({"certificate_arn": self.certificate.arn})
