import IaCModel
extension MissingRequiredTagsRule {
  static let documentation = """
    ## What it does
    With `required-tags = [...]` in `iaclsp.toml`, finds stacks that never apply one of those tags: not with
    `Tags.of(scope).add("Key", value)` (in the stack or in the app entry point, which tags every stack), and
    not in a `tags` / `default_tags` / `defaultTags` map (such as the CDK for Terraform `AwsProvider`'s default
    tags). The rule is off unless the option is set.

    ## Why is this bad?
    Cost allocation, ownership and compliance reports group resources by tags such as `Environment`, `Team`
    and `CostCenter`. Untagged resources fall out of those reports, break tag-based access policies, and are
    hard to attribute when something goes wrong.

    ## Example
    ```python
    class TapStack(Stack):
        def __init__(self, scope, construct_id, environment_suffix, **kwargs):
            super().__init__(scope, construct_id, **kwargs)
            vpc = ec2.Vpc(self, "Vpc")
    ```

    Use instead:
    ```python
    class TapStack(Stack):
        def __init__(self, scope, construct_id, environment_suffix, **kwargs):
            super().__init__(scope, construct_id, **kwargs)
            Tags.of(self).add("Environment", environment_suffix)
            Tags.of(self).add("Team", "platform-engineering")
            Tags.of(self).add("CostCenter", "engineering")
            vpc = ec2.Vpc(self, "Vpc")
    ```

    ## Options
    `required-tags = ["Environment", "Team", "CostCenter"]` in `iaclsp.toml` names the tags.

    ## References
    - [Best practices for tagging AWS resources](https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html)
    - [Tagging (AWS CDK Developer Guide)](https://docs.aws.amazon.com/cdk/v2/guide/tagging.html)
    """

  static let configuration = #"required-tags = ["Environment", "Team", "CostCenter"]"# + "\n"

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import Stack, Tags, aws_ec2 as ec2

      class ↓TapStack(Stack):
          def __init__(self, scope, construct_id, environment_suffix, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              Tags.of(self).add("Environment", environment_suffix)
              vpc = ec2.Vpc(self, f"Vpc{environment_suffix}", max_azs=2)
      """, files: ["iaclsp.toml": configuration]),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      export class ↓TapStack extends cdk.Stack {
        constructor(scope: cdk.App, id: string) {
          super(scope, id);
        }
      }
      """, files: ["iaclsp.toml": configuration]),
    // A tag on one resource, its name bound from a variable; two required tags are still missing.
    Example("""
      from aws_cdk import Stack, Tags, aws_ec2 as ec2

      class ↓NetworkStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              self.vpc = ec2.Vpc(self, "Vpc", max_azs=2)
              Tags.of(self.vpc).add("Team", "network")
      """, files: ["iaclsp.toml": configuration]),
  ]

  static let nonTriggering: [Example] = [
    // The tags applied to a resource rather than to the stack.
    Example("""
      import * as cdk from 'aws-cdk-lib';
      import * as ec2 from 'aws-cdk-lib/aws-ec2';
      export class NetworkStack extends cdk.Stack {
        constructor(scope: cdk.App, id: string) {
          super(scope, id);
          const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 });
          cdk.Tags.of(vpc).add('Environment', 'dev');
          cdk.Tags.of(vpc).add('Team', 'network');
          cdk.Tags.of(vpc).add('CostCenter', 'c1');
        }
      }
      """, files: ["iaclsp.toml": configuration]),
    Example("""
      from aws_cdk import Stack, Tags, aws_ec2 as ec2

      class TapStack(Stack):
          def __init__(self, scope, construct_id, environment_suffix, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              Tags.of(self).add("Environment", environment_suffix)
              Tags.of(self).add("Team", "platform-engineering")
              Tags.of(self).add("CostCenter", "engineering")
              Tags.of(self).add("Application", "transaction-processing")
      """, files: ["iaclsp.toml": configuration]),
    Example("""
      from aws_cdk import Stack

      class TapStack(Stack):
          pass
      """, files: [
        "iaclsp.toml": configuration,
        "app.py": "import aws_cdk as cdk\nfrom lib.stack import TapStack\napp = cdk.App()\nfor k, v in {'Environment': 'dev'}.items():\n    pass\ncdk.Tags.of(app).add('Environment', 'dev')\ncdk.Tags.of(app).add('Team', 't')\ncdk.Tags.of(app).add('CostCenter', 'c')\nTapStack(app, 'T')\n",
      ]),
    Example("""
      import { TerraformStack } from 'cdktf';
      import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
      export class TapStack extends TerraformStack {
        constructor(scope: Construct, id: string) {
          super(scope, id);
          new AwsProvider(this, 'aws', { region: 'us-east-1', defaultTags: [{ tags: { Environment: 'dev', Team: 'x', CostCenter: 'y' } }] });
        }
      }
      """, files: ["iaclsp.toml": configuration]),
    Example("""
      from aws_cdk import Stack

      class TapStack(Stack):
          pass
      """),
  ]
}
