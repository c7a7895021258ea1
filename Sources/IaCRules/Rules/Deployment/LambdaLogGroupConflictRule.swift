import IaCModel
import IaCSyntax

/// IAC206: an explicit log group named `/aws/lambda/<function>`, the name Lambda gives the group it creates itself.
public struct LambdaLogGroupConflictRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC206",
    name: "lambda-log-group-conflict",
    summary: "An explicit log group takes the `/aws/lambda/<function>` name that Lambda creates on its own",
    severity: .warning,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html",
    documentation: LambdaLogGroupConflictRule.documentation,
    triggeringExamples: LambdaLogGroupConflictRule.triggering,
    nonTriggeringExamples: LambdaLogGroupConflictRule.nonTriggering
  )

  static let prefix = "/aws/lambda/"

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !file.frameworks.isEmpty, !file.isTestFile else { return }
    let reader = ValueReader(file)
    var reported = Set<Int>()
    for call in file.calls {
      guard let callee = call.callee, let names = nameInputs(callee, in: file, reader: reader) else { continue }
      if reader.hasHiddenArguments(call) { continue }
      guard let argument = reader.argument(call, names) else { continue }
      for template in reader.stringTemplates(argument.valueTokens) {
        let leading = template.leadingText
        guard leading.hasPrefix(Self.prefix), leading.count > Self.prefix.count || template.hasExpressions,
          reported.insert(template.range.start).inserted else { continue }
        let shown = template.display(for: file.language)
        diagnostics.append(Self.description.diagnostic(
          path: file.path,
          range: template.range,
          message: "The log group `\(shown)` has the name Lambda gives the log group it creates for the function; if that group already exists, the deployment fails"
        ))
      }
    }
  }

  /// The inputs that name a log group, for the log group classes of each framework; nil for other calls.
  func nameInputs(_ callee: Reference, in file: SourceFile, reader: ValueReader) -> [String]? {
    switch callee.last.name {
    case "LogGroup", "CfnLogGroup":
      if let symbol = file.cdkSymbol(of: callee), symbol.members == [callee.last.name] {
        return ["log_group_name", "logGroupName"]
      }
      if reader.pulumiAWSType(callee) == "cloudwatch.LogGroup" { return ["name"] }
      return nil
    case "CloudwatchLogGroup":
      return reader.cdktfAWSType(callee) != nil ? ["name"] : nil
    default:
      return nil
    }
  }
}
