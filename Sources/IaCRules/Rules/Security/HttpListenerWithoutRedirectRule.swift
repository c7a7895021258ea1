import IaCModel
import IaCSyntax

/// IAC302: an internet-facing Application Load Balancer listener on plain HTTP that forwards to targets.
public struct HttpListenerWithoutRedirectRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC302",
    name: "http-listener-without-redirect",
    summary: "An internet-facing load balancer serves traffic over plain HTTP instead of redirecting to HTTPS",
    severity: .warning,
    frameworks: [.cdk],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
    documentation: HttpListenerWithoutRedirectRule.documentation,
    triggeringExamples: HttpListenerWithoutRedirectRule.triggering,
    nonTriggeringExamples: HttpListenerWithoutRedirectRule.nonTriggering,
    resourceTypes: [
      "aws-cdk-lib.aws_elasticloadbalancingv2.ApplicationLoadBalancer",
      "aws-cdk-lib.aws_elasticloadbalancingv2.ApplicationListener",
    ],
    testFiles: .exclude
  )

  static let loadBalancerType = "aws-cdk-lib.aws_elasticloadbalancingv2.ApplicationLoadBalancer"
  static let listenerType = "aws-cdk-lib.aws_elasticloadbalancingv2.ApplicationListener"

  /// A listener's options under canonical names, and how to find the calls made on the listener later.
  struct Listener {
    var options: [(name: String, value: Value)]
    /// The listener resource, when it is one (`ApplicationListener`); else the `add_listener` call.
    var resource: Resource?
    var call: Int

    func option(_ name: String) -> Value? {
      let key = PropName.fold(name)
      return options.first { PropName.fold($0.name) == key }?.value
    }
  }

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    switch resource.type.fqn {
    case Self.loadBalancerType:
      guard isInternetFacing(resource) else { return }
      for call in resource.methodCalls("addListener") {
        judge(Listener(options: Self.options(ofMethodCall: call.call, in: model), resource: nil, call: call.call), in: model, into: &diagnostics)
      }
    case Self.listenerType:
      guard let balancer = resource.prop("loadBalancer")?.value.resource, isInternetFacing(model.resources[balancer]) else { return }
      judge(Listener(options: resource.props.map { ($0.name, $0.value) }, resource: resource, call: resource.call), in: model, into: &diagnostics)
    default:
      return
    }
  }

  func judge(_ listener: Listener, in model: FileModel, into diagnostics: inout [Diagnostic]) {
    guard let anchor = httpAnchor(of: listener), forwardsToTargets(listener, in: model) else { return }
    let file = model.file
    if Self.hasCertificate(model) {
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: anchor,
        message: "The internet-facing load balancer forwards plain HTTP to its targets instead of redirecting to HTTPS"
      ))
      return
    }
    // No certificate anywhere: there is no HTTPS listener to redirect to yet (a demo or a first step).
    var diagnostic = Self.description.diagnostic(
      path: file.path,
      range: anchor,
      message: "The internet-facing load balancer serves plain HTTP; once the stack has a certificate, add an HTTPS listener and redirect HTTP to it"
    )
    diagnostic.severity = .info
    diagnostics.append(diagnostic)
  }

  func isInternetFacing(_ balancer: Resource) -> Bool {
    balancer.type.fqn == Self.loadBalancerType && balancer.prop("internetFacing")?.value.bool == true
  }

  /// The options of `alb.add_listener("Id", port=80, ...)` / `alb.addListener('Id', { port: 80 })`.
  static func options(ofMethodCall index: Int, in model: FileModel) -> [(name: String, value: Value)] {
    let call = model.file.calls[index]
    switch model.file.language {
    case .python:
      return call.arguments.compactMap { argument in
        argument.label.map { (PropName.camelCase($0.name), model.value(of: argument)) }
      }
    case .typescript:
      guard call.positional.count > 1 else { return [] }
      return (model.value(of: call.positional[1]).entries ?? []).compactMap { entry in entry.name.map { ($0, entry.value) } }
    }
  }

  /// Where the listener is HTTP: its `port=80` or `protocol=ApplicationProtocol.HTTP`; nil when it is HTTPS or unknown.
  func httpAnchor(of listener: Listener) -> TextRange? {
    let port = listener.option("port")
    if let protocolValue = listener.option("protocol") {
      guard protocolValue.isEnumMember("ApplicationProtocol", "HTTP") else { return nil }
      return port?.range ?? protocolValue.range
    }
    if listener.option("certificates") != nil || listener.option("certificateArns") != nil { return nil }
    guard let port, port.integer == 80 else { return nil }
    return port.range
  }

  /// Whether the listener sends requests to targets: default target groups, a forward default action, or targets
  /// added to it later in the file.
  func forwardsToTargets(_ listener: Listener, in model: FileModel) -> Bool {
    if let action = listener.option("defaultAction") {
      guard let method = action.factory(of: "ListenerAction")?.method else { return false }
      return method == "forward" || method == "weightedForward"
    }
    if listener.option("defaultTargetGroups") != nil { return true }
    let adders = ["addTargets", "addTargetGroups"]
    if let resource = listener.resource {
      return adders.contains { !resource.methodCalls($0).isEmpty }
    }
    // `listener = alb.add_listener(...)` then `listener.add_targets(...)`: the listener is no resource of its own.
    let file = model.file
    guard let assignment = file.assignments.first(where: { $0.valueCall == listener.call }) else { return false }
    return file.calls.contains { other in
      guard let callee = other.callee, !callee.hasReceiverExpression, callee.parts.count >= 2,
        adders.contains(PropName.camelCase(callee.last.name)) else { return false }
      return callee.parts.dropLast().map(\.name).joined(separator: ".") == assignment.target
    }
  }

  /// Whether the file has a certificate anywhere: an ACM certificate or an imported one, a `certificates` prop or
  /// listener option, or an HTTPS listener.
  static func hasCertificate(_ model: FileModel) -> Bool {
    let file = model.file
    if file.calls.contains(where: { call in call.callee.map { PropName.fold($0.last.name).contains("certificate") } ?? false }) {
      return true
    }
    for resource in model.resources {
      if resource.props.contains(where: { PropName.fold($0.name).contains("certificate") }) { return true }
      for call in resource.methodCalls("addListener") {
        let options = Self.options(ofMethodCall: call.call, in: model)
        if options.contains(where: { PropName.fold($0.name).contains("certificate") }) { return true }
        if options.contains(where: { $0.name == "protocol" && $0.value.isEnumMember("ApplicationProtocol", "HTTPS") }) {
          return true
        }
      }
    }
    return false
  }
}
