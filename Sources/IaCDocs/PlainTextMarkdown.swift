/// Renders Markdown as plain text for clients that cannot show Markdown (an LSP client whose hover takes only
/// `plaintext`).
///
/// The layout is the terminal one without color, except that paragraphs are not wrapped: the client wraps them
/// to its own window.
public enum PlainTextMarkdown {
  /// `markdown` as plain text with no ANSI escape sequences. Every line ends with a newline; empty input gives
  /// the empty string.
  public static func render(_ markdown: String) -> String {
    MarkdownTextRenderer(width: nil, color: false).render(markdown)
  }
}
