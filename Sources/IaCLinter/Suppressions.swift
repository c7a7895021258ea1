import IaCModel
import IaCRules
import IaCSyntax

/// The suppression comments of one file: `# iaclsp: ignore[IAC101]` (or `// …` in TypeScript) on a finding's
/// line or the line above it, a bare `iaclsp: ignore` for every rule, and `iaclsp: ignore-file` near the top
/// (optionally with codes) for the whole file. Codes and rule names may be mixed, comma separated.
public struct Suppressions: Sendable {
  /// One suppression comment.
  public struct Entry: Sendable {
    /// The zero-based lines it covers: its own, and the next one when the comment stands on a line of its own.
    public var lines: ClosedRange<Int>
    /// The rule codes it names, or nil for all rules.
    public var codes: Set<String>?
    /// The comment's range.
    public var range: TextRange
  }

  public private(set) var entries: [Entry] = []
  /// `ignore-file`: nil when absent, an empty set for all rules, else the codes.
  public private(set) var fileCodes: Set<String>?
  /// Names in suppressions that are not rules, with where they stand.
  public private(set) var unknown: [(name: String, range: TextRange)] = []

  /// How many lines from the top an `ignore-file` comment may stand.
  static let fileDirectiveLineLimit = 20

  /// Reads the suppressions of `file`, resolving names through `registry`.
  public init(file: SourceFile, registry: RuleRegistry) {
    let marker = Array("iaclsp:".utf8)
    for index in file.tokens.indices where file.tokens[index].kind == .comment {
      let token = file.tokens[index]
      let bytes = file.bytes
      var start = Int(token.start)
      let end = Int(token.end)
      // Find "iaclsp:" in the comment.
      var found = -1
      while start + marker.count <= end {
        if bytes[start] == marker[0] && bytes[start..<(start + marker.count)].elementsEqual(marker) {
          found = start
          break
        }
        start += 1
      }
      guard found >= 0 else { continue }
      var cursor = found + marker.count
      while cursor < end && bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
      let word = readWord(bytes, &cursor, end)
      guard word == "ignore" || word == "ignore-file" else { continue }
      var codes: Set<String>?
      if cursor < end && bytes[cursor] == UInt8(ascii: "[") {
        let listStart = cursor + 1
        var listEnd = listStart
        while listEnd < end && bytes[listEnd] != UInt8(ascii: "]") { listEnd += 1 }
        var names = Set<String>()
        var itemStart = listStart
        for position in listStart...listEnd where position == listEnd || bytes[position] == UInt8(ascii: ",") {
          var a = itemStart
          var b = position
          while a < b && bytes[a] == UInt8(ascii: " ") { a += 1 }
          while b > a && bytes[b - 1] == UInt8(ascii: " ") { b -= 1 }
          if b > a {
            let name = String(decoding: bytes[a..<b], as: UTF8.self)
            if let code = registry.code(forCodeOrName: name) {
              names.insert(code)
            } else {
              unknown.append((name, TextRange(start: a, end: b)))
            }
          }
          itemStart = position + 1
        }
        codes = names
      }
      let line = file.line(of: Int(token.start))
      if word == "ignore-file" {
        guard line < Suppressions.fileDirectiveLineLimit else { continue }
        if let codes {
          fileCodes = (fileCodes ?? []).union(codes)
          if fileCodes!.isEmpty { fileCodes = nil }
        } else {
          fileCodes = []
        }
        continue
      }
      if codes?.isEmpty == true { continue }
      // A comment alone on its line also covers the next line; a trailing one (or one followed by code) only its own.
      let next = index + 1
      let endsLine = next >= file.tokens.count || file.tokens[next].kind == .newline
        || file.line(of: Int(file.tokens[next].start)) != file.line(of: Int(token.end))
      let ownLine = file.startsLine(index) && endsLine
      entries.append(Entry(lines: line...(ownLine ? line + 1 : line), codes: codes, range: token.range))
    }
  }

  private func readWord(_ bytes: [UInt8], _ cursor: inout Int, _ end: Int) -> String {
    let start = cursor
    while cursor < end && (ByteClassPublic.isWordByte(bytes[cursor])) { cursor += 1 }
    return String(decoding: bytes[start..<cursor], as: UTF8.self)
  }

  /// Whether a finding of `code` starting on zero-based `line` is suppressed.
  public func suppresses(code: String, line: Int) -> Bool {
    if let fileCodes, fileCodes.isEmpty || fileCodes.contains(code) { return true }
    for entry in entries where entry.lines.contains(line) {
      if entry.codes == nil || entry.codes!.contains(code) { return true }
    }
    return false
  }
}

enum ByteClassPublic {
  static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte == UInt8(ascii: "-")
  }
}
