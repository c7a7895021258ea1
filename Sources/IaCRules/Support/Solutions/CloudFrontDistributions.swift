import IaCModel

/// What the CloudFront rules of the AWS Solutions pack share: the distribution constructs they judge.
enum CloudFrontDistributions {
  static let distribution = "aws-cdk-lib.aws_cloudfront.Distribution"
  /// The older `CloudFrontWebDistribution`, whose props are spelt differently (`viewer_certificate`,
  /// `logging_config`, `origin_configs`).
  static let webDistribution = "aws-cdk-lib.aws_cloudfront.CloudFrontWebDistribution"
  static let types = [distribution, webDistribution]
  static let cfnDistribution = "aws-cdk-lib.aws_cloudfront.CfnDistribution"
  /// The RTMP distribution, which CloudFront no longer serves but CloudFormation still describes.
  static let cfnStreamingDistribution = "aws-cdk-lib.aws_cloudfront.CfnStreamingDistribution"
  static let l1Types = [cfnDistribution, cfnStreamingDistribution]
}
