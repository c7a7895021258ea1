import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import JSONRPC

/// The iaclsp language server. Its state sits behind this actor; messages arrive in order from a
/// ``ServerConnection``.
///
/// Handlers that change the session (open, change, close, settings) run on the actor, in order. Handlers that read
/// (hover, code actions, diagnostics) capture a snapshot on the actor and then run in their own task, so
/// `$/cancelRequest` can stop them and later messages are not held up. Checks run off the actor too: a burst of
/// changes is checked once, at the newest version, and a result is published only if its version is still current.
public actor LanguageServer {
  enum State {
    case uninitialized
    case running
    case shutDown
  }

  let box: ServerBox
  let options: ServerOptions
  let projects = ProjectCache()
  let settings = SettingsStore()
  let registry = RuleRegistry.shared

  var state = State.uninitialized
  var encoding = PositionEncoding.utf16
  var capabilities = ClientCapabilities(nil)
  /// Whether the client pulls diagnostics (`textDocument/diagnostic`) instead of having them pushed.
  var pullDiagnostics = false
  var documents: [String: OpenDocument] = [:]
  /// Open documents' text and URI by path.
  var openTexts: [String: OpenText] = [:]
  var openURIs: [String: String] = [:]
  var workspaceFolders: [String] = []
  var editorSettings = EditorSettings()
  /// `initializationOptions`: the settings a `workspace/configuration` answer without them falls back to.
  var initializationSettings = JSONAny.null
  /// Bumped when settings or project facts change: every open document is checked again.
  var generation = 0
  /// Bumped on every change diagnostics could depend on; held workspace diagnostics wait on it.
  var changeCounter = 0
  var lints: [String: (id: Int, version: Int, generation: Int, task: Task<LintResult?, Never>)] = [:]
  var nextCheckID = 0
  /// Checks waiting for their turn (or given it and not yet started), by URI: at most one per document.
  var queuedChecks: [String: QueuedCheck] = [:]
  /// The order in which queued checks get their turn (URIs no longer queued are skipped).
  var checkOrder: [String] = []
  /// Documents whose check a request waits for.
  var urgentChecks: Set<String> = []
  /// Checks that got their turn and have not ended; at most ``ServerOptions/maximumConcurrentChecks``.
  var checksRunning = 0
  /// The most checks that ran at once.
  var peakChecksRunning = 0
  /// Checks that ended since the allocator last gave freed memory back.
  var checksSinceTrim = 0
  /// How many times freed memory was given back.
  var allocatorTrims = 0
  /// How many checks end between two returns of freed memory to the system, once no check is left to run.
  static let checksBetweenTrims = 100
  var results: [String: LintResult] = [:]
  var published: [String: (version: Int, diagnostics: [LSPDiagnostic])] = [:]
  var dirty: Set<String> = []
  var trace = "off"
  var changeWaiters: [Int: CheckedContinuation<Void, Never>] = [:]
  var nextWaiterID = 0
  var reportedProblems: Set<String> = []
  /// Check tasks started and not yet finished (waiting for their turn or running).
  var runningLints = 0
  /// Sends the answer to `shutdown` once the requests before it are answered.
  var shutdownReply: Task<Void, Never>?
  /// Documents over the size limit already logged.
  var tooLargeReported: Set<String> = []

  init(connectionBox: ServerBox, options: ServerOptions) {
    self.box = connectionBox
    self.options = options
  }

  var connection: ServerConnection { box.connection }

  /// The methods of ``builtinRequests``.
  static let requestMethods = Set(builtinRequests.map { $0.method })

  /// The version `serverInfo` reports.
  public static let version = "0.1.0"

  func handle(_ item: ServerConnection.Inbox) {
    switch item {
    case .inputClosed:
      options.log("iaclsp: the client closed the input\(state == .shutDown ? "" : " without `shutdown`"); exiting")
      exitAfterShutdownReply()
    case .message(let message):
      switch message.kind {
      case .request(let id, let method): handleRequest(id: id, method: method, message: message)
      case .notification(let method): handleNotification(method: method, message: message)
      case .response: break
      }
    }
    if connection.pendingCount == 0 { flush() }
  }

  // MARK: Requests

  func handleRequest(id: RequestID, method: String, message: Message) {
    if connection.takeEarlyCancellation(id) {
      connection.replyError(id, .cancelled)
      return
    }
    if state == .uninitialized && method != InitializeRequest.method {
      connection.replyError(id, .serverNotInitialized)
      return
    }
    if state == .shutDown {
      connection.replyError(id, .invalidRequest("the server is shutting down; only `exit` is accepted"))
      return
    }
    guard LanguageServer.requestMethods.contains(method) else {
      connection.replyError(id, .methodNotFound(method))
      return
    }
    switch method {
    case InitializeRequest.method: respond(InitializeRequest.self, id, message) { try self.initialize($0) }
    case ShutdownRequest.method: beginShutdown(id)
    case HoverRequest.method: respondLater(HoverRequest.self, id, message) { self.prepareHover($0) }
    case CodeActionRequest.method: respondLater(CodeActionRequest.self, id, message) { self.prepareCodeActions($0) }
    case CodeActionResolveRequest.method:
      respondLater(CodeActionResolveRequest.self, id, message) { try self.prepareResolve($0) }
    case DocumentDiagnosticRequest.method:
      respondLater(DocumentDiagnosticRequest.self, id, message) { self.prepareDocumentDiagnostics($0) }
    case WorkspaceDiagnosticRequest.method:
      respondLater(WorkspaceDiagnosticRequest.self, id, message) { self.prepareWorkspaceDiagnostics($0) }
    case DocumentSymbolRequest.method:
      respondLater(DocumentSymbolRequest.self, id, message) { self.prepareDocumentSymbols($0) }
    case WorkspaceSymbolRequest.method:
      respondLater(WorkspaceSymbolRequest.self, id, message) { self.prepareWorkspaceSymbols($0) }
    case InlayHintRequest.method:
      respondLater(InlayHintRequest.self, id, message) { self.prepareInlayHints($0) }
    default: connection.replyError(id, .methodNotFound(method))
    }
  }

  /// Answers at once, on the actor.
  func respond<R: RequestType>(_ type: R.Type, _ id: RequestID, _ message: Message, _ body: (R) throws -> R.Response) {
    do {
      let params = try message.params(R.self)
      connection.reply(id, try body(params))
    } catch {
      connection.replyError(id, LanguageServer.responseError(error))
    }
  }

  /// Captures what the request needs on the actor, then answers from its own task.
  func respondLater<R: RequestType>(
    _ type: R.Type,
    _ id: RequestID,
    _ message: Message,
    _ prepare: (R) throws -> @Sendable () async throws -> R.Response
  ) {
    let work: @Sendable () async throws -> R.Response
    do {
      work = try prepare(try message.params(R.self))
    } catch {
      connection.replyError(id, LanguageServer.responseError(error))
      return
    }
    let connection = self.connection
    connection.startRequest(id) {
      do {
        let result = try await work()
        if Task.isCancelled {
          connection.replyError(id, .cancelled)
        } else {
          connection.reply(id, result)
        }
      } catch {
        connection.replyError(id, Task.isCancelled ? .cancelled : LanguageServer.responseError(error))
      }
    }
  }

  static func responseError(_ error: any Error) -> ResponseError {
    if let error = error as? ResponseError { return error }
    if error is CancellationError { return .cancelled }
    return .internalError(String(describing: error))
  }

  // MARK: Lifecycle

  func initialize(_ params: InitializeRequest) throws -> InitializeResult {
    guard state == .uninitialized else { throw ResponseError.invalidRequest("`initialize` was already sent") }
    capabilities = ClientCapabilities(params.capabilities)
    encoding = PositionEncoding.negotiate(offered: capabilities.positionEncodings)
    pullDiagnostics = capabilities.supportsPullDiagnostics
    if let folders = params.workspaceFolders {
      workspaceFolders = folders.compactMap { DocumentURI.path(of: $0.uri) }
    } else if let root = params.rootUri.flatMap(DocumentURI.path(of:)) ?? params.rootPath {
      workspaceFolders = [root]
    }
    projects.setWorkspaceFolders(workspaceFolders)
    if let options = params.initializationOptions, !options.isNull {
      initializationSettings = options
      editorSettings = EditorSettings(json: options, registry: registry)
      settings.update(editor: editorSettings)
      reportProblems(editorSettings.problems)
    }
    if let trace = params.trace { self.trace = trace }
    if let pid = params.processId { options.watchClientProcess(pid) }
    state = .running
    return InitializeResult(
      capabilities: ServerCapabilities(
        positionEncoding: encoding.rawValue,
        textDocumentSync: .init(openClose: true, change: 2, save: .init(includeText: false)),
        hoverProvider: true,
        codeActionProvider: .init(
          codeActionKinds: [CodeActionBuilder.quickFixKind, CodeActionBuilder.fixAllKind], resolveProvider: true),
        diagnosticProvider: pullDiagnostics
          ? .init(identifier: "iaclsp", interFileDependencies: true, workspaceDiagnostics: true) : nil,
        workspace: .init(workspaceFolders: .init(supported: true, changeNotifications: true))
      ),
      serverInfo: .init(name: "iaclsp", version: LanguageServer.version)
    )
  }

  /// Answers `shutdown` once every request received before it is answered: requests still in flight are cancelled
  /// and answer RequestCancelled (or their result, if it was ready). Later requests get InvalidRequest; `exit`
  /// waits for the answer to be sent.
  func beginShutdown(_ id: RequestID) {
    _ = shutdown()
    let connection = self.connection
    let pending = connection.inflightTasks()
    for task in pending { task.cancel() }
    shutdownReply = Task.detached(priority: .userInitiated) {
      for task in pending { await task.value }
      connection.reply(id, JSONNull())
    }
  }

  /// Exits (0 after `shutdown`, 1 otherwise), once the answer to `shutdown` is sent.
  func exitAfterShutdownReply() {
    let code: Int32 = state == .shutDown ? 0 : 1
    guard let reply = shutdownReply else { return options.exit(code) }
    let exit = options.exit
    Task.detached(priority: .userInitiated) {
      await reply.value
      exit(code)
    }
  }

  func shutdown() -> JSONNull {
    state = .shutDown
    for (_, lint) in lints { lint.task.cancel() }
    dropWaitingChecks()
    lints.removeAll()
    dirty.removeAll()
    let waiters = changeWaiters
    changeWaiters.removeAll()
    for waiter in waiters.values { waiter.resume() }
    return JSONNull()
  }

  // MARK: Notifications

  func handleNotification(method: String, message: Message) {
    if method == ExitNotification.method {
      // A normal exit is not worth a line in the editor's log unless the trace is verbose.
      if state != .shutDown || trace == "verbose" {
        options.log("iaclsp: exit\(state == .shutDown ? "" : " without `shutdown`")")
      }
      exitAfterShutdownReply()
      return
    }
    guard state == .running else { return }
    do {
      switch method {
      case InitializedNotification.method: initialized()
      case SetTraceNotification.method: trace = try message.params(SetTraceNotification.self).value
      case DidOpenTextDocumentNotification.method: didOpen(try message.params(DidOpenTextDocumentNotification.self))
      case DidChangeTextDocumentNotification.method: didChange(try message.params(DidChangeTextDocumentNotification.self))
      case DidCloseTextDocumentNotification.method: didClose(try message.params(DidCloseTextDocumentNotification.self))
      case DidSaveTextDocumentNotification.method: didSave(try message.params(DidSaveTextDocumentNotification.self))
      case DidChangeConfigurationNotification.method:
        didChangeConfiguration(try message.params(DidChangeConfigurationNotification.self))
      case DidChangeWatchedFilesNotification.method:
        didChangeWatchedFiles(try message.params(DidChangeWatchedFilesNotification.self))
      case DidChangeWorkspaceFoldersNotification.method:
        didChangeWorkspaceFolders(try message.params(DidChangeWorkspaceFoldersNotification.self))
      default:
        break  // Unknown notifications are ignored.
      }
    } catch {
      options.log("iaclsp: \(method): \(LanguageServer.responseError(error).message)")
    }
  }

  /// After `initialized`: register for file events and ask for settings.
  func initialized() {
    var registrations: [RegisterCapabilityRequest.Registration] = []
    if capabilities.supportsWatchedFilesRegistration {
      let globs = [
        "**/cdk.json", "**/cdktf.json", "**/Pulumi.yaml", "**/Pulumi.yml", "**/Pulumi.*.yaml", "**/AWS_REGION",
        "**/iaclsp.toml", "**/.iaclsp.toml", "**/pyproject.toml", "**/*.toml", "**/package.json", "**/package-lock.json",
        "**/requirements*.txt", "**/Pipfile", "**/setup.py", "**/tsconfig.json", "**/cdk.context.json",
        "**/*.py", "**/*.ts", "**/*.js", "**/*.mjs", "**/*.cjs", "**/*.mts", "**/*.cts",
      ]
      let watchers = JSONAny.array(globs.map { .object(["globPattern": .string($0)]) })
      registrations.append(.init(
        id: "iaclsp-watched-files", method: DidChangeWatchedFilesNotification.method,
        registerOptions: .object(["watchers": watchers])))
    }
    if capabilities.supportsConfigurationRegistration {
      registrations.append(.init(
        id: "iaclsp-configuration", method: DidChangeConfigurationNotification.method,
        registerOptions: .object(["section": .string("iaclsp")])))
    }
    let connection = self.connection
    if !registrations.isEmpty {
      Task.detached {
        _ = try? await connection.request(RegisterCapabilityRequest(registrations: registrations))
      }
    }
    if capabilities.supportsConfiguration { fetchConfiguration() }
  }

  // MARK: Logging

  func logTrace(_ message: String) {
    guard trace != "off" else { return }
    connection.notify(LogTraceNotification(message: message, verbose: nil))
  }

  func reportProblems(_ problems: [String]) {
    for problem in problems where reportedProblems.insert(problem).inserted {
      options.log("iaclsp: \(problem)")
      connection.notify(ShowMessageNotification(type: 2, message: "iaclsp: \(problem)"))
    }
  }
}
