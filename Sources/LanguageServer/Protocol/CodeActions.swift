import JSONRPC

/// `textDocument/codeAction`.
public struct CodeActionRequest: RequestType, Hashable {
  public static let method = "textDocument/codeAction"
  public typealias Response = [CodeAction]

  public var textDocument: TextDocumentIdentifier
  public var range: LSPRange
  public var context: CodeActionContext

  public init(textDocument: TextDocumentIdentifier, range: LSPRange, context: CodeActionContext) {
    self.textDocument = textDocument
    self.range = range
    self.context = context
  }
}

/// The diagnostics the client shows at the range, and the kinds of action it wants.
public struct CodeActionContext: Codable, Sendable, Hashable {
  /// Kept as JSON so that they can be echoed back exactly as the client sent them.
  public var diagnostics: [JSONAny]
  public var only: [String]?
  public var triggerKind: Int?

  public init(diagnostics: [JSONAny] = [], only: [String]? = nil) {
    self.diagnostics = diagnostics
    self.only = only
  }
}

/// A code action.
public struct CodeAction: Codable, Sendable, Hashable {
  public var title: String
  public var kind: String?
  public var diagnostics: [JSONAny]?
  public var isPreferred: Bool?
  public var edit: WorkspaceEdit?
  public var data: JSONAny?

  public init(
    title: String,
    kind: String?,
    diagnostics: [JSONAny]? = nil,
    isPreferred: Bool? = nil,
    edit: WorkspaceEdit? = nil,
    data: JSONAny? = nil
  ) {
    self.title = title
    self.kind = kind
    self.diagnostics = diagnostics
    self.isPreferred = isPreferred
    self.edit = edit
    self.data = data
  }
}

/// `codeAction/resolve`: fills in an action's edit.
public struct CodeActionResolveRequest: RequestType, Hashable {
  public static let method = "codeAction/resolve"
  public typealias Response = CodeAction

  public var action: CodeAction

  public init(action: CodeAction) {
    self.action = action
  }

  public init(from decoder: any Decoder) throws {
    action = try CodeAction(from: decoder)
  }

  public func encode(to encoder: any Encoder) throws {
    try action.encode(to: encoder)
  }
}

/// Changes to the workspace: text edits by URI, or ordered document changes.
public struct WorkspaceEdit: Codable, Sendable, Hashable {
  public var changes: [String: [TextEdit]]?
  public var documentChanges: [DocumentChange]?

  public init(changes: [String: [TextEdit]]? = nil, documentChanges: [DocumentChange]? = nil) {
    self.changes = changes
    self.documentChanges = documentChanges
  }
}

/// One entry of `documentChanges`.
public enum DocumentChange: Codable, Sendable, Hashable {
  case edit(TextDocumentEdit)
  case create(CreateFile)

  public init(from decoder: any Decoder) throws {
    if let create = try? CreateFile(from: decoder), create.kind == "create" {
      self = .create(create)
    } else {
      self = .edit(try TextDocumentEdit(from: decoder))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .edit(let edit): try edit.encode(to: encoder)
    case .create(let create): try create.encode(to: encoder)
    }
  }
}

/// Edits to one document at a version.
public struct TextDocumentEdit: Codable, Sendable, Hashable {
  public var textDocument: OptionalVersionedTextDocumentIdentifier
  public var edits: [TextEdit]

  public init(textDocument: OptionalVersionedTextDocumentIdentifier, edits: [TextEdit]) {
    self.textDocument = textDocument
    self.edits = edits
  }
}

/// A resource operation that creates a file.
public struct CreateFile: Codable, Sendable, Hashable {
  public var kind: String
  public var uri: String
  public var options: Options?

  public init(uri: String, options: Options? = Options(overwrite: false, ignoreIfExists: true)) {
    self.kind = "create"
    self.uri = uri
    self.options = options
  }

  public struct Options: Codable, Sendable, Hashable {
    public var overwrite: Bool?
    public var ignoreIfExists: Bool?

    public init(overwrite: Bool?, ignoreIfExists: Bool?) {
      self.overwrite = overwrite
      self.ignoreIfExists = ignoreIfExists
    }
  }
}
