import IaCModel
import IaCSyntax

/// IAC720: a classic load balancer listens for HTTP or HTTPS.
public struct ClassicLoadBalancerServesHttpRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC720",
    summary: "A classic load balancer serves HTTP or HTTPS traffic",
    url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/migrate-classic-load-balancer.html",
    resourceTypes: [ClassicLoadBalancers.loadBalancer, ClassicLoadBalancers.cfnLoadBalancer],
    documentation: SolutionsDocumentation.page(
      code: "IAC720",
      whatItDoes: """
        Finds classic load balancers with an HTTP or HTTPS listener: an `elb.LoadBalancer` listener (in
        `listeners` or added with `add_listener`) whose `external_protocol` is `HTTP` or `HTTPS`, or, unset, whose
        `external_port` is 80 or 443 (aws-cdk-lib picks the protocol from those ports), and an
        `elb.CfnLoadBalancer` listener whose `protocol` is `HTTP` or `HTTPS`. The finding sits on the listener's
        protocol, or its port when the protocol is unset. TCP and SSL listeners are not reported.
        """,
      why: """
        For web traffic the Application Load Balancer routes by host and path, supports HTTP/2, WebSockets, AWS
        WAF and authentication, and costs less per request; the classic load balancer is a previous generation
        kept for existing EC2-Classic workloads.
        """,
      example: """
        elb.LoadBalancer(self, "Web", vpc=vpc, listeners=[elb.LoadBalancerListener(external_port=80)])
        """,
      useInstead: """
        alb = elbv2.ApplicationLoadBalancer(self, "Web", vpc=vpc, internet_facing=True)
        alb.add_listener("Http", port=80)
        """,
      references: [
        (
          title: "Migrate your Classic Load Balancer",
          url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/migrate-classic-load-balancer.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    for listener in ClassicLoadBalancers.listeners(of: resource, in: model) {
      guard case .known(let name) = listener.external, name == "http" || name == "https" else { continue }
      let message = "The classic load balancer serves \(name.uppercased()): use an Application Load Balancer for web traffic"
      diagnostics.append(Self.description.diagnostic(path: model.file.path, range: listener.externalRange, message: message))
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticloadbalancing as elb

      web = elb.LoadBalancer(self, "Web", vpc=vpc, listeners=[elb.LoadBalancerListener(↓external_port=80)])
      web.add_listener(external_port=8443, ↓external_protocol=elb.LoadBalancingProtocol.HTTPS)
      elb.CfnLoadBalancer(self, "Raw", listeners=[
          elb.CfnLoadBalancer.ListenersProperty(instance_port="80", load_balancer_port="80", ↓protocol="HTTP"),
      ])
      """
    ),
    Example(
      """
      import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';

      const web = new elb.LoadBalancer(this, 'Web', { vpc });
      web.addListener({ ↓externalPort: 443, sslCertificateArn: certificateArn });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticloadbalancing as elb

      # An HTTP listener (external_port=80) belongs on an ALB.
      tcp = elb.LoadBalancer(self, "Tcp", vpc=vpc, listeners=[
          elb.LoadBalancerListener(external_port=9000, external_protocol=elb.LoadBalancingProtocol.TCP),
      ])
      tcp.add_listener(external_port=443, external_protocol=elb.LoadBalancingProtocol.SSL, ssl_certificate_arn=arn)
      tcp.add_listener(external_port=listen_port, external_protocol=protocol)
      elb.LoadBalancer(self, "Empty", vpc=vpc)
      elb.CfnLoadBalancer(self, "Raw", listeners=[
          elb.CfnLoadBalancer.ListenersProperty(instance_port="22", load_balancer_port="22", protocol="TCP"),
      ])
      """
    ),
  ]
}
