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
    resourceTypes: ["aws-cdk-lib.*", "aws:ec2/*", "aws:vpc/*", "@cdktf/provider-aws.*"],
    testFiles: .exclude
  )

  /// Rule resources judged on their own props.
  static let ruleTypes: Set<String> = [
    "aws-cdk-lib.aws_ec2.CfnSecurityGroupIngress",
    "aws:ec2/securityGroupRule:SecurityGroupRule",
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
    "@cdktf/provider-aws.securityGroupRule.SecurityGroupRule",
    "@cdktf/provider-aws.vpcSecurityGroupIngressRule.VpcSecurityGroupIngressRule",
  ]

  /// Groups whose ingress rules are a list prop, by the prop.
  static let groupTypes: [String: String] = [
    "aws-cdk-lib.aws_ec2.CfnSecurityGroup": "securityGroupIngress",
    "aws:ec2/securityGroup:SecurityGroup": "ingress",
    "@cdktf/provider-aws.securityGroup.SecurityGroup": "ingress",
  ]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let fqn = resource.type.fqn
    if Self.ruleTypes.contains(fqn) {
      let fields = Fields(entries: resource.props.map { ($0.name, $0.value) })
      // `SecurityGroupRule` is ingress or egress by its `type`.
      if fqn.hasSuffix("SecurityGroupRule"), fields.value("type")?.string != "ingress" { return }
      judge(fields, file: model.file, into: &diagnostics)
    } else if let list = Self.groupTypes[fqn] {
      // Every element of the ingress list is an ingress rule, whatever class builds it (even
      // `SecurityGroupEgressArgs` written by mistake inside `ingress=[...]`).
      for element in resource.prop(list)?.value.elements ?? [] {
        guard let entries = element.entries else { continue }
        judge(Fields(entries: entries.compactMap { entry in entry.name.map { ($0, entry.value) } }), file: model.file, into: &diagnostics)
      }
    }
    if resource.type.framework == .cdk {
      checkCDKMethods(on: resource, in: model, into: &diagnostics)
    }
  }

  // MARK: Rule fields

  /// The fields of one ingress rule under their canonical names, from props or object entries.
  struct Fields {
    var entries: [(name: String, value: Value)]

    func value(_ names: String...) -> Value? {
      let keys = names.map(PropName.fold)
      return entries.first { keys.contains(PropName.fold($0.name)) }?.value
    }
  }

  /// What an ingress rule opens.
  enum Openness {
    case allTraffic
    case allPorts(String)
  }

  /// Judges one rule written with Terraform/Pulumi field names (`protocol`, `from_port`, `cidr_blocks`) or
  /// CloudFormation ones (`ip_protocol`, `cidr_ip`), and reports it.
  func judge(_ fields: Fields, file: SourceFile, into diagnostics: inout [Diagnostic]) {
    guard let protocolValue = fields.value("protocol", "ipProtocol") else { return }
    let openness: Openness
    let protocolName = protocolValue.string?.lowercased() ?? protocolValue.integer.map(String.init)
    switch protocolName {
    case "-1", "all":
      openness = .allTraffic
    case "tcp", "udp", "6", "17":
      let from = fields.value("fromPort")?.integer
      let to = fields.value("toPort")?.integer
      guard from == 0 || from == 1, to == 65535 else { return }
      openness = .allPorts(protocolName == "udp" || protocolName == "17" ? "UDP" : "TCP")
    default:
      return
    }
    var sources: [String] = []
    var hasOtherSource = false
    for (name, value) in fields.entries {
      switch PropName.fold(name) {
      case "cidrblocks", "ipv6cidrblocks":
        guard let elements = value.elements else {
          hasOtherSource = true
          continue
        }
        for element in elements {
          if let cidr = element.string { sources.append(cidr) } else { hasOtherSource = true }
        }
      case "cidripv4", "cidripv6", "cidrip":
        if let cidr = value.string { sources.append(cidr) } else { hasOtherSource = true }
      case "securitygroups", "sourcesecuritygroupid", "referencedsecuritygroupid", "prefixlistids", "prefixlistid",
        "sourceprefixlistid", "sourcesecuritygroupname", "sourcesecuritygroupownerid":
        hasOtherSource = true
      default:
        continue
      }
    }
    // Only from the group itself (`self=True`): members of a cluster talking to each other.
    if sources.isEmpty && !hasOtherSource && fields.value("self")?.bool == true { return }
    report(openness, world: sources.contains { Self.isWorld($0) }, source: sources.first, at: protocolValue.range,
      file: file, into: &diagnostics)
  }

  static func isWorld(_ cidr: String) -> Bool {
    cidr == "0.0.0.0/0" || cidr == "::/0"
  }

  func report(_ openness: Openness, world: Bool, source: String?, at range: TextRange, file: SourceFile, into diagnostics: inout [Diagnostic]) {
    let what: String
    switch openness {
    case .allTraffic: what = "all protocols and ports"
    case .allPorts(let transport): what = "every \(transport) port"
    }
    let message: String
    if world {
      message = "The ingress rule allows \(what) from anywhere on the internet"
    } else if let source {
      message = "The ingress rule allows \(what) from `\(source)`; allow only the ports the service needs"
    } else {
      message = "The ingress rule allows \(what); allow only the ports the service needs"
    }
    var diagnostic = Self.description.diagnostic(path: file.path, range: range, message: message)
    if world { diagnostic.severity = .error }
    diagnostics.append(diagnostic)
  }

  // MARK: CDK

  /// `sg.add_ingress_rule(peer, ec2.Port.all_traffic())`, `x.connections.allow_from(peer, port)`,
  /// `x.connections.allow_from_any_ipv4(port)` on a construct of the file.
  func checkCDKMethods(on resource: Resource, in model: FileModel, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    for resourceCall in resource.calls {
      guard let method = resourceCall.method, case .method = resourceCall.role else { continue }
      let call = file.calls[resourceCall.call]
      let positional = call.positional
      let peer: Argument?
      let port: Argument?
      switch method {
      case "addIngressRule":
        peer = call.keyword("peer") ?? positional.first
        port = call.keyword("connection") ?? (positional.count > 1 ? positional[1] : nil)
      case "connections.allowFrom":
        peer = call.keyword("other") ?? positional.first
        port = call.keyword("port_range") ?? (positional.count > 1 ? positional[1] : nil)
      case "connections.allowFromAnyIpv4", "connections.allowFromAnyIpv6":
        peer = nil
        port = call.keyword("port_range") ?? positional.first
      default:
        continue
      }
      guard let port else { continue }
      let portValue = model.value(of: port)
      let openness: Openness
      switch portValue.factory(of: "Port")?.method {
      case "allTraffic": openness = .allTraffic
      case "allTcp": openness = .allPorts("TCP")
      case "allUdp": openness = .allPorts("UDP")
      default: continue
      }
      var world = peer == nil
      var source: String?
      if let peer {
        let peerValue = model.value(of: peer)
        // The group allowing itself (`sg.add_ingress_rule(sg, ...)`, `sg.connections.allow_from(sg, ...)`).
        if peerValue.resource == resource.index { continue }
        if let (peerMethod, arguments) = peerValue.factory(of: "Peer") {
          switch peerMethod {
          case "anyIpv4", "anyIpv6":
            world = true
          case "ipv4", "ipv6":
            if let cidr = arguments.first?.value.string {
              world = Self.isWorld(cidr)
              source = cidr
            }
          default:
            break
          }
        }
      }
      report(openness, world: world, source: source, at: portValue.range, file: file, into: &diagnostics)
    }
  }
}
