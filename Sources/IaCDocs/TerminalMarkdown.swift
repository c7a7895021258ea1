/// Renders Markdown for a terminal.
///
/// Headings are underlined with `=` (level 1) or `-`, paragraphs are wrapped, lists are indented under their
/// markers, code blocks are indented by four spaces, inline code keeps its backticks, emphasis keeps `*`/`**`,
/// and links read `text <url>`. Raw HTML is omitted. With `color`, ANSI styles replace the punctuation: bold
/// headings, italic and bold emphasis, cyan code, blue link targets.
public enum TerminalMarkdown {
  /// The width paragraphs are wrapped at unless the caller says otherwise.
  public static let defaultWidth = 88

  /// `markdown` rendered for a terminal `width` columns wide; `color` adds ANSI styles.
  ///
  /// Every line ends with a newline; empty input (or input that is only raw HTML) gives the empty string.
  /// Without `color` the output is stable and contains no escape sequences.
  public static func render(_ markdown: String, color: Bool = false, width: Int = defaultWidth) -> String {
    MarkdownTextRenderer(width: max(width, MarkdownTextRenderer.minimumWidth), color: color).render(markdown)
  }
}
