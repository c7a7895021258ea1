import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// IAC401 says why a test checks nothing: no assertion, or a body that is only comments.
@Suite("Placeholder test messages")
struct PlaceholderTestMessageTests {
  func messages(_ path: String, _ text: String) -> [String] {
    var found: [Diagnostic] = []
    PlaceholderTestRule().check(FileModel(SourceFile(path: path, text: text)), context: RuleContext(), into: &found)
    return found.map(\.message)
  }

  @Test func aCommentedOutBodyIsNamed() {
    // The example test `cdk init` writes, in both languages.
    #expect(messages("test/app.test.ts", """
      import * as cdk from 'aws-cdk-lib';
      test('SQS Queue Created', () => {
      //   const app = new cdk.App();
      //   const template = Template.fromStack(stack);
      });
      """) == ["Test 'SQS Queue Created' checks nothing: its body is commented out"])
    #expect(messages("tests/unit/test_app_stack.py", """
      import aws_cdk as core

      def test_sqs_queue_created():
      #     app = core.App()
      #     template = assertions.Template.from_stack(stack)
          pass
      """) == ["Test `test_sqs_queue_created` checks nothing: its body is commented out"])
  }

  @Test func otherBodiesWithoutAssertions() {
    #expect(messages("test/app.test.ts", """
      import * as cdk from 'aws-cdk-lib';
      test('app', () => {
        // Builds the app.
        const app = new cdk.App();
      });
      """) == ["Test 'app' checks nothing: it has no assertion"])
    // An empty title (aws-quickstart/cdk-eks-blueprints) is not printed as `''`.
    #expect(messages("test/karpenter.test.ts", """
      import * as cdk from 'aws-cdk-lib';
      test("", () => {

      });
      """) == ["Test with an empty name checks nothing: it has no assertion"])
  }
}
