import JSONRPC

/// A request type: its parameters are the value, and it names its method and response.
public protocol RequestType: Codable, Sendable {
  static var method: String { get }
  associatedtype Response: Codable & Sendable
}

/// A notification type: its parameters are the value.
public protocol NotificationType: Codable, Sendable {
  static var method: String { get }
}

/// Every request the server handles, by method. Anything else gets MethodNotFound.
public let builtinRequests: [any RequestType.Type] = [
  InitializeRequest.self,
  ShutdownRequest.self,
  HoverRequest.self,
  CodeActionRequest.self,
  CodeActionResolveRequest.self,
  DocumentDiagnosticRequest.self,
  WorkspaceDiagnosticRequest.self,
  DocumentSymbolRequest.self,
  WorkspaceSymbolRequest.self,
  InlayHintRequest.self,
]

/// Every notification the server handles, by method. Anything else is ignored.
public let builtinNotifications: [any NotificationType.Type] = [
  InitializedNotification.self,
  ExitNotification.self,
  CancelRequestNotification.self,
  SetTraceNotification.self,
  DidOpenTextDocumentNotification.self,
  DidChangeTextDocumentNotification.self,
  DidCloseTextDocumentNotification.self,
  DidSaveTextDocumentNotification.self,
  DidChangeConfigurationNotification.self,
  DidChangeWatchedFilesNotification.self,
  DidChangeWorkspaceFoldersNotification.self,
]

// MARK: Lifecycle

/// `initialize`.
public struct InitializeRequest: RequestType, Hashable {
  public static let method = "initialize"
  public typealias Response = InitializeResult

  public var processId: Int?
  public var rootUri: String?
  public var rootPath: String?
  public var workspaceFolders: [WorkspaceFolder]?
  /// Kept as JSON and read leniently: a client's odd capability must not fail `initialize`.
  public var capabilities: JSONAny?
  public var initializationOptions: JSONAny?
  public var trace: String?
  public var clientInfo: ClientInfo?

  public init(
    processId: Int? = nil,
    rootUri: String? = nil,
    workspaceFolders: [WorkspaceFolder]? = nil,
    capabilities: JSONAny = .object([:]),
    initializationOptions: JSONAny? = nil
  ) {
    self.processId = processId
    self.rootUri = rootUri
    self.workspaceFolders = workspaceFolders
    self.capabilities = capabilities
    self.initializationOptions = initializationOptions
  }

  enum CodingKeys: String, CodingKey {
    case processId, rootUri, rootPath, workspaceFolders, capabilities, initializationOptions, trace, clientInfo
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    processId = try? container.decodeIfPresent(Int.self, forKey: .processId)
    rootUri = try? container.decodeIfPresent(String.self, forKey: .rootUri)
    rootPath = try? container.decodeIfPresent(String.self, forKey: .rootPath)
    workspaceFolders = try? container.decodeIfPresent([WorkspaceFolder].self, forKey: .workspaceFolders)
    capabilities = try? container.decodeIfPresent(JSONAny.self, forKey: .capabilities)
    initializationOptions = try? container.decodeIfPresent(JSONAny.self, forKey: .initializationOptions)
    trace = try? container.decodeIfPresent(String.self, forKey: .trace)
    clientInfo = try? container.decodeIfPresent(ClientInfo.self, forKey: .clientInfo)
  }

  /// The client's name and version.
  public struct ClientInfo: Codable, Sendable, Hashable {
    public var name: String
    public var version: String?
  }
}

/// The answer to `initialize`.
public struct InitializeResult: Codable, Sendable {
  public var capabilities: ServerCapabilities
  public var serverInfo: ServerInfo

  public struct ServerInfo: Codable, Sendable, Hashable {
    public var name: String
    public var version: String?
  }
}

/// What the server can do.
public struct ServerCapabilities: Codable, Sendable {
  public var positionEncoding: String
  public var textDocumentSync: TextDocumentSyncOptions
  public var hoverProvider: Bool
  public var codeActionProvider: CodeActionOptions
  public var diagnosticProvider: DiagnosticOptions?
  public var workspace: WorkspaceOptions
  public var documentSymbolProvider: Bool = true
  public var workspaceSymbolProvider: Bool = true
  public var inlayHintProvider: Bool = true

  public struct TextDocumentSyncOptions: Codable, Sendable {
    public var openClose: Bool
    /// 2: incremental.
    public var change: Int
    public var save: SaveOptions

    public struct SaveOptions: Codable, Sendable {
      public var includeText: Bool
    }
  }

  public struct CodeActionOptions: Codable, Sendable {
    public var codeActionKinds: [String]
    public var resolveProvider: Bool
  }

  public struct DiagnosticOptions: Codable, Sendable {
    public var identifier: String
    public var interFileDependencies: Bool
    public var workspaceDiagnostics: Bool
  }

  public struct WorkspaceOptions: Codable, Sendable {
    public var workspaceFolders: WorkspaceFoldersOptions

    public struct WorkspaceFoldersOptions: Codable, Sendable {
      public var supported: Bool
      public var changeNotifications: Bool
    }
  }
}

/// `initialized`.
public struct InitializedNotification: NotificationType, Hashable {
  public static let method = "initialized"
  public init() {}
}

/// `shutdown`; its result is `null`.
public struct ShutdownRequest: RequestType, Hashable {
  public static let method = "shutdown"
  public typealias Response = JSONNull
  public init() {}
}

/// `exit`.
public struct ExitNotification: NotificationType, Hashable {
  public static let method = "exit"
  public init() {}
}

/// `$/cancelRequest`.
public struct CancelRequestNotification: NotificationType, Hashable {
  public static let method = "$/cancelRequest"
  public var id: RequestID

  public init(id: RequestID) {
    self.id = id
  }
}

/// `$/setTrace`.
public struct SetTraceNotification: NotificationType, Hashable {
  public static let method = "$/setTrace"
  /// `off`, `messages` or `verbose`.
  public var value: String

  public init(value: String) {
    self.value = value
  }
}

/// `$/logTrace`, sent when tracing is on.
public struct LogTraceNotification: NotificationType, Hashable {
  public static let method = "$/logTrace"
  public var message: String
  public var verbose: String?
}

/// `window/showMessage`.
public struct ShowMessageNotification: NotificationType, Hashable {
  public static let method = "window/showMessage"
  /// 1 error, 2 warning, 3 info, 4 log.
  public var type: Int
  public var message: String
}

/// `window/logMessage`.
public struct LogMessageNotification: NotificationType, Hashable {
  public static let method = "window/logMessage"
  public var type: Int
  public var message: String
}
