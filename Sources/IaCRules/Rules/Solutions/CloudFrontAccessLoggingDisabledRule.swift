import IaCModel
import IaCSyntax

/// IAC782: a CloudFront distribution writes no standard access logs.
public struct CloudFrontAccessLoggingDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC782",
    summary: "A CloudFront distribution writes no access logs",
    url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html",
    resourceTypes: CloudFrontDistributions.types,
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC782",
      whatItDoes: """
        Finds CloudFront distributions without standard logging: a `cloudfront.Distribution` with neither
        `enable_logging=True` nor a `log_bucket`, and a `CloudFrontWebDistribution` without `logging_config`. A
        value iaclsp cannot evaluate gives no finding, nor do props hidden behind `**kwargs` or a spread.
        """,
      why: """
        Access logs record every request the edge served: who asked for what, from where, with what result. Without
        them, abuse, scraping and misconfigured caches leave no trace to investigate.
        """,
      example: """
        cloudfront.Distribution(self, "Cdn", default_behavior=behavior)
        """,
      useInstead: """
        cloudfront.Distribution(self, "Cdn", default_behavior=behavior, enable_logging=True)
        """,
      fixSafety: """
        The fix sets `enable_logging=True` on a `cloudfront.Distribution`; CDK then creates a log bucket for it (or
        uses `log_bucket`). It changes the distribution in place and is safe. A `CloudFrontWebDistribution` gets no
        fix.
        """,
      references: [
        (
          title: "Standard logging (access logs)",
          url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: [CloudFrontDistributions.distribution],
      prop: "enableLogging",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      passedBy: ["logBucket"],
      unsetMessage: "The distribution writes no access logs: `enable_logging` is not set",
      valueMessage: "The distribution writes no access logs: `enable_logging` is false",
      fixValue: true
    ),
    SolutionsPropCheck(
      types: [CloudFrontDistributions.webDistribution],
      prop: "loggingConfig",
      verdict: OpenSearchDomains.isWritten,
      unsetFails: true,
      unsetMessage: "The distribution writes no access logs: `logging_config` is not set",
      valueMessage: "The distribution writes no access logs: `logging_config` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront

      ↓cloudfront.Distribution(self, "Cdn", default_behavior=behavior)
      cloudfront.Distribution(self, "Quiet", default_behavior=behavior, ↓enable_logging=False)
      ↓cloudfront.CloudFrontWebDistribution(self, "Legacy", origin_configs=configs)
      """
    ),
    Example(
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

      const logging = false;
      new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin }, ↓enableLogging: logging });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront

      cloudfront.Distribution(self, "Cdn", default_behavior=behavior, enable_logging=True)
      cloudfront.Distribution(self, "Bucketed", default_behavior=behavior, log_bucket=logs)
      cloudfront.Distribution(self, "Chosen", default_behavior=behavior, enable_logging=props.logging)
      cloudfront.CloudFrontWebDistribution(
          self, "Legacy", origin_configs=configs, logging_config=cloudfront.LoggingConfiguration(prefix="cdn/")
      )
      cloudfront.Distribution(self, "Hidden", **distribution_props)
      """
    ),
    Example(
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

      // new cloudfront.Distribution(this, 'Old', { enableLogging: false });
      new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin }, logBucket: logs, logFilePrefix: 'cdn/' });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_cloudfront as cloudfront

        cloudfront.Distribution(self, "Cdn", default_behavior=behavior)
        """
      ),
      """
      from aws_cdk import aws_cloudfront as cloudfront

      cloudfront.Distribution(self, "Cdn", default_behavior=behavior, enable_logging=True)
      """
    ),
    Correction(
      Example(
        """
        import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

        new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin }, enableLogging: false });
        """
      ),
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

      new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin }, enableLogging: true });
      """
    ),
  ]
}
