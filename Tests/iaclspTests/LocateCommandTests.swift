import Foundation
import Testing

/// `iaclsp locate`, as a user runs it on a fixture app.
@Suite("iaclsp locate")
struct LocateCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/locate").path

  @Test func printsPathLineColumnConstructAndType() async throws {
    let result = try await ToolRunner.run(["locate", "ArchiveRawLogs7FDCF14B", "cdk-python"], in: Self.root)
    #expect(result.status == 0)
    #expect(result.stdout.contains("cdk-python/stacks/archive.py:9:9: StorageProd/Archive/RawLogs aws-cdk-lib.aws_s3.CfnBucket"))
  }

  @Test func notesPathsBelowTheSourceAndCandidates() async throws {
    let below = try await ToolRunner.run(["locate", "StorageProd/Archive/Objects/Policy/Resource", "cdk-python"], in: Self.root)
    #expect(below.status == 0)
    #expect(below.stdout.contains(
      "StorageProd/Archive/Objects aws-cdk-lib.aws_s3.Bucket (the deepest construct the source creates on that path is `StorageProd/Archive/Objects`; CDK adds the rest)"))
    #expect(!below.stdout.contains("one of several candidates"))
    // Each pass of a loop is a candidate.
    let loop = try await ToolRunner.run(["locate", "Api/Queue-refunds", "cdk-typescript"], in: Self.root)
    #expect(loop.stdout.contains("Api/Queue-{name} aws-cdk-lib.aws_sqs.Queue (one of several candidates)"))
    // A typo matches nothing, rather than the stack above it.
    let typo = try await ToolRunner.run(["locate", "StorageProd/Archiv/Objects", "cdk-python"], in: Self.root)
    #expect(typo.status == 1)
  }

  @Test func columnsCountCharactersAfterNonASCIIText() async throws {
    // `    /* Zürich → ✓ */ new sqs.Queue(this, 'Dlq');`: `new` is the 22nd character and the 27th byte.
    let result = try await ToolRunner.run(["locate", "Api/Dlq", "cdk-typescript"], in: Self.root)
    #expect(result.stdout.contains("cdk-typescript/lib/api-stack.ts:25:22: Api/Dlq aws-cdk-lib.aws_sqs.Queue\n"))
  }

  @Test func pulumiURNsAndResourceNames() async throws {
    let urn = try await ToolRunner.run(["locate", "urn:pulumi:dev::shop::aws:s3/bucketV2:BucketV2::logs", "pulumi-python"], in: Self.root)
    #expect(urn.status == 0)
    #expect(urn.stdout == "pulumi-python/__main__.py:3:8: logs aws:s3/bucketV2:BucketV2\n")
    let wrongType = try await ToolRunner.run(["locate", "urn:pulumi:dev::shop::aws:sqs/queue:Queue::logs", "pulumi-python"], in: Self.root)
    #expect(wrongType.status == 1)
    let name = try await ToolRunner.run(["locate", "orders", "pulumi-python"], in: Self.root)
    #expect(name.stdout == "pulumi-python/__main__.py:4:10: orders aws:sqs/queue:Queue\n")
  }

  @Test func jsonAndNoMatch() async throws {
    let result = try await ToolRunner.run(["locate", "Api/Handlers/Handler", "--format", "json", "cdk-typescript"], in: Self.root)
    #expect(result.status == 0)
    let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(items.count == 1)
    #expect(items.first?["path"] as? String == "cdk-typescript/lib/api-stack.ts")
    #expect(items.first?["line"] as? Int == 10)
    #expect(items.first?["construct"] as? String == "Api/Handlers/Handler")
    #expect(items.first?["type"] as? String == "aws-cdk-lib.aws_lambda.Function")
    let none = try await ToolRunner.run(["locate", "NoSuchThing1234ABCD", "cdk-typescript"], in: Self.root)
    #expect(none.status == 1)
    #expect(none.stderr.contains("nothing in the sources matches"))
  }
}
