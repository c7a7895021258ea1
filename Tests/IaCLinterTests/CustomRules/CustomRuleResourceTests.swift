import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// Each way of naming a resource type, across CDK, Pulumi and CDKTF, in Python and TypeScript.
@Suite("Custom rule resources")
struct CustomRuleResourceTests {
  static func rule(_ resources: [String], prop: String, _ condition: String) -> String {
    CustomRuleConditionTests.rule(resources, prop: prop, condition)
  }

  func count(_ toml: String, _ code: String, path: String) throws -> Int {
    try CustomRuleSupport.findings(toml, code, path: path).filter { $0.code == "ACME001" }.count
  }

  static let cdkPython = """
    from aws_cdk import aws_s3 as s3

    s3.Bucket(self, "Logs")
    s3.CfnBucket(self, "Raw")
    """
  static let cdkTypeScript = """
    import { aws_s3 as s3 } from 'aws-cdk-lib';

    new s3.Bucket(this, 'Logs');
    new s3.CfnBucket(this, 'Raw');
    """

  @Test func jsiiNamesInBothLanguages() throws {
    let l2 = Self.rule(["aws-cdk-lib.aws_s3.Bucket"], prop: "versioned", "equals = true")
    #expect(try count(l2, Self.cdkPython, path: "app/stack.py") == 1)
    #expect(try count(l2, Self.cdkTypeScript, path: "lib/stack.ts") == 1)
    let l1 = Self.rule(["aws-cdk-lib.aws_s3.CfnBucket"], prop: "versioning_configuration", "present = true")
    #expect(try count(l1, Self.cdkPython, path: "app/stack.py") == 1)
    #expect(try count(l1, Self.cdkTypeScript, path: "lib/stack.ts") == 1)
  }

  @Test func globsOverFullyQualifiedNames() throws {
    // Only the types that have the prop are judged: `Bucket` has `versioned`, `CfnBucket` does not.
    let toml = Self.rule(["aws-cdk-lib.aws_s3.*"], prop: "versioned", "equals = true")
    #expect(try count(toml, Self.cdkPython, path: "app/stack.py") == 1)
  }

  @Test func pulumiTypeTokensInBothLanguages() throws {
    let toml = Self.rule(["aws:lambda/function:Function"], prop: "runtime", #"not-in = ["python3.8", "python3.9"]"#)
    let python = """
      import pulumi_aws as aws

      aws.lambda_.Function("old", runtime="python3.9", role=role.arn)
      aws.lambda_.Function("new", runtime="python3.12", role=role.arn)
      """
    #expect(try count(toml, python, path: "__main__.py") == 1)
    let logGroups = Self.rule(["aws:cloudwatch/logGroup:LogGroup"], prop: "retentionInDays", "min = 30")
    let typeScript = """
      import * as aws from '@pulumi/aws';

      new aws.cloudwatch.LogGroup('short', { retentionInDays: 7 });
      new aws.cloudwatch.LogGroup('long', { retentionInDays: 365 });
      """
    #expect(try count(logGroups, typeScript, path: "index.ts") == 1)
  }

  @Test func cdktfNamesAndTerraformTypes() throws {
    let code = """
      import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

      new S3Bucket(this, 'logs', { bucket: 'logs', forceDestroy: true });
      new S3Bucket(this, 'data', { bucket: 'data' });
      """
    let byFQN = Self.rule(["@cdktf/provider-aws.s3Bucket.S3Bucket"], prop: "forceDestroy", "not-equals = true")
    #expect(try count(byFQN, code, path: "main.ts") == 1)
    let byTerraformType = Self.rule(["aws_s3_bucket"], prop: "force_destroy", "not-equals = true")
    #expect(try count(byTerraformType, code, path: "main.ts") == 1)
  }

  @Test func terraformTypesMatchPulumiResourcesOnceTheCatalogueRecordsThem() throws {
    let pulumiTypes = CatalogueResourceTypes.shared.entries.filter { $0.type.framework == .pulumi && $0.type.terraformType != nil }
    guard !pulumiTypes.isEmpty else {
      print("skipped: the catalogue records no Terraform type for Pulumi resources yet")
      return
    }
    let toml = Self.rule(["aws_s3_bucket"], prop: "forceDestroy", "not-equals = true")
    let code = """
      import pulumi_aws as aws

      aws.s3.Bucket("logs", force_destroy=True)
      """
    #expect(try count(toml, code, path: "__main__.py") == 1)
  }

  @Test func cloudFormationTypesMatchTheL2AndTheL1() throws {
    guard CatalogueResourceTypes.shared.knowsCloudFormationTypes else {
      // Without CloudFormation types the pattern is accepted unchecked and matches nothing yet.
      #expect(try count(Self.rule(["AWS::S3::Bucket"], prop: "versioned", "equals = true"), Self.cdkPython, path: "app/stack.py") == 0)
      print("skipped: the catalogue records no CloudFormation types yet (APITypeRecord.resourceType is empty)")
      return
    }
    let toml = Self.rule(["AWS::S3::Bucket"], prop: "versioned", "equals = true")
    #expect(try count(toml, Self.cdkPython, path: "app/stack.py") == 1)
    let both = Self.rule(["AWS::S3::*"], prop: "bucket_name", "present = true")
    #expect(try count(both, Self.cdkTypeScript, path: "lib/stack.ts") == 2)
  }
}
