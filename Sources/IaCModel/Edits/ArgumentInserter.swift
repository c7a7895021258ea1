import IaCSyntax

/// Builds the edit that adds a keyword argument (Python) or a property of the props object (TypeScript) to a
/// call, in the call's layout: on a new line with the other arguments' indentation when they stand one per line,
/// else inline.
public struct ArgumentInserter: Sendable {
  public let file: SourceFile

  public init(_ file: SourceFile) {
    self.file = file
  }

  /// The edit adding `name=value` (Python) or `name: value` (TypeScript) to `call`; nil when the call is not
  /// closed or its layout is not understood.
  public func edit(adding name: String, value: String, to call: Call) -> Edit? {
    guard call.isClosed else { return nil }
    switch file.language {
    case .python:
      return insert("\(name)=\(value)", intoListOpenedAt: call.openToken, closedAt: call.closeToken)
    case .typescript:
      // Into the props object literal when there is one, else as a new props argument.
      if let props = call.positional.last, file.isOp(props.valueTokens.lowerBound, "{"),
        file.objectProperties(tokens: props.valueTokens) != nil {
        let close = props.valueTokens.upperBound - 1
        return insert("\(name): \(value)", intoListOpenedAt: props.valueTokens.lowerBound, closedAt: close, spacedBraces: true)
      }
      return insert("{ \(name): \(value) }", intoListOpenedAt: call.openToken, closedAt: call.closeToken)
    }
  }

  package func insert(_ text: String, intoListOpenedAt open: Int, closedAt close: Int, spacedBraces: Bool = false) -> Edit? {
    let tokens = file.tokens
    // The last token inside the brackets that is not a comment or a line end (TypeScript keeps line ends inside
    // brackets as tokens).
    var last = close - 1
    while last > open && (tokens[last].kind == .comment || tokens[last].kind == .newline) { last -= 1 }
    let isEmpty = last == open
    if isEmpty {
      let inner = spacedBraces ? " \(text) " : text
      return Edit(range: TextRange(start: Int(tokens[open].end), end: Int(tokens[close].start)), newText: inner)
    }
    let hasTrailingComma = file.isOp(last, ",")
    let multiLine = file.line(of: Int(tokens[last].end)) != file.line(of: Int(tokens[close].start))
    if multiLine {
      // Indent like the first element, on a new line after the last one.
      var first = open + 1
      while first < close && (tokens[first].kind == .comment || tokens[first].kind == .newline) { first += 1 }
      let lineStart = file.lineTable.lineStarts[file.line(of: Int(tokens[first].start))]
      var indentEnd = lineStart
      while indentEnd < file.bytes.count && (file.bytes[indentEnd] == UInt8(ascii: " ") || file.bytes[indentEnd] == UInt8(ascii: "\t")) {
        indentEnd += 1
      }
      guard file.startsLine(first) else {
        return Edit.insert(hasTrailingComma ? " \(text)," : ", \(text)", at: Int(tokens[last].end))
      }
      let indentation = String(decoding: file.bytes[lineStart..<indentEnd], as: UTF8.self)
      let newline = file.bytes.contains(UInt8(ascii: "\r")) ? "\r\n" : "\n"
      let lastLineEnd = file.lineTable.range(ofLine: file.line(of: Int(tokens[last].end)), in: file.bytes)!.end
      if hasTrailingComma {
        return Edit.insert("\(newline)\(indentation)\(text),", at: lastLineEnd)
      }
      return Edit(range: TextRange(start: Int(tokens[last].end), end: Int(tokens[last].end)), newText: ",\(newline)\(indentation)\(text)")
    }
    if hasTrailingComma {
      return Edit.insert(" \(text)", at: Int(tokens[last].end))
    }
    return Edit.insert(", \(text)", at: Int(tokens[last].end))
  }
}
