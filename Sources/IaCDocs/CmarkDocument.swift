import CCmark

/// Parses Markdown with libcmark and lends the parsed tree to a closure, freeing it afterwards.
enum CmarkDocument {
  /// Calls `body` with the root of `markdown` parsed with default options (CommonMark, raw HTML kept in the tree
  /// and omitted by the renderers). The tree is freed when `body` returns, so `body` must not keep any node.
  /// Returns nil when libcmark cannot allocate the tree.
  static func withParsed<Result>(_ markdown: String, _ body: (OpaquePointer) -> Result) -> Result? {
    let bytes = Array(markdown.utf8)
    let root: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        guard let start = chars.baseAddress else {
          return "".withCString { cmark_parse_document($0, 0, CMARK_OPT_DEFAULT) }
        }
        return cmark_parse_document(start, chars.count, CMARK_OPT_DEFAULT)
      }
    }
    guard let root else { return nil }
    defer { cmark_node_free(root) }
    return body(root)
  }
}
