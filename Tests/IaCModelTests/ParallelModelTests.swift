import IaCModel
import IaCSyntax
import Testing

/// The server reads a large document's resources on every core; the model must be the one a single thread builds.
@Suite("Resource model: built in parallel")
struct ParallelModelTests {
  /// A stack of `count` blocks: buckets, functions that reference them, enum members, values bound to names first,
  /// and a construct created inside a helper function.
  static func pythonStack(blocks count: Int) -> String {
    var text = """
      import aws_cdk as cdk
      from aws_cdk import aws_s3 as s3, aws_lambda as lambda_, aws_sqs as sqs
      from constructs import Construct

      RUNTIME = lambda_.Runtime.PYTHON_3_12


      def queue(scope, name):
          return sqs.Queue(scope, name, retention_period=cdk.Duration.days(4))


      class Stack(cdk.Stack):
          def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
              super().__init__(scope, construct_id, **kwargs)

      """
    for block in 0..<count {
      let encryption = block % 3 == 0 ? "s3.BucketEncryption.S3_MANAGED" : "s3.BucketEncryption.KMS"
      text += """
                name_\(block) = f"logs-{construct_id}-\(block)"
                bucket_\(block) = s3.Bucket(self, "Bucket\(block)", bucket_name=name_\(block), encryption=\(encryption),
                    versioned=\(block % 2 == 0 ? "True" : "False"))
                fn_\(block) = lambda_.Function(self, "Fn\(block)", runtime=RUNTIME, handler="index.handler",
                    code=lambda_.Code.from_asset("lambda"), environment={"BUCKET": bucket_\(block).bucket_name})
                bucket_\(block).grant_read(fn_\(block))
                queue(self, "Queue\(block)")

        """
    }
    return text
  }

  static func typeScriptStack(blocks count: Int) -> String {
    var text = """
      import * as cdk from 'aws-cdk-lib';
      import { aws_s3 as s3, aws_lambda as lambda } from 'aws-cdk-lib';
      import { Construct } from 'constructs';

      export class Stack extends cdk.Stack {
        constructor(scope: Construct, id: string, props?: cdk.StackProps) {
          super(scope, id, props);

      """
    for block in 0..<count {
      text += """
            const props\(block) = { versioned: \(block % 2 == 0), encryption: s3.BucketEncryption.S3_MANAGED };
            const bucket\(block) = new s3.Bucket(this, 'Bucket\(block)', props\(block));
            const fn\(block) = new lambda.Function(this, 'Fn\(block)', {
              runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('lambda'),
              environment: { BUCKET: bucket\(block).bucketName },
            });
            bucket\(block).grantRead(fn\(block));

        """
    }
    return text + "  }\n}\n"
  }

  @Test(arguments: [("stack.py", 0), ("stack.py", 1), ("stack.py", 40), ("stack.py", 150), ("stack.ts", 40), ("stack.ts", 150)])
  func parallelModelEqualsTheSerialOne(_ path: String, _ blocks: Int) {
    let text = path.hasSuffix(".py") ? Self.pythonStack(blocks: blocks) : Self.typeScriptStack(blocks: blocks)
    let file = SourceFile(path: path, text: text)
    let serial = FileModel(file)
    let parallel = FileModel(file, parallel: true)
    #expect(serial.resources.count == parallel.resources.count)
    if blocks >= 40 { #expect(serial.resources.count >= 80) }
    #expect(String(reflecting: serial.resources) == String(reflecting: parallel.resources))
    for (first, second) in zip(serial.resources, parallel.resources) {
      #expect(first.index == second.index)
      #expect(first.references == second.references)
      #expect(first.referencedBy == second.referencedBy)
      #expect(first.calls.count == second.calls.count)
    }
  }
}
