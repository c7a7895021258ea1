import IaCModel
import IaCSyntax

/// IAC721: a load balancer does not write access logs.
public struct LoadBalancerAccessLoggingDisabledRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC721",
    summary: "A load balancer does not write access logs",
    url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html",
    resourceTypes: [
      ClassicLoadBalancers.loadBalancer,
      ClassicLoadBalancers.cfnLoadBalancer,
      applicationLoadBalancer,
      networkLoadBalancer,
      cfnLoadBalancerV2,
    ],
    documentation: SolutionsDocumentation.page(
      code: "IAC721",
      whatItDoes: """
        Finds load balancers without access logs: an `elb.LoadBalancer` or `elb.CfnLoadBalancer` whose
        `access_logging_policy` is unset or has `enabled=False`; an `elbv2.ApplicationLoadBalancer` or
        `elbv2.NetworkLoadBalancer` on which the source never calls `log_access_logs(...)` (or sets the
        `access_logs.s3.enabled` attribute with `set_attribute`); and an `elbv2.CfnLoadBalancer` whose
        `load_balancer_attributes` lack `access_logs.s3.enabled` set to `"true"`. A load balancer the source passes
        to code of its own, or whose CloudFormation resource it edits, is not reported: logging may be turned on
        there.
        """,
      why: """
        Access logs record every request with its client, latency and response; without them there is nothing to
        analyse traffic with or to investigate an incident from.
        """,
      example: """
        elbv2.ApplicationLoadBalancer(self, "Web", vpc=vpc, internet_facing=True)
        """,
      useInstead: """
        alb = elbv2.ApplicationLoadBalancer(self, "Web", vpc=vpc, internet_facing=True)
        alb.log_access_logs(log_bucket, prefix="web")
        """,
      references: [
        (
          title: "Access logs for your Application Load Balancer",
          url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html"
        ),
        (
          title: "Access logs for your Classic Load Balancer",
          url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let applicationLoadBalancer = "aws-cdk-lib.aws_elasticloadbalancingv2.ApplicationLoadBalancer"
  static let networkLoadBalancer = "aws-cdk-lib.aws_elasticloadbalancingv2.NetworkLoadBalancer"
  static let cfnLoadBalancerV2 = "aws-cdk-lib.aws_elasticloadbalancingv2.CfnLoadBalancer"
  static let attribute = "access_logs.s3.enabled"

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let path = model.file.path
    switch resource.type.fqn {
    case ClassicLoadBalancers.loadBalancer, ClassicLoadBalancers.cfnLoadBalancer:
      if resource.type.fqn == ClassicLoadBalancers.loadBalancer,
        SolutionsEscapeHatches.mayChange(resource, in: model) {
        return
      }
      guard let policy = resource.prop("accessLoggingPolicy") else {
        guard !resource.hasHiddenProps else { return }
        let message = "The load balancer writes no access logs: `access_logging_policy` is not set"
        diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
        return
      }
      guard policy.value.entry("enabled")?.value.bool == false else { return }
      let message = "The load balancer writes no access logs: the access logging policy is not enabled"
      diagnostics.append(Self.description.diagnostic(path: path, range: policy.argument.range, message: message))
    case Self.applicationLoadBalancer, Self.networkLoadBalancer:
      guard resource.methodCalls("logAccessLogs").isEmpty else { return }
      guard !resource.methodCalls("setAttribute").contains(where: { setsLogging($0, in: model) }) else { return }
      let methods: Set<String> = ["logAccessLogs", "setAttribute"]
      guard !SolutionsEscapeHatches.mayChange(resource, in: model, calls: methods) else { return }
      let message = "The load balancer writes no access logs: `log_access_logs` is never called on it"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
    case Self.cfnLoadBalancerV2:
      guard let attributes = resource.prop("loadBalancerAttributes") else {
        guard !resource.hasHiddenProps else { return }
        let message = "The load balancer writes no access logs: `load_balancer_attributes` is not set"
        diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
        return
      }
      guard let elements = attributes.value.elements else { return }
      for element in elements {
        guard let key = element.entry("key")?.value.string else { return }
        guard key == Self.attribute else { continue }
        guard let value = element.entry("value")?.value.string else { return }
        if value == "true" { return }
      }
      let message = "The load balancer writes no access logs: `access_logs.s3.enabled` is not `\"true\"`"
      diagnostics.append(Self.description.diagnostic(path: path, range: attributes.argument.range, message: message))
    default:
      return
    }
  }

  /// Whether a `set_attribute` call may turn access logging on: its key is `access_logs.s3.enabled` or unknown.
  func setsLogging(_ resourceCall: ResourceCall, in model: FileModel) -> Bool {
    let call = model.file.calls[resourceCall.call]
    guard let key = call.arguments.first(where: { !$0.isSpread }) else { return true }
    guard let text = model.value(of: key).string else { return true }
    return text == Self.attribute
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticloadbalancing as elb
      from aws_cdk import aws_elasticloadbalancingv2 as elbv2

      ↓elb.LoadBalancer(self, "Classic", vpc=vpc)
      elb.CfnLoadBalancer(self, "Raw", listeners=listeners,
          ↓access_logging_policy=elb.CfnLoadBalancer.AccessLoggingPolicyProperty(enabled=False, s3_bucket_name=name))
      alb = ↓elbv2.ApplicationLoadBalancer(self, "Web", vpc=vpc, internet_facing=True)
      alb.set_attribute("idle_timeout.timeout_seconds", "120")
      ↓elbv2.NetworkLoadBalancer(self, "Tcp", vpc=vpc)
      elbv2.CfnLoadBalancer(self, "RawV2", subnets=subnet_ids,
          ↓load_balancer_attributes=[elbv2.CfnLoadBalancer.LoadBalancerAttributeProperty(key="access_logs.s3.enabled", value="false")])
      """
    ),
    Example(
      """
      import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

      const alb = ↓new elbv2.ApplicationLoadBalancer(this, 'Web', { vpc, internetFacing: true });
      alb.addListener('Http', { port: 80 });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticloadbalancing as elb
      from aws_cdk import aws_elasticloadbalancingv2 as elbv2

      # log_access_logs is called below; "access_logging_policy" is set on the classic one.
      logged = elbv2.ApplicationLoadBalancer(self, "Web", vpc=vpc)
      logged.log_access_logs(log_bucket, prefix="web")
      raw_attributes = elbv2.NetworkLoadBalancer(self, "Tcp", vpc=vpc)
      raw_attributes.set_attribute("access_logs.s3.enabled", "true")
      shared = elbv2.ApplicationLoadBalancer(self, "Shared", vpc=vpc)
      enable_logging(shared)
      elb.LoadBalancer(self, "Classic", vpc=vpc,
          access_logging_policy=elb.CfnLoadBalancer.AccessLoggingPolicyProperty(enabled=True, s3_bucket_name=name))
      elb.CfnLoadBalancer(self, "Hidden", **balancer_props)
      elbv2.CfnLoadBalancer(self, "RawV2", subnets=subnet_ids, load_balancer_attributes=[
          {"key": "deletion_protection.enabled", "value": "true"},
          {"key": "access_logs.s3.enabled", "value": "true"},
      ])
      elbv2.CfnLoadBalancer(self, "Chosen", subnets=subnet_ids, load_balancer_attributes=attributes)
      """
    ),
    Example(
      """
      import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

      const alb = new elbv2.ApplicationLoadBalancer(this, 'Web', { vpc });
      alb.logAccessLogs(bucket);
      """
    ),
  ]
}
