import Foundation
import JSONRPC
@testable import LanguageServer
import TestSupport
import Testing

/// What a client can do wrong, in process and against the built binary: the server answers with the right error or
/// exits cleanly, and keeps no state for documents that are closed.
@Suite struct ServerRobustnessTests {
  // MARK: In process

  @Test func changesToDocumentsThatWereNeverOpenedAreIgnored() async throws {
    let client = TestClient(encoding: .utf16)
    try await client.initialize()
    let range = LSPRange(start: Position(line: 5, character: 3), end: Position(line: 9, character: 1))
    client.notify(DidChangeTextDocumentNotification(
      textDocument: VersionedTextDocumentIdentifier(uri: "file:///never/opened.py", version: 4),
      contentChanges: [TextDocumentContentChangeEvent(range: range, text: "x")]))
    client.notify(DidCloseTextDocumentNotification(textDocument: .init(uri: "file:///never/opened.py")))
    try await client.sync()
    #expect(await client.connection.server.documents.isEmpty)
  }

  @Test func paramsOfTheWrongShapeAreInvalidParamsAndTheDocumentSurvives() async throws {
    let client = TestClient(encoding: .utf8)
    try await client.initialize()
    client.open("x = 1\n", uri: "file:///p/a.py")
    // Notifications with broken params are logged and dropped; requests get -32602.
    client.sendRaw(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///p/a.py"},"contentChanges":[{"range":"nope","text":1}]}}"#)
    client.sendRaw(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":[1,2,3]}"#)
    client.sendRaw(#"{"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///p/a.py"},"range":{"start":{"line":"a"}}}}"#)
    client.sendRaw(#"{"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":null}"#)
    for id in [7, 8] {
      let response = try await client.response(to: .number(id))
      guard case .response(_, let error?) = response.kind else {
        Issue.record("request \(id) was answered without an error")
        continue
      }
      #expect(error.code == ResponseError.invalidParamsCode)
    }
    #expect(await client.connection.server.documents["file:///p/a.py"]?.text.bytes == Array("x = 1\n".utf8))
  }

  @Test(arguments: PositionEncoding.allCases)
  func positionsPastTheEndAreClampedInRequestsAndChanges(_ encoding: PositionEncoding) async throws {
    let client = TestClient(encoding: encoding)
    try await client.initialize()
    let uri = "file:///p/a.py"
    client.open("a = 1\n🎉 = 2", uri: uri)
    let far = Position(line: 1_000_000, character: Int.max / 2)
    let negative = Position(line: -3, character: -9)
    _ = try await client.request(HoverRequest(textDocument: .init(uri: uri), position: far))
    _ = try await client.request(CodeActionRequest(
      textDocument: .init(uri: uri), range: LSPRange(start: far, end: negative), context: CodeActionContext()))
    client.notify(DidChangeTextDocumentNotification(
      textDocument: VersionedTextDocumentIdentifier(uri: uri, version: 2),
      contentChanges: [
        TextDocumentContentChangeEvent(range: LSPRange(start: far, end: far), text: "!"),
        TextDocumentContentChangeEvent(range: LSPRange(start: negative, end: negative), text: "^"),
        TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: 1, character: 1), end: Position(line: 1, character: 1)), text: "~"),
      ]))
    try await client.sync()
    // A position inside the emoji (utf-16: between its surrogates; utf-8: inside its bytes) is its start.
    #expect(await client.connection.server.documents[uri]?.text.bytes == Array("^a = 1\n~🎉 = 2!".utf8))
  }

  /// Thousands of documents opened and closed leave nothing behind: no document, text, check, result, published
  /// diagnostics or cached parse. (Counts, not timings or resident memory, which other tests running in the same
  /// process would disturb.)
  /// A document over `maxFileSize` is not checked: it gets one diagnostic that says why, and nothing else.
  @Test func documentsOverTheSizeLimitAreNotChecked() async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: .utf16)
    client.configuration = .object(["maxFileSize": .int(200)])
    try await client.initialize(root: project.path, options: .object(["maxFileSize": .int(200)]))
    let small = project.uri("lib/small.py")
    let large = project.uri("lib/large.py")
    let line = "from aws_cdk import aws_cloudfront_origins as origins\norigins.S3Origin(b)\n"
    client.open(line, uri: small)
    client.open(String(repeating: line, count: 10), uri: large)
    _ = try await client.diagnostics(small) { $0.contains { $0.code == "IAC101" } }
    let published = try await client.diagnostics(large) { !$0.isEmpty }
    #expect(published.diagnostics.count == 1)
    #expect(published.diagnostics.first?.code == nil)
    #expect(published.diagnostics.first?.message.contains("over the limit of 200 bytes") == true)
    // Cut below the limit, it is checked.
    client.replaceAll(line, uri: large, version: 2)
    _ = try await client.diagnostics(large, version: 2) { $0.contains { $0.code == "IAC101" } }
  }

  @Test func thousandsOfOpenAndClosedDocumentsLeaveNoState() async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: .utf16)
    try await client.initialize(root: project.path)
    let count = 2_000
    let uris = (0..<count).map { project.uri("lib/module_\($0).py") }
    for (index, uri) in uris.enumerated() {
      client.open("from aws_cdk import aws_cloudfront_origins as origins\norigins.S3Origin(b\(index))\n", uri: uri)
    }
    try await client.sync()
    let server = client.connection.server
    #expect(await server.documents.count == count)
    // Let some checks finish and some still run when the documents close.
    _ = try await client.diagnostics(uris[count / 2]) { !$0.isEmpty }
    for uri in uris {
      client.notify(DidCloseTextDocumentNotification(textDocument: .init(uri: uri)))
    }
    try await client.sync()
    #expect(await server.documents.isEmpty)
    #expect(await server.openTexts.isEmpty)
    #expect(await server.openURIs.isEmpty)
    #expect(await server.lints.isEmpty)
    #expect(await server.results.isEmpty)
    #expect(await server.published.isEmpty)
    #expect(await server.dirty.isEmpty)
    // Checks that were running finish in the background; once they have, no parse of a closed file is kept.
    let projects = await server.projects
    let cached = try await client.wait("the project cache to forget the closed documents") { _ in
      projects.lock.withLock { projects.parsedOpen.isEmpty } ? true : nil
    }
    #expect(cached)
  }

  // MARK: The binary, over pipes

  /// Ends a session that a bug would leave hanging, so that the test fails instead of waiting for ever (a guard,
  /// not a measurement: a working server finishes long before).
  static func guardAgainstHangs(_ session: EndToEndTests.Session, seconds: Int = 600) {
    let process = session.process
    DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(seconds)) {
      // SIGKILL: the test process blocks SIGTERM in its threads, and children inherit that mask.
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
  }

  static func frame(_ text: String) -> Data { Data(MessageFraming.frame(Array(text.utf8))) }

  static func hover(_ id: Int, padding: Int = 0) -> String {
    let pad = padding > 0 ? #","pad":""# + String(repeating: "x", count: padding) + #"""# : ""
    return #"{"jsonrpc":"2.0","id":\#(id),"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.py"},"position":{"line":0,"character":0}\#(pad)}}"#
  }

  @Test func lyingHeadersAndBadBodiesGetErrorsAndTheSessionGoesOn() async throws {
    let binary = try #require(EndToEndTests.binary, "build the iaclsp product first")
    let session = try EndToEndTests.Session(binary: binary)
    Self.guardAgainstHangs(session)
    defer { if session.process.isRunning { session.process.terminate() } }
    func write(_ data: Data) async { await session.send(data) }
    func answer(_ id: Int) async throws -> Message {
      try await session.next { if case .response(.number(id), _) = $0.kind { return true } else { return false } }
    }
    func errorCode(_ id: Int) async throws -> Int? {
      guard case .response(_, let error) = try await answer(id).kind else { return nil }
      return error?.code
    }

    // A request before `initialize`.
    await write(Self.frame(Self.hover(1)))
    #expect(try await errorCode(1) == ResponseError.serverNotInitializedCode)
    _ = try await session.request(InitializeRequest(capabilities: .object([:])))
    await session.notify(InitializedNotification())

    // A body that is not JSON, then one that is JSON but not a message, then an unknown method.
    await write(Self.frame("{this is not json"))
    await write(Self.frame(#"{"jsonrpc":"2.0","id":3,"params":{}}"#))
    #expect(try await errorCode(3) == ResponseError.invalidRequestCode)
    await write(Self.frame(#"{"jsonrpc":"2.0","id":4,"method":"iaclsp/unknown"}"#))
    #expect(try await errorCode(4) == ResponseError.methodNotFoundCode)

    // A Content-Length too short: the body is cut (a parse error), its tail is garbage up to the next header.
    let short = Self.hover(5)
    await write(Data("Content-Length: 20\r\n\r\n\(short)".utf8) + Self.frame(Self.hover(6)))
    #expect(try await errorCode(6) == nil)
    // A Content-Length too long: the body takes the next header's bytes, the rest is skipped; later ones are read.
    let long = Self.hover(7)
    await write(Data("Content-Length: \(long.utf8.count + 10)\r\n\r\n\(long)".utf8) + Self.frame(Self.hover(8)) + Self.frame(Self.hover(9)))
    #expect(try await errorCode(9) == nil)
    // No header at all, a header without Content-Length, and a negative length.
    await write(Data("\(Self.hover(10))\r\n".utf8) + Data("Content-Type: text/plain\r\n\r\n{}".utf8))
    await write(Data("Content-Length: -5\r\n\r\n{}".utf8) + Self.frame(Self.hover(11)))
    #expect(try await errorCode(11) == nil)

    // A 50 MB message is read and answered; one over the 64 MiB limit is refused and its bytes skipped.
    await write(Self.frame(Self.hover(12, padding: 50 << 20)))
    #expect(try await errorCode(12) == nil)
    let huge = MessageFraming.maximumBodySize + 1_000
    await write(Data("Content-Length: \(huge)\r\n\r\n".utf8))
    let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
    var remaining = huge
    while remaining > 0 {
      await write(chunk.prefix(remaining))
      remaining -= min(remaining, chunk.count)
    }
    await write(Self.frame(Self.hover(13)))
    #expect(try await errorCode(13) == nil)

    // A change to a document that was never opened.
    await write(Self.frame(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///none.py","version":2},"contentChanges":[{"text":"x"}]}}"#))
    _ = try await session.request(ShutdownRequest())
    await session.notify(ExitNotification())
    await session.exited()
    #expect(session.process.terminationReason == .exit)
    #expect(session.process.terminationStatus == 0)
  }

  /// `hover` and `codeAction`, then `shutdown`, a late `hover` and `exit` in one write, before any answer: both
  /// requests are answered before `shutdown` is, the late one gets InvalidRequest, and the server exits with 0.
  @Test func requestsBeforeShutdownAreAnsweredFirst() async throws {
    let binary = try #require(EndToEndTests.binary, "build the iaclsp product first")
    let session = try EndToEndTests.Session(binary: binary)
    Self.guardAgainstHangs(session)
    defer { if session.process.isRunning { session.process.terminate() } }
    _ = try await session.request(InitializeRequest(capabilities: .object([:])))
    await session.notify(InitializedNotification())
    let uri = "file:///nonexistent-project/stack.py"
    let text = String(repeating: "from aws_cdk import aws_cloudfront_origins as origins\norigins.S3Origin(bucket)\n", count: 200)
    let open = DidOpenTextDocumentNotification(textDocument: TextDocumentItem(uri: uri, languageId: "python", version: 1, text: text))
    let range = LSPRange(start: Position(line: 1, character: 0), end: Position(line: 1, character: 10))
    var batch = Data()
    batch += Data(MessageFraming.frame(MessageEncoder.notification(method: DidOpenTextDocumentNotification.method, params: open)))
    batch += Data(MessageFraming.frame(MessageEncoder.request(
      id: .number(10), method: HoverRequest.method,
      params: HoverRequest(textDocument: .init(uri: uri), position: Position(line: 1, character: 9)))))
    batch += Data(MessageFraming.frame(MessageEncoder.request(
      id: .number(11), method: CodeActionRequest.method,
      params: CodeActionRequest(textDocument: .init(uri: uri), range: range, context: .init(diagnostics: [], only: nil)))))
    batch += Data(MessageFraming.frame(MessageEncoder.request(id: .number(12), method: ShutdownRequest.method, params: ShutdownRequest())))
    batch += Self.frame(Self.hover(13))
    batch += Data(MessageFraming.frame(MessageEncoder.notification(method: ExitNotification.method, params: ExitNotification())))
    await session.send(batch)
    // Read everything until the server closes its output.
    _ = try? await session.next { _ in false }
    await session.exited()
    var order: [Int] = []
    var errors: [Int: Int] = [:]
    for message in session.pending {
      guard case .response(.number(let id), let error) = message.kind else { continue }
      order.append(id)
      if let error { errors[id] = error.code }
    }
    let shutdown = try #require(order.firstIndex(of: 12), "shutdown was answered: \(order)")
    for id in [10, 11] {
      let index = try #require(order.firstIndex(of: id), "request \(id) was answered: \(order)")
      #expect(index < shutdown)
      #expect(errors[id] == nil || errors[id] == ResponseError.requestCancelledCode, "request \(id): error \(errors[id] ?? 0)")
    }
    #expect(errors[12] == nil)
    #expect(errors[13] == ResponseError.invalidRequestCode)
    #expect(session.process.terminationReason == .exit)
    #expect(session.process.terminationStatus == 0)
  }

  @Test func aClientThatClosesItsEndOfTheOutputEndsTheServer() async throws {
    let binary = try #require(EndToEndTests.binary, "build the iaclsp product first")
    let session = try EndToEndTests.Session(binary: binary)
    Self.guardAgainstHangs(session)
    defer { if session.process.isRunning { session.process.terminate() } }
    _ = try await session.request(InitializeRequest(capabilities: .object([:])))
    try session.output.fileHandleForReading.close()
    // The next answer cannot be written: the server exits with 1 instead of dying of SIGPIPE or spinning.
    await session.send(Self.frame(Self.hover(2)))
    await session.exited()
    #expect(session.process.terminationReason == .exit)
    #expect(session.process.terminationStatus == 1)
  }

  @Test func aClientThatStopsReadingAndClosesTheInputEndsTheServer() async throws {
    let binary = try #require(EndToEndTests.binary, "build the iaclsp product first")
    let session = try EndToEndTests.Session(binary: binary)
    Self.guardAgainstHangs(session)
    defer { if session.process.isRunning { session.process.terminate() } }
    _ = try await session.request(InitializeRequest(capabilities: .object([:])))
    // Far more answers than a pipe holds (each error repeats its long method name), none of them read.
    let method = "iaclsp/" + String(repeating: "m", count: 4_000)
    var requests = Data()
    for id in 100..<400 { requests += Self.frame(#"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)"}"#) }
    await session.send(requests)
    try session.input.fileHandleForWriting.close()
    await session.exited()
    #expect(session.process.terminationReason == .exit)
    #expect(session.process.terminationStatus == 1)
  }
}
