import IaCModel
extension PlaceholderTestRule {
  static let documentation = """
    ## What it does
    Finds tests in infrastructure projects that cannot pass or that check nothing:
    - a test whose body fails unconditionally: `self.fail("... should be implemented ...")`,
      `assert False`, `expect(false).toBe(true)`, `fail(...)`, an unconditional `throw`;
    - a test with no assertion at all, such as the untouched `cdk init` template whose
      `template.has_resource_properties(...)` lines are commented out;
    - a test whose only assertions are always true (`self.assertTrue(True)`, `expect(true).toBe(true)`);
    - test classes and test files whose tests are all commented out.

    Tests marked to be skipped (`@pytest.mark.skip`, `test.skip`) are left alone.

    ## Why is this bad?
    A placeholder that always fails blocks every pipeline run until someone notices it was never written.
    A test that asserts nothing passes whatever the stack does, so the suite reports coverage it does not have,
    and a change that breaks the template ships with green checks.

    ## Example
    ```python
    @mark.it("Write Integration Tests")
    def test_write_unit_tests(self):
        self.fail("Unit test for TapStack should be implemented here.")
    ```

    Use instead:
    ```python
    @mark.it("S3 website bucket exists")
    def test_s3_website_bucket_exists(self):
        bucket_name = flat_outputs.get("WebsiteBucketName")
        self.assertIsNotNone(bucket_name)
        self.s3_client.head_bucket(Bucket=bucket_name)
    ```

    ## References
    - [Testing AWS CDK applications](https://docs.aws.amazon.com/cdk/v2/guide/testing.html)
    - [`aws_cdk.assertions`](https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.assertions/README.html)
    - [Testing Pulumi programs](https://www.pulumi.com/docs/iac/concepts/testing/)
    """

  static let triggering: [Example] = [
    Example("""
      import aws_cdk as core
      import aws_cdk.assertions as assertions
      from hello.hello_stack import HelloStack

      def ↓test_sqs_queue_created():
          app = core.App()
          stack = HelloStack(app, "hello")
          template = assertions.Template.from_stack(stack)

      #     template.has_resource_properties("AWS::SQS::Queue", {
      #         "VisibilityTimeout": 300
      #     })
      """, path: "tests/unit/test_hello_stack.py", severity: .info),
    Example("""
      import unittest
      from pytest import mark
      import aws_cdk as cdk

      class TestTapStack(unittest.TestCase):
          @mark.it("Write Integration Tests")
          def test_write_unit_tests(self):
              # ARRANGE
              ↓self.fail(
                  "Unit test for TapStack should be implemented here."
              )
      """, path: "tests/integration/test_tap_stack.py"),
    Example("""
      import aws_cdk as core
      import aws_cdk.assertions as assertions

      from tap.tap_stack import TapStack

      # example tests. To run these tests, uncomment this file along with the example
      # resource in tap/tap_stack.py
      def ↓test_sqs_queue_created():
          app = core.App()
          stack = TapStack(app, "tap")
          template = assertions.Template.from_stack(stack)

      #     template.has_resource_properties("AWS::SQS::Queue", {
      #         "VisibilityTimeout": 300
      #     })
      """, path: "tests/unit/test_tap_stack.py", severity: .info),
    Example("""
      import aws_cdk as cdk

      def test_stack():
          ↓assert False, "TODO"

      def ↓test_truth():
          assert True
      """, path: "tests/test_stack.py"),
    Example("""
      import aws_cdk as cdk
      import unittest

      class ↓TestStack(unittest.TestCase):
          pass
          # def test_bucket(self):
          #     self.assertEqual(1, 2)
      """, path: "tests/test_stack.py"),
    Example("""
      describe('Turn Around Prompt API Integration Tests', () => {
        describe('Write Integration TESTS', () => {
          test('Dont forget!', async () => {
            ↓expect(false).toBe(true);
          });
        });
      });
      """, path: "test/tap-stack.int.test.ts", files: ["cdktf.json": #"{"app": "npx ts-node main.ts"}"#]),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      import { Template } from 'aws-cdk-lib/assertions';
      import * as Tap from '../lib/tap-stack';

      ↓test('SQS Queue Created', () => {
      //   const app = new cdk.App();
      //   const stack = new Tap.TapStack(app, 'MyTestStack');
      //   const template = Template.fromStack(stack);
      //   template.hasResourceProperties('AWS::SQS::Queue', {
      //     VisibilityTimeout: 300
      //   });
      });
      """, path: "test/tap.test.ts", severity: .warning),
    // A test that builds the template and asserts nothing: it checks only that the stack synthesizes, at info.
    Example("""
      import * as cdk from 'aws-cdk-lib';
      import { Template } from 'aws-cdk-lib/assertions';
      import { TapStack } from '../lib/tap-stack';

      ↓test('stack builds', () => {
        const app = new cdk.App();
        const stack = new TapStack(app, 'MyTestStack');
        const template = Template.fromStack(stack);
      });
      """, path: "test/tap-stack.test.ts", severity: .info),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      ↓// test('bucket', () => {
      //   expect(template).toBeDefined();
      // });
      """, path: "test/bucket.test.ts"),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      import { Stack } from 'aws-cdk-lib';
      import * as defaults from '../lib/index';

      test('an existing function in a VPC', () => {
        const stack = new Stack();
        defaults.buildLambdaFunction(stack, { existingLambdaObj: fn, vpc });
        // All we're doing here is confirming that buildLambdaFunction does NOT
        // throw an exception when the existing Lambda function is in a VPC
      });
      """, path: "test/lambda-helper.test.ts", files: ["cdk.json": #"{"app": "npx ts-node bin/app.ts"}"#]),
    Example("""
      import { handler } from '../lambda/validate';

      test('rejects an empty order', async () => {
        try {
          await handler({ body: '' });
        } catch {
          return;
        }
        fail('an empty order must be rejected');
      });
      """, path: "test/validate.test.ts", files: ["cdk.json": #"{"app": "npx ts-node bin/app.ts"}"#]),
    Example("""
      import unittest
      import aws_cdk as cdk
      from stacks.validate import handler

      class TestHandler(unittest.TestCase):
          def test_rejects_empty_order(self):
              try:
                  handler({"body": ""}, None)
              except ValueError:
                  return
              self.fail("an empty order must be rejected")

          def test_handler_does_not_raise_on_valid_order(self):
              run = handler
              run({"body": "{}"}, None)
      """, path: "tests/unit/test_handler.py"),
    Example("""
      import { expect as chaiExpect } from 'chai';
      import * as assert_1 from '@aws-cdk/assert';
      import * as assert from 'assert';
      import * as cdk from 'aws-cdk-lib';
      import { CheckQueueKeyType } from './utils';

      describe('stack', () => {
        test('env', () => {
          if (!process.env.API_KEY) throw new Error('API_KEY is not defined')
          assert_1.expect(stack).to(assert_1.haveResourceLike('AWS::SQS::Queue'));
        });
        it('must have a name tag', function (done) {
          pulumi.all([s.urn, s.tags]).apply(([urn, tags]) => { if (!tags?.Name) done(new Error('x')); else done(); });
        });
        it('uses chai', () => { chaiExpect(x).to.equal(3); });
        it('uses node assert', () => { assert.strictEqual(a, b); });
        test('soft', () => { expect.soft(x).toBe(3); });
        test('helper', () => { CheckQueueKeyType(template, 'x'); });
        test('deploys two constructs', () => {
          new Construct1(stack, 'a');
          new Construct1(stack, 'b');
          // Nothing to check, the above lines shouldn't throw an error
        });
        test('integration', async () => {
          await deploy('stack');
        });
      });
      """, path: "test/stack.test.ts"),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      // On failure we call process.exit(1); submit(job) and commit() are helpers.
      export function helper() { return 1; }
      """, path: "test/helpers.ts"),
    Example("""
      import aws_cdk as cdk
      import pytest

      @pytest.fixture
      def test_stack():
          return cdk.Stack(cdk.App(), "S")

      def test_bucket(test_stack):
          assert test_stack is not None
      """, path: "tests/unit/test_stack.py"),
    Example("""
      import unittest
      import boto3
      from botocore.exceptions import ClientError
      from pytest import mark
      import aws_cdk as cdk

      class TestTapStack(unittest.TestCase):
          @mark.it("S3 Website Bucket Should Exist and Be Accessible")
          def test_s3_website_bucket_exists(self):
              \"\"\"Test that the S3 website bucket exists and is properly configured\"\"\"
              bucket_name = flat_outputs.get('WebsiteBucketName')
              self.assertIsNotNone(bucket_name, "WebsiteBucketName should be in outputs")
              try:
                  response = self.s3_client.head_bucket(Bucket=bucket_name)
                  self.assertIsNotNone(response, "S3 bucket should exist")
              except ClientError as e:
                  self.fail(f"S3 bucket {bucket_name} does not exist: {e}")
      """, path: "tests/integration/test_tap_stack.py"),
    Example("""
      import aws_cdk as cdk
      from aws_cdk.assertions import Template

      def _template():
          return Template.from_stack(TapStack(cdk.App(), "T"))

      def check_bucket(template):
          template.resource_count_is("AWS::S3::Bucket", 1)

      def test_bucket():
          check_bucket(_template())

      @pytest.mark.skip(reason="not ready")
      def test_later():
          pytest.fail("not ready")
      """, path: "tests/unit/test_stack.py"),
    Example("""
      import aws_cdk as cdk
      # This module mentions self.fail("should be implemented") only in a comment.
      def helper():
          return "expect(false).toBe(true)"
      """, path: "lib/stack.py"),
    Example("""
      import { Template } from 'aws-cdk-lib/assertions';
      describe('stack', () => {
        test('creates a bucket', () => {
          const template = Template.fromStack(stack);
          template.resourceCountIs('AWS::S3::Bucket', 1);
        });
        it('has outputs', async () => {
          const outputs = await loadOutputs();
          expect(outputs.BucketName).toBeDefined();
          if (!outputs.ok) { throw new Error('missing'); }
        });
        test.skip('later', () => {});
      });
      """, path: "test/stack.test.ts"),
    Example("""
      def test_math():
          assert 1 + 1 == 2
      """, path: "tests/test_math.py"),
  ]
}
