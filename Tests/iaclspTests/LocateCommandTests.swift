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

  @Test func jsonAndNoMatch() async throws {
    let result = try await ToolRunner.run(["locate", "Api/Handlers/Handler", "--format", "json", "cdk-typescript"], in: Self.root)
    #expect(result.status == 0)
    let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(items.count == 1)
    #expect(items.first?["path"] as? String == "cdk-typescript/lib/api-stack.ts")
    #expect(items.first?["line"] as? Int == 9)
    #expect(items.first?["construct"] as? String == "Api/Handlers/Handler")
    #expect(items.first?["type"] as? String == "aws-cdk-lib.aws_lambda.Function")
    let none = try await ToolRunner.run(["locate", "NoSuchThing1234ABCD", "cdk-typescript"], in: Self.root)
    #expect(none.status == 1)
    #expect(none.stderr.contains("nothing in the sources matches"))
  }
}
