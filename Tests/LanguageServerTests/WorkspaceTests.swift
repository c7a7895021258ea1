import Foundation
import JSONRPC
import LanguageServer
import Testing

@Suite struct WorkspaceTests {
  @Test(arguments: PositionEncoding.allCases)
  func configurationChangesRepublish(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/stack.py")
    client.open(Fixtures.stack, uri: uri)
    _ = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC101" && $0.severity == 2 } }
    client.lock.withLock { client.configuration = .object(["severity": .object(["deprecated-s3-origin": .string("error")])]) }
    client.notify(DidChangeConfigurationNotification(settings: .null))
    _ = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC101" && $0.severity == 1 } }
    // Settings sent with the notification under `iaclsp` are used as they are.
    client.notify(DidChangeConfigurationNotification(settings: .object(["iaclsp": .object(["ignore": .array([.string("IAC1")])])])))
    _ = try await client.diagnostics(uri) { !$0.contains { $0.code == "IAC101" } }
  }

  @Test func initializationOptionsSelectRules() async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: .utf16)
    client.configuration = .object(["select": .array([.string("IAC4")])])
    try await client.initialize(root: project.path, options: .object(["select": .array([.string("IAC4")])]))
    let uri = project.uri("lib/stack.py")
    client.open(Fixtures.stack, uri: uri)
    let published = try await client.diagnostics(uri)
    #expect(published.diagnostics.isEmpty)
  }

  @Test func projectFileChangesUpdateFindings() async throws {
    let project = try TemporaryProject([
      "app.py": Fixtures.app,
      "lib/stack.py": "from aws_cdk import Stack\n\nclass SiteStack(Stack):\n    pass\n",
      "requirements.txt": "aws-cdk-lib\n",
    ])
    let client = TestClient(encoding: .utf16)
    try await client.initialize(root: project.path)
    let uri = project.uri("app.py")
    client.open(Fixtures.app, uri: uri)
    _ = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC501" } }
    try project.write("cdk.json", Fixtures.cdkJSON)
    client.notify(DidChangeWatchedFilesNotification(changes: [.init(uri: project.uri("cdk.json"), type: 1)]))
    _ = try await client.diagnostics(uri) { !$0.contains { $0.code == "IAC501" } }
  }

  @Test func workspaceFoldersCanChange() async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: .utf16)
    try await client.initialize()
    client.notify(DidChangeWorkspaceFoldersNotification(added: [WorkspaceFolder(uri: DocumentURI.uri(forPath: project.path), name: "p")], removed: []))
    let uri = project.uri("lib/stack.py")
    client.open(Fixtures.stack, uri: uri)
    _ = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC101" } }
  }

  @Test func uris() {
    #expect(DocumentURI.path(of: "file:///tmp/a%20b/c.py") == "/tmp/a b/c.py")
    #expect(DocumentURI.path(of: "file://localhost/tmp/x.py") == "/tmp/x.py")
    #expect(DocumentURI.path(of: "untitled:Untitled-1") == nil)
    #expect(DocumentURI.uri(forPath: "/tmp/a b/ü.py") == "file:///tmp/a%20b/%C3%BC.py")
    #expect(DocumentURI.path(of: DocumentURI.uri(forPath: "/tmp/a b/ü#.py")) == "/tmp/a b/ü#.py")
  }
}
