import IaCModel
import IaCRules
import IaCSyntax

/// `--statistics`: how many findings each rule has, most first, as Ruff prints them.
///
/// ```
/// 3  IAC101  [*] deprecated-s3-origin
/// 1  IAC501  [-] missing-cdk-json
/// ```
///
/// `[*]` marks rules whose findings all have a safe fix, `[-]` rules with some fix (unsafe or for only some).
public struct StatisticsReporter: Sendable {
  /// One rule's count.
  public struct Row: Sendable, Hashable {
    public var code: String
    public var name: String
    /// The most serious severity among the rule's findings.
    public var severity: Severity
    public var count: Int
    /// How many of the findings have a fix of any applicability.
    public var fixable: Int
    /// How many have a safe fix.
    public var safelyFixable: Int
  }

  public init() {}

  /// Counts per rule, sorted by count (highest first), then code.
  public static func rows(_ diagnostics: [Diagnostic]) -> [Row] {
    var rows: [String: Row] = [:]
    for diagnostic in diagnostics {
      var row = rows[diagnostic.code] ?? Row(code: diagnostic.code, name: diagnostic.name, severity: diagnostic.severity, count: 0, fixable: 0, safelyFixable: 0)
      row.count += 1
      row.severity = min(row.severity, diagnostic.severity)
      if let fix = diagnostic.fix {
        row.fixable += 1
        if fix.applicability == .safe { row.safelyFixable += 1 }
      }
      rows[diagnostic.code] = row
    }
    return rows.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.code < $1.code }
  }

  /// The table as text, one rule a line; empty when there is no finding.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    let rows = Self.rows(diagnostics)
    let countWidth = rows.map { String($0.count).count }.max() ?? 0
    let codeWidth = rows.map(\.code.count).max() ?? 0
    return rows.map { row in
      let count = String(repeating: " ", count: countWidth - String(row.count).count) + String(row.count)
      let code = row.code + String(repeating: " ", count: codeWidth - row.code.count)
      let mark = row.safelyFixable == row.count ? "[*]" : (row.fixable > 0 ? "[-]" : "[ ]")
      return "\(count)  \(code)  \(mark) \(row.name)\n"
    }.joined()
  }

  /// The table as a JSON array of `{"code", "name", "severity", "count", "fixable"}`.
  public func renderJSON(_ diagnostics: [Diagnostic]) -> String {
    JSONText.array(Self.rows(diagnostics).map { row in
      JSONText.object([
        ("code", JSONText.string(row.code)),
        ("name", JSONText.string(row.name)),
        ("severity", JSONText.string(row.severity.rawValue)),
        ("count", String(row.count)),
        ("fixable", String(row.fixable)),
      ])
    }) + "\n"
  }
}
