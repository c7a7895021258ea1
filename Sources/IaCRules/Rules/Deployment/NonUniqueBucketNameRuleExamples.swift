import IaCModel
extension NonUniqueBucketNameRule {
  static let documentation = """
    ## What it does
    Finds S3 bucket names spelled out in code that contain neither the account ID nor another unique part:
    `bucket_name=` (`bucketName`) on an AWS CDK `s3.Bucket`, `bucket=` on a Pulumi `aws.s3.Bucket` or
    `aws.s3.BucketV2`, and `bucket` on a CDK for Terraform `S3Bucket`, following a name bound to the value earlier
    in the file. A name counts as unique when it interpolates the account (`{self.account}`, `${this.account}`,
    `Aws.ACCOUNT_ID`, `caller_identity.account_id`), holds a 12-digit number, interpolates a random or unique
    value (`Names.unique_id`, a `RandomId`), or carries the user's own domain or configuration
    (`${config.targetDomain}-logs`, `www.my-site.dev`). The bucket of a Terraform `S3Backend` is not judged: it
    exists before the stack, and it is the user's own. A name that is a placeholder (`"<your-bucket-name>"`) is
    reported as one by `placeholder-value`, not again here.

    ## Why is this bad?
    Bucket names are global across every AWS account. A name built only from a project and an environment
    (`api-logs-dev`) is very likely taken already, and then the deployment fails (`BucketAlreadyExists`), or,
    The same name also stops you from deploying the stack twice, in two accounts or Regions.

    ## Example
    ```python
    self.audit_bucket = s3.Bucket(
        self,
        "AuditLogs",
        bucket_name=f"payment-audit-logs-{self.environment_suffix}",
    )
    ```

    Use instead:
    ```python
    self.audit_bucket = s3.Bucket(
        self,
        "AuditLogs",
        bucket_name=f"payment-audit-logs-{self.environment_suffix}-{self.account}",
    )
    ```
    Or leave the name out and let the framework generate a unique one.

    ## Fix safety
    The fix is unsafe: renaming a bucket replaces it, and the objects in the old bucket are not moved. It appends
    the account in the file's idiom (`-{self.account}` in a CDK stack, `-${this.account}` in TypeScript, the
    `account_id` of a `get_caller_identity()` result in Pulumi, the `accountId` of a `DataAwsCallerIdentity`
    in CDK for Terraform), turning a plain literal into an f-string or template literal. It is offered only
    where such an expression is at hand, and never when the account's 13 characters would push the name past S3's
    limit of 63.

    ## References
    - [General purpose bucket naming rules (Amazon S3 User Guide)](https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html)
    - [`Bucket` (AWS CDK API reference)](https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_s3/Bucket.html)
    - [`aws.s3.BucketV2` (Pulumi Registry)](https://www.pulumi.com/registry/packages/aws/api-docs/s3/bucketv2/)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import Stack, aws_s3 as s3

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              self.audit_bucket = s3.Bucket(
                  self,
                  "AuditLogs",
                  bucket_name=↓f"payment-audit-logs-{self.environment_suffix}",
                  encryption=s3.BucketEncryption.S3_MANAGED,
              )
      """),
    Example("""
      import pulumi_aws as aws
      from pulumi import ResourceOptions

      self.api_logs_bucket = aws.s3.BucketV2(
          f"api-logs-{environment_suffix}",
          bucket=↓f"api-logs-{environment_suffix}",
          opts=ResourceOptions(parent=self),
      )
      """),
    Example("""
      import pulumi_aws as aws
      name = ↓"company-assets"
      bucket = aws.s3.Bucket("assets", bucket=name)
      """),
    Example("""
      from aws_cdk import aws_s3 as s3
      bucket = s3.Bucket(self, "Data", bucket_name=↓"my-data-bucket-" + env)
      """),
    Example("""
      import * as s3 from 'aws-cdk-lib/aws-s3';
      export class SiteStack extends cdk.Stack {
        constructor(scope: Construct, id: string, props: SiteProps) {
          super(scope, id, props);
          const site = new s3.Bucket(this, 'Site', { bucketName: ↓`portfolio-site-${props.envSuffix}` });
        }
      }
      """),
    Example("""
      import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
      new S3Bucket(this, 'artifacts', { bucket: ↓'trading-artifacts', forceDestroy: true });
      """),
    Example("""
      import * as aws from '@pulumi/aws';
      const bucket = new aws.s3.BucketV2('logs', { bucket: ↓pulumi.interpolate`logs-${stack}` });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      import { S3Backend, TerraformStack } from 'cdktf';
      // The state bucket exists before the stack does, and it is the user's own.
      const stateBucket = props?.stateBucket || 'iac-rlhf-tf-states';
      new S3Backend(this, {
        bucket: stateBucket,
        key: `${environmentSuffix}/${id}.tfstate`,
        region: awsRegion,
      });
      """),
    Example("""
      import * as aws from '@pulumi/aws';
      const logs = new aws.s3.Bucket('logs', { bucket: `${config.targetDomain}-logs` });
      const site = new aws.s3.Bucket('site', { bucket: 'www.my-portfolio-site.dev' });
      """),
    Example("""
      from aws_cdk import aws_s3 as s3
      # A placeholder is reported as one (placeholder-value), not again here.
      bucket = s3.Bucket(self, "Data", bucket_name="<your-bucket-name>")
      """),
    Example("""
      from aws_cdk import Stack, aws_s3 as s3

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              self.audit_bucket = s3.Bucket(
                  self,
                  "AuditLogs",
                  bucket_name=f"payment-audit-logs-{self.environment_suffix}-{self.account}",
              )
      """),
    Example("""
      import pulumi_aws as aws

      caller_identity = aws.get_caller_identity()
      region = aws.get_region()
      bucket = aws.s3.BucketV2(
          f"api-logs-{environment_suffix}",
          bucket=f"api-logs-{environment_suffix}-{caller_identity.account_id}-{region.name}",
      )
      """),
    Example("""
      import { S3Backend } from 'cdktf';
      const stateBucket = props?.stateBucket || 'iac-rlhf-tf-states-342597974367';
      new S3Backend(this, { bucket: stateBucket, key: 'state.tfstate' });
      """),
    Example("""
      from aws_cdk import Aws, Names, aws_s3 as s3
      a = s3.Bucket(self, "A", bucket_name=f"assets-{Aws.ACCOUNT_ID}-{Aws.REGION}")
      b = s3.Bucket(self, "B", bucket_name=f"assets-{Names.unique_id(self).lower()}")
      c = s3.Bucket(self, "C")
      d = s3.Bucket(self, "D", bucket_name=config.require("bucket_name"))
      e = s3.Bucket(self, "E", bucket_name=f"{prefix}-{env}")
      f = s3.Bucket(self, "F", bucket_name=f"{props.bucket_prefix}-logs")
      """),
    Example("""
      import pulumi_aws as aws
      suffix = random.RandomId("suffix", byte_length=4)
      bucket = aws.s3.BucketV2("logs", bucket=suffix.hex.apply(lambda h: f"logs-{h}"))
      named = aws.s3.BucketV2("named", bucket_prefix="logs-")
      auto = aws.s3.Bucket("auto")
      """),
    Example("""
      import * as s3 from 'aws-cdk-lib/aws-s3';
      // bucketName: 'my-bucket' would not be unique
      const note = 'bucketName: my-bucket';
      const site = new s3.Bucket(this, 'Site', { bucketName: `site-${cdk.Stack.of(this).account}-${this.region}` });
      const logs = new s3.Bucket(this, 'Logs', { bucketName: `logs-${accountId}` });
      const other = new s3.Bucket(this, 'Other', { bucketName: 'team-a1b2c3d4e5-artifacts' });
      """),
    Example("""
      class Bucket:
          def __init__(self, bucket_name):
              self.bucket_name = bucket_name

      bucket = Bucket(bucket_name="shared-bucket")
      """),
    Example("""
      from aws_cdk import aws_s3 as s3
      imported = s3.Bucket.from_bucket_name(self, "Shared", "shared-logs")
      """),
    Example("""
      import pulumi_aws as aws
      bucket = aws.s3.BucketV2("logs", bucket="payments-logs-dev")
      """, path: "tests/unit/test_s3.py"),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example("""
        from aws_cdk import Stack, aws_s3 as s3

        class TapStack(Stack):
            def __init__(self, scope, construct_id, **kwargs):
                super().__init__(scope, construct_id, **kwargs)
                self.audit_bucket = s3.Bucket(self, "AuditLogs", bucket_name=f"payment-audit-logs-{self.environment_suffix}")
        """),
      """
      from aws_cdk import Stack, aws_s3 as s3

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              self.audit_bucket = s3.Bucket(self, "AuditLogs", bucket_name=f"payment-audit-logs-{self.environment_suffix}-{self.account}")
      """),
    Correction(
      Example("""
        from aws_cdk import Stack, aws_s3 as s3

        class TapStack(Stack):
            def __init__(self, scope, construct_id, **kwargs):
                super().__init__(scope, construct_id, **kwargs)
                s3.Bucket(self, "Assets", bucket_name='company-assets')
        """),
      """
      from aws_cdk import Stack, aws_s3 as s3

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              s3.Bucket(self, "Assets", bucket_name=f'company-assets-{self.account}')
      """),
    Correction(
      Example("""
        import * as s3 from 'aws-cdk-lib/aws-s3';
        export class SiteStack extends cdk.Stack {
          constructor(scope: Construct, id: string) {
            super(scope, id);
            new s3.Bucket(this, 'Site', { bucketName: 'portfolio-site' });
            new s3.Bucket(this, 'Logs', { bucketName: `portfolio-logs-${suffix}` });
          }
        }
        """),
      """
      import * as s3 from 'aws-cdk-lib/aws-s3';
      export class SiteStack extends cdk.Stack {
        constructor(scope: Construct, id: string) {
          super(scope, id);
          new s3.Bucket(this, 'Site', { bucketName: `portfolio-site-${this.account}` });
          new s3.Bucket(this, 'Logs', { bucketName: `portfolio-logs-${suffix}-${this.account}` });
        }
      }
      """),
    Correction(
      Example("""
        import pulumi_aws as aws

        caller_identity = aws.get_caller_identity()
        bucket = aws.s3.BucketV2("api-logs", bucket=f"api-logs-{environment_suffix}")
        """),
      """
      import pulumi_aws as aws

      caller_identity = aws.get_caller_identity()
      bucket = aws.s3.BucketV2("api-logs", bucket=f"api-logs-{environment_suffix}-{caller_identity.account_id}")
      """),
    Correction(
      Example("""
        import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
        import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
        const caller = new DataAwsCallerIdentity(this, 'current');
        new S3Bucket(this, 'artifacts', { bucket: `trading-artifacts-${env}` });
        """),
      """
      import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
      import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
      const caller = new DataAwsCallerIdentity(this, 'current');
      new S3Bucket(this, 'artifacts', { bucket: `trading-artifacts-${env}-${caller.accountId}` });
      """),
  ]
}
