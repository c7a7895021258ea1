import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// `fix = true`: an unsafe fix that writes the value `equals` requires, re-parsed with the languages' parsers.
@Suite("Custom rule fixes")
struct CustomRuleFixTests {
  static let toml = """
    [[rule]]
    code = "ACME001"
    name = "versioned-buckets"
    message = "Every bucket is versioned"
    resources = ["aws-cdk-lib.aws_s3.Bucket"]
    [rule.props.versioned]
    equals = true
    fix = true

    [[rule]]
    code = "ACME002"
    name = "retained-buckets"
    message = "Buckets are retained"
    resources = ["aws-cdk-lib.aws_s3.Bucket"]
    [rule.props.removal_policy]
    equals = "RETAIN"
    fix = true

    [[rule]]
    code = "ACME003"
    name = "team-bucket-names"
    message = "Bucket names carry the team prefix"
    resources = ["aws-cdk-lib.aws_s3.Bucket"]
    [rule.props.bucketName]
    equals = "team-logs"
    fix = true

    """

  func fixed(_ code: String, path: String) throws -> String {
    let linter = try CustomRuleSupport.linter(Self.toml)
    let outcome = linter.fix(SourceFile(path: path, text: code), allowing: [.safe, .unsafe])
    let left = outcome.remaining.filter { $0.code.hasPrefix("ACME") }
    #expect(left.allSatisfy { $0.code == "ACME002" && $0.fix == nil }, "\(left.map(\.message))")
    return String(decoding: outcome.bytes, as: UTF8.self)
  }

  @Test func pythonFixesParse() async throws {
    let code = """
      from aws_cdk import RemovalPolicy, aws_s3 as s3

      s3.Bucket(self, "A")
      s3.Bucket(
          self,
          "B",
          versioned=False,  # to be decided
          removal_policy=RemovalPolicy.DESTROY,
          bucket_name="other",
      )
      """
    let result = try fixed(code, path: "app/stack.py")
    // An unset enum prop gets no fix (writing the member needs its import); the other props are added.
    #expect(result.contains(#"s3.Bucket(self, "A", versioned=True, bucket_name="team-logs")"#))
    #expect(result.contains("versioned=True,  # to be decided"))
    #expect(result.contains("removal_policy=RemovalPolicy.RETAIN,"))
    #expect(result.contains(#"bucket_name="team-logs","#))
    guard let parses = await RealParsers.pythonParses(result) else {
      print("skipped: python3 is not installed")
      return
    }
    #expect(parses, "\(result)")
  }

  @Test func typeScriptFixesParse() async throws {
    let code = """
      import * as cdk from 'aws-cdk-lib';
      import * as s3 from 'aws-cdk-lib/aws-s3';

      new s3.Bucket(this, 'A');
      new s3.Bucket(this, 'B', {
        versioned: false,
        removalPolicy: cdk.RemovalPolicy.DESTROY,
      });
      """
    let result = try fixed(code, path: "lib/stack.ts")
    #expect(result.contains("versioned: true"))
    #expect(result.contains("removalPolicy: cdk.RemovalPolicy.RETAIN"))
    #expect(result.contains(#"new s3.Bucket(this, 'A', { versioned: true, bucketName: "team-logs" });"#))
    guard let parses = await RealParsers.typeScriptParses(result) else {
      print("skipped: node with the typescript package (Debian node-typescript) is not installed")
      return
    }
    #expect(parses, "\(result)")
  }

  @Test func noFixWhenTheValueCannotBeWritten() throws {
    let code = """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "A", removal_policy=policy, **props)
      """
    let findings = try CustomRuleSupport.findings(Self.toml, code)
    #expect(findings.allSatisfy { $0.fix == nil })
  }
}
