import IaCModel
import IaCSyntax

/// IAC781: a CloudFront distribution has no AWS WAF web ACL.
public struct CloudFrontWithoutWafRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC781",
    summary: "A CloudFront distribution has no AWS WAF web ACL",
    url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html",
    resourceTypes: CloudFrontDistributions.types,
    documentation: SolutionsDocumentation.page(
      code: "IAC781",
      whatItDoes: """
        Finds CloudFront distributions (`cloudfront.Distribution` and the older `CloudFrontWebDistribution`) without
        `web_acl_id`. A distribution on which the source calls `attach_web_acl_id(...)` is not reported, nor is one
        whose `web_acl_id` iaclsp cannot evaluate, or whose props are hidden behind `**kwargs` or a spread.
        """,
      why: """
        A web ACL filters requests at the edge before they reach the origin: known bad inputs, bots, floods from one
        address. Without one, every request CloudFront accepts goes to the origin. Whether a distribution needs WAF
        depends on what it serves, which is why this check is a house rule, off unless the pack is selected.
        """,
      example: """
        cloudfront.Distribution(self, "Cdn", default_behavior=behavior)
        """,
      useInstead: """
        cloudfront.Distribution(self, "Cdn", default_behavior=behavior, web_acl_id=web_acl.attr_arn)
        """,
      references: [
        (
          title: "Use AWS WAF protections",
          url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: CloudFrontDistributions.types,
      prop: "webAclId",
      verdict: OpenSearchDomains.isWritten,
      unsetFails: true,
      satisfiedByMethods: ["attachWebAclId"],
      unsetMessage: "Requests reach the origin unfiltered: `web_acl_id` is not set",
      valueMessage: "Requests reach the origin unfiltered: `web_acl_id` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront

      ↓cloudfront.Distribution(self, "Cdn", default_behavior=behavior)
      cloudfront.CloudFrontWebDistribution(self, "Legacy", origin_configs=configs, ↓web_acl_id=None)
      """
    ),
    Example(
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

      const cdn = ↓new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin } });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront

      acl = web_acl.attr_arn
      cloudfront.Distribution(self, "Cdn", default_behavior=behavior, web_acl_id=acl)
      cloudfront.CloudFrontWebDistribution(self, "Legacy", origin_configs=configs, web_acl_id="arn:aws:wafv2:x")
      later = cloudfront.Distribution(self, "Later", default_behavior=behavior)
      later.attach_web_acl_id(acl)
      cloudfront.Distribution(self, "Hidden", **distribution_props)
      """
    ),
    Example(
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

      // new cloudfront.Distribution without webAclId lets every request through
      new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin }, webAclId: props.webAclArn });
      """
    ),
  ]
}
