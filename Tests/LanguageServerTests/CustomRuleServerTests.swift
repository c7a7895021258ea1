import Foundation
import JSONRPC
import LanguageServer
import Testing

/// Custom rules in the server: findings, hover, and rules files read again when they change.
@Suite struct CustomRuleServerTests {
  static func rules(message: String) -> String {
    """
    [[rule]]
    code = "ACME001"
    name = "versioned-buckets"
    message = "\(message)"
    url = "https://wiki.example.com/s3"
    resources = ["aws-cdk-lib.aws_s3.Bucket"]
    [rule.props.versioned]
    equals = true

    """
  }

  @Test func findingsHoverAndChangedRulesFiles() async throws {
    let project = try TemporaryProject([
      "cdk.json": Fixtures.cdkJSON,
      "app.py": Fixtures.app,
      "lib/__init__.py": "",
      "iaclsp.toml": "extend-rules = [\"policies/*.toml\"]\n",
      "policies/s3.toml": Self.rules(message: "Every bucket is versioned"),
    ])
    let client = TestClient(encoding: .utf16)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/stack.py")
    let positions = client.open("from aws_cdk import aws_s3 as s3\n\nsite = 1️⃣s3.Bucket(self, \"Site\")\n", uri: uri)
    _ = try await client.diagnostics(uri) { $0.contains { $0.code == "ACME001" && $0.message.hasPrefix("Every bucket") } }
    let hover = try #require(
      try await client.request(HoverRequest(textDocument: .init(uri: uri), position: positions["1️⃣"])))
    // The short summary of a finding: the rule, its message, and the policy's own link.
    #expect(hover.contents.value.contains("**ACME001 versioned-buckets**"))
    #expect(hover.contents.value.contains("`versioned` is not set; it must be `true`"))
    #expect(hover.contents.value.contains("<https://wiki.example.com/s3>"))
    try project.write("policies/s3.toml", Self.rules(message: "Buckets keep old versions"))
    client.notify(DidChangeWatchedFilesNotification(changes: [.init(uri: project.uri("policies/s3.toml"), type: 2)]))
    _ = try await client.diagnostics(uri) { $0.contains { $0.code == "ACME001" && $0.message.hasPrefix("Buckets keep") } }
  }
}
