/// A source file read once into bytes, lexed, and given a light structure: imports, calls, references,
/// assignments, classes and functions, each with UTF-8 byte ranges.
///
/// Building a `SourceFile` never fails and never traps: any bytes at all give some tokens and some structure.
public struct SourceFile: Sendable {
  /// The path as given (used in messages and to detect test files).
  public let path: String
  /// The file's bytes, exactly as read.
  public let bytes: [UInt8]
  public let language: Language
  public let lineTable: LineTable
  public let tokens: [Token]
  /// For each bracket token, the index of its partner; for an unclosed opener, `-(i + 2)` where `i` is the token at
  /// which the parser gave it up. -1 for tokens that are not brackets or closers without an opener.
  public let matching: [Int32]
  /// Import statements and `require` bindings, in source order.
  public private(set) var imports: [ImportStatement] = []
  /// Calls in the order of their opening parenthesis.
  public private(set) var calls: [Call] = []
  /// Dotted chains of two names or more (`s3.Bucket`, `self.account`), outside imports.
  public private(set) var references: [Reference] = []
  public private(set) var assignments: [Assignment] = []
  public private(set) var classes: [ClassDecl] = []
  public private(set) var functions: [FunctionDecl] = []
  /// Every name the file binds anywhere (imports, assignments, parameters, loop targets, definitions). It
  /// over-approximates on purpose: a rule that reports an unbound name must never be wrong about it.
  public private(set) var boundNames: Set<String> = []
  /// Each name an import binds, mapped to its qualified name (`s3` → `aws_cdk.aws_s3`).
  public private(set) var importBindings: [String: String] = [:]
  /// The frameworks the file imports.
  public private(set) var frameworks: Set<Framework> = []
  /// Whether the path names a test file, decided once (see ``isTestFile``).
  let isTest: Bool

  /// Lexes and parses `bytes`. The language defaults to the one the path's extension names (Python otherwise).
  public init(path: String, bytes: [UInt8], language: Language? = nil) {
    self.path = path
    self.bytes = bytes
    let language = language ?? Language(path: path) ?? .python
    self.language = language
    self.isTest = SourceFile.isTestPath(path, language: language)
    self.lineTable = LineTable(bytes)
    let tokens: [Token]
    switch language {
    case .python: tokens = PythonLexer.tokenize(bytes)
    case .typescript: tokens = TypeScriptLexer.tokenize(bytes)
    }
    self.tokens = tokens
    self.matching = SourceFile.matchBrackets(tokens, bytes: bytes, language: language, lineTable: lineTable)
    var builder = StructureBuilder(file: self)
    switch language {
    case .python: builder.buildPython()
    case .typescript: builder.buildTypeScript()
    }
    imports = builder.imports
    calls = builder.calls
    references = builder.references
    assignments = builder.assignments
    classes = builder.classes
    functions = builder.functions
    boundNames = builder.boundNames(reservingExtra: builder.imports.reduce(0) { $0 + $1.specifiers.count })
    for statement in imports {
      for specifier in statement.specifiers {
        importBindings[specifier.alias] = specifier.qualifiedName
        boundNames.insert(specifier.alias)
      }
      if let framework = Framework(module: statement.module) {
        frameworks.insert(framework)
      }
    }
  }

  /// Builds a file from text.
  public init(path: String, text: String, language: Language? = nil) {
    self.init(path: path, bytes: Array(text.utf8), language: language)
  }

  // MARK: Text

  /// The text of `range`, with invalid UTF-8 repaired; an out-of-range request is clamped.
  public func text(_ range: TextRange) -> String {
    let start = Swift.max(0, Swift.min(range.start, bytes.count))
    let end = Swift.max(start, Swift.min(range.end, bytes.count))
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The text of token `index`.
  public func text(token index: Int) -> String {
    text(tokens[index].range)
  }

  /// The text covered by a range of tokens, from the first's start to the last's end.
  public func text(tokens range: Range<Int>) -> String {
    guard let range = byteRange(tokens: range) else { return "" }
    return text(range)
  }

  /// The byte range of a range of tokens, or nil when it is empty.
  public func byteRange(tokens range: Range<Int>) -> TextRange? {
    guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return nil }
    return TextRange(start: Int(tokens[range.lowerBound].start), end: Int(tokens[range.upperBound - 1].end))
  }

  /// Whether token `index` exists and its bytes are exactly `literal`.
  public func token(_ index: Int, is literal: StaticString) -> Bool {
    guard index >= 0 && index < tokens.count else { return false }
    let token = tokens[index]
    let length = Int(token.end - token.start)
    guard length == literal.utf8CodeUnitCount else { return false }
    let start = Int(token.start)
    return literal.withUTF8Buffer { buffer in
      for offset in 0..<length where bytes[start + offset] != buffer[offset] { return false }
      return true
    }
  }

  /// Whether token `index` is an operator or punctuation token spelled `literal`.
  public func isOp(_ index: Int, _ literal: StaticString) -> Bool {
    guard index >= 0 && index < tokens.count && tokens[index].kind == .op else { return false }
    return token(index, is: literal)
  }

  /// Whether token `index` is a name token spelled `literal`.
  public func isName(_ index: Int, _ literal: StaticString) -> Bool {
    guard index >= 0 && index < tokens.count && tokens[index].kind == .name else { return false }
    return token(index, is: literal)
  }

  /// The first byte of token `index`, or 0.
  public func firstByte(of index: Int) -> UInt8 {
    guard index >= 0 && index < tokens.count else { return 0 }
    let start = Int(tokens[index].start)
    return start < bytes.count ? bytes[start] : 0
  }

  /// The contents of a string token without prefix and quotes. Escapes are kept as written, and interpolations
  /// (`{x}`, `${x}`) appear verbatim. Nil when the token is not a string.
  public func stringContents(token index: Int) -> String? {
    guard let range = stringContentRange(token: index) else { return nil }
    return text(range)
  }

  /// The byte range of a string token's contents, without prefix and quotes.
  public func stringContentRange(token index: Int) -> TextRange? {
    guard index >= 0 && index < tokens.count, tokens[index].kind == .string else { return nil }
    let token = tokens[index]
    var start = Int(token.start)
    var end = Int(token.end)
    while start < end && bytes[start] != UInt8(ascii: "'") && bytes[start] != UInt8(ascii: "\"")
      && bytes[start] != UInt8(ascii: "`") {
      start += 1
    }
    guard start < end else { return nil }
    let quote = bytes[start]
    let quoteLength = token.flags.contains(.triple) ? 3 : 1
    start = Swift.min(end, start + quoteLength)
    if !token.flags.contains(.unterminated) {
      var closing = 0
      while closing < quoteLength && end > start && bytes[end - 1] == quote {
        end -= 1
        closing += 1
      }
    }
    return TextRange(start: start, end: end)
  }

  /// The value of a plain string literal (no interpolation), or nil for anything else.
  public func literalString(tokens range: Range<Int>) -> String? {
    guard range.count == 1, tokens[range.lowerBound].kind == .string,
      !tokens[range.lowerBound].flags.contains(.interpolated) else { return nil }
    return stringContents(token: range.lowerBound)
  }

  // MARK: Brackets

  /// The partner of bracket token `index`; for an unclosed opener, the token where it was given up and `false`.
  public func closer(of index: Int) -> (index: Int, isClosed: Bool) {
    let value = Int(matching[index])
    if value >= 0 { return (value, true) }
    if value == -1 { return (tokens.count, false) }
    return (-(value + 2), false)
  }

  // MARK: Names

  /// The qualified name a reference resolves to through the file's imports (`origins.S3Origin` →
  /// `aws_cdk.aws_cloudfront_origins.S3Origin`), or nil when its first name is not imported.
  public func qualifiedName(of reference: Reference) -> String? {
    guard !reference.hasReceiverExpression, let head = importBindings[reference.parts[0].name] else { return nil }
    if reference.parts.count == 1 { return head }
    return head + "." + reference.parts.dropFirst().map(\.name).joined(separator: ".")
  }

  /// The call whose opening parenthesis is token `index`.
  public func call(openingAt index: Int) -> Call? {
    SourceFile.callIndex(openingAt: index, in: calls).map { calls[$0] }
  }

  /// The index of the call that makes up exactly the tokens `range` (an argument value or assigned value).
  public func callIndex(spanning range: Range<Int>) -> Int? {
    SourceFile.callIndex(spanning: range, tokens: tokens, bytes: bytes, matching: matching, calls: calls)
  }

  /// The index of the first token that starts at or after byte `offset` (`tokens.count` when none does), found by
  /// binary search: tokens are in source order.
  public func firstToken(startingAtOrAfter offset: Int) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if Int(tokens[middle].start) < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The position in `calls` of the call whose opening parenthesis is token `open`, found by binary search: calls
  /// are kept in the order of their opening parentheses.
  static func callIndex(openingAt open: Int, in calls: [Call]) -> Int? {
    var low = 0
    var high = calls.count
    while low < high {
      let mid = (low + high) / 2
      if calls[mid].openToken < open { low = mid + 1 } else { high = mid }
    }
    return low < calls.count && calls[low].openToken == open ? low : nil
  }

  static func callIndex(
    spanning range: Range<Int>,
    tokens: [Token],
    bytes: [UInt8],
    matching: [Int32],
    calls: [Call]
  ) -> Int? {
    guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return nil }
    let last = range.upperBound - 1
    guard tokens[last].kind == .op, bytes[Int(tokens[last].start)] == UInt8(ascii: ")") else { return nil }
    let open = Int(matching[last])
    guard open >= range.lowerBound, let index = callIndex(openingAt: open, in: calls) else { return nil }
    let call = calls[index]
    let callStart = call.newKeyword?.start ?? call.callee?.range.start ?? Int(tokens[open].start)
    return callStart == Int(tokens[range.lowerBound].start) ? index : nil
  }

  /// The indices of tokens that are comments.
  public var commentTokens: [Int] {
    tokens.indices.filter { tokens[$0].kind == .comment }
  }

  /// The zero-based line of a byte offset.
  public func line(of offset: Int) -> Int {
    lineTable.line(containing: offset)
  }

  /// The column of token `index` in bytes from the start of its line (its indentation when it starts the line).
  public func column(ofToken index: Int) -> Int {
    let start = Int(tokens[index].start)
    return lineTable.location(of: start).utf8Column
  }

  /// Whether token `index` is the first token on its line.
  public func startsLine(_ index: Int) -> Bool {
    let start = Int(tokens[index].start)
    let lineStart = lineTable.lineStarts[lineTable.line(containing: start)]
    var offset = start - 1
    while offset >= lineStart {
      if !ByteClass.isSpace(bytes[offset]) { return false }
      offset -= 1
    }
    return true
  }

  static func matchBrackets(_ tokens: [Token], bytes: [UInt8], language: Language, lineTable: LineTable) -> [Int32] {
    var matching = [Int32](repeating: -1, count: tokens.count)
    var stack: [Int] = []
    for index in tokens.indices {
      let token = tokens[index]
      if token.kind == .newline {
        if language == .python && !stack.isEmpty {
          for open in stack { matching[open] = Int32(truncatingIfNeeded: -(index + 2)) }
          stack.removeAll(keepingCapacity: true)
        }
        continue
      }
      if language == .typescript && token.kind == .name && !stack.isEmpty {
        // At a line start: a name never starts with a line end, so the byte before it tells (as in LineTable).
        let start = Int(token.start)
        if start == 0 || bytes[start - 1] == UInt8(ascii: "\n") || bytes[start - 1] == UInt8(ascii: "\r"),
          isDeclarationKeyword(bytes, token) {
          while let open = stack.last, bytes[Int(tokens[open].start)] != UInt8(ascii: "{") {
            matching[open] = Int32(truncatingIfNeeded: -(index + 2))
            stack.removeLast()
          }
        }
      }
      guard token.kind == .op, token.end - token.start == 1 else { continue }
      let byte = bytes[Int(token.start)]
      switch byte {
      case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
        stack.append(index)
      case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
        let opener: UInt8 = byte == UInt8(ascii: ")") ? UInt8(ascii: "(") : byte == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "{")
        // Look a bounded way down for the partner, so a flood of stray closers stays linear.
        var position = stack.count - 1
        while position >= 0 && position >= stack.count - 64 && bytes[Int(tokens[stack[position]].start)] != opener {
          position -= 1
        }
        guard position >= 0 && bytes[Int(tokens[stack[position]].start)] == opener else { continue }
        // Openers above the partner were never closed: give them up here.
        while stack.count - 1 > position {
          matching[stack.removeLast()] = Int32(truncatingIfNeeded: -(index + 2))
        }
        let open = stack.removeLast()
        matching[open] = Int32(truncatingIfNeeded: index)
        matching[index] = Int32(truncatingIfNeeded: open)
      default:
        break
      }
    }
    for open in stack { matching[open] = -1 }
    return matching
  }

  private static let declarationKeywords: KeywordSet = ["import", "export", "class", "function"]

  private static func isDeclarationKeyword(_ bytes: [UInt8], _ token: Token) -> Bool {
    declarationKeywords.contains(bytes, from: Int(token.start), to: Int(token.end))
  }
}
