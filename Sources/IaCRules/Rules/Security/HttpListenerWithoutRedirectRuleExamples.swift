import IaCModel
extension HttpListenerWithoutRedirectRule {
  static let documentation = """
    ## What it does
    Finds listeners of an internet-facing Application Load Balancer (`internet_facing=True`) that accept plain
    HTTP — `port=80` without certificates, or `protocol=elbv2.ApplicationProtocol.HTTP` — and forward requests
    to targets (`default_target_groups`, `default_action=elbv2.ListenerAction.forward(...)`, or
    `listener.add_targets(...)` later in the file) instead of redirecting them to HTTPS. Both
    `alb.add_listener(...)` and `elbv2.ApplicationListener(load_balancer=alb, ...)` are checked.

    Internal load balancers, listeners whose load balancer is not created in the same file, and HTTP listeners
    whose default action redirects or returns a fixed response are not reported. When the file has no
    certificate at all (no ACM certificate, imported certificate, `certificates` or HTTPS listener), there is
    nothing to redirect to yet, so the finding is only info.

    ## Why is this bad?
    Requests and responses on an HTTP listener cross the internet unencrypted: credentials, session cookies
    and payment data can be read or changed on the way. Standards such as PCI DSS require TLS for data in
    transit, and reviews expect port 80 to do nothing but redirect to HTTPS, where the listener enforces a
    TLS 1.2+ security policy.

    ## Example
    ```python
    alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
    listener = alb.add_listener(
        "Listener",
        port=80,
        default_target_groups=[target_group],
    )
    ```

    Use instead:
    ```python
    alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
    http_listener = alb.add_listener(
        "HttpListener",
        port=80,
        protocol=elbv2.ApplicationProtocol.HTTP,
        default_action=elbv2.ListenerAction.redirect(protocol="HTTPS", port="443", permanent=True),
    )
    https_listener = alb.add_listener(
        "HttpsListener",
        port=443,
        certificates=[certificate],
        ssl_policy=elbv2.SslPolicy.RECOMMENDED_TLS,
        default_target_groups=[target_group],
    )
    ```

    ## References
    - [Listeners for your Application Load Balancers (Elastic Load Balancing)](https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html)
    - [Create an HTTPS listener for your Application Load Balancer (Elastic Load Balancing)](https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html)
    - [Elastic Load Balancing controls: CT.ELASTICLOADBALANCING.PR.1 (AWS Control Tower)](https://docs.aws.amazon.com/controltower/latest/controlreference/elb-rules.html)
    - [`ListenerAction.redirect` (AWS CDK API reference)](https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_elasticloadbalancingv2.ListenerAction.html)
    """

  static let triggering: [Example] = [
    // A stack with a certificate, whose HTTP listener still forwards: a warning (without any certificate, info).
    Example("""
      from aws_cdk import aws_certificatemanager as acm, aws_elasticloadbalancingv2 as elbv2

      cert = acm.Certificate(self, "Cert", domain_name="example.com")
      alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
      alb.add_listener("Https", port=443, certificates=[cert], default_target_groups=[tg])
      alb.add_listener("Http", port=↓80, default_target_groups=[tg])
      """, severity: .warning),
    // No certificate anywhere in the stack: info.
    Example("""
      from aws_cdk import aws_elasticloadbalancingv2 as elbv2

      alb = elbv2.ApplicationLoadBalancer(self, f"Alb{environment_suffix}", vpc=vpc, internet_facing=True)

      # Add listener (HTTP only for now - missing HTTPS)
      listener = alb.add_listener(
          "Listener",
          port=↓80,
          default_target_groups=[target_group]
      )
      """, severity: .info),
    // An imported certificate, added to the HTTPS listener later: a warning.
    Example("""
      from aws_cdk import aws_certificatemanager as acm, aws_elasticloadbalancingv2 as elbv2

      imported = acm.Certificate.from_certificate_arn(self, "Imported", certificate_arn)
      alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
      https = alb.add_listener("Https", port=443, default_target_groups=[tg])
      https.add_certificates("Imported", [imported])
      alb.add_listener("Http", port=↓80, default_target_groups=[tg])
      """, severity: .warning),
    Example("""
      import { ApplicationLoadBalancer, ListenerCertificate } from 'aws-cdk-lib/aws-elasticloadbalancingv2';

      const alb = new ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });
      const https = alb.addListener('Https', { port: 443, defaultTargetGroups: [tg] });
      https.addCertificates('Cert', [ListenerCertificate.fromArn(certificateArn)]);
      alb.addListener('Http', { port: ↓80, defaultTargetGroups: [tg] });
      """, severity: .warning),
    // A helper whose name mentions certificates is no certificate: info.
    Example("""
      from aws_cdk import aws_elasticloadbalancingv2 as elbv2

      domain = lookup_certificate_domain(config)
      alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
      alb.add_listener("Http", port=↓80, default_target_groups=[tg])
      """, severity: .info),
    Example("""
      from aws_cdk import aws_elasticloadbalancingv2 as elbv2

      self.alb = elbv2.ApplicationLoadBalancer(self, "Alb", internet_facing=True, vpc=vpc)
      http = self.alb.add_listener(
          "Http",
          protocol=elbv2.ApplicationProtocol.HTTP,
          port=↓80,
          default_action=elbv2.ListenerAction.forward([web_targets]),
      )
      """),
    Example("""
      from aws_cdk import aws_elasticloadbalancingv2 as elbv2

      public = True
      alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=public)
      listener = alb.add_listener("Web", port=↓80, open=True)
      listener.add_targets("Fleet", port=8080, targets=[asg])
      """),
    Example("""
      from aws_cdk import aws_elasticloadbalancingv2 as elbv2

      alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
      elbv2.ApplicationListener(
          self,
          "Plain",
          load_balancer=alb,
          protocol=↓elbv2.ApplicationProtocol.HTTP,
          default_target_groups=[tg],
      )
      """),
    Example("""
      import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

      const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });
      const listener = alb.addListener('Listener', { port: ↓80, defaultTargetGroups: [targetGroup] });
      """),
    Example("""
      import { aws_elasticloadbalancingv2 as elbv2 } from 'aws-cdk-lib';

      const lb = new elbv2.ApplicationLoadBalancer(this, 'Lb', { vpc, internetFacing: true });
      const http = lb.addListener('Http', { port: ↓80 });
      http.addTargets('Service', { port: 80, targets: [service] });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import aws_elasticloadbalancingv2 as elbv2

      alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
      http_listener = alb.add_listener(
          "HttpListener",
          port=80,
          protocol=elbv2.ApplicationProtocol.HTTP,
          default_action=elbv2.ListenerAction.redirect(
              protocol="HTTPS",
              port="443",
              permanent=True
          )
      )

      # Production HTTPS listener configuration commented for reference
      # certificate = acm.Certificate.from_certificate_arn(...)
      # https_listener = alb.add_listener("HttpsListener", ...)
      """),
    Example("""
      from aws_cdk import aws_elasticloadbalancingv2 as elbv2

      internal_alb = elbv2.ApplicationLoadBalancer(self, "Internal", vpc=vpc, internet_facing=False)
      internal_alb.add_listener("Http", port=80, default_target_groups=[tg])
      default_alb = elbv2.ApplicationLoadBalancer(self, "Default", vpc=vpc)
      default_alb.add_listener("Http", port=80, default_target_groups=[tg])
      """),
    Example("""
      from aws_cdk import aws_elasticloadbalancingv2 as elbv2

      alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
      https = alb.add_listener("Https", port=443, certificates=[cert], default_target_groups=[tg])
      alb.add_listener("Http", port=80, default_action=elbv2.ListenerAction.fixed_response(404))
      alb.add_redirect(source_port=80, target_port=443)
      """),
    Example("""
      from aws_cdk import aws_elasticloadbalancingv2 as elbv2

      nlb = elbv2.NetworkLoadBalancer(self, "Nlb", vpc=vpc, internet_facing=True)
      nlb.add_listener("Tcp", port=80, default_target_groups=[tg])
      # alb.add_listener("Listener", port=80, default_target_groups=[target_group])
      note = "alb.add_listener(port=80)"
      """),
    Example("""
      import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

      const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true });
      alb.addListener('Http', {
        port: 80,
        defaultAction: elbv2.ListenerAction.redirect({ protocol: 'HTTPS', port: '443', permanent: true }),
      });
      alb.addListener('Https', { port: 443, certificates: [cert], defaultTargetGroups: [tg] });
      """),
    Example("""
      class Balancer:
          def add_listener(self, name, port=80, default_target_groups=None):
              pass

      alb = Balancer()
      alb.add_listener("Listener", port=80, default_target_groups=[tg])
      """),
  ]
}
