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
    nonTriggeringExamples: HttpListenerWithoutRedirectRule.nonTriggering
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard file.usesCDK, !file.isTestFile else { return }
    let reader = ValueReader(file)
    for (index, call) in file.calls.enumerated() {
      guard let callee = call.callee else { continue }
      let loadBalancer: Call?
      switch callee.last.name {
      case "add_listener", "addListener":
        guard !callee.hasReceiverExpression, callee.parts.count >= 2 else { continue }
        let receiver = callee.parts.dropLast().map(\.name).joined(separator: ".")
        loadBalancer = file.assignment(to: receiver, before: call.range.start)
          .flatMap { $0.valueCall }.map { file.calls[$0] }
      case "ApplicationListener":
        guard let symbol = file.cdkSymbol(of: callee), symbol.module == "aws_elasticloadbalancingv2",
          symbol.members == ["ApplicationListener"],
          let argument = reader.argument(call, ["load_balancer", "loadBalancer"]) else { continue }
        loadBalancer = reader.call(argument.valueTokens)
      default:
        continue
      }
      guard let loadBalancer, isInternetFacingALB(loadBalancer, file: file, reader: reader),
        let anchor = httpAnchor(of: call, reader: reader),
        forwardsToTargets(call, index: index, file: file, reader: reader) else { continue }
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: anchor,
        message: "The internet-facing load balancer forwards plain HTTP to its targets instead of redirecting to HTTPS"
      ))
    }
  }

  /// `elbv2.ApplicationLoadBalancer(..., internet_facing=True)`.
  func isInternetFacingALB(_ call: Call, file: SourceFile, reader: ValueReader) -> Bool {
    guard let callee = call.callee, let symbol = file.cdkSymbol(of: callee), symbol.module == "aws_elasticloadbalancingv2",
      symbol.members == ["ApplicationLoadBalancer"],
      let argument = reader.argument(call, ["internet_facing", "internetFacing"]) else { return false }
    return reader.bool(argument.valueTokens) == true
  }

  /// Where the listener is HTTP: its `port=80` or `protocol=ApplicationProtocol.HTTP`; nil when it is HTTPS or unknown.
  func httpAnchor(of call: Call, reader: ValueReader) -> TextRange? {
    let port = reader.argument(call, ["port"])
    let protocolArgument = reader.argument(call, ["protocol"])
    if let protocolArgument {
      guard let symbol = reader.cdkMember(protocolArgument.valueTokens),
        symbol.members == ["ApplicationProtocol", "HTTP"] else { return nil }
      return port?.value ?? protocolArgument.value
    }
    if reader.argument(call, ["certificates", "certificate_arns", "certificateArns"]) != nil { return nil }
    guard let port, reader.integer(port.valueTokens) == 80 else { return nil }
    return port.value
  }

  /// Whether the listener sends requests to targets: default target groups, a forward default action, or targets
  /// added to it later in the file.
  func forwardsToTargets(_ call: Call, index: Int, file: SourceFile, reader: ValueReader) -> Bool {
    if let action = reader.argument(call, ["default_action", "defaultAction"]) {
      guard let actionCall = reader.call(action.valueTokens), let name = actionCall.callee?.last.name else { return false }
      return ["forward", "weighted_forward", "weightedForward"].contains(name)
    }
    if reader.argument(call, ["default_target_groups", "defaultTargetGroups"]) != nil { return true }
    // `listener = alb.add_listener(...)` then `listener.add_targets(...)`.
    guard let assignment = file.assignments.first(where: { $0.valueCall == index }) else { return false }
    return file.calls.contains { other in
      guard let callee = other.callee, !callee.hasReceiverExpression, callee.parts.count >= 2,
        ["add_targets", "addTargets", "add_target_groups", "addTargetGroups"].contains(callee.last.name) else { return false }
      return callee.parts.dropLast().map(\.name).joined(separator: ".") == assignment.target
    }
  }
}
