/// A byte-level TypeScript and JavaScript tokenizer.
///
/// It knows line and block comments, single- and double-quoted strings, template literals whose `${}` fields nest
/// strings, comments and further templates to any depth, regular expression literals (told from division by the
/// token before them), numbers with separators, private names and decorators. Newline tokens mark line ends outside
/// parentheses and brackets (inside braces they count); the light parser uses them with semicolons as statement boundaries. It never fails: an
/// unterminated string ends at its line, an unterminated template or block comment at the end of the file, and an
/// unclosed parenthesis is given up at the next top-level `import`, `export`, `class` or `function` at column 0.
public enum TypeScriptLexer {
  /// Tokenizes `bytes`. A leading UTF-8 byte order mark and a `#!` line are skipped as a comment.
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
    if index + 1 < count && buffer[index] == UInt8(ascii: "#") && buffer[index + 1] == UInt8(ascii: "!") {
      var end = index
      while end < count && !ByteClass.isNewline(buffer[end]) { end += 1 }
      tokens.append(Token(kind: .comment, start: index, end: end))
      index = end
    }
    // The open brackets, innermost last. Line ends are statement boundaries only where the innermost bracket is a
    // brace (a block, or an object literal) or there is none: inside `(` and `[` they are plain white space.
    var brackets: [UInt8] = []
    var lineHasToken = false
    var regexAllowed = true

    while index < count {
      let byte = buffer[index]
      if ByteClass.isSpace(byte) {
        index += 1
        continue
      }
      if ByteClass.isNewline(byte) {
        let start = index
        index += 1
        if byte == UInt8(ascii: "\r") && index < count && buffer[index] == UInt8(ascii: "\n") {
          index += 1
        }
        if let last = brackets.last, last != UInt8(ascii: "{"), startsDeclarationAtColumnZero(buffer, index) {
          while let open = brackets.last, open != UInt8(ascii: "{") { brackets.removeLast() }
        }
        if lineHasToken && (brackets.isEmpty || brackets[brackets.count - 1] == UInt8(ascii: "{")) {
          tokens.append(Token(kind: .newline, start: start, end: index))
          lineHasToken = false
        }
        continue
      }
      if byte == UInt8(ascii: "/") && index + 1 < count {
        let next = buffer[index + 1]
        if next == UInt8(ascii: "/") {
          var end = index + 2
          while end < count && !ByteClass.isNewline(buffer[end]) { end += 1 }
          tokens.append(Token(kind: .comment, start: index, end: end))
          index = end
          continue
        }
        if next == UInt8(ascii: "*") {
          let (end, terminated) = scanBlockComment(buffer, index)
          tokens.append(Token(kind: .comment, flags: terminated ? .block : [.block, .unterminated], start: index, end: end))
          index = end
          continue
        }
        if regexAllowed, let end = scanRegex(buffer, index) {
          tokens.append(Token(kind: .regex, start: index, end: end))
          index = end
          lineHasToken = true
          regexAllowed = false
          continue
        }
      }
      if ByteClass.isIdentifierStart(byte) || byte == UInt8(ascii: "$")
        || (byte == UInt8(ascii: "#") && index + 1 < count && ByteClass.isIdentifierStart(buffer[index + 1])) {
        var end = index + 1
        while end < count && (ByteClass.isIdentifierContinue(buffer[end]) || buffer[end] == UInt8(ascii: "$")) {
          end += 1
        }
        tokens.append(Token(kind: .name, start: index, end: end))
        regexAllowed = keywordAllowsRegex(buffer, index, end)
        index = end
        lineHasToken = true
        continue
      }
      if ByteClass.isDigit(byte)
        || (byte == UInt8(ascii: ".") && index + 1 < count && ByteClass.isDigit(buffer[index + 1])) {
        let end = ByteClass.scanNumber(buffer, index)
        tokens.append(Token(kind: .number, start: index, end: end))
        index = end
        lineHasToken = true
        regexAllowed = false
        continue
      }
      if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
        let (end, terminated) = scanQuoted(buffer, index)
        tokens.append(Token(kind: .string, flags: terminated ? [] : .unterminated, start: index, end: end))
        index = end
        lineHasToken = true
        regexAllowed = false
        continue
      }
      if byte == UInt8(ascii: "`") {
        let (end, flags) = scanTemplate(buffer, index)
        tokens.append(Token(kind: .string, flags: flags, start: index, end: end))
        index = end
        lineHasToken = true
        regexAllowed = false
        continue
      }
      var length = ByteClass.operatorLength(buffer, index)
      if byte == UInt8(ascii: "?") && length == 1 && index + 1 < count && buffer[index + 1] == UInt8(ascii: ".")
        && !(index + 2 < count && ByteClass.isDigit(buffer[index + 2])) {
        length = 2
      }
      if length == 1 {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
          brackets.append(byte)
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
          let opener = byte == UInt8(ascii: ")") ? UInt8(ascii: "(") : byte == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "{")
          // Look a bounded way down for the partner, so a flood of stray closers stays linear.
          var position = brackets.count - 1
          while position >= 0 && position >= brackets.count - 64 && brackets[position] != opener { position -= 1 }
          if position >= 0 && brackets[position] == opener {
            brackets.removeLast(brackets.count - position)
          }
        default:
          break
        }
      }
      tokens.append(Token(kind: .op, start: index, end: index + length))
      switch byte {
      case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
        regexAllowed = false
      case UInt8(ascii: "+"), UInt8(ascii: "-"):
        regexAllowed = length != 2 || buffer[index + 1] == UInt8(ascii: "=")
      default:
        regexAllowed = true
      }
      index += length
      lineHasToken = true
    }
    if lineHasToken {
      tokens.append(Token(kind: .newline, start: count, end: count))
    }
    return tokens
  }

  static let declarationKeywords: [[UInt8]] = ["import", "export", "class", "function"].map { Array($0.utf8) }

  static func startsDeclarationAtColumnZero(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    for keyword in declarationKeywords where PythonLexer.hasPrefix(buffer, index, keyword) {
      let after = index + keyword.count
      if after < buffer.count && ByteClass.isSpace(buffer[after]) { return true }
    }
    return false
  }

  /// Whether a `/` after the name `start..<end` begins a regular expression (the name is a keyword like `return`:
  /// `return`, `typeof`, `instanceof`, `in`, `of`, `new`, `delete`, `void`, `throw`, `case`, `do`, `else`, `yield`,
  /// `await`). This runs for every name, so it switches on the length and first byte before comparing.
  static func keywordAllowsRegex(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    func rest(_ word: StaticString) -> Bool {
      // The first byte already matched; compare the others.
      let spelling = word.utf8Start
      for offset in 1..<word.utf8CodeUnitCount where buffer[start + offset] != spelling[offset] { return false }
      return true
    }
    let first = buffer[start]
    switch end - start {
    case 2:
      let second = buffer[start + 1]
      switch first {
      case UInt8(ascii: "i"): return second == UInt8(ascii: "n")
      case UInt8(ascii: "o"): return second == UInt8(ascii: "f")
      case UInt8(ascii: "d"): return second == UInt8(ascii: "o")
      default: return false
      }
    case 3:
      return first == UInt8(ascii: "n") && rest("new")
    case 4:
      switch first {
      case UInt8(ascii: "v"): return rest("void")
      case UInt8(ascii: "c"): return rest("case")
      case UInt8(ascii: "e"): return rest("else")
      default: return false
      }
    case 5:
      switch first {
      case UInt8(ascii: "t"): return rest("throw")
      case UInt8(ascii: "y"): return rest("yield")
      case UInt8(ascii: "a"): return rest("await")
      default: return false
      }
    case 6:
      switch first {
      case UInt8(ascii: "r"): return rest("return")
      case UInt8(ascii: "t"): return rest("typeof")
      case UInt8(ascii: "d"): return rest("delete")
      default: return false
      }
    case 10:
      return first == UInt8(ascii: "i") && rest("instanceof")
    default:
      return false
    }
  }

  /// Scans a block comment starting at `/*`; returns its end and whether it was closed.
  static func scanBlockComment(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int) -> (Int, Bool) {
    var index = start + 2
    while index + 1 < buffer.count {
      if buffer[index] == UInt8(ascii: "*") && buffer[index + 1] == UInt8(ascii: "/") {
        return (index + 2, true)
      }
      index += 1
    }
    return (buffer.count, false)
  }

  /// Scans a quoted string; an unescaped line end terminates it early. Returns its end and whether it was closed.
  static func scanQuoted(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int) -> (Int, Bool) {
    let quote = buffer[start]
    var index = start + 1
    while index < buffer.count {
      let byte = buffer[index]
      if byte == UInt8(ascii: "\\") {
        index += 2
        if index - 1 < buffer.count && buffer[index - 1] == UInt8(ascii: "\r") && index < buffer.count
          && buffer[index] == UInt8(ascii: "\n") {
          index += 1
        }
        continue
      }
      if byte == quote { return (index + 1, true) }
      if ByteClass.isNewline(byte) { return (index, false) }
      index += 1
    }
    return (buffer.count, false)
  }

  /// Scans a regular expression literal at `start`; nil when the line ends first (then `/` is an operator).
  static func scanRegex(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
    var index = start + 1
    var inClass = false
    while index < buffer.count {
      let byte = buffer[index]
      if ByteClass.isNewline(byte) { return nil }
      if byte == UInt8(ascii: "\\") {
        // A regular expression cannot continue onto the next line, even after a backslash.
        if index + 1 < buffer.count && ByteClass.isNewline(buffer[index + 1]) { return nil }
        index += 2
        continue
      }
      if byte == UInt8(ascii: "[") {
        inClass = true
      } else if byte == UInt8(ascii: "]") {
        inClass = false
      } else if byte == UInt8(ascii: "/") && !inClass {
        index += 1
        while index < buffer.count && ByteClass.isIdentifierContinue(buffer[index]) && buffer[index] < 0x80 {
          index += 1
        }
        return index
      }
      index += 1
    }
    return nil
  }

  /// Scans a template literal at a backtick, following `${}` fields and nested templates with an explicit stack.
  static func scanTemplate(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int) -> (Int, TokenFlags) {
    let count = buffer.count
    var flags: TokenFlags = .template
    // Each entry is -1 for a template body, or the brace depth of an open `${` field.
    var stack: [Int] = [-1]
    var index = start + 1
    // Inside a field, whether a `/` here would begin a regular expression (as in `${s.replace(/"/g, "'")}`).
    var regexAllowed = true
    while index < count {
      let byte = buffer[index]
      let top = stack[stack.count - 1]
      if top < 0 {
        if byte == UInt8(ascii: "\\") {
          index += 2
          continue
        }
        if byte == UInt8(ascii: "`") {
          stack.removeLast()
          index += 1
          if stack.isEmpty { return (index, flags) }
          continue
        }
        if byte == UInt8(ascii: "$") && index + 1 < count && buffer[index + 1] == UInt8(ascii: "{") {
          flags.insert(.interpolated)
          stack.append(0)
          index += 2
          regexAllowed = true
          continue
        }
        index += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "{"):
        stack[stack.count - 1] = top + 1
        index += 1
        regexAllowed = true
      case UInt8(ascii: "}"):
        if top == 0 {
          stack.removeLast()
        } else {
          stack[stack.count - 1] = top - 1
        }
        index += 1
        regexAllowed = false
      case UInt8(ascii: "`"):
        stack.append(-1)
        index += 1
        regexAllowed = false
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        index = scanQuoted(buffer, index).0
        regexAllowed = false
      case UInt8(ascii: "/") where index + 1 < count && buffer[index + 1] == UInt8(ascii: "/"):
        while index < count && !ByteClass.isNewline(buffer[index]) { index += 1 }
      case UInt8(ascii: "/") where index + 1 < count && buffer[index + 1] == UInt8(ascii: "*"):
        index = scanBlockComment(buffer, index).0
      case UInt8(ascii: "/") where regexAllowed:
        index = scanRegex(buffer, index) ?? index + 1
        regexAllowed = false
      default:
        if ByteClass.isIdentifierContinue(byte) || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
          regexAllowed = false
        } else if !ByteClass.isSpace(byte) && !ByteClass.isNewline(byte) {
          regexAllowed = true
        }
        index += 1
      }
    }
    return (count, flags.union(.unterminated))
  }
}
