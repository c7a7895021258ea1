import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// The AWS Solutions pack's one-prop fixes that write an enum member or a props struct: spelled through the file's
/// own imports, withheld where the file cannot name what they write, and unsafe where the project pins an older
/// aws-cdk-lib than the one the pack's facts were verified in.
@Suite("AWS Solutions fixes")
struct SolutionsFixTests {
  func finding(_ text: String, _ rule: String, path: String = "lib/stack.py", pins: [String: String] = [:]) -> Diagnostic? {
    let file = SourceFile(path: path, text: text)
    var snapshot = ProjectSnapshot(root: "/nonexistent-project", markers: [], sources: [file]) { _ in false }
    for (name, contents) in pins { snapshot.auxiliaryFiles["/nonexistent-project/" + name] = Array(contents.utf8) }
    let found = Linter(settings: LinterSettings(select: [rule])).check(file, context: RuleContext(project: snapshot))
    return found.first(where: { $0.code == rule })
  }

  func fix(_ text: String, _ rule: String, path: String = "lib/stack.py", pins: [String: String] = [:]) -> Fix? {
    finding(text, rule, path: path, pins: pins)?.fix
  }

  @Test func enumMemberGoesThroughTheModuleAliasOfTheCall() throws {
    let python = try #require(fix("""
      from aws_cdk import aws_s3 as storage
      storage.Bucket(self, "Assets", block_public_access=storage.BlockPublicAccess.BLOCK_ACLS)
      """, "IAC701"))
    #expect(python.edits.map(\.newText) == ["storage.BlockPublicAccess.BLOCK_ALL"])
    #expect(python.applicability == .safe)

    let typescript = try #require(fix("""
      import * as sqs from 'aws-cdk-lib/aws-sqs';
      new sqs.Queue(this, 'Jobs', { encryption: sqs.QueueEncryption.UNENCRYPTED });
      """, "IAC841", path: "lib/stack.ts"))
    #expect(typescript.edits.map(\.newText) == ["sqs.QueueEncryption.SQS_MANAGED"])
  }

  @Test func aNameTheFileDoesNotImportGetsNoFix() {
    // `Bucket` is imported by name, `BlockPublicAccess` is not: the fix would leave an undefined name.
    let unnamed = finding("""
      from aws_cdk import aws_s3
      from aws_cdk.aws_s3 import Bucket
      Bucket(self, "Assets", block_public_access=aws_s3.BlockPublicAccess.BLOCK_ACLS)
      """, "IAC701")
    #expect(unnamed != nil)
    #expect(unnamed?.fix == nil)
    let imported = fix("""
      from aws_cdk.aws_s3 import BlockPublicAccess, Bucket
      Bucket(self, "Assets", block_public_access=BlockPublicAccess.BLOCK_ACLS)
      """, "IAC701")
    #expect(imported?.edits.map(\.newText) == ["BlockPublicAccess.BLOCK_ALL"])
  }

  @Test func aPublicReadBucketGetsNoFullBlock() {
    // CDK refuses `public_read_access=True` under a full block: the fix would break the synth.
    let found = finding("""
      from aws_cdk import aws_s3 as s3
      s3.Bucket(self, "Site", public_read_access=True, block_public_access=s3.BlockPublicAccess.BLOCK_ACLS)
      """, "IAC701")
    #expect(found != nil)
    #expect(found?.fix == nil)
  }

  @Test func anOlderPinMakesTheFixUnsafe() throws {
    let text = """
      from aws_cdk import aws_ecs as ecs
      ecs.Cluster(self, "Cluster", vpc=vpc)
      """
    let current = try #require(fix(text, "IAC823", pins: ["requirements.txt": "aws-cdk-lib==2.275.0\n"]))
    #expect(current.applicability == .safe)
    #expect(current.edits.first?.newText.contains("container_insights_v2=ecs.ContainerInsights.ENABLED") == true)
    let older = try #require(fix(text, "IAC823", pins: ["requirements.txt": "aws-cdk-lib==2.150.0\n"]))
    #expect(older.applicability == .unsafe)
  }

  @Test func structsAreWrittenOnlyWhereThePropIsUnset() throws {
    let unset = try #require(fix("""
      import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
      new dynamodb.Table(this, 'Orders', { partitionKey: key });
      """, "IAC750", path: "lib/stack.ts"))
    #expect(unset.edits.first?.newText.contains("pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }") == true)
    // A specification that is set may carry other settings: it is not rewritten.
    let set = finding("""
      from aws_cdk import aws_dynamodb as dynamodb
      spec = dynamodb.PointInTimeRecoverySpecification(point_in_time_recovery_enabled=False, recovery_period_in_days=7)
      dynamodb.Table(self, "Orders", partition_key=key, point_in_time_recovery_specification=spec)
      """, "IAC750")
    #expect(set != nil)
    #expect(set?.fix == nil)
  }

  @Test func durationComesFromTheFilesImports() throws {
    let engine = "engine=rds.DatabaseClusterEngine.aurora_mysql(version=v), vpc=vpc, writer=writer"
    let direct = try #require(fix("""
      from aws_cdk import Duration, aws_rds as rds
      rds.DatabaseCluster(self, "Cluster", \(engine))
      """, "IAC737"))
    #expect(direct.edits.first?.newText.contains("backtrack_window=Duration.hours(24)") == true)
    #expect(direct.applicability == .unsafe)
    let root = try #require(fix("""
      import aws_cdk as cdk
      from aws_cdk import aws_rds as rds
      rds.DatabaseCluster(self, "Cluster", \(engine))
      """, "IAC737"))
    #expect(root.edits.first?.newText.contains("backtrack_window=cdk.Duration.hours(24)") == true)
    let unnamed = finding("""
      from aws_cdk import aws_rds as rds
      rds.DatabaseCluster(self, "Cluster", \(engine))
      """, "IAC737")
    #expect(unnamed != nil)
    #expect(unnamed?.fix == nil)
  }
}
