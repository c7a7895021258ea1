import IaCModel
extension CloudFrontLogBucketAclRule {
  static let documentation = """
    ## What it does
    Finds S3 buckets created in the same file and used as a CloudFront distribution's standard log bucket
    (`log_bucket=` of `cloudfront.Distribution`, `logBucket` in TypeScript, or `logging_config.bucket` of the
    legacy `CloudFrontWebDistribution`) whose object ownership disables ACLs: no `object_ownership` at all, or
    `ObjectOwnership.BUCKET_OWNER_ENFORCED`.

    ## Why is this bad?
    CloudFront standard logging (legacy) delivers log files with an ACL that gives the `awslogsdelivery` account
    access, so the bucket must have ACLs enabled. Since April 2023, new S3 buckets default to the
    `BucketOwnerEnforced` object ownership, which disables ACLs. The distribution then fails to create:
    `The S3 bucket that you specified for CloudFront logs does not enable ACL access`.

    Block Public Access does not matter here: the log delivery grant is not a public ACL, so
    `BlockPublicAccess.BLOCK_ALL` is fine on a log bucket whose ownership allows ACLs
    (`BUCKET_OWNER_PREFERRED` or `OBJECT_WRITER`). Buckets given a canned `access_control` are left alone, as are
    buckets imported from elsewhere and buckets whose options the checker cannot see.

    ## Example
    ```python
    logs_bucket = s3.Bucket(
        self,
        "LogsBucket",
        block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
    )
    distribution = cloudfront.Distribution(self, "Site", default_behavior=behavior, log_bucket=logs_bucket)
    ```

    Use instead:
    ```python
    logs_bucket = s3.Bucket(
        self,
        "LogsBucket",
        block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
        object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
    )
    distribution = cloudfront.Distribution(self, "Site", default_behavior=behavior, log_bucket=logs_bucket)
    ```

    ## Fix safety
    The fix is unsafe: it sets the bucket's object ownership to `BUCKET_OWNER_PREFERRED`, which turns ACLs back on
    for the bucket. That is what CloudFront logging needs, but it changes who may own the objects other writers
    put in the bucket; keep the log bucket for logs only.

    ## References
    - [Configure standard logging (legacy) (Amazon CloudFront Developer Guide)](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging-legacy-s3.html)
    - [Controlling ownership of objects and disabling ACLs (Amazon S3 User Guide)](https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html)
    - [`Distribution` logging (AWS CDK API reference)](https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_cloudfront/Distribution.html)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import RemovalPolicy, aws_cloudfront as cloudfront, aws_s3 as s3

      logs_bucket = ↓s3.Bucket(
          self,
          "LogsBucket",
          bucket_name=f"portfolio-logs-{env_suffix}-{self.account}",
          encryption=s3.BucketEncryption.S3_MANAGED,
          block_public_access=s3.BlockPublicAccess.BLOCK_ALL,  # <-- PROBLEM
          removal_policy=RemovalPolicy.DESTROY,
          auto_delete_objects=True,
      )
      distribution = cloudfront.Distribution(
          self,
          "PortfolioDistribution",
          default_behavior=behavior,
          enable_logging=True,
          log_bucket=logs_bucket,
      )
      """),
    Example("""
      from aws_cdk import aws_cloudfront as cloudfront, aws_s3 as s3

      self.logs = ↓s3.Bucket(self, "Logs")
      cloudfront.Distribution(self, "Cdn", log_bucket=self.logs, default_behavior=behavior)
      """),
    Example("""
      from aws_cdk import aws_cloudfront as cloudfront, aws_s3 as s3

      logs = s3.Bucket(self, "Logs", object_ownership=↓s3.ObjectOwnership.BUCKET_OWNER_ENFORCED)
      cloudfront.CloudFrontWebDistribution(
          self,
          "Legacy",
          origin_configs=origins,
          logging_config=cloudfront.LoggingConfiguration(bucket=logs, prefix="cdn/"),
      )
      """),
    Example("""
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
      import * as s3 from 'aws-cdk-lib/aws-s3';

      const logBucket = new ↓s3.Bucket(this, 'LogBucket', {
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS,
        encryption: s3.BucketEncryption.S3_MANAGED,
      });
      new cloudfront.Distribution(this, 'Site', { defaultBehavior: behavior, logBucket });
      """),
    Example("""
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
      import * as s3 from 'aws-cdk-lib/aws-s3';
      const logs = new ↓s3.Bucket(this, 'Logs');
      new cloudfront.CloudFrontWebDistribution(this, 'Legacy', {
        originConfigs,
        loggingConfig: { bucket: logs, prefix: 'cdn/' },
      });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import RemovalPolicy, aws_cloudfront as cloudfront, aws_s3 as s3

      logs_bucket = s3.Bucket(
          self,
          "LogsBucket",
          encryption=s3.BucketEncryption.S3_MANAGED,
          # CloudFront logging needs ACLs on the log bucket.
          block_public_access=s3.BlockPublicAccess(
              block_public_acls=False,
              ignore_public_acls=False,
              block_public_policy=True,
              restrict_public_buckets=True,
          ),
          object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
          removal_policy=RemovalPolicy.DESTROY,
      )
      distribution = cloudfront.Distribution(self, "Site", default_behavior=behavior, log_bucket=logs_bucket)
      """),
    Example("""
      from aws_cdk import aws_cloudfront as cloudfront, aws_s3 as s3

      logs = s3.Bucket(self, "Logs", block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
                       object_ownership=s3.ObjectOwnership.OBJECT_WRITER)
      cloudfront.Distribution(self, "Cdn", log_bucket=logs, default_behavior=behavior)
      """),
    Example("""
      from aws_cdk import aws_cloudfront as cloudfront, aws_s3 as s3

      # A bucket with BLOCK_ALL that is not a log bucket, and a distribution that lets CDK create its log bucket.
      site = s3.Bucket(self, "Site", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
      cloudfront.Distribution(self, "Cdn", default_behavior=behavior, enable_logging=True)
      imported = s3.Bucket.from_bucket_name(self, "Shared", "shared-logs")
      cloudfront.Distribution(self, "Other", default_behavior=behavior, log_bucket=imported)
      """),
    Example("""
      from aws_cdk import aws_cloudfront as cloudfront, aws_s3 as s3

      logs = s3.Bucket(self, "Logs", access_control=s3.BucketAccessControl.LOG_DELIVERY_WRITE)
      hidden = s3.Bucket(self, "Hidden", **bucket_options)
      cloudfront.Distribution(self, "A", default_behavior=behavior, log_bucket=logs)
      cloudfront.Distribution(self, "B", default_behavior=behavior, log_bucket=hidden)
      """),
    Example("""
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
      import * as s3 from 'aws-cdk-lib/aws-s3';
      // logBucket: new s3.Bucket(this, 'Logs') would have ACLs disabled
      const logBucket = new s3.Bucket(this, 'LogBucket', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER });
      new cloudfront.Distribution(this, 'Site', { defaultBehavior: behavior, logBucket: logBucket });
      const unknown = new s3.Bucket(this, 'Unknown', props.logBucketProps);
      new cloudfront.Distribution(this, 'Other', { defaultBehavior: behavior, logBucket: unknown });
      """),
    Example("""
      class Distribution:
          def __init__(self, log_bucket):
              self.log_bucket = log_bucket

      from aws_cdk import aws_s3 as s3
      logs = s3.Bucket(self, "Logs")
      Distribution(log_bucket=logs)
      """),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example("""
        from aws_cdk import aws_cloudfront as cloudfront, aws_s3 as s3

        logs_bucket = s3.Bucket(
            self,
            "LogsBucket",
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
        )
        cloudfront.Distribution(self, "Cdn", default_behavior=behavior, log_bucket=logs_bucket)
        """),
      """
      from aws_cdk import aws_cloudfront as cloudfront, aws_s3 as s3

      logs_bucket = s3.Bucket(
          self,
          "LogsBucket",
          block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
          object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      )
      cloudfront.Distribution(self, "Cdn", default_behavior=behavior, log_bucket=logs_bucket)
      """),
    Correction(
      Example("""
        from aws_cdk import aws_cloudfront as cloudfront, aws_s3 as s3
        logs = s3.Bucket(self, "Logs", object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED)
        cloudfront.Distribution(self, "Cdn", default_behavior=behavior, log_bucket=logs)
        """),
      """
      from aws_cdk import aws_cloudfront as cloudfront, aws_s3 as s3
      logs = s3.Bucket(self, "Logs", object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED)
      cloudfront.Distribution(self, "Cdn", default_behavior=behavior, log_bucket=logs)
      """),
    Correction(
      Example("""
        import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const logBucket = new s3.Bucket(this, 'LogBucket');
        new cloudfront.Distribution(this, 'Site', { defaultBehavior: behavior, logBucket });
        """),
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
      import * as s3 from 'aws-cdk-lib/aws-s3';
      const logBucket = new s3.Bucket(this, 'LogBucket', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED });
      new cloudfront.Distribution(this, 'Site', { defaultBehavior: behavior, logBucket });
      """),
  ]
}
