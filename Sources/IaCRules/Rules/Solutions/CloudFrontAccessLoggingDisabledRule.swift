import IaCModel
import IaCSyntax

/// IAC782: a CloudFront distribution writes no standard access logs.
public struct CloudFrontAccessLoggingDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC782",
    summary: "A CloudFront distribution writes no access logs",
    url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html",
    resourceTypes: CloudFrontDistributions.types + CloudFrontDistributions.l1Types,
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC782",
      whatItDoes: """
        Finds CloudFront distributions without standard logging: a `cloudfront.Distribution` with neither
        `enable_logging=True` nor a `log_bucket`, a `CloudFrontWebDistribution` without `logging_config`, a
        `CfnDistribution` whose `distribution_config` has no `logging`, and a `CfnStreamingDistribution` (RTMP) whose
        `streaming_distribution_config` has no `logging` or does not enable it. A value iaclsp cannot evaluate gives
        no finding, nor do props hidden behind `**kwargs` or a spread.
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
    SolutionsPropCheck(
      types: [CloudFrontDistributions.cfnDistribution],
      prop: "distributionConfig",
      verdict: { config in logs(config, needsEnabled: false) },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The distribution writes no access logs: its configuration has no `logging`"
    ),
    SolutionsPropCheck(
      types: [CloudFrontDistributions.cfnStreamingDistribution],
      prop: "streamingDistributionConfig",
      verdict: { config in logs(config, needsEnabled: true) },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The streaming distribution writes no access logs: its `logging` is missing or not enabled"
    ),
  ]

  /// Whether an L1 distribution configuration has logging (and, for a streaming distribution, has it enabled);
  /// nil when iaclsp cannot tell.
  static func logs(_ config: Value, needsEnabled: Bool) -> Bool? {
    guard case .object = config.kind else { return nil }
    guard let logging = config.entry("logging")?.value else { return false }
    guard needsEnabled else { return logging.isKnown ? true : nil }
    guard case .object = logging.kind else { return nil }
    guard let enabled = logging.entry("enabled")?.value else { return false }
    return enabled.bool
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront

      ↓cloudfront.Distribution(self, "Cdn", default_behavior=behavior)
      cloudfront.Distribution(self, "Quiet", default_behavior=behavior, ↓enable_logging=False)
      ↓cloudfront.CloudFrontWebDistribution(self, "Legacy", origin_configs=configs)
      cloudfront.CfnStreamingDistribution(
          self,
          "Rtmp",
          ↓streaming_distribution_config=cloudfront.CfnStreamingDistribution.StreamingDistributionConfigProperty(
              comment="rtmp", enabled=True, s3_origin=origin, trusted_signers=signers
          ),
      )
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
