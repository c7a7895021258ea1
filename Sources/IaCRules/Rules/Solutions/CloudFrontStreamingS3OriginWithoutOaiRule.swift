import IaCModel
import IaCSyntax

/// IAC785: an RTMP (streaming) distribution's S3 origin has no origin access identity.
public struct CloudFrontStreamingS3OriginWithoutOaiRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC785",
    summary: "A CloudFront streaming distribution's S3 origin has no origin access identity",
    url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
    resourceTypes: [CloudFrontDistributions.cfnStreamingDistribution],
    documentation: SolutionsDocumentation.page(
      code: "IAC785",
      whatItDoes: """
        Finds `cloudfront.CfnStreamingDistribution`s (RTMP distributions, which only the L1 describes) whose
        `s3_origin` has an empty `origin_access_identity`: CloudFront then reads the bucket as an anonymous user, so
        the bucket must be public. A value iaclsp cannot evaluate gives no finding.
        """,
      why: """
        Without an origin access identity, the bucket behind the distribution must allow everyone to read it, and
        anyone can bypass CloudFront (and its signed URLs) by fetching the objects from S3 directly.
        """,
      example: """
        s3_origin=cloudfront.CfnStreamingDistribution.S3OriginProperty(domain_name=domain, origin_access_identity="")
        """,
      useInstead: """
        s3_origin=cloudfront.CfnStreamingDistribution.S3OriginProperty(
            domain_name=domain, origin_access_identity=f"origin-access-identity/cloudfront/{oai.ref}"
        )
        """,
      references: [
        (
          title: "Restrict access to an Amazon S3 origin",
          url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: [CloudFrontDistributions.cfnStreamingDistribution],
      prop: "streamingDistributionConfig",
      verdict: { config in
        guard let identity = config.value(at: "s3Origin.originAccessIdentity") else { return nil }
        return identity.string.map { !$0.allSatisfy(\.isWhitespace) }
      },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The streaming distribution's S3 origin has an empty `origin_access_identity`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront

      origin = cloudfront.CfnStreamingDistribution.S3OriginProperty(
          domain_name="media.s3.amazonaws.com", origin_access_identity=""
      )
      cloudfront.CfnStreamingDistribution(
          self,
          "Rtmp",
          ↓streaming_distribution_config=cloudfront.CfnStreamingDistribution.StreamingDistributionConfigProperty(
              comment="rtmp", enabled=True, s3_origin=origin, trusted_signers=signers
          ),
      )
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront

      # origin_access_identity="" would leave the bucket public
      cloudfront.CfnStreamingDistribution(
          self,
          "Rtmp",
          streaming_distribution_config=cloudfront.CfnStreamingDistribution.StreamingDistributionConfigProperty(
              comment="rtmp",
              enabled=True,
              s3_origin=cloudfront.CfnStreamingDistribution.S3OriginProperty(
                  domain_name="media.s3.amazonaws.com", origin_access_identity=f"origin-access-identity/cloudfront/{oai.ref}"
              ),
              trusted_signers=signers,
          ),
      )
      cloudfront.CfnStreamingDistribution(self, "Given", streaming_distribution_config=config)
      """
    ),
  ]
}
