import IaCModel
import IaCRules
import IaCSyntax

/// A GitLab Code Quality report (`artifacts: reports: codequality`): a JSON array with one issue per finding.
///
/// Each issue has `description` (`CODE message`), `check_name` (the rule name), `fingerprint` (unique in the
/// report and stable across unrelated edits, see ``FindingFingerprint``), `severity` (errors `critical`,
/// warnings `major`, info `minor`, hints `info`) and `location` with the repository-relative `path` and
/// `lines.begin`.
public struct GitLabReporter: Sendable {
  public let paths: ReportPaths

  public init(paths: ReportPaths) {
    self.paths = paths
  }

  /// The report, one issue per line inside the array, followed by a newline.
  public func render(_ diagnostics: [Diagnostic], documents: [String: [UInt8]]) -> String {
    let converter = PositionConverter(documents: documents)
    let fingerprints = FindingFingerprint.compute(diagnostics, documents: documents, paths: paths)
    let issues = zip(diagnostics, fingerprints).map { diagnostic, fingerprint in
      let (start, _) = converter.positions(diagnostic.path, diagnostic.range)
      return JSONText.object([
        ("type", JSONText.string("issue")),
        ("description", JSONText.string("\(diagnostic.code) \(diagnostic.message)")),
        ("check_name", JSONText.string(diagnostic.name)),
        ("fingerprint", JSONText.string(fingerprint.unique)),
        ("severity", JSONText.string(Self.severity(diagnostic.severity))),
        ("location", JSONText.object([
          ("path", JSONText.string(paths.relative(diagnostic.path))),
          ("lines", JSONText.object([("begin", String(start.line))])),
        ])),
      ])
    }
    if issues.isEmpty { return "[]\n" }
    return "[\n" + issues.joined(separator: ",\n") + "\n]\n"
  }

  /// Code Quality's severity for a finding's: `critical`, `major`, `minor` or `info`.
  public static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: return "critical"
    case .warning: return "major"
    case .info: return "minor"
    case .hint: return "info"
    }
  }
}
