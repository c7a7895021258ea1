import Foundation
import JSONRPC
import LanguageServer
import TestSupport
import Testing

/// Drives the built `iaclsp` binary over pipes, as an editor does: a whole session on a copy of a seed project.
@Suite struct EndToEndTests {
  /// The `iaclsp` binary beside the test bundle, unless `IACLSP_BINARY` names one.
  static let binary: String? = {
    if let path = ProcessInfo.processInfo.environment["IACLSP_BINARY"] { return path }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("iaclsp").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return nil
  }()

  static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/seeds/000-portfolio-cdk-python/mistaken").path

  /// A framed JSON-RPC session with a child process. Every read, write and wait happens on a thread of its own
  /// (``onOwnThread(_:)``), so that a test talking to the server never holds a thread of the test runner's pool.
  final class Session: @unchecked Sendable {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    var reader = MessageReader()
    var pending: [Message] = []
    var nextID = 0

    init(binary: String, arguments: [String] = []) throws {
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = arguments
      process.standardInput = input
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
    }

    func write(_ body: Data) async {
      await send(Data(MessageFraming.frame(body)))
    }

    /// Writes bytes as they are to the server's input (a write blocks while the pipe is full).
    func send(_ data: Data) async {
      let handle = input.fileHandleForWriting
      _ = try? await onOwnThread { handle.write(data) }
    }

    func request<R: RequestType>(_ params: R) async throws -> R.Response {
      nextID += 1
      let id = RequestID.number(nextID)
      await write(MessageEncoder.request(id: id, method: R.method, params: params))
      let message = try await next { if case .response(id, _) = $0.kind { return true } else { return false } }
      return try message.result(R.Response.self)
    }

    func notify<N: NotificationType>(_ params: N) async {
      await write(MessageEncoder.notification(method: N.method, params: params))
    }

    /// Reads messages until one matches, answering the server's requests with `null` (or `[{}]` for settings).
    func next(_ matches: (Message) -> Bool) async throws -> Message {
      while true {
        if let index = pending.firstIndex(where: matches) { return pending.remove(at: index) }
        while let event = reader.next() {
          guard case .message(let body) = event, let message = try? Message.decode(Data(body)) else { continue }
          if case .request(let id, let method) = message.kind {
            if method == ConfigurationRequest.method {
              await write(MessageEncoder.response(id: id, result: [JSONAny.object([:])]))
            } else {
              await write(MessageEncoder.response(id: id, result: JSONNull()))
            }
            continue
          }
          pending.append(message)
        }
        if let index = pending.firstIndex(where: matches) { return pending.remove(at: index) }
        let handle = output.fileHandleForReading
        let data = try await onOwnThread { handle.availableData }
        if data.isEmpty { throw CocoaError(.fileReadUnknown) }
        reader.append(data)
      }
    }

    func diagnostics(_ uri: String, version: Int) async throws -> PublishDiagnosticsNotification {
      let message = try await next { message in
        guard case .notification(PublishDiagnosticsNotification.method) = message.kind,
          let params = try? message.params(PublishDiagnosticsNotification.self) else { return false }
        return params.uri == uri && params.version == version
      }
      return try message.params(PublishDiagnosticsNotification.self)
    }

    /// Returns once the server has exited.
    func exited() async {
      await TestSupport.exited(process)
    }
  }

  @Test(arguments: PositionEncoding.allCases)
  func wholeSessionOnASeedProject(_ encoding: PositionEncoding) async throws {
    let binary = try #require(EndToEndTests.binary, "build the iaclsp product first")
    let project = try TemporaryProject([:])
    try FileManager.default.removeItem(atPath: project.path)
    try FileManager.default.copyItem(atPath: EndToEndTests.seed, toPath: project.path)
    let session = try Session(binary: binary)
    defer { if session.process.isRunning { session.process.terminate() } }

    var capabilities: [String: JSONAny] = [
      "textDocument": .object(["hover": .object(["contentFormat": .array([.string("markdown")])])]),
      "workspace": .object(["workspaceEdit": .object(["documentChanges": .bool(true)])]),
    ]
    if encoding == .utf8 { capabilities["general"] = .object(["positionEncodings": .array([.string("utf-8")])]) }
    let initialized = try await session.request(InitializeRequest(
      processId: Int(ProcessInfo.processInfo.processIdentifier), rootUri: DocumentURI.uri(forPath: project.path),
      capabilities: .object(capabilities)))
    #expect(initialized.capabilities.positionEncoding == encoding.rawValue)
    await session.notify(InitializedNotification())

    let path = project.path + "/lib/portfolio_stack.py"
    let uri = DocumentURI.uri(forPath: path)
    // An emoji comment first, so that UTF-8 and UTF-16 columns differ on every later line... and on its own.
    var text = "# 🚀 portfolio stack ✨\n" + (try String(contentsOfFile: path, encoding: .utf8))
    await session.notify(DidOpenTextDocumentNotification(textDocument: TextDocumentItem(uri: uri, languageId: "python", version: 1, text: text)))
    let first = try await session.diagnostics(uri, version: 1)
    let deprecated = first.diagnostics.filter { $0.code == "IAC101" }
    #expect(deprecated.count == 3)
    let target = try #require(deprecated.first)
    #expect(target.range.start.line == 66)

    let actions = try await session.request(CodeActionRequest(
      textDocument: .init(uri: uri), range: target.range, context: CodeActionContext()))
    // The fix swaps the origin access identity for origin access control: offered, not preferred.
    let fix = try #require(actions.first { $0.kind == "quickfix" && $0.title.contains("S3BucketOrigin") })
    guard case .edit(let documentEdit)? = fix.edit?.documentChanges?.first else {
      Issue.record("no edit")
      return
    }
    #expect(documentEdit.textDocument.version == 1)
    text = DocumentPositions.apply(documentEdit.edits, to: text, encoding: encoding)
    // Send the change as the incremental edit itself.
    await session.notify(DidChangeTextDocumentNotification(
      textDocument: VersionedTextDocumentIdentifier(uri: uri, version: 2),
      contentChanges: documentEdit.edits.map { TextDocumentContentChangeEvent(range: $0.range, text: $0.newText) }))
    let second = try await session.diagnostics(uri, version: 2)
    #expect(second.diagnostics.filter { $0.code == "IAC101" }.count == 2)
    #expect(!second.diagnostics.contains { $0.range.start.line == 66 && $0.code == "IAC101" })

    let remaining = try #require(second.diagnostics.first { $0.code == "IAC101" })
    let hover = try #require(try await session.request(HoverRequest(textDocument: .init(uri: uri), position: remaining.range.start)))
    #expect(hover.contents.value.contains("IAC101 deprecated-s3-origin"))

    _ = try await session.request(ShutdownRequest())
    await session.notify(ExitNotification())
    await session.exited()
    #expect(session.process.terminationStatus == 0)
  }

  @Test func closingTheInputEndsTheServer() async throws {
    let binary = try #require(EndToEndTests.binary, "build the iaclsp product first")
    let session = try Session(binary: binary, arguments: ["--stdio"])
    // A header that promises more bytes than ever come, then the client goes away.
    await session.send(Data("Content-Length: 500\r\n\r\n{\"jsonrpc\":".utf8))
    try session.input.fileHandleForWriting.close()
    await session.exited()
    #expect(session.process.terminationStatus == 1)
  }
}
