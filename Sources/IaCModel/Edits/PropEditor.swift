import IaCSyntax

/// Inserts, replaces or removes a prop of a resource in the file's own style: a keyword argument (Python) or an
/// object-literal member (TypeScript), with or without a trailing comma, on one line or one per line at the
/// indentation of its siblings. Every fix that touches props goes through it.
public struct PropEditor: Sendable {
  public let model: FileModel

  public init(_ model: FileModel) {
    self.model = model
  }

  var file: SourceFile { model.file }

  /// The edit that gives `prop` the value `valueText` (code in the file's language): its value replaced when it is
  /// set, else the prop added. Nil when the props cannot be edited (they come from a variable or a spread, or the
  /// call is not closed).
  public func set(_ prop: String, to valueText: String, on resource: Resource) -> Edit? {
    if let existing = resource.prop(prop) {
      return Edit.replace(existing.argument.value, with: valueText)
    }
    guard !resource.hasHiddenProps else { return nil }
    return add(prop, value: valueText, to: resource)
  }

  /// The edit that adds `prop` with `valueText`; nil when it is set already or the props cannot be edited.
  public func add(_ prop: String, value valueText: String, to resource: Resource) -> Edit? {
    guard resource.prop(prop) == nil else { return nil }
    let name = model.spelling(of: prop, for: resource)
    switch resource.propsLocation {
    case .keywords(let callIndex):
      let call = file.calls[callIndex]
      guard call.isClosed else { return nil }
      return insert("\(name)=\(valueText)", open: call.openToken, close: call.closeToken, braces: false)
    case .objectLiteral(let open, let close):
      return insert("\(name): \(valueText)", open: open, close: close, braces: true)
    case .none(let callIndex):
      let call = file.calls[callIndex]
      guard call.isClosed else { return nil }
      return insert("{ \(name): \(valueText) }", open: call.openToken, close: call.closeToken, braces: false)
    case .opaque:
      return nil
    }
  }

  /// The edit that removes `prop` and its separator; nil when it is not set.
  public func remove(_ prop: String, from resource: Resource) -> Edit? {
    guard let existing = resource.prop(prop) else { return nil }
    return remove(existing.argument)
  }

  /// A boolean literal in the file's language.
  public func literal(_ value: Bool) -> String {
    switch file.language {
    case .python: return value ? "True" : "False"
    case .typescript: return value ? "true" : "false"
    }
  }

  // MARK: Lists

  /// The edit inserting `text` as the last element of the bracketed list between tokens `open` and `close`.
  func insert(_ text: String, open: Int, close: Int, braces: Bool) -> Edit? {
    let tokens = file.tokens
    guard open < close, close < tokens.count, isBalanced(after: open, before: close) else { return nil }
    let last = previousSignificant(before: close, after: open)
    if last == open {
      // Empty: `f()`, `{}`; keep comments inside by inserting before the closer.
      let inner = braces ? " \(text) " : text
      if previousToken(before: close) == open {
        return Edit(range: TextRange(start: Int(tokens[open].end), end: Int(tokens[close].start)), newText: inner)
      }
      return Edit.insert(inner, at: Int(tokens[close].start))
    }
    let hasTrailingComma = file.isOp(last, ",")
    let lastEnd = Int(tokens[last].end)
    let multiLine = file.line(of: lastEnd) != file.line(of: Int(tokens[close].start))
    if multiLine, let first = firstElement(after: open, before: close), file.startsLine(first) {
      let indentation = self.indentation(ofLineAt: Int(tokens[first].start))
      let newline = file.bytes.contains(UInt8(ascii: "\r")) ? "\r\n" : "\n"
      let lineEnd = endOfLine(containing: lastEnd)
      if hasTrailingComma {
        return Edit.insert("\(newline)\(indentation)\(text),", at: lineEnd)
      }
      // A comma after the last element, then the new element on its own line after any comment on that line.
      let between = file.text(TextRange(start: lastEnd, end: lineEnd))
      return Edit(range: TextRange(start: lastEnd, end: lineEnd), newText: ",\(between)\(newline)\(indentation)\(text)")
    }
    if hasTrailingComma {
      return Edit.insert(" \(text)", at: lastEnd)
    }
    return Edit.insert(", \(text)", at: lastEnd)
  }

  /// The edit removing one argument or property with its comma: whole lines when it stands on lines of its own.
  func remove(_ argument: Argument) -> Edit {
    let tokens = file.tokens
    let bytes = file.bytes
    var start = argument.range.start
    var end = argument.range.end
    // The token after the argument: its comma, if any.
    var next = tokenIndex(startingAtOrAfter: end)
    let hasComma = next < tokens.count && file.isOp(next, ",")
    if hasComma {
      end = Int(tokens[next].end)
      next += 1
      while next < tokens.count && isTrivia(next) { next += 1 }
    }
    let lineStart = file.lineTable.lineStarts[file.line(of: start)]
    let alone = bytes[lineStart..<start].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    let lineEnd = endOfLine(containing: end)
    let restIsBlank = bytes[end..<lineEnd].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    if alone && restIsBlank && file.line(of: start) != file.line(of: Int(tokens[Swift.min(next, tokens.count - 1)].start)) {
      start = lineStart
      end = Swift.min(bytes.count, lineEnd + (lineEnd < bytes.count && bytes[lineEnd] == UInt8(ascii: "\r") ? 2 : 1))
      return Edit.delete(TextRange(start: start, end: end))
    }
    if hasComma {
      // `a, b` → `b`: take the spaces after the comma too.
      while end < bytes.count && (bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t")) { end += 1 }
      return Edit.delete(TextRange(start: start, end: end))
    }
    // The last element: take the comma before it.
    let previous = tokenIndex(endingAtOrBefore: start)
    if previous >= 0 && file.isOp(previous, ",") {
      start = Int(tokens[previous].start)
    }
    return Edit.delete(TextRange(start: start, end: end))
  }

  // MARK: Tokens

  /// Whether every bracket between two tokens closes before the second, and every string ends: in code cut short, a
  /// list can hold an opener that never closes or a string that runs on, and an element added after it would not be
  /// an element of the list.
  func isBalanced(after open: Int, before close: Int) -> Bool {
    var index = open + 1
    while index < close {
      if file.tokens[index].kind == .string && file.tokens[index].flags.contains(.unterminated) { return false }
      let byte = file.firstByte(of: index)
      if file.tokens[index].kind == .op, byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
        let (partner, isClosed) = file.closer(of: index)
        guard isClosed, partner < close else { return false }
        index = partner + 1
        continue
      }
      index += 1
    }
    return true
  }

  func isTrivia(_ index: Int) -> Bool {
    let kind = file.tokens[index].kind
    return kind == .comment || kind == .newline
  }

  func previousSignificant(before index: Int, after lower: Int) -> Int {
    var current = index - 1
    while current > lower && isTrivia(current) { current -= 1 }
    return current
  }

  func previousToken(before index: Int) -> Int {
    var current = index - 1
    while current >= 0 && file.tokens[current].kind == .newline { current -= 1 }
    return current
  }

  func firstElement(after open: Int, before close: Int) -> Int? {
    var current = open + 1
    while current < close && isTrivia(current) { current += 1 }
    return current < close ? current : nil
  }

  func tokenIndex(startingAtOrAfter offset: Int) -> Int {
    var low = file.firstToken(startingAtOrAfter: offset)
    while low < file.tokens.count && file.tokens[low].kind == .newline { low += 1 }
    return low
  }

  func tokenIndex(endingAtOrBefore offset: Int) -> Int {
    var index = tokenIndex(startingAtOrAfter: offset) - 1
    while index >= 0 && (file.tokens[index].kind == .newline || Int(file.tokens[index].end) > offset) { index -= 1 }
    return index
  }

  func endOfLine(containing offset: Int) -> Int {
    var end = offset
    while end < file.bytes.count && file.bytes[end] != UInt8(ascii: "\n") && file.bytes[end] != UInt8(ascii: "\r") { end += 1 }
    return end
  }

  func indentation(ofLineAt offset: Int) -> String {
    let lineStart = file.lineTable.lineStarts[file.line(of: offset)]
    var end = lineStart
    while end < file.bytes.count && (file.bytes[end] == UInt8(ascii: " ") || file.bytes[end] == UInt8(ascii: "\t")) { end += 1 }
    return String(decoding: file.bytes[lineStart..<end], as: UTF8.self)
  }
}
