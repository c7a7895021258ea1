import IaCSyntax

/// A document's bytes with their line table: converts between UTF-8 byte offsets (what iaclsp stores) and LSP
/// positions in the negotiated encoding. Conversions clamp: a position past the end of its line is the line's end,
/// a line past the end of the document is the document's end, and a position inside a character is its start.
public struct DocumentText: Sendable {
  public let bytes: [UInt8]
  public let lineTable: LineTable

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    self.lineTable = LineTable(bytes)
  }

  public init(_ text: String) {
    self.init(bytes: Array(text.utf8))
  }

  /// The byte offset of `position`, clamped into the document.
  public func offset(of position: Position, encoding: PositionEncoding) -> Int {
    if position.line < 0 { return 0 }
    if position.line >= lineTable.lineCount { return bytes.count }
    guard let line = lineTable.range(ofLine: position.line, in: bytes) else { return bytes.count }
    var remaining = max(0, position.character)
    var index = line.start
    while index < line.end && remaining > 0 {
      let length = min(DocumentText.sequenceLength(bytes[index]), line.end - index)
      let units: Int
      switch encoding {
      case .utf8: units = length
      case .utf16: units = length == 4 ? 2 : 1
      }
      // A position inside a character (half a surrogate pair, the middle of a UTF-8 sequence) is its start.
      if units > remaining { break }
      remaining -= units
      index += length
    }
    return index
  }

  /// The position of a byte offset, clamped into the document.
  public func position(of offset: Int, encoding: PositionEncoding) -> Position {
    let offset = max(0, min(offset, bytes.count))
    let line = lineTable.line(containing: offset)
    switch encoding {
    case .utf8:
      return Position(line: line, character: offset - lineTable.lineStarts[line])
    case .utf16:
      return Position(line: line, character: lineTable.utf16Column(of: offset, in: bytes))
    }
  }

  /// The LSP range of a byte range.
  public func range(of range: TextRange, encoding: PositionEncoding) -> LSPRange {
    LSPRange(start: position(of: range.start, encoding: encoding), end: position(of: range.end, encoding: encoding))
  }

  /// The byte range of an LSP range; an inverted range is put in order.
  public func textRange(of range: LSPRange, encoding: PositionEncoding) -> TextRange {
    let a = offset(of: range.start, encoding: encoding)
    let b = offset(of: range.end, encoding: encoding)
    return TextRange(start: min(a, b), end: max(a, b))
  }

  /// The length of the UTF-8 sequence a byte starts; 1 for a continuation or invalid byte.
  static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0..<0x80: return 1
    case 0xC0..<0xE0: return 2
    case 0xE0..<0xF0: return 3
    case 0xF0..<0xF8: return 4
    default: return 1
    }
  }
}
