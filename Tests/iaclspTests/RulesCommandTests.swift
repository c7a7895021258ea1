import Foundation
import Testing

@Suite("iaclsp rules and explain")
struct RulesCommandTests {
  @Test func rulesListsTheCatalogue() async throws {
    let result = try await ToolRunner.run(["rules"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("CODE") == true)
    #expect(lines.contains { $0.hasPrefix("IAC101  deprecated-s3-origin") && $0.contains("warning") && $0.contains("python,typescript") })
  }

  @Test func rulesAsJSON() async throws {
    let result = try await ToolRunner.run(["rules", "--format", "json"])
    let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(rules.contains { $0["code"] as? String == "IAC502" && $0["name"] as? String == "missing-app-entrypoint" })
  }

  @Test func explainByCodeOrName() async throws {
    let byCode = try await ToolRunner.run(["explain", "IAC101"])
    #expect(byCode.status == 0)
    #expect(byCode.stdout.contains("deprecated-s3-origin"))
    #expect(byCode.stdout.contains("Why is this bad?"))
    let byName = try await ToolRunner.run(["explain", "deprecated-s3-origin"])
    #expect(byName.stdout == byCode.stdout)
    let unknown = try await ToolRunner.run(["explain", "IAC999"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("no rule"))
  }
}
