import IaCModel
import IaCSyntax

/// The listeners of a classic load balancer in the source, for the Elastic Load Balancing rules of the AWS Solutions
/// pack: the `listeners` prop of `elb.LoadBalancer` and `elb.CfnLoadBalancer`, and `lb.add_listener(...)` calls.
enum ClassicLoadBalancers {
  static let loadBalancer = "aws-cdk-lib.aws_elasticloadbalancing.LoadBalancer"
  static let cfnLoadBalancer = "aws-cdk-lib.aws_elasticloadbalancing.CfnLoadBalancer"

  /// A protocol as CloudFormation writes it, lowercased (`http`, `ssl`).
  enum ProtocolName: Equatable {
    case known(String)
    /// Not written, and CloudFormation has no default the rules could read (an L1's `instance_protocol`).
    case unset
    /// A value iaclsp cannot evaluate.
    case unknown
  }

  struct Listener {
    /// The protocol clients connect with.
    var external: ProtocolName
    /// The protocol the load balancer forwards to the instances with.
    var instance: ProtocolName
    /// Where a finding about the external protocol goes: the protocol when written, else the port or listener.
    var externalRange: TextRange
    /// Where a finding about the instance protocol goes.
    var instanceRange: TextRange
  }

  /// The listeners of `resource` iaclsp can read; those it cannot are left out.
  static func listeners(of resource: Resource, in model: FileModel) -> [Listener] {
    var listeners: [Listener] = []
    let isL2 = resource.type.fqn == loadBalancer
    for element in resource.prop("listeners")?.value.elements ?? [] {
      guard let entries = element.entries else { continue }
      let options = entries.map { (name: $0.name, value: $0.value, range: $0.range) }
      let listener = isL2 ? l2Listener(options, range: element.range) : l1Listener(options, range: element.range)
      if let listener { listeners.append(listener) }
    }
    guard isL2 else { return listeners }
    for listenerCall in resource.methodCalls("addListener") {
      let call = model.file.calls[listenerCall.call]
      let range = call.callee?.parts.last?.range ?? call.range
      var options: [(name: String?, value: Value, range: TextRange)] = []
      for argument in call.arguments {
        if argument.isSpread { options = []; break }
        if let label = argument.label?.name {
          options.append((label, model.value(of: argument), argument.range))
        } else if let entries = model.value(of: argument).entries {
          options += entries.map { (name: $0.name ?? $0.label?.name, value: $0.value, range: $0.range) }
        }
      }
      if let listener = l2Listener(options, range: range) { listeners.append(listener) }
    }
    return listeners
  }

  typealias Option = (name: String?, value: Value, range: TextRange)

  static func option(_ name: String, in options: [Option]) -> Option? {
    let key = PropName.fold(name)
    return options.first { $0.name.map(PropName.fold) == key }
  }

  /// An `elb.LoadBalancerListener`: aws-cdk-lib takes the external protocol from well-known ports (80, 443) when
  /// it is unset, and the instance protocol from the internal protocol, else the instance port, else the external
  /// protocol's family (HTTP for HTTP and HTTPS, TCP otherwise).
  static func l2Listener(_ options: [Option], range: TextRange) -> Listener? {
    guard let port = option("externalPort", in: options) else { return nil }
    let externalOption = option("externalProtocol", in: options)
    let external: ProtocolName
    if let externalOption {
      external = member(externalOption.value)
    } else {
      external = wellKnown(port.value.integer).map(ProtocolName.known) ?? .unknown
    }
    let internalOption = option("internalProtocol", in: options)
    var instance: ProtocolName
    if let internalOption {
      instance = member(internalOption.value)
    } else {
      let internalPort = option("internalPort", in: options)
      let instancePort = internalPort.map { $0.value.integer } ?? port.value.integer
      if let known = wellKnown(instancePort) {
        instance = .known(known)
      } else if instancePort == nil {
        instance = .unknown
      } else if case .known(let name) = external {
        instance = .known(name == "http" || name == "https" ? "http" : "tcp")
      } else {
        instance = .unknown
      }
    }
    let externalRange = externalOption?.range ?? port.range
    return Listener(
      external: external,
      instance: instance,
      externalRange: externalRange,
      instanceRange: internalOption?.range ?? externalRange
    )
  }

  /// An `elb.CfnLoadBalancer.ListenersProperty`: the protocols are strings, and the instance protocol may be unset.
  static func l1Listener(_ options: [Option], range: TextRange) -> Listener? {
    guard let externalOption = option("protocol", in: options) else { return nil }
    let external = externalOption.value.string.map { ProtocolName.known($0.lowercased()) } ?? .unknown
    let internalOption = option("instanceProtocol", in: options)
    let instance = internalOption.map { $0.value.string.map { ProtocolName.known($0.lowercased()) } ?? .unknown } ?? .unset
    return Listener(
      external: external,
      instance: instance,
      externalRange: externalOption.range,
      instanceRange: internalOption?.range ?? externalOption.range
    )
  }

  static func member(_ value: Value) -> ProtocolName {
    value.enumMember(of: "LoadBalancingProtocol").map { .known($0.lowercased()) } ?? .unknown
  }

  static func wellKnown(_ port: Int?) -> String? {
    switch port {
    case 80: return "http"
    case 443: return "https"
    default: return nil
    }
  }
}
