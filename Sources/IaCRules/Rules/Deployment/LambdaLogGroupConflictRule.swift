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
    nonTriggeringExamples: LambdaLogGroupConflictRule.nonTriggering,
    resourceTypes: [
      "aws-cdk-lib.aws_logs.LogGroup",
      "aws-cdk-lib.aws_logs.CfnLogGroup",
      "aws:cloudwatch/logGroup:LogGroup",
      "@cdktf/provider-aws.cloudwatchLogGroup.CloudwatchLogGroup",
      "AWS::Logs::LogGroup",
      "aws_cloudwatch_log_group",
    ],
    testFiles: .exclude
  )

  static let prefix = "/aws/lambda/"

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let nameProp = resource.type.framework == .cdk ? "logGroupName" : "name"
    guard let value = resource.prop(nameProp)?.value else { return }
    let file = model.file
    // `"/aws/lambda/" + a` or a template; a plain literal reads as a template without expressions.
    guard let template = value.template else { return }
    let leading = template.leadingText
    guard leading.hasPrefix(Self.prefix), leading.count > Self.prefix.count || template.hasExpressions else { return }
    // Named from the function's own name token (`f"/aws/lambda/{fn.function_name}"`): the group is created with the
    // function, before it can log, so no group of Lambda's own can be in the way.
    if template.expressions.contains(where: { isFunctionNameToken($0, in: model) }) { return }
    let shown = template.display(for: file.language)
    if let function = passedAsLogGroup(resource, in: model) {
      // CDK's documented pattern: the function logs to this group and Lambda creates none of its own.
      var diagnostic = Self.description.diagnostic(
        path: file.path,
        range: template.range,
        message: "The log group `\(shown)` is the function's own log group (`\(model.spelling(of: "logGroup", for: function))`), so Lambda creates none; the deployment still fails if a group of this name exists from an earlier function",
        related: [RelatedLocation(path: file.path, range: function.calleeRange, message: "The function logs to this group")]
      )
      diagnostic.severity = .info
      diagnostics.append(diagnostic)
      return
    }
    if let function = functionDepending(on: resource, in: model) {
      // The group is created before the function (`fn.node.add_dependency(group)`), so Lambda finds it and logs to it.
      var diagnostic = Self.description.diagnostic(
        path: file.path,
        range: template.range,
        message: "The log group `\(shown)` is created before the function, which depends on it, so Lambda logs to it and creates none; the deployment still fails if a group of this name exists from an earlier function",
        related: [RelatedLocation(path: file.path, range: function.calleeRange, message: "The function depends on this group")]
      )
      diagnostic.severity = .info
      diagnostics.append(diagnostic)
      return
    }
    diagnostics.append(Self.description.diagnostic(
      path: file.path,
      range: template.range,
      message: "The log group `\(shown)` has the name Lambda gives the log group it creates for the function; if that group already exists, the deployment fails"
    ))
  }

  /// A function of the file made to depend on the group: `fn.node.add_dependency(group)`.
  func functionDepending(on group: Resource, in model: FileModel) -> Resource? {
    let passedTo = Set(group.calls.filter { $0.role == .argument }.map(\.call))
    guard !passedTo.isEmpty else { return nil }
    return model.resources.first { function in
      Self.isFunction(function.type) && function.methodCalls("node.addDependency").contains { passedTo.contains($0.call) }
    }
  }

  /// Whether an interpolated expression is a Lambda function's name token: `fn.function_name`,
  /// `props.handler.functionName`, or `fn.name` of a Pulumi function of the file.
  func isFunctionNameToken(_ expression: String, in model: FileModel) -> Bool {
    guard let dot = expression.lastIndex(of: ".") else { return false }
    let attribute = PropName.fold(String(expression[expression.index(after: dot)...]))
    if attribute == "functionname" { return true }
    guard attribute == "name" else { return false }
    // Pulumi and CDK for Terraform outputs: `fn.name`, unless `fn` is a resource of the file of another type.
    let receiver = String(expression[..<dot])
    guard let resource = model.resources.last(where: { $0.binding == receiver }) else { return model.file.usesCDK == false }
    return Self.isFunction(resource.type)
  }

  /// A function of the file that takes the group as its `log_group`.
  func passedAsLogGroup(_ group: Resource, in model: FileModel) -> Resource? {
    for index in group.referencedBy {
      let function = model.resources[index]
      if Self.isFunction(function.type), function.prop("logGroup")?.value.resource == group.index { return function }
    }
    return nil
  }

  static func isFunction(_ type: ResourceType) -> Bool {
    type.name == "Function" || type.name.hasSuffix("Function") && type.name != "CfnFunction"
  }
}
