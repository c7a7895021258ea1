import IaCModel
import IaCRules
import IaCSyntax

/// Writes the values of a cache file: unsigned LEB128 integers and length-prefixed UTF-8 strings.
struct CacheWriter {
  var bytes: [UInt8] = []

  mutating func int(_ value: Int) {
    var rest = UInt64(bitPattern: Int64(value))
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func string(_ value: String) {
    int(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  mutating func optional(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }

  mutating func range(_ range: TextRange) {
    int(range.start)
    int(range.end)
  }

  mutating func diagnostic(_ diagnostic: Diagnostic) {
    string(diagnostic.code)
    string(diagnostic.name)
    string(diagnostic.severity.rawValue)
    string(diagnostic.path)
    range(diagnostic.range)
    string(diagnostic.message)
    string(diagnostic.url)
    bool(diagnostic.fix != nil)
    if let fix = diagnostic.fix {
      string(fix.title)
      string(fix.applicability.rawValue)
      int(fix.edits.count)
      for edit in fix.edits {
        optional(edit.path)
        range(edit.range)
        string(edit.newText)
        bool(edit.createsFile)
      }
    }
    let tags = diagnostic.tags.map(\.rawValue).sorted()
    int(tags.count)
    for tag in tags { string(tag) }
    int(diagnostic.related.count)
    for location in diagnostic.related {
      string(location.path)
      range(location.range)
      string(location.message)
    }
    bool(diagnostic.resource != nil)
    if let resource = diagnostic.resource {
      string(resource.type)
      optional(resource.id)
      string(resource.path)
    }
  }
}

/// Reads what a ``CacheWriter`` wrote; every read throws ``Malformed`` at the end of the bytes or on a value that
/// cannot be, so a truncated or foreign file is rejected, never trusted.
struct CacheReader {
  struct Malformed: Error {}

  let bytes: [UInt8]
  var offset: Int

  init(_ bytes: [UInt8], offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func int() throws(Malformed) -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < bytes.count, shift < 64 else { throw Malformed() }
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    return Int(Int64(bitPattern: value))
  }

  /// A count of items, each at least one byte long.
  mutating func count() throws(Malformed) -> Int {
    let value = try int()
    guard value >= 0, value <= bytes.count - offset else { throw Malformed() }
    return value
  }

  mutating func bool() throws(Malformed) -> Bool {
    guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
    offset += 1
    return bytes[offset - 1] == 1
  }

  mutating func string() throws(Malformed) -> String {
    let length = try count()
    defer { offset += length }
    return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
  }

  mutating func optional() throws(Malformed) -> String? {
    try bool() ? try string() : nil
  }

  mutating func textRange() throws(Malformed) -> TextRange {
    let start = try int()
    let end = try int()
    guard start >= 0, end >= start else { throw Malformed() }
    return TextRange(start: start, end: end)
  }

  mutating func diagnostic() throws(Malformed) -> Diagnostic {
    let code = try string()
    let name = try string()
    guard let severity = Severity(rawValue: try string()) else { throw Malformed() }
    let path = try string()
    let range = try textRange()
    let message = try string()
    let url = try string()
    var fix: Fix?
    if try bool() {
      let title = try string()
      guard let applicability = Applicability(rawValue: try string()) else { throw Malformed() }
      var edits: [Edit] = []
      for _ in 0..<(try count()) {
        let path = try optional()
        let range = try textRange()
        let newText = try string()
        edits.append(Edit(path: path, range: range, newText: newText, createsFile: try bool()))
      }
      fix = Fix(title: title, applicability: applicability, edits: edits)
    }
    var tags = Set<DiagnosticTag>()
    for _ in 0..<(try count()) {
      guard let tag = DiagnosticTag(rawValue: try string()) else { throw Malformed() }
      tags.insert(tag)
    }
    var related: [RelatedLocation] = []
    for _ in 0..<(try count()) {
      let path = try string()
      let range = try textRange()
      related.append(RelatedLocation(path: path, range: range, message: try string()))
    }
    var resource: ResourceReference?
    if try bool() {
      let type = try string()
      let id = try optional()
      resource = ResourceReference(type: type, id: id, path: try string())
    }
    return Diagnostic(
      code: code, name: name, severity: severity, path: path, range: range, message: message, url: url, fix: fix,
      tags: tags, related: related, resource: resource)
  }
}
