import IaCModel
import IaCRules
import IaCSyntax

/// The `--format json` output: `{"version": 1, "files": N, "diagnostics": [...]}`, one object for the whole run.
///
/// Each diagnostic has `code`, `name`, `severity`, `path`, `range` (1-based lines and character columns),
/// `message`, `url`, `fix` (`null` or `{"title", "applicability", "edits": [{"path", "range", "newText"}]}`) and
/// `resource` (`null`, or `{"type", "id", "path"}` for a finding about one resource; `id` is `null` when the source
/// does not spell it out).
public struct JSONReporter: Sendable {
  public init() {}

  /// The whole report as JSON text, followed by a newline.
  public func render(_ diagnostics: [Diagnostic], files: Int, documents: [String: [UInt8]]) -> String {
    let converter = PositionConverter(documents: documents)
    let items = diagnostics.map { Self.diagnosticObject($0, converter: converter) }
    return JSONText.object([
      ("version", "1"),
      ("files", String(files)),
      ("diagnostics", JSONText.array(items)),
    ]) + "\n"
  }

  /// One diagnostic as a JSON object.
  public static func diagnosticObject(_ diagnostic: Diagnostic, converter: PositionConverter) -> String {
    JSONText.object([
      ("code", JSONText.string(diagnostic.code)),
      ("name", JSONText.string(diagnostic.name)),
      ("severity", JSONText.string(diagnostic.severity.rawValue)),
      ("path", JSONText.string(diagnostic.path)),
      ("range", rangeObject(diagnostic.path, diagnostic.range, converter: converter)),
      ("message", JSONText.string(diagnostic.message)),
      ("url", JSONText.string(diagnostic.url)),
      ("fix", diagnostic.fix.map { fixObject($0, path: diagnostic.path, converter: converter) } ?? "null"),
      ("resource", diagnostic.resource.map(resourceObject) ?? "null"),
    ])
  }

  static func resourceObject(_ resource: ResourceReference) -> String {
    JSONText.object([
      ("type", JSONText.string(resource.type)),
      ("id", resource.id.map(JSONText.string) ?? "null"),
      ("path", JSONText.string(resource.path)),
    ])
  }

  static func rangeObject(_ path: String, _ range: TextRange, converter: PositionConverter) -> String {
    let (start, end) = converter.positions(path, range)
    return JSONText.object([
      ("start", JSONText.object([("line", String(start.line)), ("column", String(start.column))])),
      ("end", JSONText.object([("line", String(end.line)), ("column", String(end.column))])),
    ])
  }

  static func fixObject(_ fix: Fix, path: String, converter: PositionConverter) -> String {
    let edits = fix.edits.map { edit -> String in
      let editPath = edit.path ?? path
      let range = edit.createsFile ? TextRange.empty(at: 0) : edit.range
      return JSONText.object([
        ("path", JSONText.string(editPath)),
        ("range", rangeObject(edit.createsFile ? "" : editPath, range, converter: converter)),
        ("newText", JSONText.string(edit.newText)),
      ])
    }
    return JSONText.object([
      ("title", JSONText.string(fix.title)),
      ("applicability", JSONText.string(fix.applicability.rawValue)),
      ("edits", JSONText.array(edits)),
    ])
  }
}
