import IaCModel
import IaCSyntax

/// IAC723: a classic load balancer's SSL or HTTPS listener forwards to the instances over another protocol.
public struct ClassicLoadBalancerListenerNotEndToEndTlsRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC723",
    summary: "A classic load balancer's TLS listener forwards to its instances without TLS",
    url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html",
    resourceTypes: [ClassicLoadBalancers.loadBalancer, ClassicLoadBalancers.cfnLoadBalancer],
    documentation: SolutionsDocumentation.page(
      code: "IAC723",
      whatItDoes: """
        Finds classic load balancer listeners that accept SSL or HTTPS and forward to the instances over a
        different protocol. On an `elb.LoadBalancer` listener (in `listeners` or added with `add_listener`), the
        instance protocol is `internal_protocol` or, unset, what aws-cdk-lib derives: HTTP or HTTPS for instance
        port 80 or 443, else HTTP behind an HTTPS listener and TCP behind an SSL one. So an SSL listener needs
        `internal_protocol=elb.LoadBalancingProtocol.SSL`, and an HTTPS listener `internal_protocol=HTTPS` or
        instance port 443. On an `elb.CfnLoadBalancer` listener, an unset `instance_protocol` passes, as in cdk-nag.
        The finding sits on the internal protocol, or on the listener's external protocol or port when it is
        unset.
        """,
      why: """
        A listener that terminates TLS and forwards in plain text exposes the traffic on the network between the
        load balancer and the instances; regulated workloads need encryption in transit end to end.
        """,
      example: """
        elb.LoadBalancerListener(external_port=443, external_protocol=elb.LoadBalancingProtocol.SSL,
            internal_port=8443, internal_protocol=elb.LoadBalancingProtocol.TCP, ssl_certificate_arn=arn)
        """,
      useInstead: """
        elb.LoadBalancerListener(external_port=443, external_protocol=elb.LoadBalancingProtocol.SSL,
            internal_port=8443, internal_protocol=elb.LoadBalancingProtocol.SSL, ssl_certificate_arn=arn)
        """,
      references: [
        (
          title: "Listeners for your Classic Load Balancer",
          url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    for listener in ClassicLoadBalancers.listeners(of: resource, in: model) {
      guard case .known(let external) = listener.external, external == "ssl" || external == "https" else { continue }
      let forwarded: String
      switch listener.instance {
      case .unset, .unknown: continue
      case .known(let name):
        guard name != external else { continue }
        forwarded = name
      }
      let message = "The \(external.uppercased()) listener forwards to the instances over \(forwarded.uppercased()): "
        + "the traffic is not encrypted end to end"
      diagnostics.append(Self.description.diagnostic(path: model.file.path, range: listener.instanceRange, message: message))
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticloadbalancing as elb

      plain = elb.LoadBalancingProtocol.TCP
      elb.LoadBalancer(self, "Tls", vpc=vpc, listeners=[
          elb.LoadBalancerListener(external_port=443, external_protocol=elb.LoadBalancingProtocol.SSL,
              internal_port=8443, ↓internal_protocol=plain, ssl_certificate_arn=arn),
      ])
      web = elb.LoadBalancer(self, "Web", vpc=vpc)
      web.add_listener(↓external_port=443, internal_port=8080, ssl_certificate_arn=arn)
      elb.CfnLoadBalancer(self, "Raw", listeners=[
          elb.CfnLoadBalancer.ListenersProperty(instance_port="80", load_balancer_port="443", protocol="HTTPS",
              ↓instance_protocol="HTTP"),
      ])
      """
    ),
    Example(
      """
      import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';

      new elb.LoadBalancer(this, 'Tls', {
        vpc,
        listeners: [{ externalPort: 636, ↓externalProtocol: elb.LoadBalancingProtocol.SSL, sslCertificateArn: arn }],
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticloadbalancing as elb

      # internal_protocol=elb.LoadBalancingProtocol.TCP would end TLS at the load balancer.
      elb.LoadBalancer(self, "Tls", vpc=vpc, listeners=[
          elb.LoadBalancerListener(external_port=636, external_protocol=elb.LoadBalancingProtocol.SSL,
              internal_protocol=elb.LoadBalancingProtocol.SSL, ssl_certificate_arn=arn),
          elb.LoadBalancerListener(external_port=443, ssl_certificate_arn=arn),
          elb.LoadBalancerListener(external_port=80),
          elb.LoadBalancerListener(external_port=8443, external_protocol=elb.LoadBalancingProtocol.HTTPS,
              internal_protocol=chosen, ssl_certificate_arn=arn),
      ])
      elb.CfnLoadBalancer(self, "Raw", listeners=[
          elb.CfnLoadBalancer.ListenersProperty(instance_port="443", load_balancer_port="443", protocol="HTTPS"),
      ])
      """
    ),
  ]
}
