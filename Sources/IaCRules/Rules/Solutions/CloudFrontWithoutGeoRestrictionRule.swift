import IaCModel
import IaCSyntax

/// IAC780: a CloudFront distribution has no geo restriction.
public struct CloudFrontWithoutGeoRestrictionRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC780",
    summary: "A CloudFront distribution has no geo restriction",
    url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/georestrictions.html",
    resourceTypes: CloudFrontDistributions.types,
    documentation: SolutionsDocumentation.page(
      code: "IAC780",
      whatItDoes: """
        Finds CloudFront distributions (`cloudfront.Distribution` and the older `CloudFrontWebDistribution`) without
        `geo_restriction`: viewers from every country can fetch the content. A `geo_restriction` iaclsp cannot
        evaluate gives no finding, nor do props hidden behind `**kwargs` or a spread.
        """,
      why: """
        Content that is licensed, regulated or meant for a market should be served only where it may be. Without a
        restriction, CloudFront serves every country. Many distributions are meant to be global, which is why this
        check is a house rule, off unless the pack is selected.
        """,
      example: """
        cloudfront.Distribution(self, "Cdn", default_behavior=behavior)
        """,
      useInstead: """
        cloudfront.Distribution(
            self,
            "Cdn",
            default_behavior=behavior,
            geo_restriction=cloudfront.GeoRestriction.allowlist("US", "CA"),
        )
        """,
      references: [
        (
          title: "Restricting the geographic distribution of your content",
          url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/georestrictions.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: CloudFrontDistributions.types,
      prop: "geoRestriction",
      verdict: OpenSearchDomains.isWritten,
      unsetFails: true,
      unsetMessage: "The distribution serves every country: `geo_restriction` is not set",
      valueMessage: "The distribution serves every country: `geo_restriction` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront

      ↓cloudfront.Distribution(self, "Cdn", default_behavior=behavior)
      cloudfront.CloudFrontWebDistribution(self, "Legacy", origin_configs=configs, ↓geo_restriction=None)
      """
    ),
    Example(
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

      const behavior = { origin };
      ↓new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: behavior });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront

      # cloudfront.Distribution without geo_restriction serves every country
      cloudfront.Distribution(
          self, "Cdn", default_behavior=behavior, geo_restriction=cloudfront.GeoRestriction.denylist("RU")
      )
      cloudfront.Distribution(self, "Given", default_behavior=behavior, geo_restriction=props.geo)
      cloudfront.Distribution(self, "Hidden", **distribution_props)
      """
    ),
    Example(
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

      const geo = cloudfront.GeoRestriction.allowlist('US');
      new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin }, geoRestriction: geo });
      new cloudfront.Distribution(this, 'Spread', { ...props });
      """
    ),
  ]
}
