/// Reads the top-level scalar keys of a small YAML file such as `Pulumi.yaml`, with their byte ranges.
///
/// This is not a YAML parser: it reads `key: value` lines at column 0 and, for a key whose value is a nested
/// mapping, its `name:` child (so `runtime:\n  name: python` reads as `runtime: python`). Quotes are removed.
public enum YAMLScalars {
  /// One scalar value and where it sits.
  public struct Entry: Sendable, Equatable {
    public var value: String
    public var range: TextRange
    /// The range of the key, for findings about a missing or wrong value.
    public var keyRange: TextRange
  }

  /// The top-level scalars of `bytes`, by key. Lines that are not `key: value` pairs are skipped; a leading byte
  /// order mark is ignored.
  public static func read(_ bytes: [UInt8]) -> [String: Entry] {
    let table = LineTable(bytes)
    var entries: [String: Entry] = [:]
    // The column-0 key whose value is a nested mapping, and the indentation of that mapping's keys once seen.
    var pending: (key: String, keyRange: TextRange, childIndent: Int?)?
    for line in 0..<table.lineCount {
      guard var range = table.range(ofLine: line, in: bytes) else { continue }
      if line == 0 && range.length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
        range.start += 3
      }
      let text = bytes[range.start..<range.end]
      var keyStart = text.startIndex
      while keyStart < text.endIndex && isBlank(text[keyStart]) { keyStart += 1 }
      // Blank lines and comments leave a pending nested mapping open.
      guard keyStart < text.endIndex, text[keyStart] != UInt8(ascii: "#") else { continue }
      guard let colon = text[keyStart...].firstIndex(of: UInt8(ascii: ":")) else { continue }
      var keyEnd = colon
      while keyEnd > keyStart && isBlank(text[keyEnd - 1]) { keyEnd -= 1 }
      let key = String(decoding: text[keyStart..<keyEnd], as: UTF8.self)
      let keyRange = TextRange(start: keyStart, end: keyEnd)
      let (value, valueRange) = scalar(bytes, from: colon + 1, to: text.endIndex)
      let indent = keyStart - text.startIndex
      if indent == 0 {
        if value.isEmpty {
          pending = (key, keyRange, nil)
        } else {
          entries[key] = Entry(value: value, range: valueRange, keyRange: keyRange)
          pending = nil
        }
      } else if var parent = pending {
        // Only the mapping's own keys count, not those of mappings nested deeper.
        let childIndent = parent.childIndent ?? indent
        parent.childIndent = childIndent
        pending = parent
        if indent == childIndent && key == "name" && !value.isEmpty {
          entries[parent.key] = Entry(value: value, range: valueRange, keyRange: parent.keyRange)
        }
      }
    }
    return entries
  }

  static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

  /// The scalar in `start..<end` after a colon, without quotes or a trailing comment, and its range.
  static func scalar(_ bytes: [UInt8], from start: Int, to end: Int) -> (String, TextRange) {
    var valueStart = start
    while valueStart < end && isBlank(bytes[valueStart]) { valueStart += 1 }
    if valueStart < end && (bytes[valueStart] == UInt8(ascii: "\"") || bytes[valueStart] == UInt8(ascii: "'")),
      let close = bytes[(valueStart + 1)..<end].firstIndex(of: bytes[valueStart]) {
      // A quoted scalar ends at its closing quote: a `#` inside it is text, not a comment.
      let range = TextRange(start: valueStart + 1, end: close)
      return (String(decoding: bytes[range.start..<range.end], as: UTF8.self), range)
    }
    var valueEnd = end
    var index = valueStart
    while index < end {
      if bytes[index] == UInt8(ascii: "#") && index > valueStart && isBlank(bytes[index - 1]) {
        valueEnd = index
        break
      }
      index += 1
    }
    while valueEnd > valueStart && isBlank(bytes[valueEnd - 1]) { valueEnd -= 1 }
    if valueStart < valueEnd && bytes[valueStart] == UInt8(ascii: "#") { valueEnd = valueStart }
    return (String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self), TextRange(start: valueStart, end: valueEnd))
  }
}
