import IaCModel
import IaCSyntax

/// IAC601: a CloudWatch alarm that does not say how to treat missing data.
public struct AlarmMissingDataPolicyRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC601",
    name: "alarm-missing-data-policy",
    summary: "A CloudWatch alarm does not set how missing data is treated",
    severity: .hint,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html",
    documentation: AlarmMissingDataPolicyRule.documentation,
    triggeringExamples: AlarmMissingDataPolicyRule.triggering,
    nonTriggeringExamples: AlarmMissingDataPolicyRule.nonTriggering
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !file.frameworks.isEmpty, !file.isTestFile else { return }
    let reader = ValueReader(file)
    for call in file.calls {
      guard let callee = call.callee, let (range, optionsIndex) = alarm(callee, in: file, reader: reader) else { continue }
      if reader.hasHiddenArguments(call, optionsIndex: optionsIndex) { continue }
      if file.language == .typescript && optionsIndex >= call.positional.count && call.properties.isEmpty { continue }
      if reader.argument(call, ["treat_missing_data", "treatMissingData"]) != nil { continue }
      // Pulumi Python also accepts the inputs as `args=MetricAlarmArgs(...)`.
      if let args = call.keyword("args") {
        guard let argsCall = reader.call(args.valueTokens), !reader.hasHiddenArguments(argsCall) else { continue }
        if argsCall.keyword("treat_missing_data") != nil { continue }
      }
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: range,
        message: "The alarm does not set `\(file.language == .python ? "treat_missing_data" : "treatMissingData")`, so missing data points count as `missing` and the alarm can stall in `INSUFFICIENT_DATA`"
      ))
    }
  }

  /// Where to report an alarm-creating call and which positional argument holds its options in TypeScript.
  func alarm(_ callee: Reference, in file: SourceFile, reader: ValueReader) -> (TextRange, Int)? {
    switch callee.last.name {
    case "Alarm", "CfnAlarm":
      guard let symbol = file.cdkSymbol(of: callee), symbol.module == "aws_cloudwatch",
        symbol.members == [callee.last.name] else { return nil }
      return (callee.range, 2)
    case "create_alarm", "createAlarm":
      guard file.usesCDK, callee.parts.count >= 2 || callee.hasReceiverExpression else { return nil }
      // `self.create_alarm(...)` is a helper of the stack's own, not `Metric.create_alarm`.
      if !callee.hasReceiverExpression && callee.parts.count == 2 && ["self", "this"].contains(callee.parts[0].name) {
        return nil
      }
      return (callee.last.range, 2)
    case "MetricAlarm":
      guard reader.pulumiAWSType(callee) == "cloudwatch.MetricAlarm" else { return nil }
      return (callee.range, 1)
    case "CloudwatchMetricAlarm":
      guard reader.cdktfAWSType(callee) != nil else { return nil }
      return (callee.range, 2)
    default:
      return nil
    }
  }
}
