import Foundation
import JSONRPC
import LanguageServer
import Testing

@Suite struct LifecycleTests {
  @Test(arguments: PositionEncoding.allCases)
  func initializeNegotiatesTheEncodingAndDescribesTheServer(_ encoding: PositionEncoding) async throws {
    let client = TestClient(encoding: encoding)
    let result = try await client.initialize()
    #expect(result.serverInfo.name == "iaclsp")
    #expect(result.capabilities.positionEncoding == encoding.rawValue)
    #expect(result.capabilities.textDocumentSync.change == 2)
    #expect(result.capabilities.codeActionProvider.codeActionKinds.contains("source.fixAll.iaclsp"))
    #expect(result.capabilities.diagnosticProvider == nil)
    #expect(result.capabilities.hoverProvider)
  }

  @Test func requestsBeforeInitializeAreRefused() async throws {
    let client = TestClient(encoding: .utf16)
    do {
      _ = try await client.request(ShutdownRequest())
      Issue.record("answered")
    } catch let error as ResponseError {
      #expect(error.code == ResponseError.serverNotInitializedCode)
    }
    try await client.initialize()
    do {
      _ = try await client.request(InitializeRequest())
      Issue.record("initialized twice")
    } catch let error as ResponseError {
      #expect(error.code == ResponseError.invalidRequestCode)
    }
  }

  @Test func unknownMethodsAndBadJSON() async throws {
    let client = TestClient(encoding: .utf16)
    try await client.initialize()
    client.sendRaw(#"{"jsonrpc":"2.0","id":99,"method":"textDocument/frobnicate","params":{}}"#)
    let response = try await client.response(to: .number(99))
    #expect(response.kind == .response(id: .number(99), error: .methodNotFound("textDocument/frobnicate")))
    client.sendRaw(#"{"jsonrpc":"2.0","method":"$/unknownNotification","params":{}}"#)
    client.sendRaw("{this is not json")
    _ = try await client.wait("a parse error") { _ in client.lock.withLock { client.errorsWithoutID.first } }
    #expect(client.errorsWithoutID.first?.contains("-32700") == true)
    // Still serving.
    try await client.sync()
    client.sendRaw(#"{"jsonrpc":"2.0","id":100,"method":"textDocument/hover","params":{"textDocument":42}}"#)
    let invalid = try await client.response(to: .number(100))
    guard case .response(_, let error?) = invalid.kind else {
      Issue.record("no error")
      return
    }
    #expect(error.code == ResponseError.invalidParamsCode)
  }

  @Test func shutdownThenExitExitsWithZero() async throws {
    let client = TestClient(encoding: .utf16)
    try await client.initialize()
    _ = try await client.request(ShutdownRequest())
    do {
      _ = try await client.request(HoverRequest(textDocument: .init(uri: "file:///a.py"), position: .init(line: 0, character: 0)))
      Issue.record("answered after shutdown")
    } catch let error as ResponseError {
      #expect(error.code == ResponseError.invalidRequestCode)
    }
    client.notify(ExitNotification())
    let code = try await client.wait("exit") { _ in client.lock.withLock { client.exitCodes.first } }
    #expect(code == 0)
  }

  @Test func exitWithoutShutdownExitsWithOne() async throws {
    let client = TestClient(encoding: .utf16)
    try await client.initialize()
    client.notify(ExitNotification())
    let code = try await client.wait("exit") { _ in client.lock.withLock { client.exitCodes.first } }
    #expect(code == 1)
  }

  @Test func closedInputExitsWithOne() async throws {
    let client = TestClient(encoding: .utf16)
    try await client.initialize()
    client.connection.inputClosed()
    let code = try await client.wait("exit") { _ in client.lock.withLock { client.exitCodes.first } }
    #expect(code == 1)
  }

  @Test func initializedRegistersWatchersAndAsksForSettings() async throws {
    let client = TestClient(encoding: .utf16)
    try await client.initialize()
    _ = try await client.wait("registration") { _ in
      client.lock.withLock { client.serverRequests.contains(RegisterCapabilityRequest.method) ? true : nil }
    }
    _ = try await client.wait("configuration") { _ in
      client.lock.withLock { client.serverRequests.contains(ConfigurationRequest.method) ? true : nil }
    }
  }

  @Test(arguments: PositionEncoding.allCases)
  func cancelAnsweringRequestCancelled(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path, capabilities: client.capabilities(pull: true))
    client.open(Fixtures.stack, uri: project.uri("lib/stack.py"))
    let first = try await client.request(WorkspaceDiagnosticRequest())
    // With every report unchanged, the server holds the request until something changes; cancel it.
    let previous = first.items.compactMap { item in item.resultId.map { WorkspaceDiagnosticRequest.PreviousResultID(uri: item.uri, value: $0) } }
    let id = client.send(WorkspaceDiagnosticRequest(previousResultIds: previous))
    try await client.sync()
    client.notify(CancelRequestNotification(id: id))
    let response = try await client.response(to: id)
    #expect(response.kind == .response(id: id, error: .cancelled))
  }

  @Test func setTraceSendsLogTrace() async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: .utf16)
    try await client.initialize(root: project.path)
    client.notify(SetTraceNotification(value: "verbose"))
    client.open(Fixtures.stack, uri: project.uri("lib/stack.py"))
    let trace = try await client.waitFor(LogTraceNotification.self)
    #expect(trace.message.contains("lib/stack.py"))
  }
}
