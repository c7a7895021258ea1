import IaCModel
extension DeprecatedS3OriginRule {
  static let documentation = """
    ## What it does
    Finds CloudFront origins built with `origins.S3Origin(bucket)` (`new origins.S3Origin(bucket)` in
    TypeScript), including a directly imported `S3Origin`.

    ## Why is this bad?
    `S3Origin` is deprecated in aws-cdk-lib. It sets up a legacy origin access identity (OAI), which AWS
    recommends replacing with origin access control (OAC): OAC supports SSE-KMS encrypted buckets, all
    S3 Regions and dynamic requests, and scopes the bucket policy to one distribution. New stacks should
    not start on an API that is on its way out.

    ## Example
    ```python
    distribution = cloudfront.Distribution(
        self,
        "Distribution",
        default_behavior=cloudfront.BehaviorOptions(origin=origins.S3Origin(website_bucket)),
    )
    ```

    Use instead:
    ```python
    distribution = cloudfront.Distribution(
        self,
        "Distribution",
        default_behavior=cloudfront.BehaviorOptions(
            origin=origins.S3BucketOrigin.with_origin_access_control(website_bucket)
        ),
    )
    ```

    CDK v1 files (`aws_cdk.core`, `@aws-cdk/*`) and projects that pin aws-cdk-lib below 2.156, the release that
    deprecated `S3Origin` and brought its replacements, are not reported.

    ## Fix safety
    Moving to `S3BucketOrigin.with_origin_access_control` is unsafe: it takes the same bucket and origin options,
    but it swaps the origin access identity for origin access control, which adds resources and a new bucket
    policy. Where the call passes an `origin_access_identity`, the fix uses
    `S3BucketOrigin.with_origin_access_identity` instead, which keeps that identity, and is safe; where the bucket
    is a website bucket created in the same file, it uses `S3StaticWebsiteOrigin`, which is what `S3Origin` built
    for such buckets, and is safe too. An `S3Origin` imported by name is replaced in its import when nothing else
    uses it.

    ## References
    - [Restricting access to an Amazon S3 origin (CloudFront Developer Guide)](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html)
    - [`S3BucketOrigin` (AWS CDK API reference)](https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_cloudfront_origins/S3BucketOrigin.html)
    - [`S3Origin` (AWS CDK API reference)](https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cloudfront_origins.S3Origin.html)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import aws_cloudfront as cloudfront, aws_cloudfront_origins as origins

      default_behavior = cloudfront.BehaviorOptions(
          origin=↓origins.S3Origin(website_bucket),
          viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      )
      """),
    Example("""
      from aws_cdk.aws_cloudfront_origins import S3Origin

      origin = ↓S3Origin(bucket, origin_path="/site")
      """),
    Example("""
      import aws_cdk.aws_cloudfront_origins as cf_origins

      behaviors = {"*.css": cf_origins_options(↓cf_origins.S3Origin(
          assets,  # a comment that says origins.S3Origin
      ))}
      """),
    Example("""
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';

      const distribution = new cloudfront.Distribution(this, 'Site', {
        defaultBehavior: { origin: new ↓origins.S3Origin(bucket) },
      });
      """),
    Example("""
      import { aws_cloudfront_origins as o } from "aws-cdk-lib";
      const origin = new ↓o.S3Origin(bucket, { originPath: '/v1' })
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import core, aws_cloudfront_origins as origins

      origin = origins.S3Origin(bucket)
      """),
    Example(
      """
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
      const origin = new origins.S3Origin(bucket);
      """,
      files: ["package.json": #"{ "dependencies": { "aws-cdk-lib": "2.150.0" } }"#]
    ),
    Example("""
      from aws_cdk import aws_cloudfront as cloudfront, aws_cloudfront_origins as origins

      default_behavior = cloudfront.BehaviorOptions(
          origin=origins.S3BucketOrigin.with_origin_access_control(website_bucket),
          viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      )
      """),
    Example("""
      from aws_cdk import aws_cloudfront_origins as origins

      # origins.S3Origin(bucket) is deprecated, so this stack does not use it.
      note = "origins.S3Origin(bucket)"
      origin = origins.HttpOrigin("example.org")
      """),
    Example("""
      class S3Origin:
          def __init__(self, bucket):
              self.bucket = bucket

      origin = S3Origin(bucket)
      """),
    Example("""
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
      // new origins.S3Origin(bucket) would create an OAI
      const origin = origins.S3BucketOrigin.withOriginAccessControl(bucket);
      const text = `new origins.S3Origin(${bucket.bucketName})`;
      """),
    Example("""
      import { S3Origin } from './my-origins';
      const origin = new S3Origin(bucket);
      """),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example("""
        from aws_cdk import aws_cloudfront_origins as origins
        origin = origins.S3Origin(website_bucket, origin_path="/site")
        """),
      """
      from aws_cdk import aws_cloudfront_origins as origins
      origin = origins.S3BucketOrigin.with_origin_access_control(website_bucket, origin_path="/site")
      """),
    Correction(
      Example("""
        from aws_cdk import aws_cloudfront_origins as origins
        origin = origins.S3Origin(bucket, origin_access_identity=oai)
        """),
      """
      from aws_cdk import aws_cloudfront_origins as origins
      origin = origins.S3BucketOrigin.with_origin_access_identity(bucket, origin_access_identity=oai)
      """),
    Correction(
      Example("""
        from aws_cdk.aws_cloudfront_origins import S3Origin
        origin = S3Origin(bucket)
        """),
      """
      from aws_cdk.aws_cloudfront_origins import S3BucketOrigin
      origin = S3BucketOrigin.with_origin_access_control(bucket)
      """),
    Correction(
      Example("""
        import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
        const origin = new origins.S3Origin(bucket, { originPath: '/site' });
        """),
      """
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
      const origin = origins.S3BucketOrigin.withOriginAccessControl(bucket, { originPath: '/site' });
      """),
    Correction(
      Example("""
        import * as s3 from 'aws-cdk-lib/aws-s3';
        import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
        const site = new s3.Bucket(this, 'Site', { websiteIndexDocument: 'index.html' });
        const origin = new origins.S3Origin(site);
        """),
      """
      import * as s3 from 'aws-cdk-lib/aws-s3';
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
      const site = new s3.Bucket(this, 'Site', { websiteIndexDocument: 'index.html' });
      const origin = new origins.S3StaticWebsiteOrigin(site);
      """),
    Correction(
      Example("""
        import { S3Origin } from 'aws-cdk-lib/aws-cloudfront-origins';
        const origin = new S3Origin(bucket);
        """),
      """
      import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
      const origin = S3BucketOrigin.withOriginAccessControl(bucket);
      """),
  ]
}
