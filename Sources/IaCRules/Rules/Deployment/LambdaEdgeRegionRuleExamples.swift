import IaCModel
import Foundation

extension LambdaEdgeRegionRule {
  static let documentation = """
    ## What it does
    Finds Lambda@Edge associations (`cloudfront.EdgeLambda(function_version=...)`, entries of `edge_lambdas` /
    `edgeLambdas`) whose function is a plain `lambda_.Function` defined in a stack whose region is known and
    is not us-east-1. When the region cannot be known from the sources, the finding is an info hint.

    ## Why is this bad?
    CloudFront replicates Lambda@Edge functions from US East (N. Virginia) and can only associate function
    versions created there. A function in another region makes the distribution fail to deploy.
    `cloudfront.experimental.EdgeFunction` creates the function in us-east-1 from a stack in any region.

    ## Example
    ```python
    image_optimizer = _lambda.Function(self, "ImageOptimizer", runtime=runtime, handler="index.handler", code=code)

    edge_lambdas=[
        cloudfront.EdgeLambda(
            function_version=image_optimizer.current_version,
            event_type=cloudfront.LambdaEdgeEventType.VIEWER_REQUEST,
        )
    ]
    ```

    Use instead:
    ```python
    image_optimizer = cloudfront.experimental.EdgeFunction(
        self, "ImageOptimizer", runtime=runtime, handler="index.handler", code=code
    )
    ```

    ## References
    - [Restrictions on edge functions (CloudFront Developer Guide)](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-functions-restrictions.html)
    - [`aws_cdk.aws_cloudfront.experimental.EdgeFunction`](https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_cloudfront.experimental/EdgeFunction.html)
    """

  static let app = """
    import aws_cdk as cdk
    from lib.tap_stack import TapStack

    app = cdk.App()
    TapStack(app, "TapStack", env=cdk.Environment(region="us-east-2"))
    app.synth()
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import Stack, aws_cloudfront as cloudfront, aws_lambda as _lambda

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              image_optimizer = _lambda.Function(
                  self,
                  "ImageOptimizer",
                  runtime=_lambda.Runtime.PYTHON_3_11,
                  handler="index.handler",
                  code=_lambda.Code.from_inline("..."),
              )

              edge_function_version = image_optimizer.current_version

              behavior = cloudfront.BehaviorOptions(
                  origin=origin,
                  edge_lambdas=[
                      cloudfront.EdgeLambda(
                          function_version=↓edge_function_version,
                          event_type=cloudfront.LambdaEdgeEventType.VIEWER_REQUEST
                      )
                  ],
              )
      """, path: "lib/tap_stack.py", files: ["tap.py": app]),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
      import * as lambda from 'aws-cdk-lib/aws-lambda';

      export class TapStack extends cdk.Stack {
        constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
          super(scope, id, props);
          const rewrite = new lambda.Function(this, 'Rewrite', { runtime, handler: 'index.handler', code });
          new cloudfront.Distribution(this, 'Site', {
            defaultBehavior: {
              origin,
              edgeLambdas: [{ functionVersion: ↓rewrite.currentVersion, eventType: cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST }],
            },
          });
        }
      }
      """, path: "lib/tap-stack.ts", files: [
        "bin/tap.ts": "import * as cdk from 'aws-cdk-lib';\nimport { TapStack } from '../lib/tap-stack';\nconst app = new cdk.App();\nnew TapStack(app, 'Tap', { env: { region: 'ap-southeast-2' } });\n",
      ]),
    // A behavior added to the distribution later, the classes imported under other names.
    Example("""
      import * as cdk from 'aws-cdk-lib';
      import { Distribution as Cdn, LambdaEdgeEventType } from 'aws-cdk-lib/aws-cloudfront';
      import { Function as Fn } from 'aws-cdk-lib/aws-lambda';

      export class TapStack extends cdk.Stack {
        constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
          super(scope, id, props);
          const resize = new Fn(this, 'Resize', { runtime, handler: 'index.handler', code });
          const cdn = new Cdn(this, 'Site', { defaultBehavior: { origin } });
          cdn.addBehavior('/images/*', origin, {
            edgeLambdas: [{ functionVersion: ↓resize.currentVersion, eventType: LambdaEdgeEventType.ORIGIN_RESPONSE }],
          });
        }
      }
      """, path: "lib/tap-stack.ts", files: [
        "bin/tap.ts": "import * as cdk from 'aws-cdk-lib';\nimport { TapStack } from '../lib/tap-stack';\nconst app = new cdk.App();\nnew TapStack(app, 'Tap', { env: { region: 'eu-west-1' } });\n",
      ]),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import Stack, aws_cloudfront as cloudfront, aws_lambda as _lambda

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              image_optimizer = cloudfront.experimental.EdgeFunction(
                  self, "ImageOptimizer", runtime=_lambda.Runtime.PYTHON_3_11, handler="index.handler", code=code
              )
              behavior = cloudfront.BehaviorOptions(
                  origin=origin,
                  edge_lambdas=[cloudfront.EdgeLambda(function_version=image_optimizer.current_version, event_type=t)],
              )
      """, path: "lib/tap_stack.py", files: ["tap.py": app]),
    Example("""
      from aws_cdk import Stack, aws_cloudfront as cloudfront, aws_lambda as _lambda

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              fn = _lambda.Function(self, "Fn", runtime=r, handler="index.handler", code=c)
              cloudfront.EdgeLambda(function_version=fn.current_version, event_type=t)
      """, path: "lib/tap_stack.py", files: ["tap.py": app.replacingOccurrences(of: "us-east-2", with: "us-east-1")]),
    Example("""
      from aws_cdk import Stack, aws_cloudfront as cloudfront

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              # Note: Lambda@Edge must be created in us-east-1 and cannot be deployed
              # in us-east-2. For cross-region deployments, Lambda@Edge is omitted.
              behavior = cloudfront.BehaviorOptions(
                  origin=origin,
                  compress=True
                  # Lambda@Edge omitted for cross-region deployment
              )
      """, path: "lib/tap_stack.py", files: ["tap.py": app]),
    // A class of the project's own that happens to be called `Distribution`: no CloudFront distribution is made.
    Example("""
      from aws_cdk import Stack, aws_lambda as _lambda
      from .cdn import Distribution

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              fn = _lambda.Function(self, "Fn", runtime=r, handler="index.handler", code=c)
              site = Distribution(self, "Site")
              site.add_behavior("/api/*", edge_lambdas=[{"function_version": fn.current_version}])
      """, path: "lib/tap_stack.py", files: ["tap.py": app]),
  ]
}
