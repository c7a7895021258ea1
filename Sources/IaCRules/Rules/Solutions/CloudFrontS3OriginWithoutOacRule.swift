import IaCModel
import IaCSyntax

/// IAC786: a CloudFront distribution reaches a bucket of the project without origin access control.
public struct CloudFrontS3OriginWithoutOacRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC786",
    summary: "A CloudFront distribution reaches an S3 bucket without origin access control",
    url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
    resourceTypes: CloudFrontDistributions.types,
    documentation: SolutionsDocumentation.page(
      code: "IAC786",
      whatItDoes: """
        Finds CloudFront distributions with an origin for a bucket the project creates that does not use origin
        access control (OAC): `origins.S3BucketOrigin.with_origin_access_identity(bucket)` (a legacy origin access
        identity) and `origins.S3BucketOrigin.with_bucket_defaults(bucket)` (no access control at all) in a
        `cloudfront.Distribution`'s `default_behavior`, `additional_behaviors` or an `origins.OriginGroup`, and an
        `S3OriginConfig` of a `CloudFrontWebDistribution`, which cannot use OAC. A bucket the project does not create
        (`Bucket.from_bucket_name(...)`, a parameter) is not judged, as in cdk-nag.

        The deprecated `origins.S3Origin` is left to `deprecated-s3-origin` (IAC101), which reports it on its own
        and whose fix moves it to `S3BucketOrigin.with_origin_access_control`; this rule does not report it a
        second time. cdk-nag reports it here too.
        """,
      why: """
        An origin access identity is the legacy way to keep a bucket private behind CloudFront: it does not work
        with SSE-KMS encrypted objects, with `PUT`/`POST` requests, or in regions opened after 2022. Without either,
        the bucket must be readable by everyone for CloudFront to serve it. OAC signs CloudFront's requests, so the
        bucket policy can admit only this distribution.
        """,
      example: """
        origins.S3BucketOrigin.with_origin_access_identity(bucket)
        """,
      useInstead: """
        origins.S3BucketOrigin.with_origin_access_control(bucket)
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

  static let bucketTypes: Set<String> = ["aws-cdk-lib.aws_s3.Bucket", "aws-cdk-lib.aws_s3.CfnBucket"]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let path = model.file.path
    switch resource.type.fqn {
    case CloudFrontDistributions.distribution:
      var origins: [Value] = []
      if let origin = resource.value(at: "defaultBehavior.origin") { origins.append(origin) }
      for entry in resource.prop("additionalBehaviors")?.value.entries ?? [] {
        if let origin = entry.value.entry("origin")?.value { origins.append(origin) }
      }
      var seen: Set<Int> = []
      while let origin = origins.popLast() {
        guard seen.insert(origin.resolvedTokens.lowerBound).inserted else { continue }
        if case .object(let type?, _) = origin.kind, type.hasSuffix(".OriginGroup") {
          for name in ["primaryOrigin", "fallbackOrigin"] {
            if let member = origin.entry(name)?.value { origins.append(member) }
          }
          continue
        }
        guard let (method, arguments) = origin.factory(of: "S3BucketOrigin"),
          method == "withOriginAccessIdentity" || method == "withBucketDefaults",
          let bucket = arguments.first(where: { $0.name == nil })?.value, isProjectBucket(bucket, in: model) else { continue }
        let message = method == "withOriginAccessIdentity"
          ? "The bucket origin uses a legacy origin access identity, not origin access control"
          : "The bucket origin has no origin access control"
        diagnostics.append(Self.description.diagnostic(path: path, range: origin.range, message: message))
      }
    case CloudFrontDistributions.webDistribution:
      for config in resource.prop("originConfigs")?.value.elements ?? [] {
        guard let source = config.entry("s3OriginSource")?.value, case .object = source.kind,
          let bucket = source.entry("s3BucketSource")?.value, isProjectBucket(bucket, in: model) else { continue }
        let message = "A `CloudFrontWebDistribution` reaches the bucket without origin access control, which it cannot use"
        diagnostics.append(Self.description.diagnostic(path: path, range: source.range, message: message))
      }
    default:
      return
    }
  }

  /// Whether the value is a bucket the file creates.
  func isProjectBucket(_ value: Value, in model: FileModel) -> Bool {
    guard let index = value.resource else { return false }
    return Self.bucketTypes.contains(model.resources[index].type.fqn)
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront
      from aws_cdk import aws_cloudfront_origins as origins
      from aws_cdk import aws_s3 as s3

      content = s3.Bucket(self, "Content")
      legacy = origins.S3BucketOrigin.with_origin_access_identity(content)
      cloudfront.Distribution(self, "Cdn", default_behavior=cloudfront.BehaviorOptions(origin=↓legacy))
      """
    ),
    Example(
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
      import * as s3 from 'aws-cdk-lib/aws-s3';

      const content = new s3.Bucket(this, 'Content');
      new cloudfront.Distribution(this, 'Cdn', {
        defaultBehavior: { origin: ↓origins.S3BucketOrigin.withBucketDefaults(content) },
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront
      from aws_cdk import aws_cloudfront_origins as origins
      from aws_cdk import aws_s3 as s3

      # origins.S3BucketOrigin.with_origin_access_identity(content) is the legacy way
      content = s3.Bucket(self, "Content")
      cloudfront.Distribution(
          self,
          "Cdn",
          default_behavior=cloudfront.BehaviorOptions(origin=origins.S3BucketOrigin.with_origin_access_control(content)),
      )
      imported = s3.Bucket.from_bucket_name(self, "Imported", "assets")
      cloudfront.Distribution(
          self,
          "Shared",
          default_behavior=cloudfront.BehaviorOptions(origin=origins.S3BucketOrigin.with_origin_access_identity(imported)),
      )
      cloudfront.Distribution(self, "Given", default_behavior=cloudfront.BehaviorOptions(origin=props.origin))
      """
    ),
  ]
}
