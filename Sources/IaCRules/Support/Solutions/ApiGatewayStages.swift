import IaCModel
import IaCSyntax

/// How the API Gateway rules of the AWS Solutions pack find the stage a construct deploys, and the options it is
/// deployed with: a REST API's `deploy_options`, a `Stage`'s own props, an HTTP API's default stage.
enum ApiGatewayStages {
  /// The REST API constructs that deploy a stage unless `deploy=False`.
  static let restApis: Set<String> = [
    "aws-cdk-lib.aws_apigateway.RestApi",
    "aws-cdk-lib.aws_apigateway.LambdaRestApi",
    "aws-cdk-lib.aws_apigateway.SpecRestApi",
    "aws-cdk-lib.aws_apigateway.StepFunctionsRestApi",
  ]
  static let restStage = "aws-cdk-lib.aws_apigateway.Stage"
  static let httpApi = "aws-cdk-lib.aws_apigatewayv2.HttpApi"
  static let httpStages: Set<String> = [
    "aws-cdk-lib.aws_apigatewayv2.HttpStage",
    "aws-cdk-lib.aws_apigatewayv2.WebSocketStage",
  ]

  /// The options of the stage a resource deploys, as far as the source shows them.
  enum Options {
    /// The resource deploys no stage, or iaclsp cannot tell what it deploys with: no finding.
    case unknown
    /// The stage options are certainly not written (no `deploy_options`, no props hidden).
    case unset
    /// The options as written: the object's entries, and the prop they sit in (a REST API's `deploy_options`), or
    /// nil when they are the resource's own props (a `Stage`).
    case written(Value?, Prop?)
  }

  /// The options of the REST API stage `resource` deploys (a REST API with `deploy_options`, or a `Stage`).
  static func restOptions(of resource: Resource, in model: FileModel) -> Options {
    let type = resource.type.fqn
    if type == restStage { return mayChangeStage(resource, in: model) ? .unknown : .written(nil, nil) }
    guard restApis.contains(type), deploys(resource), !mayChangeStage(resource, in: model) else { return .unknown }
    guard let prop = resource.prop("deployOptions") else { return resource.hasHiddenProps ? .unknown : .unset }
    guard case .object = prop.value.kind, !mayHideEntries(prop.value, in: model) else { return .unknown }
    return .written(prop.value, prop)
  }

  /// Whether a REST API deploys a stage: `deploy` is not certainly false; unknown counts as not.
  static func deploys(_ resource: Resource) -> Bool {
    guard let deploy = resource.prop("deploy") else { return true }
    return deploy.value.bool == true
  }

  /// Whether the source reaches into the stage by other means: `api.deployment_stage...`, `api.default_stage...`,
  /// `api.node...` (escape hatches and overrides), as a call or as a property it reads or assigns.
  static func mayChangeStage(_ resource: Resource, in model: FileModel) -> Bool {
    let members: Set<String> = ["deploymentstage", "defaultstage", "node", "addpropertyoverride", "addoverride"]
    for call in resource.calls {
      guard let method = call.method, let head = method.split(separator: ".").first else { continue }
      if members.contains(PropName.fold(String(head))) { return true }
    }
    guard let binding = resource.binding else { return false }
    let depth = binding.split(separator: ".").count
    for reference in model.file.references where reference.parts.count > depth {
      guard members.contains(PropName.fold(reference.parts[depth].name)) else { continue }
      // Reading the stage's ARN or name (`api.deployment_stage.stage_arn` for a web ACL association) changes nothing.
      if reference.parts.count == depth + 2, PropName.fold(reference.parts[depth].name) != "node",
        readOnly.contains(PropName.fold(reference.parts[depth + 1].name)) { continue }
      if reference.parts[0..<depth].map(\.name).joined(separator: ".") == binding { return true }
    }
    return false
  }

  /// The attributes of a stage that only read it.
  static let readOnly: Set<String> = ["stagearn", "stagename", "url"]

  /// The value of an option: an entry of the written options object, or the resource's own prop.
  static func option(_ name: String, of options: Value?, on resource: Resource) -> Value? {
    if let options { return options.entry(name)?.value }
    return resource.prop(name)?.value
  }

  /// Whether an object value may carry entries iaclsp drops: a `**spread` or `...spread` among its tokens.
  static func mayHideEntries(_ value: Value, in model: FileModel) -> Bool {
    let file = model.file
    for index in value.resolvedTokens where file.isOp(index, "**") || file.isOp(index, "...") {
      return true
    }
    return false
  }
}
