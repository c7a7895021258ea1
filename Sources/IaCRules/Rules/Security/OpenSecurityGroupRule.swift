import IaCModel
import IaCSyntax

/// IAC301: a security group ingress rule that allows every protocol and port.
public struct OpenSecurityGroupRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC301",
    name: "open-security-group",
    summary: "A security group ingress rule allows all protocols and ports",
    severity: .warning,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    documentation: OpenSecurityGroupRule.documentation,
    triggeringExamples: OpenSecurityGroupRule.triggering,
    nonTriggeringExamples: OpenSecurityGroupRule.nonTriggering,
    // Rules and groups by type; any CDK construct for `connections.allow_from` and `add_ingress_rule`.
    resourceTypes: SecurityGroupIngress.resourceTypes,
    testFiles: .exclude
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    for rule in SecurityGroupIngress.rules(of: resource, in: model) {
      // A rule open to the whole internet is `security-group-world-open-ingress`'s finding, whatever its ports.
      guard !rule.onlySelf, rule.worldSource == nil, let range = rule.portsRange else { continue }
      let what: String
      switch rule.ports {
      case .allTraffic: what = "all protocols and ports"
      case .allPorts(let transport): what = "every \(transport) port"
      case .some, .unknown: continue
      }
      let message: String
      if let source = rule.sources.first?.cidr {
        message = "The ingress rule allows \(what) from `\(source)`; allow only the ports the service needs"
      } else {
        message = "The ingress rule allows \(what); allow only the ports the service needs"
      }
      diagnostics.append(Self.description.diagnostic(path: model.file.path, range: range, message: message))
    }
  }
}
