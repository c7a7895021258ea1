import IaCModel
import Foundation
extension CloudFrontWafRegionRule {
  static let documentation = """
    ## What it does
    Finds AWS WAF web ACLs with `CLOUDFRONT` scope (`wafv2.CfnWebACL(scope="CLOUDFRONT")`, Pulumi
    `aws.wafv2.WebAcl`, CDK for Terraform `Wafv2WebAcl`) in a stack whose region is known and is not
    us-east-1. The region is read from the stack's `env` where the app instantiates it (following nested
    stacks), a `lib/AWS_REGION` file, Pulumi stack files (`aws:region`) or the CDK for Terraform `AwsProvider`.
    When the region cannot be known from the sources, the finding is an info hint instead.

    ## Why is this bad?
    Web ACLs for CloudFront distributions are global resources that AWS WAF only creates in US East
    (N. Virginia). Elsewhere CloudFormation fails with "The scope is not valid., field: SCOPE_VALUE,
    parameter: CLOUDFRONT", and the whole stack rolls back.

    ## Example
    ```python
    # tap.py deploys TapStack with env=cdk.Environment(region="us-east-2")
    waf_web_acl = wafv2.CfnWebACL(
        self,
        "PortfolioWebACL",
        scope="CLOUDFRONT",
        default_action=wafv2.CfnWebACL.DefaultActionProperty(allow={}),
        visibility_config=visibility,
    )
    ```

    Use instead:

    Create the web ACL in a separate stack deployed to us-east-1 and pass its ARN to the distribution
    (with `cross_region_references=True` on the consuming stack), or drop the association:
    ```python
    waf_stack = WafStack(app, "Waf", env=cdk.Environment(region="us-east-1"), cross_region_references=True)
    ```

    ## References
    - [Resources that you can protect with AWS WAF (AWS WAF Developer Guide)](https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html)
    - [`AWS::WAFv2::WebACL` Scope (CloudFormation)](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-wafv2-webacl.html)
    """

  static let appUSEast2 = """
    import aws_cdk as cdk
    from lib.tap_stack import TapStack

    app = cdk.App()
    TapStack(app, "TapStack", env=cdk.Environment(account="123456789012", region="us-east-2"))
    app.synth()
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import Stack, aws_wafv2 as wafv2

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              waf_web_acl = wafv2.CfnWebACL(
                  self,
                  "PortfolioWebACL",
                  name="portfolio-waf",
                  scope=↓"CLOUDFRONT",  # <-- PROBLEM
                  default_action=wafv2.CfnWebACL.DefaultActionProperty(allow={}),
              )
      """, path: "lib/tap_stack.py", files: ["tap.py": appUSEast2]),
    Example("""
      from aws_cdk import NestedStack, Stack, aws_wafv2 as wafv2

      class Portfolio(NestedStack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              waf_scope = "CLOUDFRONT"
              wafv2.CfnWebACL(self, "Acl", default_action={"allow": {}}, scope=↓waf_scope, visibility_config=v)

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              Portfolio(self, "Portfolio")
      """, path: "lib/tap_stack.py", files: ["tap.py": appUSEast2]),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      import * as wafv2 from 'aws-cdk-lib/aws-wafv2';

      export class EdgeStack extends cdk.Stack {
        constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
          super(scope, id, props);
          new wafv2.CfnWebACL(this, 'Acl', { defaultAction: { allow: {} }, scope: ↓'CLOUDFRONT', visibilityConfig: v });
        }
      }
      """, path: "lib/edge-stack.ts", files: [
        "bin/app.ts": "import * as cdk from 'aws-cdk-lib';\nimport { EdgeStack } from '../lib/edge-stack';\nconst app = new cdk.App();\nnew EdgeStack(app, 'Edge', { env: { region: 'eu-west-1' } });\n",
      ]),
    Example("""
      import pulumi_aws as aws

      acl = aws.wafv2.WebAcl("acl", scope=↓"CLOUDFRONT", default_action={"allow": {}}, visibility_config=v)
      """, path: "__main__.py", files: ["Pulumi.yaml": "name: site\nruntime: python\n", "Pulumi.dev.yaml": "config:\n  aws:region: eu-central-1\n"]),
    // Region unknown (from the environment): an info hint.
    Example("""
      import os
      import aws_cdk as cdk
      from aws_cdk import Stack, aws_wafv2 as wafv2

      class TapStack(Stack):
          def build(self):
              wafv2.CfnWebACL(self, "Acl", scope=↓"CLOUDFRONT", default_action=a, visibility_config=v)

      app = cdk.App()
      TapStack(app, "T", env=cdk.Environment(region=os.environ.get("CDK_DEFAULT_REGION")))
      """, path: "app.py"),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import Stack, aws_wafv2 as wafv2

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              wafv2.CfnWebACL(self, "Acl", scope="CLOUDFRONT", default_action=a, visibility_config=v)
      """, path: "lib/tap_stack.py", files: ["tap.py": appUSEast2.replacingOccurrences(of: "us-east-2", with: "us-east-1")]),
    Example("""
      from aws_cdk import Stack, aws_wafv2 as wafv2

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              # A regional web ACL for an ALB may live in any region; "CLOUDFRONT" in a comment is not code.
              wafv2.CfnWebACL(self, "Acl", scope="REGIONAL", default_action=a, visibility_config=v)
              note = "scope=CLOUDFRONT"
      """, path: "lib/tap_stack.py", files: ["tap.py": appUSEast2]),
    Example("""
      from aws_cdk import Stack, aws_cloudfront as cloudfront

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              # Note: WAF for CloudFront must be created in us-east-1
              # Removing WAF association for cross-region deployment compatibility
              distribution = cloudfront.Distribution(self, "PortfolioDistribution", default_behavior=behavior)
      """, path: "lib/tap_stack.py", files: ["tap.py": appUSEast2]),
    Example("""
      import pulumi
      import pulumi_aws as aws

      us_east_1 = aws.Provider("us-east-1", region="us-east-1")
      acl = aws.wafv2.WebAcl("acl", scope="CLOUDFRONT", default_action={"allow": {}}, visibility_config=v,
                             opts=pulumi.ResourceOptions(provider=us_east_1))
      """, path: "__main__.py", files: ["Pulumi.yaml": "name: site\nruntime: python\n", "Pulumi.dev.yaml": "config:\n  aws:region: eu-central-1\n"]),
    Example("""
      class CfnWebACL:
          def __init__(self, scope):
              self.scope = scope

      acl = CfnWebACL(scope="CLOUDFRONT")
      """),
  ]
}
