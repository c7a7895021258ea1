/// Inline content of a paragraph or heading.
enum MarkdownInline: Sendable, Equatable {
  case text(String)
  case softBreak
  case lineBreak
  case code(String)
  /// Raw inline HTML, which the renderers omit.
  case html(String)
  case emphasis([MarkdownInline])
  case strong([MarkdownInline])
  case link(url: String, [MarkdownInline])
  case image(url: String, [MarkdownInline])

  /// The text of `inlines` without any markup: what a reader sees, as one line.
  static func plainText(_ inlines: [MarkdownInline]) -> String {
    var text = ""
    for inline in inlines {
      switch inline {
      case .text(let string), .code(let string): text += string
      case .softBreak, .lineBreak: text += " "
      case .html: break
      case .emphasis(let children), .strong(let children), .link(_, let children), .image(_, let children):
        text += plainText(children)
      }
    }
    return text
  }
}
