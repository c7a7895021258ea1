import IaCSyntax

/// A string value as the code builds it: literal text and interpolated expressions, in order. It is read from a
/// plain literal, a Python f-string, a JavaScript template literal, a concatenation with `+`, or
/// `Output.concat(...)`, and used by the rules that judge names (bucket names, domain names, log group names).
public struct StringTemplate: Sendable {
  /// One piece of the string.
  public enum Piece: Sendable, Equatable {
    /// Literal text, escapes kept as written.
    case text(String)
    /// The source text of an interpolated expression (`self.account`, `props.envSuffix`).
    case expression(String)
  }

  public var pieces: [Piece]
  /// The tokens the value was read from.
  public var tokens: Range<Int>
  /// The byte range of those tokens.
  public var range: TextRange

  /// The token index when the whole value is one string token (plain or interpolated), which fixes can rewrite.
  public var singleToken: Int?

  /// Whether any piece is an expression.
  public var hasExpressions: Bool {
    pieces.contains { if case .expression = $0 { return true } else { return false } }
  }

  /// The literal text, expressions left out.
  public var literalText: String {
    pieces.map { if case .text(let text) = $0 { return text } else { return "" } }.joined()
  }

  /// The literal text after the last expression (all of it when there is none).
  public var trailingText: String {
    var result = ""
    for piece in pieces.reversed() {
      guard case .text(let text) = piece else { break }
      result = text + result
    }
    return result
  }

  /// The literal text before the first expression (all of it when there is none).
  public var leadingText: String {
    var result = ""
    for piece in pieces {
      guard case .text(let text) = piece else { break }
      result += text
    }
    return result
  }

  /// The source text of every expression.
  public var expressions: [String] {
    pieces.compactMap { if case .expression(let text) = $0 { return text } else { return nil } }
  }

  /// The string shown in messages: literal text with each expression as `{…}` (Python) or `${…}`.
  public func display(for language: Language) -> String {
    pieces.map { piece in
      switch piece {
      case .text(let text): return text
      case .expression(let text): return language == .python ? "{\(text)}" : "${\(text)}"
      }
    }.joined()
  }
}

extension ValueReader {
  /// The string values an expression may take, following names bound earlier in the file: one template for a
  /// literal, f-string, template literal or concatenation; one per string operand of a fallback
  /// (`props?.bucket || 'default'`, `name or "default"`, `a ?? 'b'`). Empty when the value is not a string the
  /// code spells out.
  package func stringTemplates(_ tokens: Range<Int>) -> [StringTemplate] {
    let resolved = resolve(tokens)
    guard !resolved.isEmpty else { return [] }
    let alternatives = splitTopLevel(resolved) { index in
      file.isOp(index, "||") || file.isOp(index, "??") || file.isName(index, "or")
    }
    if alternatives.count > 1 {
      return alternatives.flatMap { alternative in
        stringTemplate(alternative, depth: 0).map { [$0] } ?? stringTemplates(alternative)
      }
    }
    return stringTemplate(resolved, depth: 0).map { [$0] } ?? []
  }

  /// The single template a value is, following names; nil when it is not a string the code spells out.
  package func stringTemplate(_ tokens: Range<Int>, depth: Int) -> StringTemplate? {
    guard depth < 4, !tokens.isEmpty, let range = file.byteRange(tokens: tokens) else { return nil }
    let value = depth == 0 ? tokens : resolve(tokens)
    // One string token.
    if value.count == 1, file.tokens[value.lowerBound].kind == .string {
      guard let pieces = pieces(ofStringToken: value.lowerBound) else { return nil }
      return StringTemplate(pieces: pieces, tokens: value, range: file.byteRange(tokens: value) ?? range,
        singleToken: value.lowerBound)
    }
    // `pulumi.interpolate` followed by a template literal.
    if value.count >= 2, file.tokens[value.upperBound - 1].kind == .string,
      file.tokens[value.upperBound - 1].flags.contains(.template), isDottedName(value.lowerBound..<(value.upperBound - 1)),
      let pieces = pieces(ofStringToken: value.upperBound - 1) {
      return StringTemplate(pieces: pieces, tokens: value, range: file.byteRange(tokens: value) ?? range, singleToken: nil)
    }
    // `Output.concat(a, b)`, `pulumi.concat(a, b)`.
    if let call = file.callIndex(spanning: value).map({ file.calls[$0] }), let callee = call.callee,
      callee.last.name == "concat", call.arguments.allSatisfy({ $0.label == nil && !$0.isSpread }) {
      var pieces: [StringTemplate.Piece] = []
      for argument in call.arguments {
        pieces += operandPieces(argument.valueTokens, depth: depth)
      }
      guard pieces.contains(where: { if case .text = $0 { return true } else { return false } }) else { return nil }
      return StringTemplate(pieces: merged(pieces), tokens: value, range: file.byteRange(tokens: value) ?? range, singleToken: nil)
    }
    // `"prefix-" + name + "-suffix"`.
    let operands = splitTopLevel(value) { file.isOp($0, "+") }
    guard operands.count > 1, operands.allSatisfy({ !$0.isEmpty }) else { return nil }
    var pieces: [StringTemplate.Piece] = []
    var hasString = false
    for operand in operands {
      if operand.count == 1, file.tokens[operand.lowerBound].kind == .string { hasString = true }
      pieces += operandPieces(operand, depth: depth)
    }
    guard hasString else { return nil }
    return StringTemplate(pieces: merged(pieces), tokens: value, range: file.byteRange(tokens: value) ?? range, singleToken: nil)
  }

  /// The pieces one operand of a concatenation contributes: its own pieces when it is a string (or a name bound
  /// to one), else the operand as an expression.
  private func operandPieces(_ operand: Range<Int>, depth: Int) -> [StringTemplate.Piece] {
    if let template = stringTemplate(operand, depth: depth + 1) { return template.pieces }
    return [.expression(file.text(tokens: operand))]
  }

  /// Adjacent text pieces joined.
  private func merged(_ pieces: [StringTemplate.Piece]) -> [StringTemplate.Piece] {
    var result: [StringTemplate.Piece] = []
    for piece in pieces {
      if case .text(let text) = piece, let last = result.last, case .text(let previous) = last {
        result[result.count - 1] = .text(previous + text)
      } else {
        result.append(piece)
      }
    }
    return result
  }

  /// The tokens of `range` split at top-level tokens `isSeparator` accepts (brackets are skipped whole).
  package func splitTopLevel(_ range: Range<Int>, isSeparator: (Int) -> Bool) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = range.lowerBound
    var index = range.lowerBound
    while index < range.upperBound {
      if file.tokens[index].kind == .op, isOpener(index) {
        let (closer, isClosed) = file.closer(of: index)
        guard isClosed, closer < range.upperBound else { return [range] }
        index = closer + 1
        continue
      }
      if isSeparator(index) {
        parts.append(start..<index)
        start = index + 1
      }
      index += 1
    }
    parts.append(start..<range.upperBound)
    return parts
  }

  private func isOpener(_ index: Int) -> Bool {
    file.isOp(index, "(") || file.isOp(index, "[") || file.isOp(index, "{")
  }

  /// The pieces of a string token: text and `{…}` / `${…}` interpolations; nil for bytes literals and
  /// unterminated strings.
  package func pieces(ofStringToken index: Int) -> [StringTemplate.Piece]? {
    let token = file.tokens[index]
    guard token.kind == .string, !token.flags.contains(.bytes), !token.flags.contains(.unterminated),
      let content = file.stringContentRange(token: index) else { return nil }
    guard token.flags.contains(.interpolated) else { return [.text(file.text(content))] }
    let bytes = file.bytes
    let isPython = file.language == .python
    var pieces: [StringTemplate.Piece] = []
    var text: [UInt8] = []
    var offset = content.start
    while offset < content.end {
      let byte = bytes[offset]
      if !isPython && byte == UInt8(ascii: "\\") && offset + 1 < content.end {
        text.append(byte)
        text.append(bytes[offset + 1])
        offset += 2
        continue
      }
      if isPython && (byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")) && offset + 1 < content.end
        && bytes[offset + 1] == byte {
        text.append(byte)
        offset += 2
        continue
      }
      let opensExpression = isPython
        ? byte == UInt8(ascii: "{")
        : byte == UInt8(ascii: "$") && offset + 1 < content.end && bytes[offset + 1] == UInt8(ascii: "{")
      guard opensExpression else {
        text.append(byte)
        offset += 1
        continue
      }
      if !text.isEmpty {
        pieces.append(.text(String(decoding: text, as: UTF8.self)))
        text.removeAll()
      }
      let expressionStart = offset + (isPython ? 1 : 2)
      var depth = 1
      var cursor = expressionStart
      var specStart = -1
      while cursor < content.end {
        let inner = bytes[cursor]
        if inner == UInt8(ascii: "{") || inner == UInt8(ascii: "(") || inner == UInt8(ascii: "[") {
          depth += 1
        } else if inner == UInt8(ascii: "}") || inner == UInt8(ascii: ")") || inner == UInt8(ascii: "]") {
          depth -= 1
          if depth == 0 { break }
        } else if isPython && depth == 1 && specStart < 0 && (inner == UInt8(ascii: "!") || inner == UInt8(ascii: ":"))
          && cursor + 1 < content.end && bytes[cursor + 1] != UInt8(ascii: "=") {
          // A conversion or format spec ends the expression; keep scanning for the closing brace.
          specStart = cursor
        }
        cursor += 1
      }
      guard cursor < content.end else { return nil }
      let end = specStart >= 0 ? specStart : cursor
      let expression = String(decoding: bytes[expressionStart..<end], as: UTF8.self)
      pieces.append(.expression(expression.trimmingCharacters(in: " ")))
      offset = cursor + 1
    }
    if !text.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))) }
    return pieces
  }
}

extension String {
  /// The string without `character` at either end.
  package func trimmingCharacters(in character: Character) -> String {
    // ASCII other than a line break is one character a byte: trim the bytes.
    if let byte = character.asciiValue, byte != 10, byte != 13 {
      let bytes = utf8
      // A string that starts or ends with the character starts or ends with its byte, whatever else it holds.
      guard bytes.first == byte || bytes.last == byte else { return self }
      if !bytes.contains(where: { $0 >= 0x80 }) {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end && bytes[start] == byte { start = bytes.index(after: start) }
        while end > start && bytes[bytes.index(before: end)] == byte { end = bytes.index(before: end) }
        return String(self[start..<end])
      }
    }
    var slice = Substring(self)
    while slice.first == character { slice = slice.dropFirst() }
    while slice.last == character { slice = slice.dropLast() }
    return String(slice)
  }
}
