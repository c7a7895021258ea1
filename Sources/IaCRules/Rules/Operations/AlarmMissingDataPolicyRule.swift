import IaCModel
import IaCSyntax

/// IAC601: a CloudWatch alarm on a metric that can go missing that does not say how to treat missing data.
public struct AlarmMissingDataPolicyRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC601",
    name: "alarm-missing-data-policy",
    summary: "A CloudWatch alarm on a metric that can go missing does not set how missing data is treated",
    severity: .hint,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html",
    documentation: AlarmMissingDataPolicyRule.documentation,
    triggeringExamples: AlarmMissingDataPolicyRule.triggering,
    nonTriggeringExamples: AlarmMissingDataPolicyRule.nonTriggering,
    resourceTypes: [
      "aws-cdk-lib.aws_cloudwatch.Alarm",
      "aws-cdk-lib.aws_cloudwatch.CfnAlarm",
      "aws:cloudwatch/metricAlarm:MetricAlarm",
      "@cdktf/provider-aws.cloudwatchMetricAlarm.CloudwatchMetricAlarm",
    ],
    testFiles: .exclude
  )

  /// Why a metric can have no data points.
  enum Missing {
    /// A metric the user's code publishes, in a namespace of its own.
    case custom(String)
    /// A metric filter without a default value: nothing is published while no log line matches.
    case metricFilter
  }

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard resource.isCertainlyUnset("treatMissingData") else { return }
    let missing: Missing?
    switch resource.type.fqn {
    case "aws-cdk-lib.aws_cloudwatch.Alarm":
      missing = resource.prop("metric").flatMap { Self.missing($0.value, in: model) }
    default:
      // `CfnAlarm`, Pulumi and CDK for Terraform: the metric is named by `namespace` and `metric_name`.
      missing = Self.missing(namespace: resource.prop("namespace")?.value.string, metricName: resource.prop("metricName")?.value.string, in: model)
    }
    guard let missing else { return }
    report(missing, at: model.findingRange(of: resource), name: model.spelling(of: "treatMissingData", for: resource), in: model, into: &diagnostics)
  }

  /// `metric.create_alarm(...)` (`createAlarm`): a method of a metric, which is no resource of its own.
  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard file.usesCDK else { return }
    for (index, call) in file.calls.enumerated() {
      guard let callee = call.callee, PropName.matches(callee.last.name, "createAlarm"), let metric = receiver(of: call, in: model),
        let missing = Self.missing(metric, in: model) else { continue }
      // The alarm's options: keyword arguments, or the object literal after the scope and the id.
      guard let options = model.methodOptions(ofCall: index, position: 2), options.isComplete,
        options.option("treatMissingData") == nil else { continue }
      let name = model.spelling(of: "treatMissingData")
      report(missing, at: callee.last.range, name: name, in: model, into: &diagnostics)
    }
  }

  func report(_ missing: Missing, at range: TextRange, name: String, in model: FileModel, into diagnostics: inout [Diagnostic]) {
    let why: String
    switch missing {
    case .custom(let namespace):
      why = "the custom metric in `\(namespace)` has no data points while nothing publishes it"
    case .metricFilter:
      why = "the metric filter has no default value, so it publishes nothing while no log line matches"
    }
    diagnostics.append(Self.description.diagnostic(
      path: model.file.path,
      range: range,
      message: "The alarm does not set `\(name)`, and \(why): the alarm can stall in `INSUFFICIENT_DATA`"
    ))
  }

  /// The metric a `create_alarm` call is made on: `metric.create_alarm(...)`, `mf.metric().create_alarm(...)`.
  func receiver(of call: Call, in model: FileModel) -> Value? {
    guard let callee = call.callee else { return nil }
    if callee.hasReceiverExpression {
      guard let receiverCall = call.receiverCall, let open = model.file.calls[receiverCall].callee?.parts.first?.token
      else { return nil }
      return model.value(of: open..<(model.file.calls[receiverCall].closeToken + 1))
    }
    guard callee.parts.count >= 2 else { return nil }
    // `self.create_alarm(...)` is a helper of the stack's own.
    if callee.parts.count == 2 && ["self", "this"].contains(callee.parts[0].name) { return nil }
    return model.value(of: callee.parts[0].token..<(callee.parts[callee.parts.count - 2].token + 1))
  }

  /// Whether a CDK metric value can go missing: a `cloudwatch.Metric` in a namespace that is not AWS's own, or
  /// `metric_filter.metric()` of a filter without a default value; nil for service metrics (`fn.metric_errors()`)
  /// and anything unknown.
  static func missing(_ metric: Value, in model: FileModel) -> Missing? {
    if case .object(let type, _) = metric.kind, type?.hasSuffix("aws_cloudwatch.Metric") == true {
      return missing(namespace: metric.entry("namespace")?.value.string, metricName: nil, in: model)
    }
    if let (resource, method) = model.methodCall(metric), method == "metric",
      resource.type.fqn == "aws-cdk-lib.aws_logs.MetricFilter" {
      return resource.isCertainlyUnset("defaultValue") ? .metricFilter : nil
    }
    return nil
  }

  /// Whether the metric `namespace`/`metricName` can go missing: a namespace other than AWS's (`AWS/...`), unless
  /// a log metric filter of the file publishes it with a default value.
  static func missing(namespace: String?, metricName: String?, in model: FileModel) -> Missing? {
    guard let namespace, !namespace.hasPrefix("AWS/") else { return nil }
    for filter in model.resources where filter.type.name.hasSuffix("LogMetricFilter") {
      guard let transformation = filter.prop("metricTransformation")?.value else { continue }
      let transformations = transformation.elements ?? [transformation]
      for entry in transformations where entry.entry("namespace")?.value.string == namespace
        && (metricName == nil || entry.entry("name")?.value.string == metricName) {
        return entry.entry("defaultValue") == nil ? .metricFilter : nil
      }
    }
    return .custom(namespace)
  }
}
