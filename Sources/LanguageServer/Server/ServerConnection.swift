import Foundation
import JSONRPC

/// The server's end of a JSON-RPC connection: reads incoming bodies in order, answers `$/cancelRequest` and
/// responses at once, and queues everything else for the ``LanguageServer`` actor, which handles it in order.
///
/// Outgoing messages go to a ``MessageSink`` (framed stdout, or an in-process test client).
public final class ServerConnection: MessageReceiver, @unchecked Sendable {
  /// One item of the inbox.
  enum Inbox: Sendable {
    case message(Message)
    case inputClosed
  }

  /// A request being worked on, so `$/cancelRequest` can cancel it.
  final class RequestHandle: @unchecked Sendable {
    var task: Task<Void, Never>?
    var cancelRequested = false
  }

  let sink: any MessageSink
  let lock = NSLock()
  let continuation: AsyncStream<Inbox>.Continuation
  var pending = 0
  var inflight: [RequestID: RequestHandle] = [:]
  /// Requests cancelled before the server reached them (bounded).
  var cancelledEarly: [RequestID] = []
  var outgoing: [RequestID: CheckedContinuation<Message, Never>] = [:]
  var nextOutgoingID = 0
  let log: @Sendable (String) -> Void
  /// The server.
  public let server: LanguageServer

  /// A connection sending to `sink`, with a new server made with `options`. The server's message loop starts at once.
  public init(sink: any MessageSink, options: ServerOptions = ServerOptions()) {
    self.sink = sink
    self.log = options.log
    var continuation: AsyncStream<Inbox>.Continuation!
    let stream = AsyncStream<Inbox>(bufferingPolicy: .unbounded) { continuation = $0 }
    self.continuation = continuation
    let box = ServerBox()
    self.server = LanguageServer(connectionBox: box, options: options)
    box.connection = self
    let server = self.server
    Task.detached(priority: .userInitiated) { [self] in
      for await item in stream {
        self.dequeued()
        await server.handle(item)
      }
    }
  }

  // MARK: Receiving

  public func receive(_ body: Data) {
    let message: Message
    do {
      message = try Message.decode(body)
    } catch {
      log("iaclsp: \(error.message)")
      var id: RequestID?
      if case .object(let data) = error.data ?? .null, let raw = data["id"] {
        id = raw.intValue.map(RequestID.number) ?? raw.stringValue.map(RequestID.string)
      }
      sink.send(MessageEncoder.error(id: id, error))
      return
    }
    switch message.kind {
    case .response(let id, _):
      lock.lock()
      let waiter = outgoing.removeValue(forKey: id)
      lock.unlock()
      waiter?.resume(returning: message)
    case .notification(let method) where method == CancelRequestNotification.method:
      if let params = try? message.params(CancelRequestNotification.self) { cancel(params.id) }
    default:
      lock.lock()
      pending += 1
      lock.unlock()
      continuation.yield(.message(message))
    }
  }

  public func framingError(_ error: MessageFraming.FramingError) {
    log("iaclsp: \(error)")
    if case .bodyTooLarge = error {
      sink.send(MessageEncoder.error(id: nil, ResponseError(code: ResponseError.invalidRequestCode, message: "Message too large: \(error)")))
    }
  }

  public func inputClosed() {
    lock.lock()
    pending += 1
    lock.unlock()
    continuation.yield(.inputClosed)
  }

  func dequeued() {
    lock.lock()
    pending -= 1
    lock.unlock()
  }

  /// How many received messages wait for the server.
  var pendingCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return pending
  }

  func cancel(_ id: RequestID) {
    lock.lock()
    defer { lock.unlock() }
    if let handle = inflight[id] {
      handle.cancelRequested = true
      handle.task?.cancel()
    } else {
      cancelledEarly.append(id)
      if cancelledEarly.count > 256 { cancelledEarly.removeFirst(cancelledEarly.count - 256) }
    }
  }

  // MARK: Requests in flight

  /// Runs `work` for request `id` in its own task, which `$/cancelRequest` cancels. `work` sends the response.
  func startRequest(_ id: RequestID, _ work: @escaping @Sendable () async -> Void) {
    let handle = RequestHandle()
    lock.lock()
    inflight[id] = handle
    lock.unlock()
    let task = Task.detached(priority: .userInitiated) { [self] in
      await work()
      lock.withLock {
        if inflight[id] === handle { inflight[id] = nil }
      }
    }
    lock.lock()
    handle.task = task
    if handle.cancelRequested { task.cancel() }
    lock.unlock()
  }

  /// The tasks of the requests being worked on.
  func inflightTasks() -> [Task<Void, Never>] {
    lock.withLock { inflight.values.compactMap(\.task) }
  }

  /// Whether request `id` was cancelled before the server reached it (the mark is consumed).
  func takeEarlyCancellation(_ id: RequestID) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    guard let index = cancelledEarly.firstIndex(of: id) else { return false }
    cancelledEarly.remove(at: index)
    return true
  }

  // MARK: Sending

  func reply<R: Encodable>(_ id: RequestID, _ result: R) {
    sink.send(MessageEncoder.response(id: id, result: result))
  }

  func replyError(_ id: RequestID, _ error: ResponseError) {
    sink.send(MessageEncoder.error(id: id, error))
  }

  func notify<N: NotificationType>(_ notification: N) {
    sink.send(MessageEncoder.notification(method: N.method, params: notification))
  }

  /// Sends a request to the client and waits for its answer.
  func request<R: RequestType>(_ request: R) async throws -> R.Response {
    let id: RequestID = lock.withLock {
      nextOutgoingID += 1
      return .string("iaclsp-\(nextOutgoingID)")
    }
    let message = await withCheckedContinuation { (waiter: CheckedContinuation<Message, Never>) in
      lock.withLock { outgoing[id] = waiter }
      sink.send(MessageEncoder.request(id: id, method: R.method, params: request))
    }
    return try message.result(R.Response.self)
  }
}

/// Hands the connection to the server, which is made before the connection's initialisation ends. (The two keep
/// each other for the life of the session.)
final class ServerBox: @unchecked Sendable {
  var connection: ServerConnection!
}

/// How a server runs: what exiting means, how to watch the client's process, where logs go, and the construct
/// catalogue hovers use.
public struct ServerOptions: Sendable {
  /// Ends the process (or, in tests, records the code).
  public var exit: @Sendable (Int32) -> Void
  /// Called with the client's process id from `initialize`; the stdio server exits when that process is gone.
  public var watchClientProcess: @Sendable (Int) -> Void
  /// Writes a log line (standard error for the stdio server).
  public var log: @Sendable (String) -> Void
  public var catalogue: any ConstructCatalogue
  /// How many checks run at once. Each running check holds its own view of the project (every open document's
  /// text and parse as they were when it started), so more checks than cores cost memory and win no time.
  package var maximumConcurrentChecks = max(1, ProcessInfo.processInfo.activeProcessorCount)
  /// Awaited by each check after it gets its turn and before it starts, with its input (tests hold checks here).
  package var beforeCheck: (@Sendable (LintInput) async -> Void)?

  public init(
    exit: @escaping @Sendable (Int32) -> Void = { _ in },
    watchClientProcess: @escaping @Sendable (Int) -> Void = { _ in },
    log: @escaping @Sendable (String) -> Void = { _ in },
    catalogue: any ConstructCatalogue = BuiltinConstructCatalogue()
  ) {
    self.exit = exit
    self.watchClientProcess = watchClientProcess
    self.log = log
    self.catalogue = catalogue
  }
}
