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
    nonTriggeringExamples: CloudFrontWafRegionRule.nonTriggering,
    resourceTypes: [
      "aws-cdk-lib.aws_wafv2.CfnWebACL",
      "aws:wafv2/webAcl:WebAcl",
      "@cdktf/provider-aws.wafv2WebAcl.Wafv2WebAcl",
      "AWS::WAFv2::WebACL",
      "aws_wafv2_web_acl",
    ],
    // A test's stack is synthesized, never deployed.
    testFiles: .exclude
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard let scope = resource.prop("scope"), scope.value.string == "CLOUDFRONT",
      !RegionSupport.hasExplicitProvider(resource, in: model) else { return }
    let file = model.file
    let fact = context.project?.region(of: file, at: resource.range.start) ?? .unknown
    let diagnostic = RegionSupport.diagnostic(
      Self.description, fact: fact, path: file.path, range: scope.value.range,
      outside: { "A WAF web ACL with CLOUDFRONT scope must be created in us-east-1, but this stack deploys to \($0)" },
      unknown: "A WAF web ACL with CLOUDFRONT scope must be created in us-east-1; make sure this stack deploys there")
    if let diagnostic { diagnostics.append(diagnostic) }
  }
}
