import IaCModel
import IaCRules
import IaCSyntax

/// Findings with the source line they point at, a caret underline and the fix title, as Ruff shows them.
///
/// ```
/// lib/stack.py:3:10: IAC101 [warning] `S3Origin` is deprecated (deprecated-s3-origin)
///   |
/// 3 | origin = origins.S3Origin(bucket)
///   |          ^^^^^^^^^^^^^^^^
///   = fix (safe): Use `S3BucketOrigin.with_origin_access_control`
/// ```
public struct CodeFrameReporter: Sendable {
  public init() {}

  public func render(_ diagnostics: [Diagnostic], documents: [String: [UInt8]]) -> String {
    let converter = PositionConverter(documents: documents)
    var output = ""
    for diagnostic in diagnostics {
      let (start, end) = converter.positions(diagnostic.path, diagnostic.range)
      output += "\(diagnostic.path):\(start.line):\(start.column): \(diagnostic.code) [\(diagnostic.severity.rawValue)] "
      output += "\(diagnostic.message) (\(diagnostic.name))\n"
      if let line = converter.lineText(diagnostic.path, start.line) {
        let number = String(start.line)
        let gutter = String(repeating: " ", count: number.count)
        let width = end.line == start.line ? max(1, end.column - start.column) : max(1, line.unicodeScalars.count - start.column + 1)
        let expanded = String(line.unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
        output += "\(gutter) |\n\(number) | \(expanded)\n"
        output += "\(gutter) | " + String(repeating: " ", count: start.column - 1) + String(repeating: "^", count: width) + "\n"
        if let fix = diagnostic.fix {
          output += "\(gutter) = fix (\(fix.applicability.rawValue)): \(fix.title)\n"
        }
      } else if let fix = diagnostic.fix {
        output += "  = fix (\(fix.applicability.rawValue)): \(fix.title)\n"
      }
      output += "\n"
    }
    return output
  }
}
