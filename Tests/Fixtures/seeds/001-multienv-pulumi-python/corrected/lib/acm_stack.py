"""Certificate for the CloudFront distribution (us-east-1), validated when a hosted zone is known."""
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
        self.certificate_arn = self.certificate.arn

        if zone_id:
            validation_record = aws.route53.Record(
                f"certificate-validation-record-{environment_suffix}",
                zone_id=zone_id,
                name=self.certificate.domain_validation_options[0].resource_record_name,
                type=self.certificate.domain_validation_options[0].resource_record_type,
                records=[self.certificate.domain_validation_options[0].resource_record_value],
                ttl=60,
                opts=ResourceOptions(parent=self),
            )

            # Add timeout and better error handling
            self.certificate_validation = aws.acm.CertificateValidation(
                f"certificate-validation-{environment_suffix}",
                certificate_arn=self.certificate.arn,
                validation_record_fqdns=[validation_record.fqdn],
                opts=ResourceOptions(
                    parent=self,
                    provider=us_east_1_provider,
                    custom_timeouts=pulumi.CustomTimeouts(
                        create="45m",  # Allow up to 45 minutes for DNS propagation
                        update="45m"
                    ),
                    depends_on=[validation_record]
                )
            )
            self.certificate_arn = self.certificate_validation.certificate_arn

        # Export validation status for monitoring
        pulumi.export(f"certificate_validation_status_{environment_suffix}", self.certificate.status)
        self.register_outputs({"certificate_arn": self.certificate_arn})
