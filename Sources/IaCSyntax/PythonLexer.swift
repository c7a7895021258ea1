/// A byte-level Python tokenizer.
///
/// It knows every string prefix (`r`, `b`, `u`, `f`, `t` and their pairs, any case), triple quotes, f-strings whose
/// replacement fields nest strings and further f-strings (Python 3.12 rules), comments, numbers, decorators and line
/// continuations. Newlines inside brackets are not statement boundaries. It never fails: an unterminated string ends at
/// its line (or at the end of the file for triple quotes) and is flagged, and an unclosed bracket is given up at the
/// next line that starts a `def`, `class`, decorator or import at column 0, so the rest of the file still parses.
public enum PythonLexer {
  /// Tokenizes `bytes`. A leading UTF-8 byte order mark is skipped.
  public static func tokenize(_ bytes: [UInt8]) -> [Token] {
    bytes.withUnsafeBufferPointer { tokenize(buffer: $0) }
  }

  static func tokenize(buffer: UnsafeBufferPointer<UInt8>) -> [Token] {
    let count = buffer.count
    var tokens: [Token] = []
    tokens.reserveCapacity(count / 5 + 16)
    var index = 0
    if count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
      index = 3
    }
    var depth = 0
    var lineHasToken = false

    while index < count {
      let byte = buffer[index]
      if ByteClass.isSpace(byte) {
        index += 1
        continue
      }
      if byte == UInt8(ascii: "\\") && index + 1 < count && ByteClass.isNewline(buffer[index + 1]) {
        index += 2
        if buffer[index - 1] == UInt8(ascii: "\r") && index < count && buffer[index] == UInt8(ascii: "\n") {
          index += 1
        }
        continue
      }
      if ByteClass.isNewline(byte) {
        let start = index
        index += 1
        if byte == UInt8(ascii: "\r") && index < count && buffer[index] == UInt8(ascii: "\n") {
          index += 1
        }
        if depth > 0 && startsStatementAtColumnZero(buffer, index) {
          depth = 0
        }
        if depth == 0 && lineHasToken {
          tokens.append(Token(kind: .newline, start: start, end: index))
          lineHasToken = false
        }
        continue
      }
      if byte == UInt8(ascii: "#") {
        var end = index + 1
        while end < count && !ByteClass.isNewline(buffer[end]) { end += 1 }
        tokens.append(Token(kind: .comment, start: index, end: end))
        index = end
        continue
      }
      if ByteClass.isIdentifierStart(byte) {
        var end = index + 1
        while end < count && ByteClass.isIdentifierContinue(buffer[end]) { end += 1 }
        if end < count && (buffer[end] == UInt8(ascii: "'") || buffer[end] == UInt8(ascii: "\"")),
          let prefix = stringPrefix(buffer, index, end) {
          let (stringEnd, flags) = scanString(buffer, quoteAt: end, prefix: prefix)
          tokens.append(Token(kind: .string, flags: flags, start: index, end: stringEnd))
          index = stringEnd
        } else {
          tokens.append(Token(kind: .name, start: index, end: end))
          index = end
        }
        lineHasToken = true
        continue
      }
      if ByteClass.isDigit(byte)
        || (byte == UInt8(ascii: ".") && index + 1 < count && ByteClass.isDigit(buffer[index + 1])) {
        let end = ByteClass.scanNumber(buffer, index)
        tokens.append(Token(kind: .number, start: index, end: end))
        index = end
        lineHasToken = true
        continue
      }
      if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
        let (end, flags) = scanString(buffer, quoteAt: index, prefix: [])
        tokens.append(Token(kind: .string, flags: flags, start: index, end: end))
        index = end
        lineHasToken = true
        continue
      }
      let length = ByteClass.operatorLength(buffer, index)
      if length == 1 {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
          depth += 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
          depth = max(0, depth - 1)
        default:
          break
        }
      }
      tokens.append(Token(kind: .op, start: index, end: index + length))
      index += length
      lineHasToken = true
    }
    if lineHasToken {
      tokens.append(Token(kind: .newline, start: count, end: count))
    }
    return tokens
  }

  /// Whether the line starting at `index` opens a statement that can never sit inside brackets.
  static func startsStatementAtColumnZero(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    guard index < buffer.count else { return false }
    if buffer[index] == UInt8(ascii: "@") { return true }
    for keyword in statementKeywords {
      if hasPrefix(buffer, index, keyword) {
        let after = index + keyword.count
        if after < buffer.count && ByteClass.isSpace(buffer[after]) { return true }
      }
    }
    return false
  }

  static let statementKeywords: [[UInt8]] = ["def", "class", "import", "from", "async"].map { Array($0.utf8) }

  static func hasPrefix(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int, _ word: [UInt8]) -> Bool {
    guard index + word.count <= buffer.count else { return false }
    for (offset, byte) in word.enumerated() where buffer[index + offset] != byte { return false }
    return true
  }

  /// The flags a valid string prefix gives, or nil when the identifier is not a prefix.
  static func stringPrefix(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> TokenFlags? {
    let length = end - start
    guard length >= 1 && length <= 2 else { return nil }
    var flags: TokenFlags = []
    for index in start..<end {
      let letter = buffer[index] | 0x20
      // Each kind of prefix letter may appear once: `rr`, `bb`, and `ft` (f and t both interpolate) are not prefixes.
      switch letter {
      case UInt8(ascii: "r"):
        guard !flags.contains(.raw) else { return nil }
        flags.insert(.raw)
      case UInt8(ascii: "b"):
        guard !flags.contains(.bytes) else { return nil }
        flags.insert(.bytes)
      case UInt8(ascii: "f"), UInt8(ascii: "t"):
        guard !flags.contains(.interpolated) else { return nil }
        flags.insert(.interpolated)
      case UInt8(ascii: "u"): if length != 1 { return nil }
      default: return nil
      }
    }
    if flags.contains(.bytes) && flags.contains(.interpolated) { return nil }
    return flags
  }

  private enum Frame {
    case string(quote: UInt8, triple: Bool, interpolated: Bool)
    /// A replacement field's expression; `nesting` counts the brackets open inside it.
    case field(nesting: Int)
    /// A replacement field's format spec (after its top-level `:`): literal text that may hold nested fields.
    case spec
  }

  /// Scans a string whose opening quote is at `quoteAt`; returns the offset after it and its flags.
  static func scanString(
    _ buffer: UnsafeBufferPointer<UInt8>,
    quoteAt: Int,
    prefix: TokenFlags
  ) -> (Int, TokenFlags) {
    let count = buffer.count
    var flags = prefix
    let (firstTriple, firstAfter) = openQuote(buffer, quoteAt)
    if firstTriple { flags.insert(.triple) }
    if !prefix.contains(.interpolated) {
      return scanPlainString(buffer, quote: buffer[quoteAt], triple: firstTriple, from: firstAfter, flags: flags)
    }
    var stack: [Frame] = [.string(quote: buffer[quoteAt], triple: firstTriple, interpolated: prefix.contains(.interpolated))]
    var index = firstAfter
    // Whether any open string frame is triple-quoted: only then may a newline sit inside.
    var tripleFrames = firstTriple ? 1 : 0

    while index < count {
      let byte = buffer[index]
      switch stack[stack.count - 1] {
      case .string(let quote, let triple, let interpolated):
        if byte == UInt8(ascii: "\\") {
          index = indexAfterEscape(buffer, at: index)
          continue
        }
        if byte == quote {
          if triple {
            if index + 2 < count && buffer[index + 1] == quote && buffer[index + 2] == quote {
              index += 3
              tripleFrames -= 1
              stack.removeLast()
            } else {
              index += 1
            }
          } else {
            index += 1
            stack.removeLast()
          }
          if stack.isEmpty { return (index, flags) }
          continue
        }
        if ByteClass.isNewline(byte) && tripleFrames == 0 {
          return (index, flags.union(.unterminated))
        }
        if interpolated && byte == UInt8(ascii: "{") {
          if index + 1 < count && buffer[index + 1] == UInt8(ascii: "{") {
            index += 2
          } else {
            index += 1
            stack.append(.field(nesting: 0))
          }
          continue
        }
        index += 1
      case .spec:
        if byte == UInt8(ascii: "{") {
          stack.append(.field(nesting: 0))
        } else if byte == UInt8(ascii: "}") {
          stack.removeLast()
        } else if ByteClass.isNewline(byte) && tripleFrames == 0 {
          return (index, flags.union(.unterminated))
        }
        index += 1
      case .field(let nesting):
        switch byte {
        case UInt8(ascii: "}"):
          if nesting == 0 {
            stack.removeLast()
          } else {
            stack[stack.count - 1] = .field(nesting: nesting - 1)
          }
          index += 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"):
          stack[stack.count - 1] = .field(nesting: max(0, nesting - 1))
          index += 1
        case UInt8(ascii: "{"), UInt8(ascii: "("), UInt8(ascii: "["):
          stack[stack.count - 1] = .field(nesting: nesting + 1)
          index += 1
        case UInt8(ascii: ":") where nesting == 0:
          // A top-level colon starts the format spec, where quotes are plain text (`f"{x:'>10}"`).
          stack[stack.count - 1] = .spec
          index += 1
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
          var nestedInterpolated = false
          var back = index - 1
          var letters = 0
          while back >= 0 && letters < 3 && ByteClass.isIdentifierContinue(buffer[back]) {
            let letter = buffer[back] | 0x20
            if letter == UInt8(ascii: "f") || letter == UInt8(ascii: "t") { nestedInterpolated = true }
            back -= 1
            letters += 1
          }
          if letters > 2 { nestedInterpolated = false }
          let (triple, after) = openQuote(buffer, index)
          if triple { tripleFrames += 1 }
          stack.append(.string(quote: byte, triple: triple, interpolated: nestedInterpolated))
          index = after
        default:
          if ByteClass.isNewline(byte) && tripleFrames == 0 {
            return (index, flags.union(.unterminated))
          }
          index += 1
        }
      }
    }
    return (count, flags.union(.unterminated))
  }

  /// The index after the escape whose backslash is at `index`: a backslash escapes the next byte, and before `\r\n`
  /// it continues the string on the next line.
  @inline(__always)
  private static func indexAfterEscape(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let next = index + 2
    if next < buffer.count && buffer[next - 1] == UInt8(ascii: "\r") && buffer[next] == UInt8(ascii: "\n") {
      return next + 1
    }
    return next
  }

  /// ``scanString(_:quoteAt:prefix:)`` for a string without replacement fields (most strings), which needs no stack:
  /// scans from `index`, after the opening quotes.
  private static func scanPlainString(
    _ buffer: UnsafeBufferPointer<UInt8>,
    quote: UInt8,
    triple: Bool,
    from index: Int,
    flags: TokenFlags
  ) -> (Int, TokenFlags) {
    let count = buffer.count
    var index = index
    while index < count {
      let byte = buffer[index]
      if byte == UInt8(ascii: "\\") {
        index = indexAfterEscape(buffer, at: index)
        continue
      }
      if byte == quote {
        if !triple { return (index + 1, flags) }
        if index + 2 < count && buffer[index + 1] == quote && buffer[index + 2] == quote { return (index + 3, flags) }
      } else if !triple && ByteClass.isNewline(byte) {
        return (index, flags.union(.unterminated))
      }
      index += 1
    }
    return (count, flags.union(.unterminated))
  }

  /// Whether the quote at `index` opens a triple-quoted string, and the offset after the opening quotes.
  private static func openQuote(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> (Bool, Int) {
    let quote = buffer[index]
    if index + 2 < buffer.count && buffer[index + 1] == quote && buffer[index + 2] == quote {
      return (true, index + 3)
    }
    return (false, index + 1)
  }
}
