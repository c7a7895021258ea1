import LanguageServer

/// Marker positions in a test source: `1️⃣` … `🔟` are removed from the text, and each is remembered as an LSP
/// position in the client's encoding (computed here independently of the server's conversions) and as a UTF-8
/// offset.
struct DocumentPositions {
  static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]

  let text: String
  let positions: [String: Position]
  let offsets: [String: Int]

  init(markedText: String, encoding: PositionEncoding) {
    var text = ""
    var positions: [String: Position] = [:]
    var offsets: [String: Int] = [:]
    var rest = Substring(markedText)
    while true {
      let next = DocumentPositions.markers.compactMap { marker in rest.range(of: marker).map { (marker, $0) } }
        .min { $0.1.lowerBound < $1.1.lowerBound }
      guard let (marker, range) = next else {
        text += rest
        break
      }
      text += rest[..<range.lowerBound]
      positions[marker] = DocumentPositions.position(atEndOf: text, encoding: encoding)
      offsets[marker] = text.utf8.count
      rest = rest[range.upperBound...]
    }
    self.text = text
    self.positions = positions
    self.offsets = offsets
  }

  subscript(marker: String) -> Position {
    guard let position = positions[marker] else { fatalError("no marker \(marker) in the test source") }
    return position
  }

  /// The position just after `prefix`, counting `\n`, `\r\n` and `\r` as line ends.
  static func position(atEndOf prefix: String, encoding: PositionEncoding) -> Position {
    var line = 0
    var lastLine = Substring(prefix)
    let scalars = Array(prefix.unicodeScalars)
    var index = 0
    var lineStart = prefix.unicodeScalars.startIndex
    var scalarIndex = prefix.unicodeScalars.startIndex
    while index < scalars.count {
      let scalar = scalars[index]
      let after = prefix.unicodeScalars.index(after: scalarIndex)
      if scalar == "\n" || (scalar == "\r" && !(index + 1 < scalars.count && scalars[index + 1] == "\n")) {
        line += 1
        lineStart = after
      }
      scalarIndex = after
      index += 1
    }
    lastLine = Substring(prefix.unicodeScalars[lineStart...])
    let character: Int
    switch encoding {
    case .utf8: character = lastLine.utf8.count
    case .utf16: character = lastLine.utf16.count
    }
    return Position(line: line, character: character)
  }

  /// The text with LSP edits applied (ranges in `encoding`), as a client applies them.
  static func apply(_ edits: [TextEdit], to text: String, encoding: PositionEncoding) -> String {
    var result = text
    for edit in edits.sorted(by: { $0.range.start > $1.range.start }) {
      let start = index(of: edit.range.start, in: result, encoding: encoding)
      let end = index(of: edit.range.end, in: result, encoding: encoding)
      result.replaceSubrange(start..<end, with: edit.newText)
    }
    return result
  }

  static func index(of position: Position, in text: String, encoding: PositionEncoding) -> String.Index {
    var lines = 0
    var index = text.startIndex
    while lines < position.line, let newline = text[index...].firstIndex(of: "\n") {
      index = text.index(after: newline)
      lines += 1
    }
    var remaining = position.character
    while remaining > 0, index < text.endIndex, text[index] != "\n" {
      let character = text[index]
      remaining -= encoding == .utf8 ? character.utf8.count : character.utf16.count
      index = text.index(after: index)
    }
    return index
  }
}
