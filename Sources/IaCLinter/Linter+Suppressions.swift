import IaCModel
import IaCRules
import IaCSyntax

/// Which codes of which suppression comments silenced a finding during one check.
struct SuppressionUsage {
  /// By comment start offset: the codes it silenced.
  var used: [Int: Set<String>] = [:]

  mutating func record(code: String, line: Int, in suppressions: Suppressions) {
    for entry in suppressions.entries + suppressions.fileEntries where entry.covers(code: code, line: line) {
      used[entry.range.start, default: []].insert(code)
    }
  }
}

extension Linter {
  /// The codes of the rules about suppression comments themselves; a suppression never judges them.
  static let suppressionCodes: Set<String> = [
    InvalidSuppressionRule.description.code, UnusedSuppressionRule.description.code,
    SuppressionWithoutReasonRule.description.code,
  ]

  /// Findings about the suppression comments of `file`: names that are no rule (IAC001), codes that silenced
  /// nothing although their rule ran (IAC002), and, with `require-reason`, comments without a reason (IAC003).
  func suppressionFindings(
    _ file: SourceFile,
    _ suppressions: Suppressions,
    usage: SuppressionUsage,
    ranCodes: Set<String>,
    options: RuleOptions
  ) -> [Diagnostic] {
    let turnedOff = settings.perFileIgnoredCodes(for: file.path, in: registry)
    func reports(_ code: String) -> Bool { enabledCodes.contains(code) && !turnedOff.contains(code) }
    var result: [Diagnostic] = []
    func add(_ diagnostic: Diagnostic) {
      var diagnostic = diagnostic
      // `ignore-file[IAC002]` and friends still apply to these findings.
      if suppressions.suppresses(code: diagnostic.code, line: file.line(of: diagnostic.range.start)) { return }
      if let severity = settings.severities[diagnostic.code] { diagnostic.severity = severity }
      result.append(diagnostic)
    }
    if reports(InvalidSuppressionRule.description.code) {
      for (name, range) in suppressions.unknown {
        add(InvalidSuppressionRule.description.diagnostic(
          path: file.path, range: range, message: "`\(name)` in a suppression comment is not an iaclsp rule code or name"))
      }
    }
    let entries = (suppressions.entries + suppressions.fileEntries).sorted { $0.range.start < $1.range.start }
    // Most files have no suppression: the codes to judge them by are worked out only for a file that has some.
    if !entries.isEmpty, reports(UnusedSuppressionRule.description.code) {
      let judged = ranCodes.subtracting(turnedOff).subtracting(Linter.suppressionCodes)
      for entry in entries {
        if let diagnostic = unusedSuppression(entry, in: file, used: usage.used[entry.range.start] ?? [], judged: judged) {
          add(diagnostic)
        }
      }
    }
    if options.requireReason, reports(SuppressionWithoutReasonRule.description.code) {
      for entry in entries where entry.reason == nil {
        add(SuppressionWithoutReasonRule.description.diagnostic(
          path: file.path, range: entry.directiveRange,
          message: "This suppression gives no reason; add one after ` -- ` (`require-reason` is on)"))
      }
    }
    return result
  }

  /// IAC002 for one comment: the codes it names whose rules ran on the file and found nothing it covers.
  func unusedSuppression(_ entry: Suppressions.Entry, in file: SourceFile, used: Set<String>, judged: Set<String>) -> Diagnostic? {
    guard entry.codes != nil else { return nil }  // A bare `ignore` may silence project findings: never judged.
    let unused = entry.items.filter { item in
      guard let code = item.code else { return false }
      return judged.contains(code) && !used.contains(code)
    }
    guard let first = unused.first else { return nil }
    let names = unused.map { "`\(file.text($0.range))`" }
    let description = UnusedSuppressionRule.description
    if unused.count == entry.items.count {
      let message = names.count == 1
        ? "Unused suppression: \(names[0]) found nothing to silence here"
        : "Unused suppression: \(names.joined(separator: ", ")) found nothing to silence here"
      let fix = Fix(title: "Remove the unused suppression", applicability: .safe, edits: [removal(of: entry, in: file)])
      return description.diagnostic(path: file.path, range: entry.directiveRange, message: message, fix: fix)
    }
    let kept = entry.items.filter { item in !unused.contains { $0.range == item.range } }
    let list = TextRange(start: entry.items[0].range.start, end: entry.items[entry.items.count - 1].range.end)
    let edit = Edit.replace(list, with: kept.map { file.text($0.range) }.joined(separator: ", "))
    let fix = Fix(
      title: unused.count == 1 ? "Remove \(names[0]) from the suppression" : "Remove \(names.joined(separator: ", ")) from the suppression",
      applicability: .safe, edits: [edit])
    let message = "Unused \(unused.count == 1 ? "code" : "codes") in suppression: \(names.joined(separator: ", ")) found nothing to silence here"
    return description.diagnostic(path: file.path, range: first.range, message: message, fix: fix)
  }

  /// The edit that deletes a suppression: its whole line when the comment stands alone on it, the comment and
  /// the spaces before it when it trails code, or just the directive and its reason when the comment says more.
  func removal(of entry: Suppressions.Entry, in file: SourceFile) -> Edit {
    let bytes = file.bytes
    func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    let line = file.line(of: entry.range.start)
    let lineStart = file.lineTable.lineStarts[line]
    var lineEnd = entry.range.end
    while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") && bytes[lineEnd] != UInt8(ascii: "\r") { lineEnd += 1 }
    guard entry.isWholeComment else {
      var start = entry.directiveRange.start
      while start > entry.range.start && isSpace(bytes[start - 1]) { start -= 1 }
      var end = entry.reason == nil ? entry.directiveRange.end : entry.range.end
      if entry.reason != nil, end - entry.range.start >= 2, bytes[end - 2] == UInt8(ascii: "*"), bytes[end - 1] == UInt8(ascii: "/") {
        end -= 2
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        start = min(start, end)
      }
      return .delete(TextRange(start: start, end: end))
    }
    let before = bytes[lineStart..<entry.range.start].allSatisfy(isSpace)
    let after = bytes[entry.range.end..<lineEnd].allSatisfy(isSpace)
    if before && after {
      // The whole line, with its line break.
      var end = lineEnd
      if end < bytes.count && bytes[end] == UInt8(ascii: "\r") { end += 1 }
      if end < bytes.count && bytes[end] == UInt8(ascii: "\n") { end += 1 }
      if end == lineEnd && lineStart > 0 {
        // The last line has no break: take the one before it.
        var start = lineStart - 1
        if start > 0 && bytes[start] == UInt8(ascii: "\n") && bytes[start - 1] == UInt8(ascii: "\r") { start -= 1 }
        return .delete(TextRange(start: start, end: end))
      }
      return .delete(TextRange(start: lineStart, end: end))
    }
    var start = entry.range.start
    while start > lineStart && isSpace(bytes[start - 1]) { start -= 1 }
    return .delete(TextRange(start: start, end: entry.range.end))
  }
}
