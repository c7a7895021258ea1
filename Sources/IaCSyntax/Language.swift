/// The source languages iaclsp reads.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
  case python
  case typescript

  /// The language a path's extension names, or nil for files iaclsp does not read.
  ///
  /// TypeScript declaration files (`.d.ts`) are not sources and return nil. JavaScript counts as TypeScript:
  /// the lexer and light parser are the same.
  public init?(path: String) {
    // Every file of a walked tree is asked: compare the last bytes, not `String`s.
    var reversed = path.utf8.reversed().makeIterator()
    func next() -> UInt8 { reversed.next() ?? 0 }
    let last = next()
    let second = next()
    let third = next()
    switch (third, second, last) {
    case (UInt8(ascii: "."), UInt8(ascii: "p"), UInt8(ascii: "y")):
      self = .python
    case (UInt8(ascii: "."), UInt8(ascii: "t"), UInt8(ascii: "s")):
      // `.d.ts` declares types and holds no code.
      guard next() != UInt8(ascii: "d") || next() != UInt8(ascii: ".") else { return nil }
      self = .typescript
    case (UInt8(ascii: "."), UInt8(ascii: "j"), UInt8(ascii: "s")):
      self = .typescript
    case (UInt8(ascii: "m"), UInt8(ascii: "t"), UInt8(ascii: "s")), (UInt8(ascii: "c"), UInt8(ascii: "t"), UInt8(ascii: "s")):
      // `.mts`, `.cts`, but not `.d.mts`, `.d.cts`.
      guard next() == UInt8(ascii: ".") else { return nil }
      guard next() != UInt8(ascii: "d") || next() != UInt8(ascii: ".") else { return nil }
      self = .typescript
    case (UInt8(ascii: "m"), UInt8(ascii: "j"), UInt8(ascii: "s")), (UInt8(ascii: "c"), UInt8(ascii: "j"), UInt8(ascii: "s")):
      guard next() == UInt8(ascii: ".") else { return nil }
      self = .typescript
    default:
      return nil
    }
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
