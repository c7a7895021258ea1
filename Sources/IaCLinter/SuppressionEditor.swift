import Foundation
import IaCModel
import IaCRules
import IaCSyntax

/// Writes suppression comments: adds a code to the `iaclsp: ignore[...]` comment on a line, or adds a comment at
/// the end of the line (alone on the line above when the line ends inside a string or with a continuation).
package struct SuppressionEditor {
  package let file: SourceFile

  package init(file: SourceFile) {
    self.file = file
  }

  /// The edit that suppresses `code` on the line holding `offset`, or nil when the line already names it.
  package func edit(suppressing code: String, at offset: Int) -> Edit? {
    edit(suppressing: [code], at: offset)
  }

  /// The edit that suppresses `codes` on the line holding `offset`, or nil when the line already names them all.
  package func edit(suppressing codes: [String], at offset: Int) -> Edit? {
    let line = file.line(of: offset)
    guard let lineRange = file.lineTable.range(ofLine: line, in: file.bytes) else { return nil }
    let marker = file.language.lineCommentMarker
    // An existing `iaclsp: ignore[...]` comment on the line: add the code to its list.
    for token in file.tokens where token.kind == .comment && Int(token.start) >= lineRange.start && Int(token.start) <= lineRange.end {
      let text = file.text(token.range)
      guard let ignore = text.range(of: "iaclsp: ignore[") ?? text.range(of: "iaclsp:ignore["),
        let close = text[ignore.upperBound...].firstIndex(of: "]") else { continue }
      let inside = text[ignore.upperBound..<close]
      let present = Set(inside.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
      let missing = codes.filter { !present.contains($0) }
      if missing.isEmpty { return nil }
      let closeOffset = Int(token.start) + text.utf8.distance(from: text.startIndex, to: close)
      let separator = inside.trimmingCharacters(in: .whitespaces).isEmpty ? "" : ", "
      return Edit.insert(separator + missing.joined(separator: ", "), at: closeOffset)
    }
    let list = codes.joined(separator: ", ")
    let lineText = file.text(lineRange)
    let endsInString = file.tokens.contains { token in
      token.kind == .string && Int(token.start) < lineRange.end && Int(token.end) > lineRange.end
    }
    if endsInString || lineText.hasSuffix("\\") {
      // Alone on the line above, at the same indentation.
      let indentation = String(lineText.prefix { $0 == " " || $0 == "\t" })
      return Edit.insert("\(indentation)\(marker) iaclsp: ignore[\(list)]\n", at: file.lineTable.lineStarts[line])
    }
    return Edit.insert("  \(marker) iaclsp: ignore[\(list)]", at: lineRange.end)
  }
}
