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
    nonTriggeringExamples: LambdaEdgeRegionRule.nonTriggering,
    // A test's stack is synthesized, never deployed.
    testFiles: .exclude
  )

  /// The Lambda function types whose versions can be associated with a distribution.
  static let functionTypes: Set<String> = [
    "aws-cdk-lib.aws_lambda.Function",
    "aws-cdk-lib.aws_lambda.DockerImageFunction",
    "aws-cdk-lib.aws_lambda.SingletonFunction",
    "aws-cdk-lib.aws_lambda_nodejs.NodejsFunction",
  ]

  /// The distributions whose props and `add_behavior` calls hold edge Lambda associations.
  static let distributionTypes: Set<String> = [
    "aws-cdk-lib.aws_cloudfront.Distribution",
    "aws-cdk-lib.aws_cloudfront.CloudFrontWebDistribution",
  ]

  /// The structs that hold edge Lambda associations outside a distribution's props (a behavior built first and
  /// passed to a distribution later, or to a construct of the user's own).
  static let associationTypes: Set<String> = [
    "aws-cdk-lib.aws_cloudfront.EdgeLambda",
    "aws-cdk-lib.aws_cloudfront.BehaviorOptions",
    "aws-cdk-lib.aws_cloudfront.AddBehaviorOptions",
  ]

  /// The class names of ``associationTypes``, to skip other calls before evaluating them.
  static let associationNames = Set(associationTypes.map { String($0.split(separator: ".").last!) })

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
    /// A prop or argument: a list of associations when it is `edge_lambdas`, else a value to walk.
    func walk(entry name: String?, _ value: Value) {
      if name.map(PropName.fold) == "edgelambdas" {
        for element in value.elements ?? [] { collect(element) }
      } else {
        walk(value, depth: 0)
      }
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
    // The props of each distribution, and the options of the behaviors added to it later.
    for distribution in model.resources where Self.distributionTypes.contains(distribution.type.fqn) {
      for prop in distribution.props { walk(entry: prop.name, prop.value) }
      for added in distribution.methodCalls("addBehavior") {
        for argument in file.calls[added.call].arguments where !argument.isSpread {
          walk(entry: argument.label.map { PropName.camelCase($0.name) }, model.value(of: argument))
        }
      }
    }
    // Behaviors and associations built as structs of their own: the model gives them no resource, so the calls
    // named like an association type are read for their values, and only values the model types as one are walked.
    for (index, call) in file.calls.enumerated() where model.resource(createdBy: index) == nil {
      guard let callee = call.callee, !callee.hasReceiverExpression, Self.associationNames.contains(callee.last.name),
        file.importBindings[callee.parts[0].name] != nil, call.isClosed else { continue }
      let value = model.value(of: callee.parts[0].token..<(call.closeToken + 1))
      guard case .object(let type?, _) = value.kind, Self.associationTypes.contains(type) else { continue }
      walk(value, depth: 0)
    }
    return versions
  }
}
