import JSONRPC

/// `workspace/didChangeConfiguration`.
public struct DidChangeConfigurationNotification: NotificationType, Hashable {
  public static let method = "workspace/didChangeConfiguration"
  public var settings: JSONAny?

  public init(settings: JSONAny?) {
    self.settings = settings
  }
}

/// `workspace/configuration`, sent by the server; the client answers one value per item.
public struct ConfigurationRequest: RequestType, Hashable {
  public static let method = "workspace/configuration"
  public typealias Response = [JSONAny]
  public var items: [Item]

  public struct Item: Codable, Sendable, Hashable {
    public var scopeUri: String?
    public var section: String?
  }
}

/// `workspace/didChangeWatchedFiles`.
public struct DidChangeWatchedFilesNotification: NotificationType, Hashable {
  public static let method = "workspace/didChangeWatchedFiles"
  public var changes: [FileEvent]

  public init(changes: [FileEvent]) {
    self.changes = changes
  }

  /// A file created (1), changed (2) or deleted (3).
  public struct FileEvent: Codable, Sendable, Hashable {
    public var uri: String
    public var type: Int

    public init(uri: String, type: Int) {
      self.uri = uri
      self.type = type
    }
  }
}

/// `workspace/didChangeWorkspaceFolders`.
public struct DidChangeWorkspaceFoldersNotification: NotificationType, Hashable {
  public static let method = "workspace/didChangeWorkspaceFolders"
  public var event: Event

  public init(added: [WorkspaceFolder], removed: [WorkspaceFolder]) {
    self.event = Event(added: added, removed: removed)
  }

  public struct Event: Codable, Sendable, Hashable {
    public var added: [WorkspaceFolder]
    public var removed: [WorkspaceFolder]
  }
}

/// `client/registerCapability`, sent by the server.
public struct RegisterCapabilityRequest: RequestType, Hashable {
  public static let method = "client/registerCapability"
  public typealias Response = JSONNull
  public var registrations: [Registration]

  public struct Registration: Codable, Sendable, Hashable {
    public var id: String
    public var method: String
    public var registerOptions: JSONAny?
  }
}
