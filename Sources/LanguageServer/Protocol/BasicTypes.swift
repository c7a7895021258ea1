import JSONRPC

/// A position in a document: zero-based line and character, counted in the negotiated position encoding.
public struct Position: Codable, Sendable, Hashable, Comparable {
  public var line: Int
  public var character: Int

  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  public static func < (lhs: Position, rhs: Position) -> Bool {
    (lhs.line, lhs.character) < (rhs.line, rhs.character)
  }
}

/// A range of positions; the end is exclusive. (`Range` in the protocol; renamed so as not to hide Swift's.)
public struct LSPRange: Codable, Sendable, Hashable {
  public var start: Position
  public var end: Position

  public init(start: Position, end: Position) {
    self.start = start
    self.end = end
  }
}

/// A range in a document.
public struct Location: Codable, Sendable, Hashable {
  public var uri: String
  public var range: LSPRange

  public init(uri: String, range: LSPRange) {
    self.uri = uri
    self.range = range
  }
}

/// A document by URI.
public struct TextDocumentIdentifier: Codable, Sendable, Hashable {
  public var uri: String

  public init(uri: String) {
    self.uri = uri
  }
}

/// A document by URI and version; `version` is `null` for a file that is not open.
public struct OptionalVersionedTextDocumentIdentifier: Codable, Sendable, Hashable {
  public var uri: String
  public var version: Int?

  public init(uri: String, version: Int?) {
    self.uri = uri
    self.version = version
  }

  enum CodingKeys: String, CodingKey {
    case uri, version
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(uri, forKey: .uri)
    try container.encode(version, forKey: .version)
  }
}

/// A replacement of a range by text.
public struct TextEdit: Codable, Sendable, Hashable {
  public var range: LSPRange
  public var newText: String

  public init(range: LSPRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}

/// Text with its format: `markdown` or `plaintext`.
public struct MarkupContent: Codable, Sendable, Hashable {
  public var kind: String
  public var value: String

  public init(kind: String, value: String) {
    self.kind = kind
    self.value = value
  }
}

/// A workspace folder.
public struct WorkspaceFolder: Codable, Sendable, Hashable {
  public var uri: String
  public var name: String

  public init(uri: String, name: String) {
    self.uri = uri
    self.name = name
  }
}

/// `$/progress` with a work-done value.
public struct ProgressNotification: NotificationType, Hashable {
  public static let method = "$/progress"
  public var token: RequestID
  public var value: WorkDoneProgress

  public init(token: RequestID, value: WorkDoneProgress) {
    self.token = token
    self.value = value
  }
}

/// A work-done progress value: `begin`, `report` or `end`.
public struct WorkDoneProgress: Codable, Sendable, Hashable {
  public var kind: String
  public var title: String?
  public var message: String?
  public var percentage: Int?
  public var cancellable: Bool?

  public init(kind: String, title: String? = nil, message: String? = nil, percentage: Int? = nil, cancellable: Bool? = nil) {
    self.kind = kind
    self.title = title
    self.message = message
    self.percentage = percentage
    self.cancellable = cancellable
  }
}

/// `window/workDoneProgress/create`, sent by the server.
public struct WorkDoneProgressCreateRequest: RequestType, Hashable {
  public static let method = "window/workDoneProgress/create"
  public typealias Response = JSONNull
  public var token: RequestID
}
