import IaCModel
import IaCSyntax

/// IAC722: a classic load balancer does not drain connections from instances it deregisters.
public struct ClassicLoadBalancerConnectionDrainingDisabledRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC722",
    summary: "A classic load balancer does not drain connections",
    url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html",
    resourceTypes: [ClassicLoadBalancers.loadBalancer, ClassicLoadBalancers.cfnLoadBalancer],
    documentation: SolutionsDocumentation.page(
      code: "IAC722",
      whatItDoes: """
        Finds classic load balancers without connection draining: every `elb.LoadBalancer`, which has no prop for
        it, and each `elb.CfnLoadBalancer` whose `connection_draining_policy` is unset or not enabled. An
        `elb.LoadBalancer` whose CloudFormation resource the source edits (`lb.node.default_child`) or that it
        passes to code of its own is not reported: the policy may be set there.
        """,
      why: """
        Without connection draining, an instance that fails its health checks or is deregistered loses its
        in-flight requests at once; with it, they may complete during the timeout.
        """,
      example: """
        elb.CfnLoadBalancer(self, "Web", listeners=listeners, subnets=subnet_ids)
        """,
      useInstead: """
        elb.CfnLoadBalancer(self, "Web", listeners=listeners, subnets=subnet_ids,
            connection_draining_policy=elb.CfnLoadBalancer.ConnectionDrainingPolicyProperty(enabled=True, timeout=300))
        """,
      references: [
        (
          title: "Configure connection draining for your Classic Load Balancer",
          url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let path = model.file.path
    switch resource.type.fqn {
    case ClassicLoadBalancers.loadBalancer:
      guard !SolutionsEscapeHatches.mayChange(resource, in: model) else { return }
      let message = "The classic load balancer does not drain connections: `elb.LoadBalancer` never enables connection draining"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
    case ClassicLoadBalancers.cfnLoadBalancer:
      guard let policy = resource.prop("connectionDrainingPolicy") else {
        guard !resource.hasHiddenProps else { return }
        let message = "The classic load balancer does not drain connections: `connection_draining_policy` is not set"
        diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
        return
      }
      guard policy.value.entries != nil else { return }
      let enabled = policy.value.entry("enabled")?.value
      guard enabled == nil || enabled?.bool == false else { return }
      let message = "The classic load balancer does not drain connections: the policy is not enabled"
      diagnostics.append(Self.description.diagnostic(path: path, range: policy.argument.range, message: message))
    default:
      return
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticloadbalancing as elb

      ↓elb.LoadBalancer(self, "Web", vpc=vpc)
      ↓elb.CfnLoadBalancer(self, "Raw", listeners=listeners)
      elb.CfnLoadBalancer(self, "Off", listeners=listeners,
          ↓connection_draining_policy=elb.CfnLoadBalancer.ConnectionDrainingPolicyProperty(enabled=False))
      """
    ),
    Example(
      """
      import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';

      ↓new elb.LoadBalancer(this, 'Web', { vpc, listeners: [{ externalPort: 9000 }] });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticloadbalancing as elb

      # Connection draining (connection_draining_policy) is on here.
      elb.CfnLoadBalancer(self, "Raw", listeners=listeners,
          connection_draining_policy=elb.CfnLoadBalancer.ConnectionDrainingPolicyProperty(enabled=True, timeout=60))
      elb.CfnLoadBalancer(self, "Chosen", listeners=listeners, connection_draining_policy=draining)
      elb.CfnLoadBalancer(self, "Hidden", **balancer_props)
      edited = elb.LoadBalancer(self, "Edited", vpc=vpc)
      edited.node.default_child.connection_draining_policy = {"enabled": True}
      """
    ),
    Example(
      """
      import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';

      const web = new elb.LoadBalancer(this, 'Web', { vpc });
      enableDraining(web);
      """
    ),
  ]
}
