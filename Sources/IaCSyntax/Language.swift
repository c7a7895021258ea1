/// The source languages iaclsp reads.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
  case python
  case typescript

  /// The language a path's extension names, or nil for files iaclsp does not read.
  ///
  /// TypeScript declaration files (`.d.ts`) are not sources and return nil. JavaScript counts as TypeScript:
  /// the lexer and light parser are the same.
  public init?(path: String) {
    if path.hasSuffix(".py") {
      self = .python
      return
    }
    if path.hasSuffix(".d.ts") || path.hasSuffix(".d.mts") || path.hasSuffix(".d.cts") { return nil }
    for suffix in [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"] where path.hasSuffix(suffix) {
      self = .typescript
      return
    }
    return nil
  }

  /// The comment marker that starts a line comment.
  public var lineCommentMarker: String {
    switch self {
    case .python: return "#"
    case .typescript: return "//"
    }
  }

  /// The name people use for the language.
  public var displayName: String {
    switch self {
    case .python: return "Python"
    case .typescript: return "TypeScript"
    }
  }
}
