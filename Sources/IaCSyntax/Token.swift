/// What a token is. Keywords are `.name` tokens; the light parsers compare their bytes.
public enum TokenKind: UInt8, Sendable {
  /// An identifier or keyword.
  case name
  /// A numeric literal.
  case number
  /// A string literal of any kind: Python prefixed, triple-quoted and f-strings; JavaScript quotes and templates.
  case string
  /// A JavaScript regular expression literal.
  case regex
  /// A comment, from its marker to the end of the line (or of the block).
  case comment
  /// Punctuation or an operator, longest match first (`==` is one token, `=` another).
  case op
  /// The end of a logical line: a statement boundary outside brackets.
  case newline
}

/// A lexed token: its kind, flags and UTF-8 byte range, packed into 12 bytes.
public struct Token: Sendable, Equatable {
  /// What the token is.
  public var kind: TokenKind
  /// Extra facts about string and comment tokens (``TokenFlags``).
  public var flags: TokenFlags
  /// The offset of the first byte.
  public var start: UInt32
  /// The offset one past the last byte.
  public var end: UInt32

  /// Creates a token.
  public init(kind: TokenKind, flags: TokenFlags = [], start: Int, end: Int) {
    self.kind = kind
    self.flags = flags
    self.start = UInt32(truncatingIfNeeded: start)
    self.end = UInt32(truncatingIfNeeded: end)
  }

  /// The byte range of the token.
  public var range: TextRange { TextRange(start: Int(start), end: Int(end)) }
}

/// Facts about a token that its kind alone does not carry.
public struct TokenFlags: OptionSet, Sendable, Equatable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The literal reached the end of its line or of the file before its closing delimiter.
  public static let unterminated = TokenFlags(rawValue: 1 << 0)
  /// The string interpolates expressions: a Python f-string or t-string, or a template literal with `${}`.
  public static let interpolated = TokenFlags(rawValue: 1 << 1)
  /// A Python triple-quoted string.
  public static let triple = TokenFlags(rawValue: 1 << 2)
  /// A Python bytes literal.
  public static let bytes = TokenFlags(rawValue: 1 << 3)
  /// A Python raw string (backslashes are kept as written).
  public static let raw = TokenFlags(rawValue: 1 << 4)
  /// A JavaScript template literal.
  public static let template = TokenFlags(rawValue: 1 << 5)
  /// A block comment (`/* … */`).
  public static let block = TokenFlags(rawValue: 1 << 6)
}
