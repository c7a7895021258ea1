import Foundation
import IaCModel
import IaCRules
import IaCSyntax

/// GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the pull request:
///
/// ```
/// ::error file=lib/stack.py,line=11,col=9,endLine=11,endColumn=25,title=IAC102 wrong-module-member::`LogGroup` …
/// ```
///
/// Errors become `::error`, warnings `::warning`, info and hints `::notice`. Columns are given only when the
/// finding starts and ends on one line, as GitHub requires. Property values and messages are escaped as the
/// Actions runner expects (``escapeData(_:)``, ``escapeProperty(_:)``).
public struct GitHubReporter: Sendable {
  public let paths: ReportPaths

  public init(paths: ReportPaths) {
    self.paths = paths
  }

  /// One command line per finding.
  public func render(_ diagnostics: [Diagnostic], documents: [String: [UInt8]]) -> String {
    let converter = PositionConverter(documents: documents)
    var output = ""
    for diagnostic in diagnostics {
      let (start, end) = converter.positions(diagnostic.path, diagnostic.range)
      var properties = [("file", paths.relative(diagnostic.path)), ("line", String(start.line))]
      if start.line == end.line {
        properties.append(("col", String(start.column)))
        properties.append(("endLine", String(end.line)))
        properties.append(("endColumn", String(end.column)))
      } else {
        properties.append(("endLine", String(end.line)))
      }
      properties.append(("title", "\(diagnostic.code) \(diagnostic.name)"))
      let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
      output += "::\(Self.command(for: diagnostic.severity)) \(list)::\(Self.escapeData(diagnostic.message))\n"
    }
    return output
  }

  /// The workflow command for a severity: `error`, `warning` or `notice`.
  public static func command(for severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info, .hint: return "notice"
    }
  }

  /// A message escaped for a workflow command: `%`, carriage return and line feed as `%25`, `%0D`, `%0A`.
  public static func escapeData(_ value: String) -> String {
    var result = ""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "%": result += "%25"
      case "\r": result += "%0D"
      case "\n": result += "%0A"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A property value escaped for a workflow command: as ``escapeData(_:)``, and `:` and `,` as `%3A` and `%2C`.
  public static func escapeProperty(_ value: String) -> String {
    escapeData(value).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
