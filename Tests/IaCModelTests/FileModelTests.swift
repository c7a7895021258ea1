import IaCModel
import IaCSyntax
import Testing

/// The resource model over small files: what each framework's resources resolve to, how values are evaluated, and
/// the idioms real code uses.
@Suite("Resource model")
struct FileModelTests {
  func model(_ text: String, _ path: String = "stack.py") -> FileModel {
    FileModel(SourceFile(path: path, text: text))
  }

  // MARK: Resources

  @Test func cdkPythonConstructsResolveThroughAliases() throws {
    let model = model("""
      from aws_cdk import Stack, RemovalPolicy, aws_s3 as s3
      from aws_cdk.aws_dynamodb import Table as DynamoTable

      class Storage(Stack):
          def __init__(self, scope, id):
              super().__init__(scope, id)
              self.bucket = s3.Bucket(self, "Logs", versioned=True, removal_policy=RemovalPolicy.DESTROY)
              table = DynamoTable(self, "Orders", point_in_time_recovery=False)
              s3.CfnBucket(self, "Raw")
      """)
    #expect(model.resources.count == 3)
    let bucket = model.resources[0]
    #expect(bucket.type.fqn == "aws-cdk-lib.aws_s3.Bucket")
    #expect(bucket.type.framework == .cdk)
    #expect(bucket.idText == "Logs")
    #expect(bucket.binding == "self.bucket")
    #expect(bucket.enclosingClass == 0)
    #expect(bucket.enclosingFunction != nil)
    #expect(bucket.prop("versioned")?.value.bool == true)
    #expect(bucket.prop("removalPolicy")?.value.isEnumMember("RemovalPolicy", "DESTROY") == true)
    #expect(bucket.prop("removal_policy")?.name == "removalPolicy")
    let table = model.resources[1]
    #expect(table.type.fqn == "aws-cdk-lib.aws_dynamodb.Table")
    #expect(table.binding == "table")
    #expect(table.prop("pointInTimeRecovery")?.value.bool == false)
    #expect(model.resources[2].type.fqn == "aws-cdk-lib.aws_s3.CfnBucket")
    #expect(model.resources[2].type.isCloudFormationResource)
  }

  @Test func cdkTypeScriptPropsObjectInlineAndBoundToAName() throws {
    let model = model("""
      import * as cdk from 'aws-cdk-lib';
      import { aws_sqs as sqs } from 'aws-cdk-lib';
      import * as sns from 'aws-cdk-lib/aws-sns';

      export class Queues extends cdk.Stack {
        constructor(scope: Construct, id: string) {
          super(scope, id);
          const props = { enforceSSL: true, retentionPeriod: cdk.Duration.days(4) };
          const queue = new sqs.Queue(this, 'Jobs', props);
          new sns.Topic(this, 'Alerts', {
            displayName: `alerts-${id}`,
            ...extra,
          });
          new sqs.Queue(this, 'Bare');
        }
      }
      """, "lib/queues.ts")
    #expect(model.resources.count == 3)
    let queue = model.resources[0]
    #expect(queue.type.fqn == "aws-cdk-lib.aws_sqs.Queue")
    #expect(queue.prop("enforce_ssl")?.value.bool == true)
    #expect(queue.prop("retentionPeriod")?.value.durationSeconds == Double(4 * 86400))
    #expect(queue.propsLocation == .opaque)
    #expect(!queue.hasHiddenProps)
    let topic = model.resources[1]
    #expect(topic.hasHiddenProps)
    let template = try #require(topic.prop("displayName")?.value.template)
    #expect(template.leadingText == "alerts-")
    #expect(template.hasExpressions)
    #expect(model.resources[2].propsLocation == .none(call: model.resources[2].call))
  }

  @Test func jsiiRenamesTheIdParameterWhenPropsHaveAnId() throws {
    let model = model("""
      from aws_cdk import aws_medialive as medialive
      medialive.CfnChannel(self, id_="Channel", name="live")
      """)
    let channel = try #require(model.resources.first)
    #expect(channel.idText == "Channel")
    #expect(channel.prop("id_") == nil)
    #expect(channel.prop("name")?.value.string == "live")
  }

  @Test func jsiiRenamesTheScopeParameterWhenPropsHaveAScope() throws {
    let model = model("""
      from aws_cdk import aws_wafv2 as wafv2
      wafv2.CfnWebACL(self, "Acl", scope="CLOUDFRONT", default_action=a)
      wafv2.CfnWebACL(scope_=self, id="Regional", scope="REGIONAL", default_action=a)
      """)
    #expect(model.resources.count == 2)
    #expect(model.resources[0].prop("scope")?.value.string == "CLOUDFRONT")
    #expect(referenceName(model.resources[0].scope) == "self")
    #expect(model.resources[1].prop("scope")?.value.string == "REGIONAL")
    #expect(model.resources[1].idText == "Regional")
    #expect(referenceName(model.resources[1].scope) == "self")
  }

  func referenceName(_ value: Value?) -> String? {
    guard let value, case .reference(let name) = value.kind else { return nil }
    return name
  }

  @Test func pulumiResourcesInBothLanguages() throws {
    let python = model("""
      import pulumi_aws as aws
      bucket = aws.s3.BucketV2("logs", force_destroy=True)
      versioning = aws.s3.BucketVersioningV2("logs-versioning", bucket=bucket.id,
          versioning_configuration=aws.s3.BucketVersioningV2VersioningConfigurationArgs(status="Enabled"))
      group = aws.ec2.SecurityGroup("web", args=aws.ec2.SecurityGroupArgs(ingress=[{"protocol": "-1", "from_port": 0}]))
      """)
    #expect(python.resources.count == 3)
    #expect(python.resources[0].type.framework == .pulumi)
    #expect(python.resources[0].type.fqn.hasPrefix("aws:s3/"))
    #expect(python.resources[0].idText == "logs")
    #expect(python.resources[0].prop("forceDestroy")?.value.bool == true)
    let status = python.resources[1].value(at: "versioningConfiguration.status")
    #expect(status?.string == "Enabled")
    let ingress = try #require(python.resources[2].prop("ingress")?.value.elements?.first)
    #expect(ingress.entry("protocol")?.value.string == "-1")
    #expect(ingress.entry("fromPort")?.value.integer == 0)

    let typeScript = model("""
      import * as aws from "@pulumi/aws";
      const bucket = new aws.s3.BucketV2("logs", { forceDestroy: true }, { protect: true });
      """, "index.ts")
    let resource = try #require(typeScript.resources.first)
    #expect(resource.idText == "logs")
    #expect(resource.prop("forceDestroy")?.value.bool == true)
    #expect(resource.prop("protect") == nil)
  }

  @Test func cdktfResources() throws {
    let model = model("""
      import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
      class Main extends TerraformStack {
        constructor(scope: Construct, id: string) {
          super(scope, id);
          new S3Bucket(this, "assets", { bucket: "acme-assets", forceDestroy: true });
        }
      }
      """, "main.ts")
    let bucket = try #require(model.resources.first)
    #expect(bucket.type.framework == .cdktf)
    #expect(bucket.type.fqn == "@cdktf/provider-aws.s3Bucket.S3Bucket")
    #expect(bucket.idText == "assets")
    #expect(bucket.prop("bucket")?.value.string == "acme-assets")
  }

  @Test func callsThatAreNotConstructsAreNotResources() {
    let model = model("""
      from aws_cdk import Duration, aws_iam as iam, aws_s3 as s3
      statement = iam.PolicyStatement(actions=["s3:GetObject"])
      days = Duration.days(3)
      helper(self, "NotAResource")
      """)
    #expect(model.resources.isEmpty)
  }

  @Test func shadowedImportsDoNotResolve() {
    let model = model("""
      from aws_cdk import aws_s3 as s3
      class s3:
          pass
      s3.Bucket(self, "Mine")
      """)
    #expect(model.resources.isEmpty)
  }

  // MARK: Values

  @Test func valuesFollowNamesAndEvaluateEachKind() throws {
    let model = model("""
      from aws_cdk import Duration, aws_ec2 as ec2, aws_s3 as s3, aws_lambda as lambda_
      name = "acme-" + suffix
      versioned = True
      retention = 30
      access = s3.BlockPublicAccess.BLOCK_ALL
      logs = s3.Bucket(self, "Logs")
      bucket = s3.Bucket(self, "Data",
          bucket_name=name,
          versioned=versioned,
          block_public_access=access,
          server_access_logs_bucket=logs,
          lifecycle_rules=[s3.LifecycleRule(expiration=Duration.days(retention)), None],
          cors=[{"allowed_methods": ["GET"], "max_age": -1}],
          metrics=compute(),
      )
      fn = lambda_.Function(self, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, timeout=Duration.seconds(0.5))
      """)
    let bucket = try #require(model.resources.first { $0.idText == "Data" })
    let name = try #require(bucket.prop("bucketName")?.value.template)
    #expect(name.leadingText == "acme-")
    #expect(bucket.prop("versioned")?.value.bool == true)
    #expect(bucket.prop("blockPublicAccess")?.value.isEnumMember("BlockPublicAccess", "BLOCK_ALL") == true)
    let logs = try #require(bucket.prop("serverAccessLogsBucket")?.value.resource)
    #expect(model.resources[logs].idText == "Logs")
    #expect(bucket.references == [logs])
    #expect(model.resources[logs].referencedBy == [bucket.index])
    let rules = try #require(bucket.prop("lifecycleRules")?.value.elements)
    #expect(rules.count == 2)
    #expect(rules[0].entry("expiration")?.value.durationSeconds == Double(30 * 86400))
    if case .null = rules[1].kind {} else { Issue.record("None is a null value") }
    let cors = try #require(bucket.prop("cors")?.value.elements?.first)
    #expect(cors.value(at: "maxAge")?.integer == -1)
    #expect(cors.entry("allowedMethods")?.value.elements?.first?.string == "GET")
    #expect(bucket.prop("metrics")?.value.isKnown == false)
    let fn = try #require(model.resources.first { $0.idText == "Fn" })
    #expect(fn.prop("runtime")?.value.enumMember(of: "Runtime") == "PYTHON_3_12")
    #expect(fn.prop("timeout")?.value.durationSeconds == 0.5)
  }

  @Test func staticFactoriesKeepTheirArguments() throws {
    let model = model("""
      import { aws_ec2 as ec2 } from 'aws-cdk-lib';
      const sg = new ec2.SecurityGroup(this, 'Web', { vpc });
      sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'https');
      """, "lib/web.ts")
    let group = try #require(model.resources.first)
    let call = try #require(group.methodCalls("add_ingress_rule").first)
    let arguments = model.file.calls[call.call].arguments
    let peer = model.value(of: arguments[0])
    #expect(peer.factory(of: "Peer")?.method == "anyIpv4")
    let port = model.value(of: arguments[1])
    #expect(port.factory(of: "Port")?.method == "tcp")
    #expect(port.factory(of: "Port")?.arguments.first?.value.integer == 443)
  }

  // MARK: Calls on resources

  @Test func methodAspectAndArgumentCalls() throws {
    let model = model("""
      from aws_cdk import Tags, aws_s3 as s3, aws_iam as iam
      from cdk_nag import NagSuppressions

      class Storage(Stack):
          def __init__(self, scope, id):
              self.bucket = s3.Bucket(self, "Logs")
              self.bucket.add_to_resource_policy(iam.PolicyStatement(actions=["s3:*"]))
              alias = self.bucket
              alias.add_lifecycle_rule(enabled=True)
              Tags.of(self.bucket).add("Team", "data")
              NagSuppressions.add_resource_suppressions(self.bucket, [{"id": "AwsSolutions-S1", "reason": "logs"}])
      """)
    let bucket = try #require(model.resources.first)
    #expect(bucket.methodCalls("addToResourcePolicy").count == 1)
    #expect(bucket.methodCalls("add_lifecycle_rule").count == 1)
    #expect(bucket.calls.contains { $0.role == .aspect("Tags.of.add") })
    let suppression = bucket.calls.first { $0.role == .argument && model.file.calls[$0.call].callee?.last.name == "add_resource_suppressions" }
    #expect(suppression != nil)
  }

  @Test func cdkV1FilesAreMarked() throws {
    let python = model("""
      from aws_cdk import core, aws_s3 as s3
      s3.Bucket(self, "Old")
      """)
    #expect(python.isCDKv1)
    #expect(python.resources.first?.isCDKv1 == true)
    let typeScript = model("""
      import * as cdk from '@aws-cdk/core';
      import * as lambda from '@aws-cdk/aws-lambda';
      new lambda.Function(this, 'Old', { runtime: lambda.Runtime.NODEJS_12_X });
      """, "lib/old.ts")
    let function = try #require(typeScript.resources.first)
    #expect(function.isCDKv1)
    #expect(function.type.fqn == "aws-cdk-lib.aws_lambda.Function")
    #expect(function.prop("runtime")?.value.enumMember(of: "Runtime") == "NODEJS_12_X")
    #expect(typeScript.documentedDefault(of: "memorySize", for: function) == nil)
    // A v1 module without `@aws-cdk/core` is v1 too; aws-cdk-lib's `-alpha` packages are not.
    let moduleOnly = model("""
      import * as lambda from '@aws-cdk/aws-lambda';
      new lambda.Function(this, 'Old', { runtime: lambda.Runtime.NODEJS_12_X });
      """, "lib/old.ts")
    #expect(moduleOnly.isCDKv1)
    #expect(moduleOnly.resources.first?.isCDKv1 == true)
    let alpha = model("""
      import * as lambda from 'aws-cdk-lib/aws-lambda';
      import * as python from '@aws-cdk/aws-lambda-python-alpha';
      new lambda.Function(this, 'New', { runtime: lambda.Runtime.PYTHON_3_12 });
      """, "lib/new.ts")
    #expect(!alpha.isCDKv1)
    #expect(alpha.resources.first?.isCDKv1 == false)
  }

  @Test func unreadableInputGivesNoResources() {
    for text in ["s3.Bucket(self, \"X\"", "from aws_cdk import aws_s3 as s3\ns3.Bucket(self, \"X\", versioned=", "\u{0}\u{1}(((", ""] {
      let model = model(text)
      for resource in model.resources {
        #expect(resource.range.end <= model.file.bytes.count)
      }
    }
  }
}
