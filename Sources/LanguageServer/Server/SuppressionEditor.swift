import Foundation
import IaCModel
import IaCRules
import IaCSyntax

/// Writes suppression comments: adds a code to the `iaclsp: ignore[...]` comment on a line, or adds a comment at
/// the end of the line (alone on the line above when the line ends inside a string or with a continuation).
struct SuppressionEditor {
  let file: SourceFile

  /// The edit that suppresses `code` on the line holding `offset`, or nil when the line already names it.
  func edit(suppressing code: String, at offset: Int) -> Edit? {
    let line = file.line(of: offset)
    guard let lineRange = file.lineTable.range(ofLine: line, in: file.bytes) else { return nil }
    let marker = file.language.lineCommentMarker
    // An existing `iaclsp: ignore[...]` comment on the line: add the code to its list.
    for token in file.tokens where token.kind == .comment && Int(token.start) >= lineRange.start && Int(token.start) <= lineRange.end {
      let text = file.text(token.range)
      guard let ignore = text.range(of: "iaclsp: ignore[") ?? text.range(of: "iaclsp:ignore["),
        let close = text[ignore.upperBound...].firstIndex(of: "]") else { continue }
      let inside = text[ignore.upperBound..<close]
      if inside.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == code }) { return nil }
      let closeOffset = Int(token.start) + text.utf8.distance(from: text.startIndex, to: close)
      let separator = inside.trimmingCharacters(in: .whitespaces).isEmpty ? "" : ", "
      return Edit.insert(separator + code, at: closeOffset)
    }
    let lineText = file.text(lineRange)
    let endsInString = file.tokens.contains { token in
      token.kind == .string && Int(token.start) < lineRange.end && Int(token.end) > lineRange.end
    }
    if endsInString || lineText.hasSuffix("\\") {
      // Alone on the line above, at the same indentation.
      let indentation = String(lineText.prefix { $0 == " " || $0 == "\t" })
      return Edit.insert("\(indentation)\(marker) iaclsp: ignore[\(code)]\n", at: file.lineTable.lineStarts[line])
    }
    return Edit.insert("  \(marker) iaclsp: ignore[\(code)]", at: lineRange.end)
  }
}
