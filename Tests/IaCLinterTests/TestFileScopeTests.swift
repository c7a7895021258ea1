import IaCLinter
import IaCSyntax
import Testing

/// Rules about deploying and deleting stacks, and the AWS Solutions pack, leave unit tests alone: a test's stack is
/// synthesized with only what the test is about, never deployed.
@Suite("Test file scope")
struct TestFileScopeTests {
  static let stack = """
    import * as cdk from 'aws-cdk-lib';
    import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
    import * as kms from 'aws-cdk-lib/aws-kms';
    import * as s3 from 'aws-cdk-lib/aws-s3';
    import * as wafv2 from 'aws-cdk-lib/aws-wafv2';

    const app = new cdk.App();
    const stack = new cdk.Stack(app, 'TestStack', { env: { region: 'eu-west-1' } });
    new kms.Key(stack, 'Key');
    new s3.Bucket(stack, 'Bucket', { removalPolicy: cdk.RemovalPolicy.DESTROY });
    const logs = new s3.Bucket(stack, 'Logs');
    new cloudfront.Distribution(stack, 'Cdn', { defaultBehavior: { origin }, enableLogging: true, logBucket: logs });
    new wafv2.CfnWebACL(stack, 'Acl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'acl', sampledRequestsEnabled: true },
    });
    """

  func codes(_ path: String) -> Set<String> {
    let linter = Linter(settings: LinterSettings(select: ["IAC201", "IAC202", "IAC306", "aws-solutions"]))
    return Set(linter.check(SourceFile(path: path, text: Self.stack)).map(\.code))
  }

  @Test func theSameStackIsJudgedOutsideTests() {
    let found = codes("lib/stack.ts")
    #expect(found.isSuperset(of: ["IAC201", "IAC202", "IAC306", "IAC703"]))
  }

  @Test func unitTestsAreLeftAlone() {
    #expect(codes("test/stack.test.ts").isEmpty)
    #expect(codes("test/integ.stack.ts").isEmpty)
  }
}
