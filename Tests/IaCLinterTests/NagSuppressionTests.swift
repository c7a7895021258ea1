import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// cdk-nag suppressions in the source (`NagSuppressions.*`, `Validations.of(x).acknowledge(...)`) silence the AWS
/// Solutions findings they name, and those that silence nothing are reported as unused (IAC002).
@Suite("cdk-nag suppressions")
struct NagSuppressionTests {
  /// A line of the findings: `path:line code` (1-based line).
  typealias Finding = String

  func check(_ files: [(path: String, text: String)], select: [String] = ["aws-solutions", "IAC002"]) -> [Finding] {
    let sources = files.map { SourceFile(path: $0.path, text: $0.text) }
    let project = ProjectSnapshot(root: ".", markers: [], sources: sources) { _ in false }
    // The buckets of these examples have no access logs: s3-bucket-server-access-logging (IAC700) would report
    // each, so it is left out.
    let linter = Linter(settings: LinterSettings(select: select, ignore: ["IAC700"]))
    return sources.flatMap { source in
      linter.check(source, context: RuleContext(project: project)).map { (source.path, source.line(of: $0.range.start) + 1, $0.code) }
    }.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map { "\($0.0):\($0.1) \($0.2)" }
  }

  func check(_ text: String, path: String = "lib/stack.py", select: [String] = ["aws-solutions", "IAC002"]) -> [Finding] {
    check([(path, text)], select: select)
  }

  static let pythonHeader = """
    import aws_cdk as cdk
    from aws_cdk import Stack, Validations, aws_s3 as s3
    from cdk_nag import NagPackSuppression, NagSuppressions
    from constructs import Construct

    """

  // MARK: Resource suppressions

  @Test func aResourceSuppressionOnAVariableSilencesThatConstructOnly() {
    let text = Self.pythonHeader + """
      class Data(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              quiet = s3.Bucket(self, "Quiet")
              s3.Bucket(self, "Loud")
              NagSuppressions.add_resource_suppressions(quiet, [{"id": "AwsSolutions-S10", "reason": "Read through a VPC endpoint only"}])
      """
    #expect(check(text) == ["lib/stack.py:9 IAC703"])
  }

  @Test func aSuppressionOnARestApiCoversItsMethods() {
    let text = """
      from aws_cdk import Stack, aws_apigateway as apigateway
      from cdk_nag import NagSuppressions

      class Api(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              quiet = apigateway.RestApi(self, "Quiet", deploy=False)
              quiet.root.add_method("GET", integration)
              loud = apigateway.RestApi(self, "Loud", deploy=False)
              loud.root.add_method("GET", integration)
              NagSuppressions.add_resource_suppressions(quiet, [{"id": "AwsSolutions-APIG4", "reason": "A public health check"}], apply_to_children=True)
      """
    #expect(check(text, select: ["IAC803", "IAC002"]) == ["lib/stack.py:10 IAC803"])
  }

  @Test func nagPackSuppressionObjectsAndListsBoundToVariablesCount() {
    let text = Self.pythonHeader + """
      class Data(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              bucket = s3.Bucket(self, "Quiet")
              ssl = NagPackSuppression(id="AwsSolutions-S10", reason="Read through a VPC endpoint only")
              suppressions = [ssl]
              NagSuppressions.add_resource_suppressions(construct=bucket, suppressions=suppressions)
      """
    #expect(check(text).isEmpty)
  }

  @Test func applyToChildrenCoversConstructsCreatedInside() {
    let text = Self.pythonHeader + """
      class Archive(Construct):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Inner")

      class Data(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              archive = Archive(self, "Archive")
              NagSuppressions.add_resource_suppressions(archive, [{"id": "AwsSolutions-S10", "reason": "Archive is internal"}], apply_to_children=True)
      """
    #expect(check(text).isEmpty)
  }

  @Test func withoutApplyToChildrenAConstructOfYourOwnCoversNothingAndIsUnused() {
    let text = Self.pythonHeader + """
      class Archive(Construct):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Inner")

      class Data(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              archive = Archive(self, "Archive")
              NagSuppressions.add_resource_suppressions(archive, [{"id": "AwsSolutions-S10", "reason": "Archive is internal"}])
      """
    #expect(check(text) == ["lib/stack.py:8 IAC703", "lib/stack.py:14 IAC002"])
  }

  @Test func aSuppressionOnOneInstanceLeavesTheFindingOfTheOther() {
    let text = Self.pythonHeader + """
      class Archive(Construct):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Inner")

      class Data(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              first = Archive(self, "First")
              Archive(self, "Second")
              NagSuppressions.add_resource_suppressions(first, [{"id": "AwsSolutions-S10", "reason": "First is internal"}], True)
      """
    // The bucket line stands for both instances; the second one is not suppressed, so the finding stays (and the
    // suppression is used: it silences the first instance's finding).
    #expect(check(text) == ["lib/stack.py:8 IAC703"])
  }

  @Test func selfInAConstructCoversEveryInstanceWithChildren() {
    let text = Self.pythonHeader + """
      class Archive(Construct):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Inner")
              NagSuppressions.add_resource_suppressions(self, [{"id": "AwsSolutions-S10", "reason": "Archives are internal"}], apply_to_children=True)

      class Data(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              Archive(self, "First")
              Archive(self, "Second")
      """
    #expect(check(text).isEmpty)
  }

  @Test func theDefaultChildIsTheConstructsOwnResource() {
    let text = Self.pythonHeader + """
      class Data(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              bucket = s3.Bucket(self, "Quiet")
              cfn = bucket.node.default_child
              NagSuppressions.add_resource_suppressions(cfn, [{"id": "AwsSolutions-S10", "reason": "Read through a VPC endpoint only"}])
      """
    #expect(check(text).isEmpty)
  }

  @Test func anUnknownApplyToChildrenLeavesTheSuppressionUnresolved() {
    let text = Self.pythonHeader + """
      class Data(Stack):
          def __init__(self, scope, construct_id, deep):
              super().__init__(scope, construct_id)
              bucket = s3.Bucket(self, "Quiet", enforce_ssl=True)
              NagSuppressions.add_resource_suppressions(bucket, [{"id": "AwsSolutions-S10", "reason": "Read through a VPC endpoint only"}], deep)
              loud = s3.Bucket(self, "Loud")
              NagSuppressions.add_resource_suppressions(loud, [{"id": "AwsSolutions-S10", "reason": "Read through a VPC endpoint only"}], deep)
      """
    #expect(check(text) == ["lib/stack.py:10 IAC703"])
  }

  // MARK: Stack suppressions

  @Test func aStackSuppressionInTheAppCoversTheStackClassInAnotherFile() {
    let stack = Self.pythonHeader + """
      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Data")
              Archive(self, "Archive")

      class Archive(Construct):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Inner")

      class OtherStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Elsewhere")
      """
    let app = """
      import aws_cdk as cdk
      from cdk_nag import NagSuppressions
      from stacks.data import DataStack, OtherStack

      app = cdk.App()
      stack = DataStack(app, "Data")
      OtherStack(app, "Other")
      NagSuppressions.add_stack_suppressions(stack, [{"id": "AwsSolutions-S10", "reason": "Every bucket here is internal"}])
      app.synth()
      """
    #expect(check([("stacks/data.py", stack), ("app.py", app)]) == ["stacks/data.py:19 IAC703"])
  }

  @Test func selfInAStackAndStackOfSelfInAConstructNameTheStack() {
    let text = Self.pythonHeader + """
      class Archive(Construct):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              Validations.of(Stack.of(self)).acknowledge(cdk.Acknowledgment(id="AwsSolutions-S10", reason="Every bucket here is internal"))

      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Data")
              Archive(self, "Archive")

      class QueueStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              NagSuppressions.add_stack_suppressions(self, [{"id": "AwsSolutions-S10", "reason": "Nothing to say here"}])
              s3.Bucket(self, "Logs")

      class PlainStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Plain")
      """
    #expect(check(text) == ["lib/stack.py:25 IAC703"])
  }

  @Test func aSuppressionByPathNamesTheConstructThere() {
    let text = Self.pythonHeader + """
      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Data")
              s3.Bucket(self, "Logs")
              s3.Bucket(self, "Plain")

      app = cdk.App()
      stack = DataStack(app, "DataStack")
      NagSuppressions.add_resource_suppressions_by_path(stack, "/DataStack/Data/Resource", [{"id": "AwsSolutions-S10", "reason": "Read only from the VPC"}])
      NagSuppressions.add_resource_suppressions_by_path(stack, ["/DataStack/Logs/Policy/Resource"], [{"id": "AwsSolutions-S10", "reason": "A child iaclsp does not model"}])
      """
    // The path below `Logs` names a child the source does not create: it silences nothing and is not judged.
    #expect(check(text) == ["lib/stack.py:9 IAC703", "lib/stack.py:10 IAC703"])
  }

  // MARK: Validations.of(...).acknowledge(...)

  @Test func acknowledgeInItsSpellingsCoversTheConstructAndItsChildren() {
    let text = Self.pythonHeader + """
      class Archive(Construct):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Inner")

      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              a = s3.Bucket(self, "A")
              Validations.of(a).acknowledge(cdk.Acknowledgment(id="AwsSolutions-S10", reason="Read only from the VPC"))
              b = s3.Bucket(self, "B")
              Validations.of(b).acknowledge(id="AwsSolutions-S10", reason="Read only from the VPC")
              c = s3.Bucket(self, "C")
              cdk.Validations.of(c).acknowledge({"id": "AwsSolutions-S10", "reason": "Read only from the VPC"})
              archive = Archive(self, "Archive")
              Validations.of(archive).acknowledge(cdk.Acknowledgment(id="AwsSolutions-S10", reason="Archive is internal"))
      """
    #expect(check(text).isEmpty)
  }

  @Test func theAppCoversEverything() {
    let text = Self.pythonHeader + """
      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Data")

      app = cdk.App()
      DataStack(app, "DataStack")
      Validations.of(app).acknowledge(cdk.Acknowledgment(id="AwsSolutions-S10", reason="A sandbox account"))
      """
    #expect(check(text).isEmpty)
  }

  // MARK: Rule ids

  @Test func theEquivalentIdsOfTheOtherPacksNameTheSameRule() {
    let text = Self.pythonHeader + """
      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              a = s3.Bucket(self, "A")
              NagSuppressions.add_resource_suppressions(a, [{"id": "HIPAA.Security-S3BucketSSLRequestsOnly", "reason": "Read only from the VPC"}])
              b = s3.Bucket(self, "B")
              NagSuppressions.add_resource_suppressions(b, [{"id": "NIST.800.53.R5-S3BucketSSLRequestsOnly", "reason": "Read only from the VPC"}])
      """
    #expect(check(text).isEmpty)
  }

  @Test func aGranularIdSilencesTheRuleAndIsNeverJudgedUnused() {
    let text = Self.pythonHeader + """
      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              a = s3.Bucket(self, "A")
              Validations.of(a).acknowledge(cdk.Acknowledgment(id="AwsSolutions-S10[Policy::x]", reason="Read only from the VPC"))
              b = s3.Bucket(self, "B")
              NagSuppressions.add_resource_suppressions(b, [{"id": "AwsSolutions-S10", "reason": "Read only", "applies_to": ["x"]}])
              c = s3.Bucket(self, "C", enforce_ssl=True)
              NagSuppressions.add_resource_suppressions(c, [{"id": "AwsSolutions-S10", "reason": "Read only", "applies_to": ["x"]}])
      """
    #expect(check(text).isEmpty)
  }

  // MARK: Unused suppressions

  @Test func aSuppressionThatSilencesNothingIsReportedAtItsId() throws {
    let text = Self.pythonHeader + """
      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              bucket = s3.Bucket(self, "Data", enforce_ssl=True)
              NagSuppressions.add_resource_suppressions(bucket, [{"id": "AwsSolutions-S10", "reason": "Read only from the VPC"}])
      """
    let file = SourceFile(path: "lib/stack.py", text: text)
    let findings = Linter(settings: LinterSettings(select: ["aws-solutions", "IAC002"], ignore: ["IAC700"])).check(file)
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.code == "IAC002")
    #expect(file.text(finding.range) == "\"AwsSolutions-S10\"")
  }

  @Test func aSuppressionOfARuleThatDidNotRunOrIsNotImplementedIsNotJudged() {
    let text = Self.pythonHeader + """
      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              bucket = s3.Bucket(self, "Data", enforce_ssl=True)
              NagSuppressions.add_resource_suppressions(bucket, [{"id": "AwsSolutions-S10", "reason": "Read only from the VPC"}])
              NagSuppressions.add_resource_suppressions(bucket, [{"id": "AwsSolutions-IAM5", "reason": "Not an iaclsp rule"}])
      """
    #expect(check(text, select: ["IAC002", "IAC701"]).isEmpty)
    #expect(check(text, select: ["aws-solutions"]).isEmpty)
    #expect(check(text) == ["lib/stack.py:9 IAC002"])
  }

  @Test func aSuppressionThatReachesChildrenIaclspMayNotSeeIsNotJudged() {
    let text = Self.pythonHeader + """
      from aws_cdk import aws_lambda as lambda_

      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              bucket = s3.Bucket(self, "Data", enforce_ssl=True)
              handler = lambda_.Function(self, "Handler", runtime=runtime, handler="index.main", code=code)
              # The function's own children (its service role, ...) are not in the source.
              NagSuppressions.add_resource_suppressions([bucket, handler], [{"id": "AwsSolutions-S10", "reason": "Not judged"}], True)
              # A stack holds resources CDK adds at its root.
              NagSuppressions.add_stack_suppressions(self, [{"id": "AwsSolutions-S10", "reason": "Not judged either"}])
              Validations.of(bucket).acknowledge(cdk.Acknowledgment(id="AwsSolutions-S10", reason="A bucket makes no bucket"))
      """
    #expect(check(text) == ["lib/stack.py:16 IAC002"])
  }

  @Test func anUnusedSuppressionCanItselfBeIgnoredByComment() {
    let text = Self.pythonHeader + """
      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              bucket = s3.Bucket(self, "Data", enforce_ssl=True)
              NagSuppressions.add_resource_suppressions(bucket, [{"id": "AwsSolutions-S10", "reason": "Read only from the VPC"}])  # iaclsp: ignore[IAC002]
      """
    #expect(check(text).isEmpty)
  }

  // MARK: What iaclsp cannot resolve

  @Test func aSuppressionOnAConstructIaclspCannotFollowSilencesNothingAndIsNotReported() {
    let text = Self.pythonHeader + """
      class DataStack(Stack):
          def __init__(self, scope, construct_id, target):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Data")
              NagSuppressions.add_resource_suppressions(target, [{"id": "AwsSolutions-S10", "reason": "Read only from the VPC"}], True)
              NagSuppressions.add_resource_suppressions(make_bucket(self), [{"id": "AwsSolutions-S10", "reason": "Read only from the VPC"}])
              NagSuppressions.add_resource_suppressions(self.node.find_child("Data"), [{"id": "AwsSolutions-S10", "reason": "Hidden"}])
      """
    #expect(check(text) == ["lib/stack.py:8 IAC703"])
  }

  @Test func aNagSuppressionsThatIsNotCdkNagsDoesNothing() {
    let text = """
      import aws_cdk as cdk
      from aws_cdk import Stack, aws_s3 as s3
      from mytools import NagSuppressions

      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              bucket = s3.Bucket(self, "Data")
              NagSuppressions.add_resource_suppressions(bucket, [{"id": "AwsSolutions-S10", "reason": "Read only from the VPC"}])
      """
    #expect(check(text) == ["lib/stack.py:8 IAC703"])
  }

  // MARK: Reasons

  @Test func theReasonTravelsWithTheSilencedFinding() throws {
    let text = Self.pythonHeader + """
      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              bucket = s3.Bucket(self, "Data")
              NagSuppressions.add_resource_suppressions(bucket, [{"id": "AwsSolutions-S10", "reason": "Read only from the VPC"}])
      """
    let file = SourceFile(path: "lib/stack.py", text: text)
    let linter = Linter(settings: LinterSettings(select: ["aws-solutions"]))
    let model = FileModel(file)
    let raw = S3BucketSslRequestsOnlyRule.description.diagnostic(
      path: file.path, range: model.resources[0].calleeRange, message: "no SSL")
    let outcome = linter.applyNagSuppressions([raw], model: model, context: RuleContext())
    #expect(outcome.kept.isEmpty)
    let suppressed = try #require(outcome.suppressed.first)
    #expect(suppressed.justification == "Read only from the VPC")
    #expect(file.text(suppressed.suppressionRange) == "\"AwsSolutions-S10\"")
  }

  // MARK: TypeScript

  @Test func typeScriptSpellings() {
    let text = """
      import { Stack, Validations } from 'aws-cdk-lib';
      import * as s3 from 'aws-cdk-lib/aws-s3';
      import { NagSuppressions } from 'cdk-nag';
      import { Construct } from 'constructs';

      export class Archive extends Construct {
        constructor(scope: Construct, id: string) {
          super(scope, id);
          new s3.Bucket(this, 'Inner');
          Validations.of(this).acknowledge({ id: 'AwsSolutions-S10', reason: 'Archives are internal' });
        }
      }

      export class DataStack extends Stack {
        constructor(scope: Construct, id: string) {
          super(scope, id);
          const a = new s3.Bucket(this, 'A');
          NagSuppressions.addResourceSuppressions(a, [{ id: 'AwsSolutions-S10', reason: 'Read only from the VPC' }]);
          const b = new s3.Bucket(this, 'B');
          NagSuppressions.addResourceSuppressions(b.node.defaultChild as s3.CfnBucket, [
            { id: 'AwsSolutions-S10', reason: 'Read only from the VPC' },
          ]);
          new Archive(this, 'Archive');
          const holder = new Archive(this, 'Holder');
          NagSuppressions.addResourceSuppressions(holder, [{ id: 'AwsSolutions-S10', reason: 'Nothing else' }], true);
          new s3.Bucket(this, 'Loud');
        }
      }

      export class QuietStack extends Stack {
        constructor(scope: Construct, id: string) {
          super(scope, id);
          new s3.Bucket(this, 'Quiet');
          NagSuppressions.addStackSuppressions(this, [{ id: 'AwsSolutions-S10', reason: 'A sandbox stack' }]);
        }
      }
      """
    #expect(check(text, path: "lib/stack.ts") == ["lib/stack.ts:26 IAC703"])
  }

  @Test func typeScriptUnusedAndUnresolved() {
    let text = """
      import { Stack } from 'aws-cdk-lib';
      import * as s3 from 'aws-cdk-lib/aws-s3';
      import { NagSuppressions } from 'cdk-nag';
      import { Construct } from 'constructs';

      export class DataStack extends Stack {
        constructor(scope: Construct, id: string, target: Construct) {
          super(scope, id);
          const a = new s3.Bucket(this, 'A', { enforceSSL: true });
          NagSuppressions.addResourceSuppressions(a, [{ id: 'AwsSolutions-S10', reason: 'Read only from the VPC' }]);
          NagSuppressions.addResourceSuppressions(target, [{ id: 'AwsSolutions-S10', reason: 'Read only from the VPC' }]);
        }
      }
      """
    #expect(check(text, path: "lib/stack.ts") == ["lib/stack.ts:10 IAC002"])
  }

  // MARK: A whole run

  @Test func theCheckRunnerReadsTheSuppressionsOncePerProject() throws {
    let directory = try TemporaryDirectory()
    try directory.write("cdk.json", #"{"app": "python3 app.py"}"#)
    try directory.write("stacks/data.py", Self.pythonHeader + """
      class DataStack(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Data")
      """)
    try directory.write("app.py", """
      import aws_cdk as cdk
      from cdk_nag import NagSuppressions
      from stacks.data import DataStack

      app = cdk.App()
      stack = DataStack(app, "Data")
      NagSuppressions.add_stack_suppressions(stack, [{"id": "AwsSolutions-S10", "reason": "A sandbox stack"}])
      NagSuppressions.add_resource_suppressions(stack, [{"id": "AwsSolutions-S10", "reason": "A stack has no resource of its own"}])
      """)
    let report = CheckRunner(linter: Linter(settings: LinterSettings(select: ["aws-solutions", "IAC002"], ignore: ["IAC700"])))
      .run(paths: [directory.path])
    #expect(report.diagnostics.map(\.code) == ["IAC002"])
    #expect(report.diagnostics.first.map { $0.path.hasSuffix("app.py") } == true)
  }
}
