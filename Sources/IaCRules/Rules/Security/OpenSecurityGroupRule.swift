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
    nonTriggeringExamples: OpenSecurityGroupRule.nonTriggering
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !file.frameworks.isEmpty, !file.isTestFile else { return }
    let reader = ValueReader(file)
    for call in file.calls {
      guard let callee = call.callee else { continue }
      if let symbol = file.cdkSymbol(of: callee), symbol.module == "aws_ec2" {
        checkCloudFormation(call, symbol: symbol, reader: reader, into: &diagnostics)
      } else if let type = reader.pulumiAWSType(callee) {
        checkTerraformStyle(call, type: type, reader: reader, into: &diagnostics)
      } else if let type = reader.cdktfAWSType(callee) {
        let terraformType: String
        switch type {
        case "SecurityGroup": terraformType = "ec2.SecurityGroup"
        case "SecurityGroupRule": terraformType = "ec2.SecurityGroupRule"
        case "VpcSecurityGroupIngressRule": terraformType = "vpc.SecurityGroupIngressRule"
        default: continue
        }
        checkTerraformStyle(call, type: terraformType, reader: reader, into: &diagnostics)
      } else if file.usesCDK {
        checkCDKMethod(call, callee: callee, reader: reader, into: &diagnostics)
      }
    }
  }

  // MARK: Rule fields

  /// The fields of one ingress rule, from call keywords or object properties.
  struct Fields {
    var arguments: [Argument]

    func field(_ names: String...) -> Argument? {
      arguments.first { names.contains($0.label?.name ?? "") }
    }
  }

  /// What an ingress rule opens.
  enum Openness {
    case allTraffic
    case allPorts(String)
  }

  /// Judges one rule written with Terraform/Pulumi field names (`protocol`, `from_port`, `cidr_blocks`) or
  /// CloudFormation ones (`ip_protocol`, `cidr_ip`), and reports it.
  func judge(_ fields: Fields, reader: ValueReader, into diagnostics: inout [Diagnostic]) {
    guard let protocolField = fields.field("protocol", "ip_protocol", "ipProtocol", "IpProtocol") else { return }
    let openness: Openness
    let protocolValue = reader.string(protocolField.valueTokens)?.lowercased()
      ?? reader.integer(protocolField.valueTokens).map(String.init)
    switch protocolValue {
    case "-1", "all":
      openness = .allTraffic
    case "tcp", "udp", "6", "17":
      let from = fields.field("from_port", "fromPort", "FromPort").flatMap { reader.integer($0.valueTokens) }
      let to = fields.field("to_port", "toPort", "ToPort").flatMap { reader.integer($0.valueTokens) }
      guard from == 0 || from == 1, to == 65535 else { return }
      openness = .allPorts(protocolValue == "udp" || protocolValue == "17" ? "UDP" : "TCP")
    default:
      return
    }
    var sources: [String] = []
    var hasOtherSource = false
    for field in fields.arguments {
      guard let name = field.label?.name else { continue }
      switch name {
      case "cidr_blocks", "cidrBlocks", "ipv6_cidr_blocks", "ipv6CidrBlocks":
        for element in reader.elements(field.valueTokens) ?? [] {
          if let cidr = reader.string(element) { sources.append(cidr) } else { hasOtherSource = true }
        }
        if reader.elements(field.valueTokens) == nil { hasOtherSource = true }
      case "cidr_ipv4", "cidrIpv4", "cidr_ipv6", "cidrIpv6", "cidr_ip", "cidrIp", "CidrIp", "CidrIpv6":
        if let cidr = reader.string(field.valueTokens) { sources.append(cidr) } else { hasOtherSource = true }
      case "security_groups", "securityGroups", "source_security_group_id", "sourceSecurityGroupId",
        "referenced_security_group_id", "referencedSecurityGroupId", "prefix_list_ids", "prefixListIds",
        "prefix_list_id", "prefixListId", "source_prefix_list_id", "sourcePrefixListId",
        "source_security_group_name", "sourceSecurityGroupName":
        hasOtherSource = true
      default:
        continue
      }
    }
    // Only from the group itself (`self=True`): members of a cluster talking to each other.
    if sources.isEmpty && !hasOtherSource && fields.field("self").map({ reader.bool($0.valueTokens) == true }) == true {
      return
    }
    report(openness, world: sources.contains { Self.isWorld($0) }, source: sources.first, at: protocolField.value,
      file: reader.file, into: &diagnostics)
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

  // MARK: Pulumi and CDK for Terraform

  func checkTerraformStyle(_ call: Call, type: String, reader: ValueReader, into diagnostics: inout [Diagnostic]) {
    let file = reader.file
    let arguments = file.language == .typescript ? call.properties : call.arguments
    switch type {
    case "ec2.SecurityGroupIngressArgs", "vpc.SecurityGroupIngressRule", "vpc.SecurityGroupIngressRuleArgs":
      judge(Fields(arguments: arguments), reader: reader, into: &diagnostics)
    case "ec2.SecurityGroupRule", "ec2.SecurityGroupRuleArgs":
      guard let kind = Fields(arguments: arguments).field("type"), reader.string(kind.valueTokens) == "ingress" else { return }
      judge(Fields(arguments: arguments), reader: reader, into: &diagnostics)
    case "ec2.SecurityGroup", "ec2.SecurityGroupArgs":
      guard let ingress = Fields(arguments: arguments).field("ingress") else { return }
      checkLiteralRules(ingress, reader: reader, into: &diagnostics)
    default:
      return
    }
  }

  /// Rules written as dictionaries or object literals in a list (`ingress=[{"protocol": "-1", ...}]`); rules
  /// written as calls are checked as calls.
  func checkLiteralRules(_ list: Argument, reader: ValueReader, into diagnostics: inout [Diagnostic]) {
    for element in reader.elements(list.valueTokens) ?? [] {
      guard reader.call(element) == nil, let properties = reader.properties(element) else { continue }
      judge(Fields(arguments: properties), reader: reader, into: &diagnostics)
    }
  }

  // MARK: CDK

  func checkCloudFormation(_ call: Call, symbol: CDKSymbol, reader: ValueReader, into diagnostics: inout [Diagnostic]) {
    let arguments = reader.file.language == .typescript ? call.properties : call.arguments
    switch symbol.members {
    case ["CfnSecurityGroupIngress"], ["CfnSecurityGroup", "IngressProperty"]:
      judge(Fields(arguments: arguments), reader: reader, into: &diagnostics)
    case ["CfnSecurityGroup"]:
      guard let ingress = Fields(arguments: arguments).field("security_group_ingress", "securityGroupIngress") else { return }
      checkLiteralRules(ingress, reader: reader, into: &diagnostics)
    default:
      return
    }
  }

  /// `sg.add_ingress_rule(peer, ec2.Port.all_traffic())`, `x.connections.allow_from(peer, port)`,
  /// `x.connections.allow_from_any_ipv4(port)`.
  func checkCDKMethod(_ call: Call, callee: Reference, reader: ValueReader, into diagnostics: inout [Diagnostic]) {
    guard callee.parts.count >= 2 || callee.hasReceiverExpression else { return }
    let positional = call.positional
    let peer: Argument?
    let port: Argument?
    switch callee.last.name {
    case "add_ingress_rule", "addIngressRule":
      peer = call.keyword("peer") ?? positional.first
      port = call.keyword("connection") ?? (positional.count > 1 ? positional[1] : nil)
    case "allow_from", "allowFrom":
      peer = call.keyword("other") ?? positional.first
      port = call.keyword("port_range") ?? (positional.count > 1 ? positional[1] : nil)
    case "allow_from_any_ipv4", "allowFromAnyIpv4", "allow_from_any_ipv6", "allowFromAnyIpv6":
      peer = nil
      port = call.keyword("port_range") ?? positional.first
    default:
      return
    }
    guard let port, let portCall = reader.call(port.valueTokens), let portSymbol = portCall.callee.flatMap({ reader.file.cdkSymbol(of: $0) }),
      portSymbol.module == "aws_ec2", portSymbol.members.count == 2, portSymbol.members[0] == "Port" else { return }
    let openness: Openness
    switch portSymbol.members[1] {
    case "all_traffic", "allTraffic": openness = .allTraffic
    case "all_tcp", "allTcp": openness = .allPorts("TCP")
    case "all_udp", "allUdp": openness = .allPorts("UDP")
    default: return
    }
    let receiver = callee.hasReceiverExpression ? nil : callee.parts.dropLast().map(\.name)
    var world = peer == nil
    var source: String?
    if let peer {
      let peerText = reader.file.text(tokens: peer.valueTokens)
      // The group allowing itself (`sg.add_ingress_rule(sg, ...)`, `sg.connections.allow_from(sg, ...)`).
      if let receiver, receiver.indices.contains(where: { count in
        receiver[...count].joined(separator: ".") == peerText && !(count == 0 && ["self", "this"].contains(peerText))
      }) {
        return
      }
      if let peerCall = reader.call(peer.valueTokens), let symbol = peerCall.callee.flatMap({ reader.file.cdkSymbol(of: $0) }),
        symbol.module == "aws_ec2", symbol.members.count == 2, symbol.members[0] == "Peer" {
        switch symbol.members[1] {
        case "any_ipv4", "anyIpv4", "any_ipv6", "anyIpv6":
          world = true
        case "ipv4", "ipv6":
          if let cidr = peerCall.positional.first.flatMap({ reader.string($0.valueTokens) }) {
            world = Self.isWorld(cidr)
            source = cidr
          }
        default:
          break
        }
      }
    }
    report(openness, world: world, source: source, at: port.value, file: reader.file, into: &diagnostics)
  }
}
