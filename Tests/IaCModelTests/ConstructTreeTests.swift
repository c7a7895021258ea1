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
  /// with the path of the stack's resource.
  static let synthesized: [(path: String, logicalID: String)] = [
    ("StorageProd/Archive/Objects", "ArchiveObjectsCAC08A9F"),
    ("StorageProd/Archive/RawLogs", "ArchiveRawLogs7FDCF14B"),
    ("StorageProd/Alerts", "Alerts91F83244"),
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
