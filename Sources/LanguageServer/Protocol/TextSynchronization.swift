/// `textDocument/didOpen`.
public struct DidOpenTextDocumentNotification: NotificationType, Hashable {
  public static let method = "textDocument/didOpen"
  public var textDocument: TextDocumentItem

  public init(textDocument: TextDocumentItem) {
    self.textDocument = textDocument
  }
}

/// An open document's URI, language, version and text.
public struct TextDocumentItem: Codable, Sendable, Hashable {
  public var uri: String
  public var languageId: String
  public var version: Int
  public var text: String

  public init(uri: String, languageId: String, version: Int, text: String) {
    self.uri = uri
    self.languageId = languageId
    self.version = version
    self.text = text
  }
}

/// `textDocument/didChange`.
public struct DidChangeTextDocumentNotification: NotificationType, Hashable {
  public static let method = "textDocument/didChange"
  public var textDocument: VersionedTextDocumentIdentifier
  public var contentChanges: [TextDocumentContentChangeEvent]

  public init(textDocument: VersionedTextDocumentIdentifier, contentChanges: [TextDocumentContentChangeEvent]) {
    self.textDocument = textDocument
    self.contentChanges = contentChanges
  }
}

/// A document and its new version.
public struct VersionedTextDocumentIdentifier: Codable, Sendable, Hashable {
  public var uri: String
  public var version: Int

  public init(uri: String, version: Int) {
    self.uri = uri
    self.version = version
  }
}

/// One change: a range and its replacement, or the whole text when `range` is absent.
public struct TextDocumentContentChangeEvent: Codable, Sendable, Hashable {
  public var range: LSPRange?
  public var rangeLength: Int?
  public var text: String

  public init(range: LSPRange? = nil, text: String) {
    self.range = range
    self.text = text
  }
}

/// `textDocument/didClose`.
public struct DidCloseTextDocumentNotification: NotificationType, Hashable {
  public static let method = "textDocument/didClose"
  public var textDocument: TextDocumentIdentifier

  public init(textDocument: TextDocumentIdentifier) {
    self.textDocument = textDocument
  }
}

/// `textDocument/didSave`.
public struct DidSaveTextDocumentNotification: NotificationType, Hashable {
  public static let method = "textDocument/didSave"
  public var textDocument: TextDocumentIdentifier
  public var text: String?

  public init(textDocument: TextDocumentIdentifier, text: String? = nil) {
    self.textDocument = textDocument
    self.text = text
  }
}
