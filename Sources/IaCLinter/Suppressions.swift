import IaCModel
import IaCRules
import IaCSyntax

/// The suppression comments of one file: `# iaclsp: ignore[IAC101]` (or `// …` in TypeScript) on a finding's
/// line or the line above it, a bare `iaclsp: ignore` for every rule, and `iaclsp: ignore-file` near the top
/// (optionally with codes) for the whole file. Codes and rule names may be mixed, comma separated. A reason may
/// follow after ` -- `: `# iaclsp: ignore[IAC101] -- migrating next sprint`.
public struct Suppressions: Sendable {
  /// One name in a suppression's list.
  public struct Item: Sendable {
    /// The rule code it resolves to, or nil when it names no rule.
    public var code: String?
    /// Where the name stands.
    public var range: TextRange
  }

  /// One suppression comment.
  public struct Entry: Sendable {
    /// The zero-based lines it covers: its own, and the next one when the comment stands on a line of its own.
    /// An `ignore-file` entry covers every line.
    public var lines: ClosedRange<Int>
    /// The rule codes it names, or nil for all rules.
    public var codes: Set<String>?
    /// The comment's range.
    public var range: TextRange
    /// The names in the list, in order (empty for a bare `ignore`).
    public var items: [Item] = []
    /// The reason after ` -- `, trimmed; nil when there is none.
    public var reason: String?
    /// Whether this is an `ignore-file` comment.
    public var isFileWide = false
    /// From `iaclsp:` to the end of the list (or of the word `ignore` for a bare one), before any reason.
    public var directiveRange: TextRange
    /// Whether the comment holds nothing but the directive and its reason.
    public var isWholeComment: Bool

    /// Whether the entry silences `code` on zero-based `line`.
    public func covers(code: String, line: Int) -> Bool {
      guard isFileWide || lines.contains(line) else { return false }
      return codes == nil || codes!.contains(code)
    }
  }

  /// The `ignore` comments, in file order.
  public private(set) var entries: [Entry] = []
  /// The `ignore-file` comments, in file order.
  public private(set) var fileEntries: [Entry] = []
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
      var end = Int(token.end)
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
      // A block comment's closing `*/` is not part of the reason.
      if end - Int(token.start) >= 4, bytes[Int(token.start)] == UInt8(ascii: "/"), bytes[Int(token.start) + 1] == UInt8(ascii: "*"),
        bytes[end - 2] == UInt8(ascii: "*"), bytes[end - 1] == UInt8(ascii: "/") {
        end -= 2
      }
      var cursor = found + marker.count
      while cursor < end && bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
      let word = readWord(bytes, &cursor, end)
      guard word == "ignore" || word == "ignore-file" else { continue }
      var codes: Set<String>?
      var items: [Item] = []
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
            let code = registry.code(forCodeOrName: name)
            if let code {
              names.insert(code)
            } else {
              unknown.append((name, TextRange(start: a, end: b)))
            }
            items.append(Item(code: code, range: TextRange(start: a, end: b)))
          }
          itemStart = position + 1
        }
        codes = names
        cursor = min(listEnd + 1, end)
      }
      let directiveRange = TextRange(start: found, end: cursor)
      let reason = Suppressions.reason(bytes, from: cursor, to: end)
      let isWholeComment = Suppressions.onlyCommentMarker(bytes, from: Int(token.start), to: found)
        && (reason != nil || Suppressions.blank(bytes, from: cursor, to: end))
      let line = file.line(of: Int(token.start))
      if word == "ignore-file" {
        guard line < Suppressions.fileDirectiveLineLimit else { continue }
        if let codes {
          fileCodes = (fileCodes ?? []).union(codes)
          if fileCodes!.isEmpty { fileCodes = nil }
        } else {
          fileCodes = []
        }
        if codes?.isEmpty != true {
          fileEntries.append(Entry(
            lines: line...line, codes: codes, range: token.range, items: items, reason: reason, isFileWide: true,
            directiveRange: directiveRange, isWholeComment: isWholeComment))
        }
        continue
      }
      if codes?.isEmpty == true { continue }
      // A comment alone on its line also covers the next line; a trailing one (or one followed by code) only its own.
      let next = index + 1
      let endsLine = next >= file.tokens.count || file.tokens[next].kind == .newline
        || file.line(of: Int(file.tokens[next].start)) != file.line(of: Int(token.end))
      let ownLine = file.startsLine(index) && endsLine
      entries.append(Entry(
        lines: line...(ownLine ? line + 1 : line), codes: codes, range: token.range, items: items, reason: reason,
        directiveRange: directiveRange, isWholeComment: isWholeComment))
    }
  }

  private func readWord(_ bytes: [UInt8], _ cursor: inout Int, _ end: Int) -> String {
    let start = cursor
    while cursor < end && (ByteClassPublic.isWordByte(bytes[cursor])) { cursor += 1 }
    return String(decoding: bytes[start..<cursor], as: UTF8.self)
  }

  /// The text after ` -- ` that follows the directive, trimmed; nil when there is none or it is empty.
  static func reason(_ bytes: [UInt8], from start: Int, to end: Int) -> String? {
    var cursor = start
    while cursor < end && (bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t")) { cursor += 1 }
    guard cursor + 1 < end, bytes[cursor] == UInt8(ascii: "-"), bytes[cursor + 1] == UInt8(ascii: "-") else { return nil }
    var a = cursor + 2
    var b = end
    while a < b && (bytes[a] == UInt8(ascii: " ") || bytes[a] == UInt8(ascii: "\t")) { a += 1 }
    while b > a && (bytes[b - 1] == UInt8(ascii: " ") || bytes[b - 1] == UInt8(ascii: "\t")) { b -= 1 }
    return a < b ? String(decoding: bytes[a..<b], as: UTF8.self) : nil
  }

  static func onlyCommentMarker(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
    bytes[start..<end].allSatisfy { [UInt8(ascii: "#"), UInt8(ascii: "/"), UInt8(ascii: "*"), UInt8(ascii: " "), UInt8(ascii: "\t")].contains($0) }
  }

  static func blank(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
    start >= end || bytes[start..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }

  /// Whether a finding of `code` starting on zero-based `line` is suppressed.
  public func suppresses(code: String, line: Int) -> Bool {
    if let fileCodes, fileCodes.isEmpty || fileCodes.contains(code) { return true }
    for entry in entries where entry.lines.contains(line) {
      if entry.codes == nil || entry.codes!.contains(code) { return true }
    }
    return false
  }

  /// The reason given for suppressing `code` on `line`: the first covering comment's reason.
  public func reason(code: String, line: Int) -> String? {
    (entries + fileEntries).first { $0.covers(code: code, line: line) && $0.reason != nil }?.reason
  }
}

enum ByteClassPublic {
  static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte == UInt8(ascii: "-")
  }
}
