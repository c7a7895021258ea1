/// A block of a parsed Markdown document, as a Swift value: libcmark's tree is freed once these are built.
enum MarkdownBlock: Sendable, Equatable {
  case paragraph([MarkdownInline])
  case heading(level: Int, [MarkdownInline])
  /// A fenced or indented code block; `code` ends with a newline unless it is empty.
  case codeBlock(info: String, code: String)
  /// Raw HTML, which the renderers omit.
  case html(String)
  case blockQuote([MarkdownBlock])
  case list(MarkdownList)
  case thematicBreak
}

/// A bullet or ordered list.
struct MarkdownList: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    case bullet
    /// Numbered from `start`; `delimiter` is `.` or `)`.
    case ordered(start: Int, delimiter: Character)
  }

  var kind: Kind
  /// Whether the items are not separated by blank lines in the source (CommonMark "tight").
  var isTight: Bool
  /// The blocks of each item.
  var items: [[MarkdownBlock]]
}
