import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// The catalogue rules on the cases issue 6 names, checked together so that overlaps show.
@Suite("Catalogue rules")
struct CatalogRulesTests {
  let linter = Linter(settings: LinterSettings(select: ["IAC101", "IAC102", "IAC105", "IAC106"]))

  func findings(_ text: String, path: String = "lib/stack.py", pins: [String: String] = [:]) -> [String] {
    let file = SourceFile(path: path, text: text)
    var snapshot = ProjectSnapshot(root: "/nonexistent-project", markers: [], sources: [file]) { _ in false }
    for (name, contents) in pins { snapshot.auxiliaryFiles["/nonexistent-project/" + name] = Array(contents.utf8) }
    return linter.check(file, context: RuleContext(project: snapshot)).map { "\($0.code) \(file.text($0.range))" }.sorted()
  }

  @Test func wrongModuleMembers() {
    #expect(findings("""
      from aws_cdk import aws_lambda as lambda_, aws_cloudwatch as cloudwatch
      group = lambda_.LogGroup(self, "Logs")
      action = cloudwatch.SnsAction(topic)
      """) == ["IAC102 cloudwatch.SnsAction", "IAC102 lambda_.LogGroup"])
  }

  /// Each finding links to the reference in the file's language: the module that has the name, else the module
  /// written.
  @Test func wrongModuleMembersLinkToTheLanguagesReference() {
    func urls(_ text: String, path: String) -> [String] {
      let file = SourceFile(path: path, text: text)
      let snapshot = ProjectSnapshot(root: "/nonexistent-project", markers: [], sources: [file]) { _ in false }
      return linter.check(file, context: RuleContext(project: snapshot)).filter { $0.code == "IAC102" }.map(\.url)
    }
    #expect(urls("""
      import * as lambda from 'aws-cdk-lib/aws-lambda';
      const group = new lambda.LogGroup(this, 'Logs');
      const bucket = new lambda.Bukcet(this, 'B');
      """, path: "lib/stack.ts") == [
        "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_logs.LogGroup.html",
        "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda-readme.html",
      ])
    #expect(urls("""
      from aws_cdk import aws_lambda as lambda_
      group = lambda_.LogGroup(self, "Logs")
      """, path: "lib/stack.py") == ["https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_logs/LogGroup.html"])
  }

  @Test func s3OriginIsReportedOnceByIAC101() {
    #expect(findings("""
      from aws_cdk import aws_cloudfront_origins as origins
      origin = origins.S3Origin(bucket)
      """) == ["IAC101 origins.S3Origin"])
  }

  @Test func deprecatedCDKAPIs() {
    #expect(findings("""
      from aws_cdk import aws_lambda as lambda_, aws_ec2 as ec2
      fn = lambda_.Function(self, "Fn", runtime=lambda_.Runtime.PYTHON_3_7, log_retention=days)
      vpc = ec2.Vpc(self, "Vpc", cidr="10.0.0.0/16")
      """) == ["IAC105 PYTHON_3_7", "IAC105 cidr", "IAC105 log_retention"])
  }

  @Test func correctUsesStaySilent() {
    #expect(findings("""
      from aws_cdk import aws_lambda as lambda_, aws_ec2 as ec2, aws_logs as logs
      fn = lambda_.Function(self, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, log_group=group)
      vpc = ec2.Vpc(self, "Vpc", ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"), max_azs=2)
      group = logs.LogGroup(self, "Logs", retention=logs.RetentionDays.ONE_WEEK)
      """).isEmpty)
    #expect(findings("""
      from aws_cdk import Stack
      from constructs import Construct

      class Vpc(Construct):
          def __init__(self, scope, id, *, cidr, ciderBlocks):
              super().__init__(scope, id)

      class Runtime:
          PYTHON_3_7 = "python3.7"

      vpc = Vpc(self, "Vpc", cidr="10.0.0.0/16", ciderBlocks=[])
      runtime = Runtime.PYTHON_3_7
      """).isEmpty)
  }

  @Test func typoedProps() {
    #expect(findings("""
      import * as ec2 from 'aws-cdk-lib/aws-ec2';
      const vpc = new ec2.Vpc(this, 'Vpc', { ciderBlocks: ['10.0.0.0/16'], maxAzs: 2 });
      """, path: "lib/stack.ts") == ["IAC106 ciderBlocks"])
    #expect(findings("""
      from aws_cdk import aws_s3 as s3
      bucket = s3.Bucket(self, "B", bucket_nmae="b")
      """) == ["IAC106 bucket_nmae"])
  }

  @Test func pulumiDeprecationsFollowThePinnedVersion() {
    let code = """
      import pulumi_aws as aws
      bucket = aws.s3.BucketV2("assets")
      """
    #expect(findings(code) == ["IAC105 BucketV2"])
    #expect(findings(code, pins: ["requirements.txt": "pulumi>=3\npulumi-aws==7.2.0\n"]) == ["IAC105 BucketV2"])
    #expect(findings(code, pins: ["requirements.txt": "pulumi>=3\npulumi-aws>=6.0.0,<7.0.0\n"]).isEmpty)
    #expect(findings("""
      import * as aws from "@pulumi/aws";
      const bucket = new aws.s3.BucketV2("assets");
      """, path: "index.ts", pins: ["package.json": #"{"dependencies": {"@pulumi/aws": "^6.66.0"}}"#]).isEmpty)
  }

  @Test func messagesSayWhichVersionTheyAssume() {
    let file = SourceFile(path: "index.py", text: "import pulumi_aws as aws\nbucket = aws.s3.BucketV2(\"assets\")\n")
    let diagnostics = Linter(settings: LinterSettings(select: ["IAC105"])).check(file, context: RuleContext())
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.message.contains("assuming 7.51.1") == true)
    #expect(diagnostics.first?.tags.contains(.deprecated) == true)
    #expect(diagnostics.first?.url == "https://www.pulumi.com/registry/packages/aws/api-docs/s3/bucketv2/")
  }

  /// IAC102 judges aws-cdk-lib v2 modules: a project pinned to another major version, or a CDK v1 file, gets no
  /// finding; a v2 pin keeps them.
  @Test func wrongModuleMembersFollowThePinnedVersion() {
    let code = """
      from aws_cdk import aws_lambda as lambda_
      group = lambda_.LogGroup(self, "Logs")
      """
    #expect(findings(code) == ["IAC102 lambda_.LogGroup"])
    #expect(findings(code, pins: ["requirements.txt": "aws-cdk-lib==2.100.0\n"]) == ["IAC102 lambda_.LogGroup"])
    #expect(findings(code, pins: ["requirements.txt": "aws-cdk-lib==1.200.0\n"]).isEmpty)
    #expect(findings("""
      import * as lambda from 'aws-cdk-lib/aws-lambda';
      const group = new lambda.LogGroup(this, 'Logs');
      """, path: "lib/stack.ts", pins: ["package.json": #"{"dependencies": {"aws-cdk-lib": "1.200.0"}}"#]).isEmpty)
    #expect(findings("""
      from aws_cdk import core, aws_lambda as lambda_
      group = lambda_.LogGroup(self, "Logs")
      """).isEmpty)
  }

  /// IAC106 judges props against the catalogue's release: another major version pinned, or a CDK v1 file, and it is
  /// silent; a v2 pin keeps the finding.
  @Test func unknownPropsFollowThePinnedVersion() {
    let code = """
      from aws_cdk import aws_s3 as s3
      bucket = s3.Bucket(self, "B", bucket_nmae="b")
      """
    #expect(findings(code) == ["IAC106 bucket_nmae"])
    #expect(findings(code, pins: ["requirements.txt": "aws-cdk-lib==2.100.0\n"]) == ["IAC106 bucket_nmae"])
    #expect(findings(code, pins: ["requirements.txt": "aws-cdk-lib==1.200.0\n"]).isEmpty)
    #expect(findings("""
      import * as ec2 from 'aws-cdk-lib/aws-ec2';
      const vpc = new ec2.Vpc(this, 'Vpc', { ciderBlocks: ['10.0.0.0/16'] });
      """, path: "lib/stack.ts", pins: ["package.json": #"{"dependencies": {"aws-cdk-lib": "1.200.0"}}"#]).isEmpty)
    #expect(findings("""
      from aws_cdk import core, aws_s3 as s3
      bucket = s3.Bucket(self, "B", bucket_nmae="b")
      """).isEmpty)
  }

  /// IAC105's rename is safe only when the pinned release has the replacement: a pin older than the catalogue's
  /// release makes it unsafe.
  @Test func deprecatedAPIFixIsUnsafeBelowTheCatalogueRelease() throws {
    func applicability(pins: [String: String]) throws -> Applicability? {
      let file = SourceFile(path: "lib/stack.py", text: """
        from aws_cdk import aws_ec2 as ec2
        subnets = vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_WITH_NAT)
        """)
      var snapshot = ProjectSnapshot(root: "/nonexistent-project", markers: [], sources: [file]) { _ in false }
      for (name, contents) in pins { snapshot.auxiliaryFiles["/nonexistent-project/" + name] = Array(contents.utf8) }
      let found = linter.check(file, context: RuleContext(project: snapshot)).filter { $0.code == "IAC105" }
      try #require(found.count == 1)
      #expect(found[0].fix?.edits.first?.newText == "PRIVATE_WITH_EGRESS")
      return found[0].fix?.applicability
    }
    let release = APIPackage.awsCdkLib.catalogueVersion
    #expect(try applicability(pins: [:]) == .safe)
    #expect(try applicability(pins: ["requirements.txt": "aws-cdk-lib==\(release)\n"]) == .safe)
    #expect(try applicability(pins: ["requirements.txt": "aws-cdk-lib==2.30.0\n"]) == .unsafe)
  }

  @Test func dependencyPins() {
    func pin(_ name: String, _ text: String, _ package: APIPackage) -> String? {
      DependencyPins.parse([name: Array(text.utf8)]).pins[package]?.version
    }
    #expect(pin("requirements.txt", "aws-cdk-lib==2.100.0\nconstructs>=10\n", .awsCdkLib) == "2.100.0")
    #expect(pin("requirements.txt", "aws-cdk-lib>=2.100.0\n", .awsCdkLib) == nil)
    #expect(pin("requirements.txt", "pulumi_aws~=6.5\n", .pulumiAws) == "6.5")
    #expect(pin("pyproject.toml", "[tool.poetry.dependencies]\npulumi-aws = \"^6.0\"\n", .pulumiAws) == "6.0")
    #expect(pin("pyproject.toml", "dependencies = [\"aws-cdk-lib>=2.1,<3\"]\n", .awsCdkLib) == "2.1")
    #expect(pin("package.json", #"{"dependencies": {"aws-cdk-lib": "2.150.0"}}"#, .awsCdkLib) == "2.150.0")
    #expect(pin("package-lock.json", #"{"packages": {"node_modules/@pulumi/aws": {"version": "6.83.0"}}}"#, .pulumiAws) == "6.83.0")
    #expect(pin("package.json", #"{"dependencies": {"@cdktf/provider-aws": "*"}}"#, .cdktfProviderAws) == nil)
  }
}
