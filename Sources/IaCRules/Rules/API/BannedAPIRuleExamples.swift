import IaCModel
extension BannedAPIRule {
  static let documentation = """
    ## What it does
    With `[[banned-api]]` entries in `iaclsp.toml`, finds every use of the modules, types and members they name:
    imports, constructions, static methods and enum members, in CDK, Pulumi and CDKTF programs, whatever name the
    file imports them under. The rule is off unless the configuration bans something.

    ## Why is this bad?
    Platform teams provide shared building blocks (one VPC per account, a hardened bucket construct, a company
    Lambda base class) and retire others. A resource created from the raw API bypasses what the shared one
    guarantees, and review catches it late or not at all.

    ## Example
    ```toml
    [[banned-api]]
    name = "aws-cdk-lib.aws_ec2.Vpc"
    message = "Use the shared network stack's VPC (NetworkStack.vpc)"
    ```

    ```python
    from aws_cdk import aws_ec2 as ec2

    vpc = ec2.Vpc(self, "Vpc")
    ```

    Use instead:
    ```python
    vpc = network_stack.vpc
    ```

    ## Options
    Each `[[banned-api]]` table has a `name`, a jsii fully qualified name (`aws-cdk-lib.aws_ec2.Vpc`), an import
    path in either language (`aws_cdk.aws_ec2`, `@pulumi/aws.ec2.Vpc`) or a Pulumi type token
    (`aws:ec2/vpc:Vpc`), and a `message` shown with each finding. A module bans everything in it; a type bans its
    static methods and constants too.

    ## References
    - [Best practices for developing cloud applications with AWS CDK: enforce compliance with constructs](https://docs.aws.amazon.com/cdk/v2/guide/best-practices.html)
    - [Custom rules and banned APIs](https://github.com/iaclsp/iaclsp/blob/main/Docs/custom-rules.md)
    - [ruff: banned-api (TID251)](https://docs.astral.sh/ruff/rules/banned-api/)
    """

  static let configuration = """
    [[banned-api]]
    name = "aws-cdk-lib.aws_ec2.Vpc"
    message = "Use the shared network stack's VPC (NetworkStack.vpc)"

    [[banned-api]]
    name = "aws:ec2/vpc:Vpc"
    message = "Use the shared network stack's VPC"

    [[banned-api]]
    name = "aws-cdk-lib.aws_lambda.Runtime.PYTHON_3_8"
    message = "Python 3.8 is retired"

    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import Stack, aws_ec2 as ec2

      class NetworkStack(Stack):
          def __init__(self, scope, id):
              super().__init__(scope, id)
              self.vpc = ↓ec2.Vpc(self, "Vpc", max_azs=2)
      """, files: ["iaclsp.toml": configuration]),
    Example("""
      import * as ec2 from 'aws-cdk-lib/aws-ec2';

      const vpc = new ↓ec2.Vpc(this, 'Vpc');
      const imported = ↓ec2.Vpc.fromLookup(this, 'Shared', { isDefault: false });
      """, files: ["iaclsp.toml": configuration]),
    Example("""
      from aws_cdk.aws_ec2 import ↓Vpc

      vpc = ↓Vpc(self, "Vpc")
      """, files: ["iaclsp.toml": configuration]),
    Example("""
      import pulumi_aws as aws

      vpc = ↓aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")
      """, files: ["iaclsp.toml": configuration]),
    Example("""
      from aws_cdk import aws_lambda as lambda_

      fn = lambda_.Function(self, "Fn", runtime=↓lambda_.Runtime.PYTHON_3_8, handler="index.handler", code=code)
      """, files: ["iaclsp.toml": configuration]),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import aws_ec2 as ec2

      subnet_type = ec2.SubnetType.PRIVATE_WITH_EGRESS
      vpc = ec2.Vpc(self, "Vpc")  # no [[banned-api]] in this project
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2, aws_lambda as lambda_

      # ec2.Vpc is banned; a comment or a string that names it is not a use: "ec2.Vpc"
      sg = ec2.SecurityGroup(self, "Sg", vpc=network.vpc)
      fn = lambda_.Function(self, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
      """, files: ["iaclsp.toml": configuration]),
    Example("""
      class Vpc:
          pass

      vpc = Vpc()
      """, files: ["iaclsp.toml": configuration]),
    Example("""
      import * as aws from '@pulumi/aws';

      const subnet = new aws.ec2.Subnet('a', { vpcId: shared.vpcId, cidrBlock: '10.0.1.0/24' });
      """, files: ["iaclsp.toml": configuration]),
  ]
}
