import IaCModel
import IaCRules
import IaCSyntax

/// `--add-ignore`: a suppression comment for every current finding in a source file, so that a project with
/// findings can adopt iaclsp and fail only on new ones. Findings on one line share one comment; a line's
/// existing `iaclsp: ignore[...]` comment gets the new codes. Findings about suppression comments themselves and
/// findings in files that take no comments (`cdk.json`) are left alone.
public enum IgnoreAdder {
  /// The changes that add the comments, in path order; `fixedDiagnostics` lists the findings each silences.
  public static func plan(_ report: CheckReport) -> [FixSession.Change] {
    var changes: [FixSession.Change] = []
    let byPath = Dictionary(grouping: report.diagnostics.filter { !Linter.suppressionCodes.contains($0.code) }, by: \.path)
    for path in byPath.keys.sorted() {
      guard let file = report.sources[path], let findings = byPath[path] else { continue }
      let byLine = Dictionary(grouping: findings) { file.line(of: $0.range.start) }
      let editor = SuppressionEditor(file: file)
      var edits: [Edit] = []
      var silenced: [Diagnostic] = []
      for line in byLine.keys.sorted() {
        let lineFindings = byLine[line]!
        let codes = Array(Set(lineFindings.map(\.code))).sorted()
        guard let edit = editor.edit(suppressing: codes, at: lineFindings[0].range.start) else { continue }
        edits.append(edit)
        silenced += lineFindings
      }
      guard !edits.isEmpty else { continue }
      var bytes = file.bytes
      for edit in edits.sorted(by: { $0.range.start > $1.range.start }) {
        bytes.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.newText.utf8))
      }
      changes.append(FixSession.Change(path: path, original: file.bytes, fixed: bytes, fixedDiagnostics: silenced))
    }
    return changes
  }
}
