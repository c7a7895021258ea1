/// `textDocument/documentSymbol`: the outline of a file's stacks and constructs.
public struct DocumentSymbolRequest: RequestType, Hashable {
  public static let method = "textDocument/documentSymbol"
  public typealias Response = [DocumentSymbol]

  public var textDocument: TextDocumentIdentifier

  public init(textDocument: TextDocumentIdentifier) {
    self.textDocument = textDocument
  }
}

/// One entry of a document's outline.
public struct DocumentSymbol: Codable, Sendable, Hashable {
  public var name: String
  public var detail: String?
  /// An LSP `SymbolKind`: 5 class, 19 object.
  public var kind: Int
  public var range: LSPRange
  public var selectionRange: LSPRange
  public var children: [DocumentSymbol]?

  public init(name: String, detail: String?, kind: Int, range: LSPRange, selectionRange: LSPRange, children: [DocumentSymbol]?) {
    self.name = name
    self.detail = detail
    self.kind = kind
    self.range = range
    self.selectionRange = selectionRange
    self.children = children
  }
}

/// `workspace/symbol`: constructs by construct path, logical id, Pulumi URN or name.
public struct WorkspaceSymbolRequest: RequestType, Hashable {
  public static let method = "workspace/symbol"
  public typealias Response = [SymbolInformation]

  public var query: String

  public init(query: String) {
    self.query = query
  }
}

/// A workspace symbol: a construct's path, kind and place.
public struct SymbolInformation: Codable, Sendable, Hashable {
  public var name: String
  public var kind: Int
  public var location: Location
  public var containerName: String?

  public init(name: String, kind: Int, location: Location, containerName: String?) {
    self.name = name
    self.kind = kind
    self.location = location
    self.containerName = containerName
  }
}

/// `textDocument/inlayHint`: the documented defaults of props a construct call leaves unset.
public struct InlayHintRequest: RequestType, Hashable {
  public static let method = "textDocument/inlayHint"
  public typealias Response = [InlayHint]

  public var textDocument: TextDocumentIdentifier
  public var range: LSPRange

  public init(textDocument: TextDocumentIdentifier, range: LSPRange) {
    self.textDocument = textDocument
    self.range = range
  }
}

/// One inlay hint.
public struct InlayHint: Codable, Sendable, Hashable {
  public var position: Position
  public var label: String
  /// 1: type, 2: parameter.
  public var kind: Int?
  public var tooltip: String?
  public var paddingLeft: Bool?

  public init(position: Position, label: String, kind: Int?, tooltip: String?, paddingLeft: Bool?) {
    self.position = position
    self.label = label
    self.kind = kind
    self.tooltip = tooltip
    self.paddingLeft = paddingLeft
  }
}
