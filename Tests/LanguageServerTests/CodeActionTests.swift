import Foundation
import JSONRPC
import LanguageServer
import Testing

@Suite struct CodeActionTests {
  func edits(_ action: CodeAction, uri: String) -> [TextEdit] {
    guard let edit = action.edit else { return [] }
    if let changes = edit.changes { return changes[uri] ?? [] }
    return (edit.documentChanges ?? []).flatMap { change -> [TextEdit] in
      if case .edit(let documentEdit) = change, documentEdit.textDocument.uri == uri { return documentEdit.edits }
      return []
    }
  }

  @Test(arguments: PositionEncoding.allCases)
  func quickFixRemovesTheFinding(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/stack.py")
    let positions = client.open(Fixtures.stack, uri: uri)
    let published = try await client.diagnostics(uri) { !$0.isEmpty }
    let diagnostic = try #require(published.diagnostics.first { $0.code == "IAC101" })
    let actions = try await client.request(CodeActionRequest(
      textDocument: .init(uri: uri), range: LSPRange(start: positions["1️⃣"], end: positions["1️⃣"]),
      context: CodeActionContext(diagnostics: [JSONAny(encodingForTest: diagnostic)])))
    let fix = try #require(actions.first { $0.kind == "quickfix" && $0.isPreferred == true })
    #expect(fix.title.contains("S3BucketOrigin"))
    #expect(fix.diagnostics?.first?["code"] == .string("IAC101"))
    guard case .edit(let documentEdit)? = fix.edit?.documentChanges?.first else {
      Issue.record("no versioned edit")
      return
    }
    #expect(documentEdit.textDocument.version == 1)
    let fixed = DocumentPositions.apply(edits(fix, uri: uri), to: positions.text, encoding: encoding)
    #expect(fixed.contains("origin = origins.S3BucketOrigin.with_origin_access_identity(bucket, origin_access_identity=identity)"))
    #expect(fixed.contains("🪣 bucket"))
    client.replaceAll(fixed, uri: uri, version: 2)
    let after = try await client.diagnostics(uri, version: 2)
    #expect(!after.diagnostics.contains { $0.code == "IAC101" })
    #expect(actions.contains { $0.title == "Ignore IAC101 on this line" })
    #expect(actions.contains { $0.kind == "source.fixAll.iaclsp" })
  }

  @Test(arguments: PositionEncoding.allCases)
  func ignoreActionAddsASuppressionComment(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/stack.py")
    let positions = client.open(Fixtures.stack, uri: uri)
    _ = try await client.diagnostics(uri) { !$0.isEmpty }
    let actions = try await client.request(CodeActionRequest(
      textDocument: .init(uri: uri), range: LSPRange(start: positions["2️⃣"], end: positions["2️⃣"]), context: CodeActionContext()))
    let ignore = try #require(actions.first { $0.title == "Ignore IAC101 on this line" })
    let ignored = DocumentPositions.apply(edits(ignore, uri: uri), to: positions.text, encoding: encoding)
    #expect(ignored.contains("S3Origin(bucket, origin_access_identity=identity)  # iaclsp: ignore[IAC101]\n"))
    client.replaceAll(ignored, uri: uri, version: 2)
    let after = try await client.diagnostics(uri, version: 2)
    #expect(after.diagnostics.isEmpty)
  }

  @Test(arguments: PositionEncoding.allCases)
  func fixAllIsResolvedLazily(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path, capabilities: client.capabilities(resolve: true))
    let uri = project.uri("lib/stack.py")
    let marked = Fixtures.stack + "\nother = origins.S3Origin(bucket2, origin_access_identity=identity)  # 🧪\nlog = lambda_.LogGroup\n"
    let positions = client.open(marked, uri: uri)
    let actions = try await client.request(CodeActionRequest(
      textDocument: .init(uri: uri), range: LSPRange(start: positions["3️⃣"], end: positions["3️⃣"]),
      context: CodeActionContext(only: ["source.fixAll"])))
    #expect(actions.count == 1)
    let lazy = try #require(actions.first)
    #expect(lazy.kind == "source.fixAll.iaclsp")
    #expect(lazy.edit == nil)
    let resolved = try await client.request(CodeActionResolveRequest(action: lazy))
    #expect(resolved.title == lazy.title)
    let fixed = DocumentPositions.apply(edits(resolved, uri: uri), to: positions.text, encoding: encoding)
    #expect(!fixed.contains("S3Origin("))
    #expect(fixed.contains("bucket2, origin_access_identity=identity)  # 🧪"))
    // Only quick fixes when asked for them.
    let quick = try await client.request(CodeActionRequest(
      textDocument: .init(uri: uri), range: LSPRange(start: positions["1️⃣"], end: positions["2️⃣"]),
      context: CodeActionContext(only: ["quickfix"])))
    #expect(!quick.isEmpty && quick.allSatisfy { $0.kind == "quickfix" })
  }

  @Test(arguments: [true, false])
  func fixesThatCreateFilesNeedCreateFileSupport(_ supported: Bool) async throws {
    let project = try TemporaryProject([
      "app.py": Fixtures.app,
      "lib/stack.py": "from aws_cdk import Stack\n\nclass SiteStack(Stack):\n    pass\n",
      "requirements.txt": "aws-cdk-lib\n",
    ])
    let client = TestClient(encoding: .utf16)
    try await client.initialize(root: project.path, capabilities: client.capabilities(createFiles: supported))
    let uri = project.uri("app.py")
    client.open(Fixtures.app, uri: uri)
    let published = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC501" } }
    let diagnostic = try #require(published.diagnostics.first { $0.code == "IAC501" })
    let actions = try await client.request(CodeActionRequest(
      textDocument: .init(uri: uri), range: diagnostic.range, context: CodeActionContext()))
    let create = actions.first { $0.title.contains("cdk.json") }
    if supported {
      let action = try #require(create)
      #expect(action.isPreferred == false)
      guard case .create(let createFile)? = action.edit?.documentChanges?.first else {
        Issue.record("no CreateFile")
        return
      }
      #expect(createFile.uri == project.uri("cdk.json"))
      guard case .edit(let contents)? = action.edit?.documentChanges?.dropFirst().first else {
        Issue.record("no contents")
        return
      }
      #expect(contents.edits.first?.newText.contains("python3 app.py") == true)
    } else {
      #expect(create == nil)
      #expect(actions.contains { $0.title == "Ignore IAC501 on this line" })
    }
  }
}

extension JSONAny {
  init<T: Encodable>(encodingForTest value: T) {
    let data = try! JSONEncoder().encode(value)
    self = try! JSONDecoder().decode(JSONAny.self, from: data)
  }
}
