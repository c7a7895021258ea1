import IaCModel
extension ReservedDomainRule {
  static let documentation = """
    ## What it does
    Finds hosted zones, DNS records and certificates for reserved domain names: `example.com`, `example.net`,
    `example.org` and their subdomains, and names under the reserved top-level domains `.test`, `.example`,
    `.invalid` and `.localhost`. It reads the AWS CDK (`route53.PublicHostedZone(zone_name=...)`, `HostedZone`,
    records' `record_name`, `acm.Certificate(domain_name=...)`), Pulumi (`aws.route53.Zone(name=...)`,
    `aws.route53.Record`, `aws.acm.Certificate`) and CDK for Terraform (`Route53Zone`, `Route53Record`,
    `AcmCertificate`), following names and reading f-strings and template literals whose literal end is
    reserved (`f"portfolio-{env}.example.com"`). A reserved name passed as `domain=` (or `domain_name`,
    `zone_name`) to a component of the project's own is reported as a warning. Private hosted zones and test
    files are left alone.

    ## Why is this bad?
    These names are reserved for documentation and testing (RFC 2606, RFC 6761); nobody can register them.
    Route 53 refuses to create a public hosted zone for them (`InvalidDomainNameException - portfolio-dev.example.com.
    is reserved by AWS!`), records for them cannot live in a zone you own, and ACM can never validate a
    certificate for them, so the deployment fails or hangs until it times out. A reserved name in a stack is
    almost always a placeholder that was never replaced.

    ## Example
    ```python
    hosted_zone = route53.PublicHostedZone(
        self,
        "PortfolioHostedZone",
        zone_name=f"portfolio-{env_suffix}.example.com",
    )
    ```

    Use instead:
    ```python
    hosted_zone = route53.PublicHostedZone(
        self,
        "PortfolioHostedZone",
        zone_name=self.node.try_get_context("domain_name"),  # a domain you own
    )
    ```

    ## References
    - [DNS domain name format (Amazon Route 53 Developer Guide)](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DomainNameFormat.html)
    - [Working with public hosted zones (Amazon Route 53 Developer Guide)](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/AboutHZWorkingWith.html)
    - [RFC 2606: Reserved Top Level DNS Names](https://www.rfc-editor.org/rfc/rfc2606)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import aws_route53 as route53

      hosted_zone = route53.PublicHostedZone(
          self,
          "PortfolioHostedZone",
          zone_name=↓f"portfolio-{env_suffix}.example.com",  # <-- PROBLEM
      )
      """),
    Example("""
      import pulumi_aws as aws

      domain = ↓f"{environment_suffix}.api.example.com"
      zone = aws.route53.Zone(f"hosted-zone-{environment_suffix}", name=domain, comment="zone")
      record = aws.route53.Record("api", zone_id=zone.zone_id, name=domain, type="CNAME", ttl=300, records=[target])
      """),
    Example("""
      import pulumi
      from lib.route53_stack import Route53Stack
      from lib.acm_stack import AcmStack

      domain = ↓f"{environment_suffix}.api.example.com"
      route53_stack = Route53Stack(f"route53-stack-{environment_suffix}", environment_suffix=environment_suffix, domain=domain)
      acm_stack = AcmStack(f"acm-stack-{environment_suffix}", domain=domain)
      """),
    Example("""
      import pulumi_aws as aws
      cert = aws.acm.Certificate("cert", domain_name=↓"api.example.org", validation_method="DNS",
          subject_alternative_names=[↓"www.example.org", "api.mycompany.io"])
      """),
    Example("""
      from aws_cdk import aws_certificatemanager as acm, aws_route53 as route53
      cert = acm.Certificate(self, "Cert", domain_name=↓"shop.test", validation=acm.CertificateValidation.from_dns(zone))
      www = route53.ARecord(self, "Www", zone=zone, record_name=↓"www.example.net", target=target)
      """),
    Example("""
      import * as route53 from 'aws-cdk-lib/aws-route53';
      const zone = new route53.HostedZone(this, 'Zone', { zoneName: ↓`${props.envSuffix}.example.com` });
      """),
    Example("""
      import * as route53 from 'aws-cdk-lib/aws-route53';
      const zoneName = ↓'portfolio.example.com.';
      const zone = new route53.PublicHostedZone(this, 'Zone', { zoneName });
      """),
    Example("""
      import { Route53Zone } from '@cdktf/provider-aws/lib/route53-zone';
      import { AcmCertificate } from '@cdktf/provider-aws/lib/acm-certificate';
      new Route53Zone(this, 'zone', { name: ↓'trading.invalid' });
      new AcmCertificate(this, 'cert', { domainName: ↓`api-${env}.example.com`, validationMethod: 'DNS' });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import aws_route53 as route53

      hosted_zone = route53.PublicHostedZone(
          self,
          "PortfolioHostedZone",
          zone_name=f"portfolio-{env_suffix}-{self.account}.com",  # Includes account ID
          comment=f"Hosted zone for portfolio platform - {env_suffix}",
      )
      """),
    Example("""
      import pulumi
      import pulumi_aws as aws

      config = pulumi.Config()
      domain = config.require("domain")
      zone = aws.route53.Zone("zone", name=domain)
      """),
    Example("""
      from aws_cdk import aws_route53 as route53, aws_ec2 as ec2
      # Hosted zone for example.com would be rejected, so this uses a real domain.
      note = "portfolio.example.com"
      zone = route53.PublicHostedZone(self, "Zone", zone_name="portfolio.acme-corp.io")
      private = route53.PrivateHostedZone(self, "Private", zone_name="internal.example.com", vpc=vpc)
      record = route53.ARecord(self, "Www", zone=zone, record_name="www", target=target)
      """),
    Example("""
      import pulumi_aws as aws
      private = aws.route53.Zone("private", name="corp.example.com", vpcs=[{"vpc_id": vpc.id}])
      notexample = aws.route53.Zone("zone", name="myexample.com")
      origin = aws.route53.Record("api", zone_id=zone_id, name="api.mycompany.com", type="CNAME", records=["example.com"])
      """),
    Example("""
      import * as route53 from 'aws-cdk-lib/aws-route53';
      // zoneName: 'dev.example.com' is reserved
      const zone = new route53.HostedZone(this, 'Zone', { zoneName: `${props.envSuffix}.trading.acme.io` });
      const testing = new route53.HostedZone(this, 'Testing', { zoneName: 'testing.acme.io' });
      """),
    Example("""
      class HostedZone:
          def __init__(self, zone_name):
              self.zone_name = zone_name

      zone = HostedZone(zone_name="dev.example.com")
      """),
    Example("""
      import pulumi
      from lib.route53_stack import Route53Stack
      stack = Route53Stack("dns", domain=pulumi.Config().require("domain"), contact="admin@example.com")
      """),
    Example("""
      import pulumi
      import pulumi_aws as aws
      def test_zone():
          zone = aws.route53.Zone("zone", name="dev.example.com")
      """, path: "tests/unit/test_route53.py"),
  ]
}
