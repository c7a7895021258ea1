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

  static let functionClasses: Set<String> = ["Function", "DockerImageFunction", "NodejsFunction", "PythonFunction", "SingletonFunction"]

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard file.usesCDK else { return }
    for version in edgeFunctionVersions(in: file) {
      guard let (name, definition) = functionDefinition(of: version, in: file) else { continue }
      let fact = context.project?.region(of: file, at: definition.targetRange.start) ?? .unknown
      let diagnostic = RegionSupport.diagnostic(
        Self.description, fact: fact, path: file.path, range: version.value,
        outside: { "Lambda@Edge functions must be created in us-east-1, but `\(name)` is defined in a stack that deploys to \($0); use `cloudfront.experimental.EdgeFunction`" },
        unknown: "Lambda@Edge functions must be created in us-east-1; unless this stack deploys there, define `\(name)` with `cloudfront.experimental.EdgeFunction`")
      if let diagnostic { diagnostics.append(diagnostic) }
    }
  }

  /// The `function_version` values of edge Lambda associations: `cloudfront.EdgeLambda(function_version=...)`
  /// and dictionaries or object literals in `edge_lambdas` / `edgeLambdas` lists.
  func edgeFunctionVersions(in file: SourceFile) -> [Argument] {
    var versions: [Argument] = []
    var seen = Set<Int>()
    for call in file.calls {
      if call.callee?.last.name == "EdgeLambda", let version = call.keyword(anyOf: ["function_version", "functionVersion"]),
        seen.insert(version.value.start).inserted {
        versions.append(version)
      }
    }
    // `edge_lambdas=[...]` / `edgeLambdas: [...]` anywhere, object literals nested in props included.
    for index in file.tokens.indices where file.isName(index, "edge_lambdas") || file.isName(index, "edgeLambdas") {
      guard file.isOp(index + 1, "=") || file.isOp(index + 1, ":"), file.isOp(index + 2, "[") else { continue }
      let (closer, isClosed) = file.closer(of: index + 2)
      guard isClosed, let elements = file.arrayElements(tokens: (index + 2)..<(closer + 1)) else { continue }
      for element in elements {
        let version = file.objectProperty("function_version", in: element) ?? file.objectProperty("functionVersion", in: element)
        if let version, seen.insert(version.value.start).inserted { versions.append(version) }
      }
    }
    return versions
  }

  /// The function a version value comes from (`fn.current_version`, `fn.currentVersion`, `fn.latest_version`,
  /// through names bound to those), when it is a Lambda `Function` created in this file.
  func functionDefinition(of version: Argument, in file: SourceFile) -> (String, Assignment)? {
    var tokens = version.valueTokens
    for _ in 0..<4 {
      let text = file.text(tokens: tokens)
      for suffix in [".current_version", ".currentVersion", ".latest_version", ".latestVersion"] where text.hasSuffix(suffix) {
        let name = String(text.dropLast(suffix.count))
        guard let assignment = file.assignment(to: name, before: version.value.start) ?? file.assignment(to: "self." + name, before: version.value.start),
          let index = assignment.valueCall, let callee = file.calls[index].callee else { return nil }
        guard Self.functionClasses.contains(callee.last.name), let symbol = file.cdkSymbol(of: callee),
          symbol.module.hasPrefix("aws_lambda") else { return nil }
        return (name, assignment)
      }
      guard tokens.count == 1, let assignment = file.assignment(to: text, before: version.value.start) else { return nil }
      tokens = assignment.valueTokens
    }
    return nil
  }
}
