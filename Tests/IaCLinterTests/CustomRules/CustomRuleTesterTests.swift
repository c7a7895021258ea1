import IaCLinter
import IaCRules
import Testing

/// `iaclsp rules --test`: examples pass or fail, markers included.
@Suite("Custom rule examples")
struct CustomRuleTesterTests {
  static func toml(_ examples: String) -> String {
    """
    [[rule]]
    code = "ACME001"
    name = "versioned-buckets"
    message = "Every bucket is versioned"
    resources = ["aws-cdk-lib.aws_s3.Bucket"]
    [rule.props.versioned]
    equals = true

    \(examples)
    """
  }

  func outcomes(_ examples: String) throws -> [CustomRuleTester.Outcome] {
    CustomRuleTester.run(try CustomRuleSupport.configuration(Self.toml(examples)).customRules)
  }

  @Test func passingAndFailingExamples() throws {
    let results = try outcomes("""
      [[rule.examples]]
      triggering = \"\"\"
      from aws_cdk import aws_s3 as s3
      s3.Bucket(self, "A", versioned=↓False)
      \"\"\"

      [[rule.examples]]
      triggering = \"\"\"
      from aws_cdk import aws_s3 as s3
      s3.Bucket(self, "A", versioned=True)
      \"\"\"

      [[rule.examples]]
      language = "typescript"
      non-triggering = \"\"\"
      import * as s3 from 'aws-cdk-lib/aws-s3';
      new s3.Bucket(this, 'A');
      \"\"\"

      [[rule.examples]]
      triggering = \"\"\"
      from aws_cdk import aws_s3 as s3
      ↓s3.Bucket(self, "A", versioned=False)
      \"\"\"
      """)
    #expect(results.map(\.line) == [9, 15, 21, 28])
    #expect(results[0].failure == nil)
    #expect(results[1].failure == "a triggering example gives no finding")
    #expect(results[2].failure?.hasPrefix("a non-triggering example gives a finding at line 2: Every bucket is versioned") == true)
    #expect(results[3].failure == "the findings (at lines 2) are not where the `↓` markers are")
  }
}
