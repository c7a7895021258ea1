import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders Markdown as HTML with libcmark.
public enum HTMLMarkdown {
  /// `markdown` as an HTML fragment, rendered by `cmark_render_html` with default options: raw HTML is replaced
  /// by `<!-- raw HTML omitted -->` and links with dangerous schemes (`javascript:`) are dropped.
  /// Returns the empty string for empty input or when libcmark cannot allocate.
  public static func render(_ markdown: String) -> String {
    CmarkDocument.withParsed(markdown) { root -> String in
      guard let html = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
      defer { free(html) }
      return String(cString: html)
    } ?? ""
  }
}
