import IaCModel
extension MissingAppEntrypointRule {
  static let documentation = """
    ## What it does
    Finds projects whose app cannot start:
    - `cdk.json` or `cdktf.json` whose `app` command runs a file that does not exist (`python3 tap.py`
      without `tap.py`);
    - a CDK project with no `cdk.json` command and no file that creates an `App()`, instantiates the stack
      and calls `synth()` (only one stack module was written);
    - a Pulumi project whose program (`main`, `__main__.py` or `index.ts`) is missing.

    ## Why is this bad?
    `cdk synth`, `cdk deploy`, `cdktf deploy` and `pulumi up` all start by running the program. When it is
    missing, nothing can be synthesised or deployed, and the error (`can't open file 'tap.py'`) points at the
    command line rather than at the missing file.

    ## Example
    `cdk.json`:
    ```json
    { "app": "python3 tap.py" }
    ```
    with only `lib/tap_stack.py` in the project.

    Use instead:

    Add the entry point the command names:
    ```python
    #!/usr/bin/env python3
    import aws_cdk as cdk

    from lib.tap_stack import TapStack

    app = cdk.App()
    TapStack(app, "TapStack")
    app.synth()
    ```

    ## Fix safety
    The fix creates the entry point: it imports the stack class it found, instantiates it once in a new
    `App` and calls `synth()`. It is unsafe: the stack may need more arguments, an environment or a
    naming scheme the fix cannot know.

    ## References
    - [AWS CDK apps](https://docs.aws.amazon.com/cdk/v2/guide/apps.html)
    - [AWS CDK CLI reference](https://docs.aws.amazon.com/cdk/v2/guide/cli.html)
    - [Pulumi project file](https://www.pulumi.com/docs/iac/concepts/projects/project-file/)
    """

  static let triggering: [Example] = [
    Example(#"{"app": ↓"python3 tap.py", "context": {}}"#, path: "cdk.json", files: [
      "lib/tap_stack.py": "from aws_cdk import Stack\n\nclass TapStack(Stack):\n    pass\n",
    ]),
    Example("""
      from aws_cdk import Stack
      from constructs import Construct

      class ↓TapStack(Stack):
          def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
              super().__init__(scope, construct_id, **kwargs)
      """, path: "lib/tap_stack.py"),
    Example(#"{"language": "typescript", "app": ↓"npx ts-node main.ts"}"#, path: "cdktf.json", files: [
      "lib/tap-stack.ts": "import { TerraformStack } from 'cdktf';\nexport class TapStack extends TerraformStack {}\n",
    ]),
    Example("name: tap\nruntime: python\nmain: ↓src/\n", path: "Pulumi.yaml", files: ["src/tap_stack.py": "import pulumi\n"]),
  ]

  static let nonTriggering: [Example] = [
    Example(#"{"app": "cd infra && npx ts-node --prefer-ts-exts bin/app.ts"}"#, path: "cdk.json", files: [
      "infra/bin/app.ts": "import * as cdk from 'aws-cdk-lib';\nconst app = new cdk.App();\n",
    ]),
    Example(#"{"app": "npm run build && node dist/bin/app.js"}"#, path: "cdk.json", files: [
      "bin/app.ts": "import * as cdk from 'aws-cdk-lib';\nconst app = new cdk.App();\n",
    ]),
    Example("name: infra\nruntime: nodejs\nmain: dist/index.js\n", path: "Pulumi.yaml", files: ["index.ts": "import * as pulumi from '@pulumi/pulumi';\n"]),
    Example("""
      from aws_cdk import core

      class ApiStack(core.Stack):
          pass

      app = core.App()
      ApiStack(app, "Api")
      app.synth()
      """, path: "app.py"),
    Example("""
      import { Stack } from 'aws-cdk-lib';
      export class ReusableStack extends Stack {}
      """, path: "lib/index.ts", files: ["package.json": #"{"name": "reusable", "main": "lib/index.js"}"#]),
    Example(#"{"app": "python3 tap.py"}"#, path: "cdk.json", files: [
      "tap.py": "import aws_cdk as cdk\nfrom lib.tap_stack import TapStack\napp = cdk.App()\nTapStack(app, 'T')\napp.synth()\n",
      "lib/tap_stack.py": "from aws_cdk import Stack\n\nclass TapStack(Stack):\n    pass\n",
    ]),
    Example(#"{"app": "node bin/app.js"}"#, path: "cdk.json", files: [
      "bin/app.ts": "import * as cdk from 'aws-cdk-lib';\nconst app = new cdk.App();\n",
    ]),
    Example(#"{"app": "npx ts-node --prefer-ts-exts bin/tap.ts", "watch": {"include": ["**"]}}"#, path: "cdk.json", files: [
      "bin/tap.ts": "import * as cdk from 'aws-cdk-lib';\nconst app = new cdk.App();\napp.synth();\n",
    ]),
    Example("name: tap\nruntime:\n  name: python\n  options:\n    virtualenv: venv\n", path: "Pulumi.yaml", files: [
      "__main__.py": "import pulumi\n",
    ]),
    Example("""
      #!/usr/bin/env python3
      import aws_cdk as cdk
      from aws_cdk import Stack

      class TapStack(Stack):
          pass

      app = cdk.App()
      TapStack(app, "TapStack")
      app.synth()
      """, path: "app.py", files: ["cdk.json": #"{"app": "python3 app.py"}"#]),
  ]
}
