import IaCModel
import IaCSyntax

/// IAC203: a Lambda@Edge association to a function defined in a stack outside us-east-1.
public struct LambdaEdgeRegionRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC203",
    name: "lambda-edge-region",
    summary: "A Lambda@Edge function is defined in a stack outside us-east-1",
    severity: .error,
    frameworks: [.cdk],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-functions-restrictions.html",
    documentation: LambdaEdgeRegionRule.documentation,
    triggeringExamples: LambdaEdgeRegionRule.triggering,
    nonTriggeringExamples: LambdaEdgeRegionRule.nonTriggering
  )

  /// The Lambda function types whose versions can be associated with a distribution.
  static let functionTypes: Set<String> = [
    "aws-cdk-lib.aws_lambda.Function",
    "aws-cdk-lib.aws_lambda.DockerImageFunction",
    "aws-cdk-lib.aws_lambda.SingletonFunction",
    "aws-cdk-lib.aws_lambda_nodejs.NodejsFunction",
  ]

  /// Calls whose arguments can hold edge Lambda associations.
  static let carriers: Set<String> = [
    "EdgeLambda", "BehaviorOptions", "Distribution", "CloudFrontWebDistribution", "add_behavior", "addBehavior",
  ]

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    for version in edgeFunctionVersions(in: model) {
      guard let (function, path) = model.attribute(version), ["currentVersion", "latestVersion"].contains(path),
        !function.isCDKv1, Self.functionTypes.contains(function.type.fqn) else { continue }
      let name = function.binding.map { $0.split(separator: ".").last.map(String.init) ?? $0 } ?? function.idText ?? "the function"
      let fact = context.project?.region(of: file, at: function.range.start) ?? .unknown
      let diagnostic = RegionSupport.diagnostic(
        Self.description, fact: fact, path: file.path, range: version.range,
        outside: { "Lambda@Edge functions must be created in us-east-1, but `\(name)` is defined in a stack that deploys to \($0); use `cloudfront.experimental.EdgeFunction`" },
        unknown: "Lambda@Edge functions must be created in us-east-1; unless this stack deploys there, define `\(name)` with `cloudfront.experimental.EdgeFunction`")
      if let diagnostic { diagnostics.append(diagnostic) }
    }
  }

  /// The `functionVersion` values of edge Lambda associations: `cloudfront.EdgeLambda(function_version=...)`, and
  /// the elements of `edge_lambdas` / `edgeLambdas` lists in behaviors and distributions, names followed.
  func edgeFunctionVersions(in model: FileModel) -> [Value] {
    let file = model.file
    var versions: [Value] = []
    var seen = Set<Int>()
    func collect(_ association: Value) {
      guard let version = association.entry("functionVersion")?.value, seen.insert(version.range.start).inserted else { return }
      versions.append(version)
    }
    func walk(_ value: Value, depth: Int) {
      guard depth < 6 else { return }
      switch value.kind {
      case .list(let elements):
        for element in elements { walk(element, depth: depth + 1) }
      case .object(let type, let entries):
        if type?.hasSuffix(".EdgeLambda") == true { collect(value) }
        for entry in entries {
          if entry.name.map(PropName.fold) == "edgelambdas" {
            for element in entry.value.elements ?? [] { collect(element) }
          } else {
            walk(entry.value, depth: depth + 1)
          }
        }
      default:
        break
      }
    }
    for call in file.calls {
      guard let callee = call.callee, Self.carriers.contains(callee.last.name) else { continue }
      for argument in call.arguments where !argument.isSpread {
        let value = model.value(of: argument)
        if argument.label.map({ PropName.fold($0.name) }) == "edgelambdas" {
          for element in value.elements ?? [] { collect(element) }
        } else {
          walk(value, depth: 0)
        }
      }
      if callee.last.name == "EdgeLambda", let version = call.keyword("function_version") {
        let value = model.value(of: version)
        if seen.insert(value.range.start).inserted { versions.append(value) }
      }
    }
    return versions
  }
}
