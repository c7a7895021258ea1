import IaCModel
import IaCSyntax

/// One ingress rule a resource writes, read from the source: an element of a group's ingress list, a rule resource
/// (`CfnSecurityGroupIngress`, Pulumi `SecurityGroupRule(type="ingress")`), or a CDK method on a construct
/// (`sg.add_ingress_rule(peer, port)`, `x.connections.allow_from_any_ipv4(port)`). `open-security-group` judges its
/// ports, `security-group-world-open-ingress` its sources; both read rules through ``rules(of:in:)``.
package struct SecurityGroupIngress {
  /// The ports a rule opens.
  package enum Ports: Equatable {
    /// Every protocol and port (`protocol="-1"`, `ec2.Port.all_traffic()`).
    case allTraffic
    /// Every port of one transport (`0`–`65535`, `ec2.Port.all_tcp()`): `TCP` or `UDP`.
    case allPorts(String)
    /// One port or a range (`TCP port 443`, `TCP ports 8000-8080`).
    case some(String)
    /// Ports iaclsp cannot read, or a construct's default port.
    case unknown

    /// Whether this is TCP port 80 or 443 alone: a web server's port, which a public service opens to the world
    /// on purpose.
    package var isWebPort: Bool {
      guard case .some(let text) = self else { return false }
      return text == "TCP port 80" || text == "TCP port 443"
    }
  }

  /// A source CIDR written as a literal, and where it is written.
  package struct Source {
    package var cidr: String
    package var range: TextRange
  }

  package var ports: Ports
  /// Where the ports are written (the protocol value, the `Port` argument); nil when they are not.
  package var portsRange: TextRange?
  /// The literal source CIDRs; a peer `Peer.any_ipv4()` counts as `0.0.0.0/0` written at the peer.
  package var sources: [Source]
  /// Whether a source iaclsp cannot read as a CIDR is present (another group, a prefix list, a computed CIDR).
  package var hasOtherSource: Bool
  /// Whether the rule only allows the group itself (`self=True`, `sg.connections.allow_from(sg, ...)`).
  package var onlySelf: Bool
  /// Where a rule that names no source is written (`x.connections.allow_from_any_ipv4(...)`: the method name).
  package var range: TextRange

  /// The first source that is the whole internet (`0.0.0.0/0`, `::/0`, any CIDR of prefix length 0).
  package var worldSource: Source? {
    sources.first { Self.isWorld($0.cidr) }
  }

  /// Whether a CIDR has prefix length 0, the whole IPv4 or IPv6 internet, as cdk-nag reads it.
  package static func isWorld(_ cidr: String) -> Bool {
    guard let slash = cidr.lastIndex(of: "/") else { return false }
    let length = cidr[cidr.index(after: slash)...].filter { $0 != " " }
    return !length.isEmpty && length.allSatisfy { $0 == "0" }
  }

  // MARK: Reading

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

  /// The resource types whose props can hold ingress rules (CDK methods are read on any construct).
  package static let resourceTypes: [String] = ["aws-cdk-lib.*", "aws:ec2/*", "aws:vpc/*", "@cdktf/provider-aws.*"]

  /// The ingress rules `resource` writes, in source order: its own fields, its ingress list, its CDK methods.
  package static func rules(of resource: Resource, in model: FileModel) -> [SecurityGroupIngress] {
    var rules: [SecurityGroupIngress] = []
    let fqn = resource.type.fqn
    if ruleTypes.contains(fqn) {
      let fields = Fields(entries: resource.props.map { ($0.name, $0.value) })
      // `SecurityGroupRule` is ingress or egress by its `type`.
      if !(fqn.hasSuffix("SecurityGroupRule") && fields.value("type")?.string != "ingress") {
        rules.append(rule(fields, at: resource.calleeRange))
      }
    } else if let list = groupTypes[fqn], let elements = resource.prop(list)?.value.elements {
      // Every element of the ingress list is an ingress rule, whatever class builds it (even
      // `SecurityGroupEgressArgs` written by mistake inside `ingress=[...]`).
      for element in elements {
        guard let entries = element.entries else { continue }
        let fields = Fields(entries: entries.compactMap { entry in entry.name.map { ($0, entry.value) } })
        rules.append(rule(fields, at: element.range))
      }
    }
    if resource.type.framework == .cdk {
      rules += methodRules(of: resource, in: model)
    }
    return rules
  }

  /// The fields of one ingress rule under their canonical names, from props or object entries.
  struct Fields {
    var entries: [(name: String, value: Value)]

    func value(_ names: String...) -> Value? {
      let keys = names.map(PropName.fold)
      return entries.first { keys.contains(PropName.fold($0.name)) }?.value
    }
  }

  /// One rule written with Terraform/Pulumi field names (`protocol`, `from_port`, `cidr_blocks`) or CloudFormation
  /// ones (`ip_protocol`, `cidr_ip`).
  static func rule(_ fields: Fields, at range: TextRange) -> SecurityGroupIngress {
    var ports = Ports.unknown
    let protocolValue = fields.value("protocol", "ipProtocol")
    let protocolName = protocolValue?.string?.lowercased() ?? protocolValue?.integer.map(String.init)
    let from = fields.value("fromPort")?.integer
    let to = fields.value("toPort")?.integer
    switch protocolName {
    case "-1", "all":
      ports = .allTraffic
    case "tcp", "udp", "6", "17":
      let transport = protocolName == "udp" || protocolName == "17" ? "UDP" : "TCP"
      // `-1` stands for every port, as EC2 reads it (cdk-nag counts `toPort: -1` as open).
      if (from == 0 || from == 1 || from == -1) && (to == 65535 || to == -1) {
        ports = .allPorts(transport)
      } else if let from, let to {
        ports = .some(from == to ? "\(transport) port \(from)" : "\(transport) ports \(from)-\(to)")
      }
    default:
      break
    }
    var sources: [Source] = []
    var hasOtherSource = false
    for (name, value) in fields.entries {
      switch PropName.fold(name) {
      case "cidrblocks", "ipv6cidrblocks":
        guard let elements = value.elements else {
          hasOtherSource = true
          continue
        }
        for element in elements {
          if let cidr = element.string {
            sources.append(Source(cidr: cidr, range: element.range))
          } else {
            hasOtherSource = true
          }
        }
      case "cidripv4", "cidripv6", "cidrip":
        if let cidr = value.string {
          sources.append(Source(cidr: cidr, range: value.range))
        } else {
          hasOtherSource = true
        }
      case "securitygroups", "sourcesecuritygroupid", "referencedsecuritygroupid", "prefixlistids", "prefixlistid",
        "sourceprefixlistid", "sourcesecuritygroupname", "sourcesecuritygroupownerid":
        hasOtherSource = true
      default:
        continue
      }
    }
    let onlySelf = sources.isEmpty && !hasOtherSource && fields.value("self")?.bool == true
    return SecurityGroupIngress(
      ports: ports, portsRange: protocolValue?.range, sources: sources, hasOtherSource: hasOtherSource,
      onlySelf: onlySelf, range: range
    )
  }

  /// `sg.add_ingress_rule(peer, port)`, `x.connections.allow_from(peer, port)`,
  /// `x.connections.allow_from_any_ipv4(port)` and the default-port forms on a construct of the file.
  static func methodRules(of resource: Resource, in model: FileModel) -> [SecurityGroupIngress] {
    let file = model.file
    var rules: [SecurityGroupIngress] = []
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
      case "connections.allowDefaultPortFrom":
        peer = call.keyword("other") ?? positional.first
        port = nil
      case "connections.allowFromAnyIpv4", "connections.allowFromAnyIpv6":
        peer = nil
        port = call.keyword("port_range") ?? positional.first
      case "connections.allowDefaultPortFromAnyIpv4":
        peer = nil
        port = nil
      default:
        continue
      }
      // Without its peer argument the call is incomplete (or written with a spread): nothing to judge.
      if peer == nil && !method.hasSuffix("AnyIpv4") && !method.hasSuffix("AnyIpv6") { continue }
      let methodRange = call.callee?.parts.last?.range ?? call.range
      var rule = SecurityGroupIngress(
        ports: .unknown, portsRange: nil, sources: [], hasOtherSource: false, onlySelf: false, range: methodRange
      )
      if let port {
        let portValue = model.value(of: port)
        rule.portsRange = portValue.range
        rule.ports = ports(of: portValue)
      }
      if let peer {
        let peerValue = model.value(of: peer)
        // The group allowing itself (`sg.add_ingress_rule(sg, ...)`, `sg.connections.allow_from(sg, ...)`).
        if peerValue.resource == resource.index {
          rule.onlySelf = true
        } else if let (peerMethod, arguments) = peerValue.factory(of: "Peer") {
          switch peerMethod {
          case "anyIpv4":
            rule.sources = [Source(cidr: "0.0.0.0/0", range: peerValue.range)]
          case "anyIpv6":
            rule.sources = [Source(cidr: "::/0", range: peerValue.range)]
          case "ipv4", "ipv6":
            if let cidr = arguments.first?.value.string {
              rule.sources = [Source(cidr: cidr, range: peerValue.range)]
            } else {
              rule.hasOtherSource = true
            }
          default:
            rule.hasOtherSource = true
          }
        } else {
          rule.hasOtherSource = true
        }
      } else {
        rule.sources = [Source(cidr: method.hasSuffix("Ipv6") ? "::/0" : "0.0.0.0/0", range: methodRange)]
      }
      rules.append(rule)
    }
    return rules
  }

  /// The ports an `ec2.Port` value opens.
  static func ports(of value: Value) -> Ports {
    guard let (method, arguments) = value.factory(of: "Port") else { return .unknown }
    let numbers = arguments.compactMap { $0.value.integer }
    switch method {
    case "allTraffic": return .allTraffic
    case "allTcp": return .allPorts("TCP")
    case "allUdp": return .allPorts("UDP")
    case "tcp", "udp":
      guard numbers.count == 1 else { return .unknown }
      return .some("\(method.uppercased()) port \(numbers[0])")
    case "tcpRange", "udpRange":
      guard numbers.count == 2 else { return .unknown }
      return .some("\(method.prefix(3).uppercased()) ports \(numbers[0])-\(numbers[1])")
    default:
      return .unknown
    }
  }
}
