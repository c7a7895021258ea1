import IaCModel
extension DeprecatedAPIRule {
  static let documentation = """
    ## What it does
    Finds uses of what aws-cdk-lib, pulumi-aws and the CDKTF AWS provider mark deprecated: classes
    (`aws.s3.BucketV2` in pulumi-aws 7), static methods, enum members and constants (`lambda_.Runtime.PYTHON_3_7`,
    `ec2.SubnetType.PRIVATE_WITH_NAT`), and keyword arguments or object-literal props (`log_retention` on
    `lambda_.Function`, `cidr` on `ec2.Vpc`). The list and the messages come from the packages themselves: the
    jsii assemblies of aws-cdk-lib and the CDKTF provider, and the Python SDK of pulumi-aws. Each message is the
    package's own, with the names in the file's language (`log_group` in Python, `logGroup` in TypeScript).

    Where the project pins a version (`requirements.txt`, `pyproject.toml`, `package.json`, `package-lock.json`),
    a deprecation that came with a later major version is not reported: with `pulumi-aws<7`, `BucketV2` is what the
    package recommends, and with another major version than the catalogue's, only deprecations the catalogue dates
    are judged. A finding that depends on the version says which one it assumes. CDK v1 files (`aws_cdk.core`,
    `@aws-cdk/*`) are not judged with aws-cdk-lib's deprecations, except retired Lambda runtimes, which AWS
    retires whatever the library version. `origins.S3Origin` is left to `deprecated-s3-origin` (IAC101), which
    knows how to replace it. In test files the findings are info: tests use deprecated APIs on purpose, and their
    stacks are never deployed.

    ## Why is this bad?
    Deprecated APIs are removed in the next major version, and many are deprecated because they no longer work:
    Lambda runtimes past their end of support cannot be deployed, `log_retention` creates an extra custom-resource
    Lambda function, `cidr` is superseded by IP address management. The upgrade that removes them fails at once.

    ## Example
    ```python
    from aws_cdk import aws_ec2 as ec2

    vpc = ec2.Vpc(self, "Vpc", cidr="10.0.0.0/16")
    subnets = vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_WITH_NAT)
    ```

    Use instead:
    ```python
    from aws_cdk import aws_ec2 as ec2

    vpc = ec2.Vpc(self, "Vpc", ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"))
    subnets = vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)
    ```

    ## Fix safety
    When the package names a replacement that takes exactly the same arguments (an enum member or constant of the
    same type, a prop of the same type, a static method or class with the same parameters), the fix renames the
    use and is safe. It is unsafe when the project pins an older release than the catalogue describes (the
    replacement may not exist yet in it), and for database engines (`DatabaseClusterEngine.AURORA` →
    `AURORA_MYSQL` is another engine: the cluster is replaced). Otherwise there is no fix: the message says what
    to do instead. Pulumi resource classes are never renamed by a fix, because a new resource type replaces the
    cloud resource.

    ## References
    - [AWS CDK API reference](https://docs.aws.amazon.com/cdk/api/v2/python/modules.html)
    - [Pulumi AWS provider 7 migration guide](https://www.pulumi.com/registry/packages/aws/how-to-guides/7-0-migration/)
    - [CDK for Terraform AWS provider](https://github.com/cdktf/cdktf-provider-aws)
    """

  static let triggering: [Example] = [
    Example("""
      import * as lambda from 'aws-cdk-lib/aws-lambda';
      import { Stack } from 'aws-cdk-lib';

      // A test that checks a rule flags old runtimes (cdklabs/cdk-nag): reported at info only.
      test('old runtimes are flagged', () => {
        const stack = new Stack();
        new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.↓NODEJS_16_X, handler: 'index.handler', code });
      });
      """, path: "test/rules/Lambda.test.ts", severity: .info),
    Example("""
      from aws_cdk import aws_lambda as lambda_, aws_logs as logs

      fn = lambda_.Function(
          self,
          "Fn",
          runtime=lambda_.Runtime.↓PYTHON_3_7,
          handler="index.handler",
          code=lambda_.Code.from_asset("src"),
          ↓log_retention=logs.RetentionDays.ONE_WEEK,
      )
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2
      vpc = ec2.Vpc(self, "Vpc", ↓cidr="10.0.0.0/16")
      private = ec2.SubnetType.↓PRIVATE_WITH_NAT
      """),
    Example("""
      from aws_cdk.aws_lambda import Runtime
      runtime = Runtime.↓NODEJS_14_X
      """),
    Example("""
      import * as ec2 from 'aws-cdk-lib/aws-ec2';
      import * as lambda from 'aws-cdk-lib/aws-lambda';
      const vpc = new ec2.Vpc(this, 'Vpc', { ↓cidr: '10.0.0.0/16', maxAzs: 2 });
      const runtime = lambda.Runtime.↓NODEJS_14_X;
      """),
    Example("""
      import pulumi_aws as aws
      bucket = aws.s3.↓BucketV2("assets")
      """),
    Example("""
      from aws_cdk import core, aws_lambda as lambda_

      fn = lambda_.Function(self, "Fn", runtime=lambda_.Runtime.↓NODEJS_12_X, handler="index.handler", code=code)
      """),
    Example("""
      import * as lambda from '@aws-cdk/aws-lambda';
      const fn = new lambda.Function(this, 'Fn', { runtime: lambda.Runtime.↓NODEJS_12_X, handler: 'index.handler', code });
      """),
    Example("""
      import * as aws from "@pulumi/aws";
      const bucket = new aws.s3.↓BucketV2("assets", { ↓acl: "private" });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import core, aws_ec2 as ec2, aws_appsync as appsync, aws_stepfunctions as sfn

      vpc = ec2.Vpc(self, "Vpc", cidr="10.0.0.0/16")
      api = appsync.GraphqlApi(self, "Api", name="api", schema=appsync.Schema.from_asset("schema.graphql"))
      machine = sfn.StateMachine(self, "Machine", definition=definition)
      """),
    Example("""
      from aws_cdk import aws_lambda as lambda_, aws_logs as logs, aws_ec2 as ec2

      fn = lambda_.Function(
          self,
          "Fn",
          runtime=lambda_.Runtime.PYTHON_3_12,
          handler="index.handler",
          code=lambda_.Code.from_asset("src"),
          log_group=logs.LogGroup(self, "Logs", retention=logs.RetentionDays.ONE_WEEK),
      )
      vpc = ec2.Vpc(self, "Vpc", ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"))
      """),
    Example("""
      class Runtime:
          PYTHON_3_7 = "python3.7"

      runtime = Runtime.PYTHON_3_7
      options = {"log_retention": 7, "cidr": "10.0.0.0/16"}
      """),
    Example("""
      from aws_cdk import aws_lambda as lambda_
      from my_constructs import Vpc

      vpc = Vpc(self, "Vpc", cidr="10.0.0.0/16")
      runtime = lambda_.Runtime.PYTHON_3_13
      """),
    Example("""
      from aws_cdk import aws_cloudfront_origins as origins
      origin = origins.S3Origin(bucket)
      """),
    Example("""
      import pulumi_aws as aws
      bucket = aws.s3.Bucket("assets")
      """),
    Example("""
      import * as ec2 from 'aws-cdk-lib/aws-ec2';
      const vpc = new ec2.Vpc(this, 'Vpc', { ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16') });
      const cidr = vpc.vpcCidrBlock;
      """),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example("""
        from aws_cdk import aws_ec2 as ec2
        subnets = vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_WITH_NAT)
        """),
      """
      from aws_cdk import aws_ec2 as ec2
      subnets = vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)
      """),
    Correction(
      Example("""
        import * as rds from 'aws-cdk-lib/aws-rds';
        const ca = rds.CaCertificate.RDS_CA_RDS4096_G1;
        """),
      """
      import * as rds from 'aws-cdk-lib/aws-rds';
      const ca = rds.CaCertificate.RDS_CA_RSA4096_G1;
      """),
  ]
}
