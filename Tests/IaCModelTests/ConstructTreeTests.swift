import Foundation
import IaCModel
import IaCSyntax
import Testing

/// Construct paths and logical ids from source, compared with what a synth of the same apps printed.
@Suite("Construct tree")
struct ConstructTreeTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/locate")

  /// The models of every source file of a fixture app.
  static func models(_ app: String) throws -> [FileModel] {
    let root = fixtures.appendingPathComponent(app)
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    var models: [FileModel] = []
    while let url = enumerator?.nextObject() as? URL {
      guard Language(path: url.path) != nil else { continue }
      models.append(FileModel(SourceFile(path: url.path, bytes: Array(try Data(contentsOf: url)))))
    }
    return models
  }

  /// The logical ids aws-cdk-lib 2.275.0 gave the resources of `Tests/Fixtures/locate/cdk-python` (`cdk synth`),
  /// with the path of the construct the source creates. They cover L2 constructs whose default child is not
  /// `Resource` (`Service`, `ASG`), a construct whose own id is `Default`, ids held in variables, `scope=` and
  /// `construct_id=` passed as keywords, a nested stack, and ids long enough to be cut to 240 characters.
  static let synthesized: [(path: String, logicalID: String)] = [
    ("StorageProd/Archive/Objects", "ArchiveObjectsCAC08A9F"),
    ("StorageProd/Archive/RawLogs", "ArchiveRawLogs7FDCF14B"),
    ("StorageProd/Alerts", "Alerts91F83244"),
    ("ComputeProd/Network", "Network1C6012B5"),
    ("ComputeProd/Cluster", "ClusterEB0386A7"),
    ("ComputeProd/Worker/Task", "WorkerTaskF8C51906"),
    ("ComputeProd/Worker/Service", "WorkerService3F60922A"),
    ("ComputeProd/Fleet", "FleetASG3971DFE5"),
    ("ComputeProd/Inbox/Default", "InboxA8E05DC3"),
    ("ComputeProd/Inbox/Tier/Jobs", "InboxTierJobsCE1559A5"),
    ("ComputeProd/Cold/Vault", "Vault23237E5B"),
    ("ComputeProd/IngestBuffer\(String(repeating: "Buffer", count: 39))", "IngestBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBufferBuffer24B245F4"),
    ("ComputeProd/OverflowSpillway\(String(repeating: "Spillway", count: 31))", "OverflowSpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillwaySpillway71157F97"),
  ]

  @Test func logicalIDsEqualASynth() throws {
    let tree = ConstructTree(models: try Self.models("cdk-python"))
    for (path, logicalID) in Self.synthesized {
      let node = try #require(tree.nodes.first { $0.pathText == path }, "no node at \(path)")
      #expect(node.logicalID == logicalID)
      let found = tree.locate(logicalID).nodes
      #expect(found.contains { $0.pathText == path })
    }
    #expect(ConstructTree.logicalID(["Assets", "Resource"]) == "Assets9A31D427")
    #expect(ConstructTree.logicalID(["Orders", "Resource"]) == "OrdersA9B65338")
    #expect(ConstructTree.logicalID(["Bucket"]) == "Bucket")
    #expect(ConstructTree.logicalID(["My-Topic"]) == "MyTopic")
  }

  /// Logical ids a synth (aws-cdk-lib 2.275.0) gave L2 constructs whose default child is not `Resource`, each
  /// created directly in a stack under the id shown.
  static let defaultChildren: [(type: String, id: String, logicalID: String)] = [
    ("aws-cdk-lib.aws_cloudfront.CloudFrontWebDistribution", "CWD", "CWDCFDistribution33BC2556"),
    ("aws-cdk-lib.aws_codeguruprofiler.ProfilingGroup", "PG", "PGProfilingGroupCA7C7224"),
    ("aws-cdk-lib.aws_ec2.FlowLog", "FL", "FLFlowLog5678370E"),
    ("aws-cdk-lib.aws_ec2.PrivateSubnet", "PS", "PSSubnet49931A5D"),
    ("aws-cdk-lib.aws_ec2.PublicSubnet", "PuS", "PuSSubnetD775BEB6"),
    ("aws-cdk-lib.aws_ec2.Subnet", "Su", "SuSubnetF65E4018"),
    ("aws-cdk-lib.aws_ec2.VpnGateway", "VG", "VG"),
    ("aws-cdk-lib.aws_ecs.Ec2Service", "ES", "ESService6CE1D14C"),
    ("aws-cdk-lib.aws_ecs.ExternalService", "XS", "XSServiceC8A44BEF"),
    ("aws-cdk-lib.aws_events.Connection", "Conn", "ConnConnectionAFDA4369"),
    ("aws-cdk-lib.aws_events.ApiDestination", "AD", "ADApiDestinationA40F1234"),
    ("aws-cdk-lib.aws_events.Archive", "Ar", "ArArchive449F4355"),
    ("aws-cdk-lib.aws_rds.SubnetGroup", "RSG", "RSG"),
    ("aws-cdk-lib.aws_events.EventBus", "Bus", "BusEA82B648"),
    ("aws-cdk-lib.aws_ecs.Cluster", "C", "C375D67C5"),
  ]

  @Test func defaultChildrenOtherThanResourceEqualASynth() throws {
    for (type, id, logicalID) in Self.defaultChildren {
      let child = try #require(ConstructTree.defaultChildID(ofType: type), "\(type) has a default child")
      #expect(ConstructTree.logicalID([id, child]) == logicalID, "\(type)")
    }
    #expect(ConstructTree.defaultChildID(ofType: "aws-cdk-lib.aws_ecs_patterns.ApplicationLoadBalancedFargateService") == nil)
    #expect(ConstructTree.defaultChildID(ofType: "aws-cdk-lib.aws_s3_deployment.BucketDeployment") == nil)
  }

  @Test func compositeConstructsHaveNoLogicalIDOfTheirOwn() throws {
    let tree = ConstructTree(models: try Self.models("cdk-python"))
    let web = try #require(tree.nodes.first { $0.pathText == "ComputeProd/Web" })
    #expect(web.type == "aws-cdk-lib.aws_ecs_patterns.ApplicationLoadBalancedFargateService")
    #expect(web.logicalID == nil)
    // The synth names its load balancer `WebLB720665E7`: a child CDK adds, which the source does not show.
    #expect(tree.locate("WebLB720665E7").nodes.isEmpty)
    let below = tree.locate("ComputeProd/Web/LB/Resource")
    #expect(below.nodes.map(\.pathText) == ["ComputeProd/Web"])
    #expect(below.resolvedPrefix == ["ComputeProd", "Web"])
  }

  @Test func pathsThatLeaveTheSourceOutsideLibraryConstructsMatchNothing() throws {
    let tree = ConstructTree(models: try Self.models("cdk-python"))
    // A typo below a stack, below the user's own construct, and below an L1 (which has no children).
    #expect(tree.locate("StorageProd/Nope").nodes.isEmpty)
    #expect(tree.locate("StorageProd/Archive/Nope").nodes.isEmpty)
    #expect(tree.locate("StorageProd/Archive/RawLogs/Extra").nodes.isEmpty)
    // What CDK adds to every stack resolves to the stack.
    let metadata = tree.locate("StorageProd/CDKMetadata/Default")
    #expect(metadata.nodes.map(\.pathText) == ["StorageProd"])
    #expect(metadata.nodes.first?.isStack == true)
    #expect(metadata.resolvedPrefix == ["StorageProd"])
  }

  @Test func logicalIDShapedQueriesNeverMatchAnIDTemplate() {
    let model = FileModel(SourceFile(path: "stack.py", text: """
      from aws_cdk import Stack, aws_sqs as sqs

      class Queues(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              for n in range(3):
                  sqs.Queue(self, f"Q{n}")
      """))
    let tree = ConstructTree(models: [model])
    #expect(tree.nodes.map(\.pathText) == ["Q{n}"])
    #expect(tree.locate("QDEADBEEF12").nodes.isEmpty)
    #expect(tree.locate("Q2").nodes.map(\.pathText) == ["Q{n}"])
  }

  @Test func idsTheSourceNeverSpellsOutAnswerNoQuery() {
    let model = FileModel(SourceFile(path: "queues.py", text: """
      from aws_cdk import aws_sqs as sqs

      def queue(scope, queue_id):
          return sqs.Queue(scope, queue_id)

      def topic(scope, key):
          return sqs.Queue(scope, f"{key}")

      def dlq(scope, key):
          return sqs.Queue(scope, f"{key}-dlq")
      """))
    let tree = ConstructTree(models: [model])
    #expect(tree.nodes.map(\.pathText) == ["*", "{key}", "{key}-dlq"])
    #expect(tree.locate("Stack/Nope/Resource").nodes.isEmpty)
    #expect(tree.locate("Nope").nodes.isEmpty)
    // A template with a literal part still answers.
    #expect(tree.locate("orders-dlq").nodes.map(\.pathText) == ["{key}-dlq"])
  }

  @Test func aClassInstantiatedTwiceGivesTwoCertainPaths() throws {
    let tree = ConstructTree(models: try Self.models("cdk-python"))
    let archives = tree.nodes.filter { $0.path.last == "Objects" }
    #expect(Set(archives.map(\.pathText)) == ["Storage-{stage}/Archive/Objects", "StorageProd/Archive/Objects"])
    // The f-string stack id stands for several stacks; the literal one names one bucket.
    #expect(archives.first { $0.pathText == "StorageProd/Archive/Objects" }?.isAmbiguous == false)
    #expect(archives.first { $0.pathText == "Storage-{stage}/Archive/Objects" }?.isAmbiguous == true)
  }

  @Test func typeScriptLoopsAndTextBeforeTheCall() throws {
    let tree = ConstructTree(models: try Self.models("cdk-typescript"))
    let queues = tree.locate("Api/Queue-orders").nodes
    #expect(queues.map(\.pathText) == ["Api/Queue-{name}"])
    #expect(queues.allSatisfy { $0.isAmbiguous })
    let dlq = try #require(tree.locate("Api/Dlq").nodes.first)
    #expect(dlq.isAmbiguous == false)
    #expect(dlq.logicalID == ConstructTree.logicalID(["Dlq", "Resource"]))
  }

  @Test func stacksInstantiatedInAnotherFileAndIdsHeldInVariables() throws {
    let tree = ConstructTree(models: try Self.models("cdk-python"))
    // `TOPIC_ID = "Alerts"` then `sns.Topic(self, TOPIC_ID)`; the stack id from `app.py`.
    let topics = tree.locate("StorageProd/Alerts/Resource").nodes
    #expect(topics.count == 1)
    #expect(topics.first?.file.hasSuffix("stacks/storage_stack.py") == true)
    #expect(topics.first?.type == "aws-cdk-lib.aws_sns.Topic")
    // An f-string stack id matches the id a deploy error names.
    let dev = tree.locate("Storage-dev/Archive/Objects").nodes
    #expect(dev.map(\.pathText) == ["Storage-{stage}/Archive/Objects"])
  }

  @Test func pathsBelowTheSourceResolveToTheDeepestConstruct() throws {
    let tree = ConstructTree(models: try Self.models("cdk-python"))
    let match = tree.locate("StorageProd/Archive/Objects/Policy/Resource")
    #expect(match.nodes.map(\.pathText) == ["StorageProd/Archive/Objects"])
    #expect(match.resolvedPrefix == ["StorageProd", "Archive", "Objects"])
    let typeScript = ConstructTree(models: try Self.models("cdk-typescript"))
    let handler = typeScript.locate("Api/Handlers/Handler/ServiceRole/Resource")
    #expect(handler.nodes.map(\.pathText) == ["Api/Handlers/Handler"])
    #expect(handler.nodes.first?.file.hasSuffix("lib/api-stack.ts") == true)
  }

  @Test func nestedStacksStartTheirOwnLogicalIDs() throws {
    // `TapStack` holds `PortfolioStack(NestedStack)`, whose template names its bucket from the path below it.
    let seed = Self.fixtures.deletingLastPathComponent().appendingPathComponent("seeds/000-portfolio-cdk-python/mistaken")
    let enumerator = FileManager.default.enumerator(at: seed, includingPropertiesForKeys: nil)
    var models: [FileModel] = []
    while let url = enumerator?.nextObject() as? URL {
      guard url.pathExtension == "py" else { continue }
      models.append(FileModel(SourceFile(path: url.path, bytes: Array(try Data(contentsOf: url)))))
    }
    let tree = ConstructTree(models: models)
    let bucket = try #require(tree.locate("TapStackdev/Portfolio/LogsBucket").nodes.first)
    #expect(bucket.stackIndex == 1)
    #expect(bucket.logicalID == ConstructTree.logicalID(["LogsBucket", "Resource"]))
    #expect(bucket.logicalID?.hasPrefix("LogsBucket") == true)
  }

  @Test func loopsListEachCandidate() throws {
    let tree = ConstructTree(models: try Self.models("cdk-python"))
    let queues = tree.locate("Storage-dev/Archive/Queue-beta").nodes
    #expect(queues.count == 1)
    #expect(queues.allSatisfy { $0.isAmbiguous })
    let everywhere = tree.locate("Alerts").nodes
    #expect(Set(everywhere.map(\.pathText)) == ["Storage-{stage}/Alerts", "StorageProd/Alerts"])
  }

  @Test func pulumiURNsAndNames() throws {
    let model = FileModel(SourceFile(path: "__main__.py", text: """
      import pulumi_aws as aws
      logs = aws.s3.BucketV2("logs")
      """))
    let tree = ConstructTree(models: [model])
    let type = try #require(model.resources.first?.type.fqn)
    #expect(tree.locate("urn:pulumi:dev::shop::\(type)::logs").nodes.count == 1)
    #expect(tree.locate("urn:pulumi:dev::shop::aws:sqs/queue:Queue::logs").nodes.isEmpty)
    #expect(tree.locate("logs").nodes.count == 1)
    #expect(tree.locate("nothing").nodes.isEmpty)
  }
}
