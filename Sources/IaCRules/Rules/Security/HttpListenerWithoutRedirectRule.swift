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
    model.methodOptions(ofCall: index, position: 1)?.entries ?? []
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
    return Self.callsOnListener(boundBy: listener.call, named: adders, in: model)
  }

  /// Whether a listener that `alb.add_listener(...)` returns is bound to a name and a method named in `methods` is
  /// called on it (`listener.add_targets(...)`): such a listener is no resource of its own, so the model records no
  /// calls on it.
  static func callsOnListener(boundBy call: Int, named methods: [String], in model: FileModel) -> Bool {
    let file = model.file
    guard let assignment = file.assignments.first(where: { $0.valueCall == call }) else { return false }
    return file.calls.contains { other in
      guard let callee = other.callee, !callee.hasReceiverExpression, callee.parts.count >= 2,
        methods.contains(PropName.camelCase(callee.last.name)) else { return false }
      return callee.parts.dropLast().map(\.name).joined(separator: ".") == assignment.target
    }
  }

  /// Whether the file has a certificate anywhere: a resource of a certificate type (an ACM certificate, a listener
  /// certificate), an imported one (`acm.Certificate.from_certificate_arn(...)`, `ListenerCertificate.from_arn(...)`),
  /// certificates added to a listener, a `certificates` prop or listener option, or an HTTPS listener.
  static func hasCertificate(_ model: FileModel) -> Bool {
    for resource in model.resources {
      if isCertificateType(resource.type.fqn) { return true }
      if resource.props.contains(where: { PropName.fold($0.name).contains("certificate") || holdsCertificate($0.value, in: model) }) {
        return true
      }
      if certificateAdders.contains(where: { !resource.methodCalls($0).isEmpty }) { return true }
      for call in resource.methodCalls("addListener") {
        let options = Self.options(ofMethodCall: call.call, in: model)
        if options.contains(where: { PropName.fold($0.name).contains("certificate") || holdsCertificate($0.value, in: model) }) {
          return true
        }
        if options.contains(where: { $0.name == "protocol" && $0.value.isEnumMember("ApplicationProtocol", "HTTPS") }) {
          return true
        }
        if callsOnListener(boundBy: call.call, named: certificateAdders, in: model) { return true }
      }
    }
    // An imported certificate is no resource of the file: it is found where it is bound to a name
    // (`cert = acm.Certificate.from_certificate_arn(self, "Cert", arn)`).
    let file = model.file
    for assignment in file.assignments {
      guard let call = assignment.valueCall, model.resource(createdBy: call) == nil else { continue }
      if holdsCertificate(model.value(of: assignment.valueTokens), in: model) { return true }
    }
    return false
  }

  /// The listener methods that add certificates.
  static let certificateAdders = ["addCertificates", "addCertificateArns"]

  /// The certificate types: every construct and class of ACM, and the load balancers' listener certificates.
  static func isCertificateType(_ fqn: String) -> Bool {
    fqn.hasPrefix("aws-cdk-lib.aws_certificatemanager.") || listenerCertificateTypes.contains(fqn)
  }

  static let listenerCertificateTypes: Set<String> = [
    "aws-cdk-lib.aws_elasticloadbalancingv2.ApplicationListenerCertificate",
    "aws-cdk-lib.aws_elasticloadbalancingv2.CfnListenerCertificate",
    "aws-cdk-lib.aws_elasticloadbalancingv2.ListenerCertificate",
  ]

  /// Whether a value is or holds a certificate: a certificate resource of the file, or a factory of a certificate
  /// type (`Certificate.fromCertificateArn`, `ListenerCertificate.fromArn`), in a list or object too.
  static func holdsCertificate(_ value: Value, in model: FileModel, depth: Int = 0) -> Bool {
    guard depth < 4 else { return false }
    switch value.kind {
    case .resource(let index):
      return isCertificateType(model.resources[index].type.fqn)
    case .factory(let type, _, _):
      return isCertificateType(type)
    case .list(let elements):
      return elements.contains { holdsCertificate($0, in: model, depth: depth + 1) }
    case .object(_, let entries):
      return entries.contains { holdsCertificate($0.value, in: model, depth: depth + 1) }
    default:
      return false
    }
  }
}
