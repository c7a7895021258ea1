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

  /// The top-level scalars of `bytes`, by key.
  public static func read(_ bytes: [UInt8]) -> [String: Entry] {
    let table = LineTable(bytes)
    var entries: [String: Entry] = [:]
    var pendingKey: (String, TextRange)?
    for line in 0..<table.lineCount {
      guard let range = table.range(ofLine: line, in: bytes), !range.isEmpty else { continue }
      let text = Array(bytes[range.start..<range.end])
      if text.first == UInt8(ascii: "#") { continue }
      let indented = text.first == UInt8(ascii: " ") || text.first == UInt8(ascii: "\t")
      guard let colon = text.firstIndex(of: UInt8(ascii: ":")) else { continue }
      let key = String(decoding: text[..<colon], as: UTF8.self).trimmingSpaces()
      var valueStart = colon + 1
      while valueStart < text.count && text[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
      var valueEnd = text.count
      if let hash = text[valueStart...].firstIndex(of: UInt8(ascii: "#")), hash > valueStart, text[hash - 1] == UInt8(ascii: " ") {
        valueEnd = hash
      }
      while valueEnd > valueStart && text[valueEnd - 1] == UInt8(ascii: " ") { valueEnd -= 1 }
      var value = String(decoding: text[valueStart..<valueEnd], as: UTF8.self)
      var valueRange = TextRange(start: range.start + valueStart, end: range.start + valueEnd)
      if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
        value = String(value.dropFirst().dropLast())
        valueRange = TextRange(start: valueRange.start + 1, end: valueRange.end - 1)
      }
      let keyRange = TextRange(start: range.start, end: range.start + colon)
      if !indented {
        if value.isEmpty {
          pendingKey = (key, keyRange)
        } else {
          entries[key] = Entry(value: value, range: valueRange, keyRange: keyRange)
          pendingKey = nil
        }
      } else if let (parent, parentRange) = pendingKey, key == "name", !value.isEmpty {
        entries[parent] = Entry(value: value, range: valueRange, keyRange: parentRange)
      }
    }
    return entries
  }
}

extension String {
  func trimmingSpaces() -> String {
    var scalars = Substring(self)
    while scalars.first == " " || scalars.first == "\t" { scalars = scalars.dropFirst() }
    while scalars.last == " " || scalars.last == "\t" { scalars = scalars.dropLast() }
    return String(scalars)
  }
}
