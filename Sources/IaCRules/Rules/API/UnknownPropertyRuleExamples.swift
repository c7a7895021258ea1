import IaCModel
extension UnknownPropertyRule {
  static let documentation = """
    ## What it does
    Finds keyword arguments (Python) and object-literal keys (TypeScript) that the construct being created does
    not take: a typo (`max_azz`, `ciderBlocks`), the other language's spelling (`maxAzs` in Python), or a prop of
    another construct. The props come from the packages themselves (aws-cdk-lib, pulumi-aws and the CDKTF AWS
    provider), flattened through struct inheritance, and the message lists the nearest valid names.

    Nothing is reported for calls with `**kwargs` or `...spread`, for classes the catalogue does not know or that
    the file defines itself, where a construct's props inherit from a type outside the package, or where the
    catalogue lists no props for the type. A construct's id is not a prop, whether passed by position or as
    `id_=` (jsii's Python name when the props have an `id` of their own). CDK v1 files (`aws_cdk.core`,
    `@aws-cdk/*`), whose props differ from aws-cdk-lib's, and projects that pin another major version of the
    package than the catalogue describes are not judged.

    ## Why is this bad?
    Python fails with `TypeError: __init__() got an unexpected keyword argument` when the stack is synthesised;
    TypeScript rejects the object literal. A key passed through a variable or `any` slips past the compiler and is
    silently ignored, so the setting the author meant (`max_azs=2`, `versioned=True`) never reaches the cloud.

    ## Example
    ```python
    from aws_cdk import aws_ec2 as ec2

    vpc = ec2.Vpc(self, "Vpc", max_azz=2)
    ```

    Use instead:
    ```python
    from aws_cdk import aws_ec2 as ec2

    vpc = ec2.Vpc(self, "Vpc", max_azs=2)
    ```

    ## Fix safety
    When exactly one valid name is within two edits of the unknown one (and it is not already passed), the fix
    renames the argument and is safe: the call could not have run as written. Otherwise there is no fix.

    ## References
    - [AWS CDK API reference](https://docs.aws.amazon.com/cdk/api/v2/python/modules.html)
    - [Pulumi AWS registry](https://www.pulumi.com/registry/packages/aws/api-docs/)
    - [Terraform AWS provider](https://registry.terraform.io/providers/hashicorp/aws/latest/docs)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import aws_ec2 as ec2
      vpc = ec2.Vpc(self, "Vpc", ↓max_azz=2)
      """),
    Example("""
      from aws_cdk import aws_s3 as s3
      bucket = s3.Bucket(self, "Assets", ↓bucket_nmae="assets", versioned=True, ↓maxAzs=2)
      """),
    Example("""
      import * as ec2 from 'aws-cdk-lib/aws-ec2';
      const vpc = new ec2.Vpc(this, 'Vpc', { ↓ciderBlocks: ['10.0.0.0/16'], maxAzs: 2 });
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2
      subnet = ec2.SubnetConfiguration(name="app", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, ↓cidr_mask_size=24)
      """),
    Example("""
      import pulumi_aws as aws
      vpc = aws.ec2.Vpc("main", ↓cidr_blok="10.0.0.0/16")
      """),
    Example("""
      import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
      new KmsKey(this, "key", { ↓enableKeyRotaton: true, dependsOn: [] });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import core, aws_cloudwatch as cloudwatch

      alarm = cloudwatch.Alarm(self, "Errors", metric=metric, threshold=1, evaluation_periods=1,
          period=core.Duration.minutes(5), statistic="Sum")
      metric = cloudwatch.Metric(namespace="AWS/Lambda", metric_name="Errors", dimensions={"FunctionName": "f"})
      """),
    Example("""
      from aws_cdk import aws_medialive as medialive

      channel = medialive.CfnChannel(self, id_="MediaLiveChannel", name="channel", role_arn=role.role_arn)
      """),
    Example("""
      import * as aws from "@pulumi/aws";
      const versioning = new aws.s3.BucketVersioning("versioning", {
        bucket: bucket.id,
        versioningConfiguration: { status: "Enabled" },
      });
      """),
    Example("""
      from aws_cdk import aws_lambda as lambda_, aws_logs as logs

      fn = lambda_.Function(
          self,
          id="Fn",
          runtime=lambda_.Runtime.PYTHON_3_12,
          handler="index.handler",
          code=lambda_.Code.from_asset("src"),
          log_retention=logs.RetentionDays.ONE_WEEK,
          max_event_age=Duration.hours(1),
      )
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2
      options = {"max_azs": 2}
      vpc = ec2.Vpc(self, "Vpc", **options, nat_gateways=1)
      """),
    Example("""
      from my_constructs import Vpc
      vpc = Vpc(self, "Vpc", max_azz=2)
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2

      class Vpc:
          pass

      vpc = Vpc(self, "Vpc", max_azz=2)
      helper = ec2.Vpc.from_lookup(self, "Vpc", is_default=True)
      """),
    Example("""
      import * as ec2 from 'aws-cdk-lib/aws-ec2';
      const vpc = new ec2.Vpc(this, 'Vpc', { ...common, maxAzs: 2 });
      const other = new ec2.Vpc(this, 'Other', props);
      """),
    Example("""
      import * as aws from "@pulumi/aws";
      const bucket = new aws.s3.Bucket("assets", { forceDestroy: true }, { protect: true });
      """),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example("""
        from aws_cdk import aws_ec2 as ec2
        vpc = ec2.Vpc(self, "Vpc", max_azz=2)
        """),
      """
      from aws_cdk import aws_ec2 as ec2
      vpc = ec2.Vpc(self, "Vpc", max_azs=2)
      """),
    Correction(
      Example("""
        import * as s3 from 'aws-cdk-lib/aws-s3';
        const bucket = new s3.Bucket(this, 'Assets', { versoined: true });
        """),
      """
      import * as s3 from 'aws-cdk-lib/aws-s3';
      const bucket = new s3.Bucket(this, 'Assets', { versioned: true });
      """),
  ]
}
