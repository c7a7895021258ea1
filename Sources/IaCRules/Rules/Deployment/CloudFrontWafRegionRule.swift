import IaCModel
import IaCSyntax

/// IAC202: a WAF web ACL with `CLOUDFRONT` scope in a stack that does not deploy to us-east-1.
public struct CloudFrontWafRegionRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC202",
    name: "cloudfront-waf-region",
    summary: "A WAF web ACL with CLOUDFRONT scope is created outside us-east-1",
    severity: .error,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html",
    documentation: CloudFrontWafRegionRule.documentation,
    triggeringExamples: CloudFrontWafRegionRule.triggering,
    nonTriggeringExamples: CloudFrontWafRegionRule.nonTriggering
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !file.frameworks.isEmpty else { return }
    for call in file.calls {
      guard let callee = call.callee, Self.isWebACL(callee, in: file),
        let scope = call.keyword("scope"), RegionSupport.literal(scope.valueTokens, in: file, before: scope.value.start) == "CLOUDFRONT",
        !RegionSupport.hasExplicitProvider(call, in: file) else { continue }
      let fact = context.project?.region(of: file, at: call.range.start) ?? .unknown
      let diagnostic = RegionSupport.diagnostic(
        Self.description, fact: fact, path: file.path, range: scope.value,
        outside: { "A WAF web ACL with CLOUDFRONT scope must be created in us-east-1, but this stack deploys to \($0)" },
        unknown: "A WAF web ACL with CLOUDFRONT scope must be created in us-east-1; make sure this stack deploys there")
      if let diagnostic { diagnostics.append(diagnostic) }
    }
  }

  /// `wafv2.CfnWebACL`, Pulumi `aws.wafv2.WebAcl`, CDK for Terraform `Wafv2WebAcl`.
  static func isWebACL(_ callee: Reference, in file: SourceFile) -> Bool {
    switch callee.last.name {
    case "CfnWebACL":
      return file.cdkSymbol(of: callee)?.module == "aws_wafv2"
    case "WebAcl":
      guard let qualified = file.qualifiedName(of: callee) else { return false }
      return qualified.hasSuffix("wafv2.WebAcl") && (qualified.hasPrefix("pulumi_aws") || qualified.hasPrefix("@pulumi/aws"))
    case "Wafv2WebAcl":
      return file.qualifiedName(of: callee)?.hasPrefix("@cdktf/provider-aws") == true
        || file.qualifiedName(of: callee)?.hasPrefix("cdktf_cdktf_provider_aws") == true
    default:
      return false
    }
  }
}

/// Helpers the region rules share.
enum RegionSupport {
  /// The finding for something that must be created in us-east-1: an error when the stack's region is known and is
  /// another one (pointing at where the region is set), an info hint when the region is unknown, nil in us-east-1.
  static func diagnostic(
    _ description: RuleDescription,
    fact: RegionFact,
    path: String,
    range: TextRange,
    outside: (String) -> String,
    unknown: String
  ) -> Diagnostic? {
    guard let region = fact.region else {
      var diagnostic = description.diagnostic(path: path, range: range, message: unknown)
      diagnostic.severity = .info
      return diagnostic
    }
    guard region != "us-east-1" else { return nil }
    return description.diagnostic(path: path, range: range, message: outside(region), related: fact.location.map { [$0] } ?? [])
  }

  /// The string a value is: a literal, or a name bound to a literal in the file before `offset`.
  static func literal(_ tokens: Range<Int>, in file: SourceFile, before offset: Int) -> String? {
    if let value = file.literalString(tokens: tokens) { return value }
    guard tokens.count == 1, file.tokens[tokens.lowerBound].kind == .name,
      let assignment = file.assignment(to: file.text(token: tokens.lowerBound), before: offset) else { return nil }
    return file.literalString(tokens: assignment.valueTokens)
  }

  /// Whether a Pulumi or CDK for Terraform resource names its provider explicitly (`opts=ResourceOptions(provider=p)`,
  /// `{ provider: p }`), which usually targets another region on purpose.
  static func hasExplicitProvider(_ call: Call, in file: SourceFile) -> Bool {
    if call.keyword("provider") != nil { return true }
    if let options = call.keyword("opts"), let resolved = file.resolvedCall(of: options.valueTokens),
      resolved.keyword("provider") != nil || resolved.keyword("providers") != nil {
      return true
    }
    for argument in call.positional.dropFirst() where file.objectProperty("provider", in: argument.valueTokens) != nil {
      return true
    }
    return false
  }
}
