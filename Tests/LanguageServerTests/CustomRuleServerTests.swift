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

  /// The project of one rules file and a stack with an unversioned bucket.
  static func project() throws -> TemporaryProject {
    try TemporaryProject([
      "cdk.json": Fixtures.cdkJSON,
      "app.py": Fixtures.app,
      "lib/__init__.py": "",
      "iaclsp.toml": "extend-rules = [\"policies/*.toml\"]\n",
      "policies/s3.toml": Self.rules(message: "Every bucket is versioned"),
    ])
  }

  static let stack = "from aws_cdk import aws_s3 as s3\n\nsite = s3.Bucket(self, \"Site\")\n"

  @Test func editorSettingsSelectAndRateCustomCodes() async throws {
    let project = try Self.project()
    let client = TestClient(encoding: .utf16)
    // The code in `select`, the name in `severity`: both are the project's, not built-in rules.
    let options = JSONAny.object([
      "select": .array([.string("ACME001")]), "severity": .object(["versioned-buckets": .string("error")]),
    ])
    client.configuration = options
    try await client.initialize(root: project.path, options: options)
    let uri = project.uri("lib/stack.py")
    client.open(Self.stack, uri: uri)
    let published = try await client.diagnostics(uri) { $0.contains { $0.code == "ACME001" } }
    #expect(published.diagnostics.map(\.code) == ["ACME001"])
    #expect(published.diagnostics.first?.severity == 1)
    try await client.sync()
    #expect(!client.notifications(ShowMessageNotification.self).contains { $0.message.contains("unknown rule") })
    // `ignore` through `workspace/configuration` turns the custom rule off.
    client.lock.withLock { client.configuration = .object(["ignore": .array([.string("ACME")])]) }
    client.notify(DidChangeConfigurationNotification(settings: .null))
    _ = try await client.diagnostics(uri) { !$0.contains { $0.code == "ACME001" } }
  }

  @Test func editorSettingsNameUnknownCodes() async throws {
    let project = try Self.project()
    let client = TestClient(encoding: .utf16)
    let options = JSONAny.object([
      "select": .array([.string("ACME001"), .string("ACME999")]), "severity": .object(["ACME998": .string("hint")]),
    ])
    client.configuration = options
    try await client.initialize(root: project.path, options: options)
    let uri = project.uri("lib/stack.py")
    client.open(Self.stack, uri: uri)
    _ = try await client.diagnostics(uri) { $0.contains { $0.code == "ACME001" } }
    let selector = try await client.waitFor(ShowMessageNotification.self) { $0.message.contains("`ACME999`") }
    #expect(selector.message.contains("unknown rule selector `ACME999` in iaclsp settings"))
    #expect(selector.message.contains("iaclsp.toml"))
    let severity = try await client.waitFor(ShowMessageNotification.self) { $0.message.contains("`ACME998`") }
    #expect(severity.message.contains("unknown rule `ACME998` in `iaclsp.severity`"))
    #expect(!client.notifications(ShowMessageNotification.self).contains { $0.message.contains("`ACME001`") })
  }

  @Test func editorSettingsWithoutConfigurationKnowOnlyBuiltInRules() async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: .utf16)
    let options = JSONAny.object(["select": .array([.string("ACME001"), .string("IAC1")])])
    client.configuration = options
    try await client.initialize(root: project.path, options: options)
    let uri = project.uri("lib/stack.py")
    client.open(Fixtures.stack, uri: uri)
    _ = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC101" } }
    let message = try await client.waitFor(ShowMessageNotification.self) { $0.message.contains("`ACME001`") }
    #expect(message.message.contains("not a built-in rule"))
  }
}
