/// `textDocument/hover`.
public struct HoverRequest: RequestType, Hashable {
  public static let method = "textDocument/hover"
  public typealias Response = Hover?

  public var textDocument: TextDocumentIdentifier
  public var position: Position

  public init(textDocument: TextDocumentIdentifier, position: Position) {
    self.textDocument = textDocument
    self.position = position
  }
}

/// A hover: its contents and the range it is about.
public struct Hover: Codable, Sendable, Hashable {
  public var contents: MarkupContent
  public var range: LSPRange?

  public init(contents: MarkupContent, range: LSPRange?) {
    self.contents = contents
    self.range = range
  }
}
