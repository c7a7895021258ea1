import IaCModel
extension MissingCdkJsonRule {
  static let documentation = """
    ## What it does
    Finds CDK apps (code that imports `aws_cdk` or `aws-cdk-lib` and defines a stack or creates an `App`) with no
    `cdk.json` at the project root. The finding is reported on the entry point, or on the stack class when
    there is no entry point.

    ## Why is this bad?
    The CDK CLI reads `cdk.json` to learn how to run the app. Without it, `cdk synth` and `cdk deploy` stop
    with `--app is required either in command-line, in cdk.json or in ~/.cdk.json`, so the project cannot be
    deployed the way every CDK pipeline deploys it.

    ## Example
    A project with `lib/tap_stack.py` and `tap.py`, and no `cdk.json`.

    Use instead:
    ```json
    {
      "app": "python3 tap.py"
    }
    ```

    ## Fix safety
    The fix creates `cdk.json` with the `app` command for the entry point found (or for the one
    `missing-app-entrypoint` offers to create). It is unsafe: check the interpreter and add the feature flags
    your project needs (`cdk init` writes them into `context`).

    ## References
    - [AWS CDK projects: cdk.json](https://docs.aws.amazon.com/cdk/v2/guide/projects.html)
    - [AWS CDK CLI reference](https://docs.aws.amazon.com/cdk/v2/guide/cli.html)
    """

  static let triggering: [Example] = [
    Example("""
      #!/usr/bin/env python3
      import aws_cdk as cdk
      from lib.tap_stack import TapStack

      app = ↓cdk.App()
      TapStack(app, "TapStack")
      app.synth()
      """, path: "tap.py", files: [
        "lib/tap_stack.py": "from aws_cdk import Stack\n\nclass TapStack(Stack):\n    pass\n",
      ]),
    Example("""
      from aws_cdk import Stack
      from constructs import Construct

      class ↓PaymentStack(Stack):
          def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
              super().__init__(scope, construct_id, **kwargs)
      """, path: "lib/tap_stack.py"),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      import { Construct } from 'constructs';

      export class ↓TapStack extends cdk.Stack {
        constructor(scope: Construct, id: string, props?: cdk.StackProps) {
          super(scope, id, props);
        }
      }
      """, path: "lib/tap-stack.ts"),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      import { Stack } from 'aws-cdk-lib';
      export class ReusableStack extends Stack {}
      """, path: "lib/index.ts", files: ["package.json": #"{"name": "reusable", "main": "lib/index.js", "jsii": {}}"#]),
    Example("""
      #!/usr/bin/env python3
      import aws_cdk as cdk
      from lib.tap_stack import TapStack

      app = cdk.App()
      TapStack(app, "TapStack")
      app.synth()
      """, path: "tap.py", files: [
        "cdk.json": #"{"app": "python3 tap.py"}"#,
        "lib/tap_stack.py": "from aws_cdk import Stack\n\nclass TapStack(Stack):\n    pass\n",
      ]),
    Example("""
      from aws_cdk import aws_s3 as s3
      from constructs import Construct

      class AssetsBucket(Construct):
          def __init__(self, scope: Construct, construct_id: str) -> None:
              super().__init__(scope, construct_id)
              self.bucket = s3.Bucket(self, "Bucket")
      """, path: "constructs_lib/assets.py"),
    Example("""
      import { App, TerraformStack } from 'cdktf';
      class MyStack extends TerraformStack {}
      const app = new App();
      new MyStack(app, 'stack');
      app.synth();
      """, path: "main.ts", files: ["cdktf.json": #"{"app": "npx ts-node main.ts"}"#]),
  ]
}
