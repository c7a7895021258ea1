import Foundation
import JSONRPC
import LanguageServer
import Testing

@Suite struct DiagnosticsTests {
  @Test(arguments: PositionEncoding.allCases)
  func pushesDiagnosticsWithCodeLinkTagsAndVersion(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/stack.py")
    let positions = client.open(Fixtures.stack, uri: uri, version: 7)
    let published = try await client.diagnostics(uri) { !$0.isEmpty }
    #expect(published.version == 7)
    let diagnostic = try #require(published.diagnostics.first { $0.code == "IAC101" })
    #expect(diagnostic.range == LSPRange(start: positions["1️⃣"], end: positions["2️⃣"]))
    #expect(diagnostic.source == "iaclsp")
    #expect(diagnostic.severity == 2)
    #expect(diagnostic.tags == [2])
    #expect(diagnostic.codeDescription?.href.hasPrefix("https://docs.aws.amazon.com/") == true)
    #expect(diagnostic.data?["code"] == .string("IAC101"))
    #expect(diagnostic.data?["fix"].stringValue?.contains("S3BucketOrigin") == true)
  }

  @Test(arguments: PositionEncoding.allCases)
  func incrementalChangesMoveDiagnostics(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/stack.py")
    let positions = client.open(Fixtures.stack, uri: uri)
    _ = try await client.diagnostics(uri, version: 1) { !$0.isEmpty }
    // Insert astral characters at the start of the finding's line: it moves by their length in the client's units.
    let inserted = "\"𝒜🎉é\"; "
    let lineStart = Position(line: positions["1️⃣"].line, character: 0)
    client.notify(DidChangeTextDocumentNotification(
      textDocument: VersionedTextDocumentIdentifier(uri: uri, version: 2),
      contentChanges: [TextDocumentContentChangeEvent(range: LSPRange(start: lineStart, end: lineStart), text: inserted)]))
    let moved = try await client.diagnostics(uri, version: 2)
    let diagnostic = try #require(moved.diagnostics.first { $0.code == "IAC101" })
    let shift = encoding == .utf8 ? inserted.utf8.count : inserted.utf16.count
    #expect(diagnostic.range.start == Position(line: positions["1️⃣"].line, character: positions["1️⃣"].character + shift))
  }

  @Test(arguments: PositionEncoding.allCases)
  func aBurstOfEditsPublishesTheNewestVersionAndNothingStale(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/stack.py")
    let positions = client.open(Fixtures.stack, uri: uri)
    for version in 2...40 {
      client.notify(DidChangeTextDocumentNotification(
        textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version),
        contentChanges: [TextDocumentContentChangeEvent(range: LSPRange(start: positions["3️⃣"], end: positions["3️⃣"]), text: "")]))
    }
    // Version 41 removes the finding.
    let fixed = positions.text.replacingOccurrences(of: "origins.S3Origin(bucket, origin_access_identity=identity)", with: "None")
    client.replaceAll(fixed, uri: uri, version: 41)
    let last = try await client.diagnostics(uri, version: 41)
    #expect(last.diagnostics.isEmpty)
    let versions = client.notifications(PublishDiagnosticsNotification.self).filter { $0.uri == uri }.compactMap(\.version)
    #expect(versions == versions.sorted())
    #expect(versions.count < 41)
  }

  @Test(arguments: PositionEncoding.allCases)
  func outOfRangePositionsAreClamped(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/stack.py")
    let positions = client.open(Fixtures.stack, uri: uri)
    // A character past the end of a line, and a line past the end of the document.
    client.notify(DidChangeTextDocumentNotification(
      textDocument: VersionedTextDocumentIdentifier(uri: uri, version: 2),
      contentChanges: [
        TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: 0, character: 500), end: Position(line: 0, character: 900)), text: "  # end"),
        TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: 900, character: 3), end: Position(line: 1000, character: 0)), text: "\n# tail\n"),
        TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: 3, character: 3), end: Position(line: 3, character: 3)), text: ""),
      ]))
    let published = try await client.diagnostics(uri, version: 2)
    #expect(published.diagnostics.contains { $0.code == "IAC101" && $0.range.start == positions["1️⃣"] })
    let hover = try await client.request(HoverRequest(textDocument: .init(uri: uri), position: Position(line: 10_000, character: 10_000)))
    #expect(hover == nil)
  }

  @Test(arguments: PositionEncoding.allCases)
  func positionsInsideASurrogatePairOrASequenceRoundDown(_ encoding: PositionEncoding) {
    let text = DocumentText("a🎉b\n")
    // 🎉 is 4 UTF-8 bytes and 2 UTF-16 units, starting at byte 1.
    let inside = Position(line: 0, character: 2)
    #expect(text.offset(of: inside, encoding: encoding) == 1)
    #expect(text.position(of: 5, encoding: encoding) == Position(line: 0, character: encoding == .utf8 ? 5 : 3))
    #expect(text.offset(of: Position(line: -3, character: -1), encoding: encoding) == 0)
    #expect(text.offset(of: Position(line: 0, character: Int.max), encoding: encoding) == 6)
    #expect(text.position(of: 1_000, encoding: encoding) == Position(line: 1, character: 0))
  }

  @Test(arguments: PositionEncoding.allCases)
  func relatedInformationPointsToWhereTheRegionIsSet(_ encoding: PositionEncoding) async throws {
    let project = try TemporaryProject([
      "cdk.json": Fixtures.cdkJSON,
      "app.py": Fixtures.app,
      "lib/AWS_REGION": "us-east-2\n",
    ])
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/stack.py")
    let source = """
      from aws_cdk import Stack, aws_wafv2 as wafv2

      class SiteStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              # 🛡️ web ACL
              acl = wafv2.CfnWebACL(self, "Acl", scope="CLOUDFRONT", default_action={})
      """
    try project.write("lib/stack.py", source)
    client.open(source, uri: uri)
    let published = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC202" } }
    let diagnostic = try #require(published.diagnostics.first { $0.code == "IAC202" })
    let related = try #require(diagnostic.relatedInformation?.first)
    #expect(related.location.uri == project.uri("lib/AWS_REGION"))
    #expect(related.location.range.start == Position(line: 0, character: 0))
  }

  @Test(arguments: PositionEncoding.allCases)
  func pullDiagnosticsWithResultIDs(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    let result = try await client.initialize(root: project.path, capabilities: client.capabilities(pull: true))
    #expect(result.capabilities.diagnosticProvider?.workspaceDiagnostics == true)
    let uri = project.uri("lib/stack.py")
    let positions = client.open(Fixtures.stack, uri: uri)
    let full = try await client.request(DocumentDiagnosticRequest(textDocument: .init(uri: uri)))
    #expect(full.kind == "full")
    #expect(full.items?.first { $0.code == "IAC101" }?.range.start == positions["1️⃣"])
    let again = try await client.request(DocumentDiagnosticRequest(textDocument: .init(uri: uri), previousResultId: full.resultId))
    #expect(again.kind == "unchanged")
    #expect(again.resultId == full.resultId)
    client.replaceAll(positions.text + "\n# 🎈\n", uri: uri, version: 2)
    let changed = try await client.request(DocumentDiagnosticRequest(textDocument: .init(uri: uri), previousResultId: full.resultId))
    #expect(changed.kind == "full")
    #expect(changed.resultId != full.resultId)
    // Nothing is pushed to a pull client.
    #expect(client.notifications(PublishDiagnosticsNotification.self).isEmpty)
  }

  @Test(arguments: PositionEncoding.allCases)
  func workspaceDiagnosticsCheckFilesThatAreNotOpenWithProgress(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    try project.write("lib/other.py", "from aws_cdk import aws_lambda as lambda_\nlog = lambda_.LogGroup(self, \"L\")  # 🪵\n")
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path, capabilities: client.capabilities(pull: true))
    let report = try await client.request(WorkspaceDiagnosticRequest(workDoneToken: .string("ws-1")))
    let other = try #require(report.items.first { $0.uri == project.uri("lib/other.py") })
    #expect(other.version == nil)
    #expect(other.items?.contains { $0.code == "IAC102" } == true)
    #expect(report.items.contains { $0.uri == project.uri("lib/stack.py") && $0.items?.contains { $0.code == "IAC101" } == true })
    let progress = client.notifications(ProgressNotification.self).filter { $0.token == .string("ws-1") }
    #expect(progress.first?.value.kind == "begin")
    #expect(progress.last?.value.kind == "end")
  }
}
