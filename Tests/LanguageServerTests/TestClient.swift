import Foundation
import JSONRPC
import LanguageServer
import Testing

/// An in-process LSP client: it talks to a ``ServerConnection`` over an in-memory sink (JSON bodies, as on the
/// wire, without framing), answers the server's requests, and records everything the server sends.
final class TestClient: MessageSink, @unchecked Sendable {
  struct Timeout: Error, CustomStringConvertible {
    var what: String
    var description: String { "timed out waiting for \(what)" }
  }

  let encoding: PositionEncoding
  let lock = NSLock()
  var connection: ServerConnection!
  var received: [Message] = []
  var exitCodes: [Int32] = []
  var nextID = 0
  /// What `workspace/configuration` answers for the `iaclsp` section.
  var configuration: JSONAny = .object([:])
  var serverRequests: [String] = []
  /// Error responses with a null id (to bodies that were not JSON).
  var errorsWithoutID: [String] = []
  /// The newest diagnostics published for each URI, kept as they arrive so that waiting does not decode them all.
  var newestDiagnostics: [String: PublishDiagnosticsNotification] = [:]
  /// Tasks waiting for the next message.
  var messageWaiters: [Int: CheckedContinuation<Void, Never>] = [:]
  var nextWaiterID = 0

  /// A client with `encoding` as its only position encoding (utf-16 clients offer nothing, as old clients do), of a
  /// server with the options `configure` sets.
  init(encoding: PositionEncoding, configure: (inout ServerOptions) -> Void = { _ in }) {
    self.encoding = encoding
    var options = ServerOptions(exit: { [weak self] code in self?.recordExit(code) })
    configure(&options)
    connection = ServerConnection(sink: self, options: options)
  }

  /// Default capabilities, with `overrides` merged in (one level deep per top-level key).
  func capabilities(pull: Bool = false, createFiles: Bool = true, resolve: Bool = false, markdown: Bool = true) -> JSONAny {
    var textDocument: [String: JSONAny] = [
      "hover": .object(["contentFormat": .array(markdown ? [.string("markdown"), .string("plaintext")] : [.string("plaintext")])]),
      "publishDiagnostics": .object(["relatedInformation": .bool(true), "versionSupport": .bool(true)]),
      "codeAction": .object([
        "isPreferredSupport": .bool(true),
        "resolveSupport": .object(["properties": .array(resolve ? [.string("edit")] : [])]),
      ]),
    ]
    if pull { textDocument["diagnostic"] = .object(["dynamicRegistration": .bool(false)]) }
    var general: [String: JSONAny] = [:]
    if encoding == .utf8 { general["positionEncodings"] = .array([.string("utf-8"), .string("utf-16")]) }
    return .object([
      "general": .object(general),
      "textDocument": .object(textDocument),
      "workspace": .object([
        "configuration": .bool(true),
        "didChangeWatchedFiles": .object(["dynamicRegistration": .bool(true)]),
        "diagnostics": .object(["refreshSupport": .bool(true)]),
        "workspaceEdit": .object([
          "documentChanges": .bool(true),
          "resourceOperations": .array(createFiles ? [.string("create")] : []),
        ]),
      ]),
      "window": .object(["workDoneProgress": .bool(true)]),
    ])
  }

  /// Sends `initialize` and `initialized`.
  @discardableResult
  func initialize(root: String? = nil, capabilities: JSONAny? = nil, options: JSONAny? = nil) async throws -> InitializeResult {
    let folders = root.map { [WorkspaceFolder(uri: DocumentURI.uri(forPath: $0), name: "root")] }
    let result = try await request(InitializeRequest(
      processId: nil, rootUri: root.map(DocumentURI.uri(forPath:)), workspaceFolders: folders,
      capabilities: capabilities ?? self.capabilities(), initializationOptions: options))
    notify(InitializedNotification())
    return result
  }

  func recordExit(_ code: Int32) {
    lock.withLock { exitCodes.append(code) }
  }

  // MARK: Sending

  func sendRaw(_ text: String) {
    connection.receive(Data(text.utf8))
  }

  func notify<N: NotificationType>(_ notification: N) {
    connection.receive(MessageEncoder.notification(method: N.method, params: notification))
  }

  /// Sends a request and returns its id without waiting.
  func send<R: RequestType>(_ request: R) -> RequestID {
    let id: RequestID = lock.withLock {
      nextID += 1
      return .number(nextID)
    }
    connection.receive(MessageEncoder.request(id: id, method: R.method, params: request))
    return id
  }

  /// Sends a request and waits for its answer; an error response is thrown as ``ResponseError``.
  func request<R: RequestType>(_ request: R) async throws -> R.Response {
    let id = send(request)
    let message = try await response(to: id)
    return try message.result(R.Response.self)
  }

  func response(to id: RequestID) async throws -> Message {
    try await wait("a response to \(id)") { messages in
      messages.first { if case .response(let responseID, _) = $0.kind { return responseID == id } else { return false } }
    }
  }

  // MARK: Receiving

  func send(_ body: Data) {
    guard let message = try? Message.decode(body) else {
      // An error answering a message whose id could not be read has `"id": null`.
      let text = String(decoding: body, as: UTF8.self)
      if text.contains("\"error\"") {
        lock.withLock { errorsWithoutID.append(text) }
      } else {
        Issue.record("the server sent something that is not a message: \(text)")
      }
      return
    }
    var diagnostics: PublishDiagnosticsNotification?
    if case .notification(PublishDiagnosticsNotification.method) = message.kind {
      diagnostics = try? message.params(PublishDiagnosticsNotification.self)
    }
    let waiters = lock.withLock { () -> [CheckedContinuation<Void, Never>] in
      received.append(message)
      if let diagnostics { newestDiagnostics[diagnostics.uri] = diagnostics }
      let waiting = Array(messageWaiters.values)
      messageWaiters.removeAll()
      return waiting
    }
    for waiter in waiters { waiter.resume() }
    if case .request(let id, let method) = message.kind {
      lock.withLock { serverRequests.append(method) }
      let answer: Data
      switch method {
      case ConfigurationRequest.method:
        let items = (try? message.params(ConfigurationRequest.self).items.count) ?? 1
        answer = MessageEncoder.response(id: id, result: Array(repeating: lock.withLock { configuration }, count: items))
      default:
        answer = MessageEncoder.response(id: id, result: JSONNull())
      }
      let connection = self.connection!
      Task.detached { connection.receive(answer) }
    }
  }

  /// All notifications of type `N` received so far.
  func notifications<N: NotificationType>(_ type: N.Type) -> [N] {
    lock.withLock { received }.compactMap { message in
      guard case .notification(N.method) = message.kind else { return nil }
      return try? message.params(N.self)
    }
  }

  /// Waits for a notification of type `N` that satisfies `predicate` (received at any time).
  func waitFor<N: NotificationType>(_ type: N.Type, _ predicate: @escaping (N) -> Bool = { _ in true }) async throws -> N {
    try await wait(N.method) { messages in
      for message in messages {
        guard case .notification(N.method) = message.kind, let params = try? message.params(N.self), predicate(params) else { continue }
        return params
      }
      return nil
    }
  }

  /// The newest diagnostics published for `uri` once one satisfies `predicate`.
  func diagnostics(
    _ uri: String,
    version: Int? = nil,
    _ predicate: @escaping ([LSPDiagnostic]) -> Bool = { _ in true }
  ) async throws -> PublishDiagnosticsNotification {
    try await wait("diagnostics for \(uri)") { [self] _ in
      guard let last = lock.withLock({ newestDiagnostics[uri] }), version == nil || last.version == version,
        predicate(last.diagnostics) else { return nil }
      return last
    }
  }

  /// Checks the messages each time one arrives (and now and then, for state that changes without a message) until
  /// `find` returns something; fails after ten minutes so a broken server cannot hang the suite. (That guards
  /// against hangs and asserts nothing about speed: on a loaded two-core machine, with the whole suite running in
  /// parallel, a working server can take far longer than usual, never that long.)
  func wait<T>(_ what: String, _ find: @escaping ([Message]) -> T?) async throws -> T {
    let deadline = ContinuousClock.now.advanced(by: .seconds(600))
    while ContinuousClock.now < deadline {
      let (messages, count) = lock.withLock { (received, received.count) }
      if let found = find(messages) { return found }
      await nextMessage(after: count)
    }
    throw Timeout(what: what)
  }

  /// Returns when a message beyond the first `count` has arrived, or after a short while.
  func nextMessage(after count: Int) async {
    let id = lock.withLock { () -> Int in
      nextWaiterID += 1
      return nextWaiterID
    }
    await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
      let arrived = lock.withLock { () -> Bool in
        if received.count > count { return true }
        messageWaiters[id] = waiter
        return false
      }
      if arrived {
        waiter.resume()
        return
      }
      Task.detached { [weak self] in
        try? await Task.sleep(nanoseconds: 50_000_000)
        if let waiter = self?.lock.withLock({ self?.messageWaiters.removeValue(forKey: id) }) { waiter.resume() }
      }
    }
  }

  /// Waits until the server has handled everything sent so far (it answers requests in order).
  func sync() async throws {
    _ = try await request(HoverRequest(textDocument: TextDocumentIdentifier(uri: "file:///nonexistent-sync"), position: Position(line: 0, character: 0)))
  }

  // MARK: Documents

  @discardableResult
  func open(_ markedText: String, uri: String, language: String = "python", version: Int = 1) -> DocumentPositions {
    let positions = DocumentPositions(markedText: markedText, encoding: encoding)
    notify(DidOpenTextDocumentNotification(textDocument: TextDocumentItem(uri: uri, languageId: language, version: version, text: positions.text)))
    return positions
  }

  func replaceAll(_ text: String, uri: String, version: Int) {
    notify(DidChangeTextDocumentNotification(
      textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version),
      contentChanges: [TextDocumentContentChangeEvent(text: text)]))
  }
}

/// A temporary directory with files, removed when the test ends.
final class TemporaryProject {
  let path: String

  init(_ files: [String: String]) throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("iaclsp-lsp-\(UUID().uuidString)")
    path = base.resolvingSymlinksInPath().path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, contents) in files { try write(name, contents) }
  }

  func write(_ name: String, _ contents: String) throws {
    let url = URL(fileURLWithPath: path).appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try contents.write(to: url, atomically: true, encoding: .utf8)
  }

  func uri(_ name: String) -> String { DocumentURI.uri(forPath: path + "/" + name) }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}
