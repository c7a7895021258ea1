/// Renders Markdown for a terminal.
public enum TerminalMarkdown {
  /// `markdown` rendered as plain text for a terminal; `color` adds ANSI styles.
  public static func render(_ markdown: String, color: Bool = false) -> String {
    markdown
  }
}
