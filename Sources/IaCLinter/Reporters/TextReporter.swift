import IaCModel
import IaCRules
import IaCSyntax

/// The default output: one line per finding, `path:line:col: CODE [severity] message (rule-name)`, then a summary.
public struct TextReporter: Sendable {
  public init() {}

  /// The finding lines, each ending in a newline.
  public func renderDiagnostics(_ diagnostics: [Diagnostic], documents: [String: [UInt8]]) -> String {
    let converter = PositionConverter(documents: documents)
    var output = ""
    for diagnostic in diagnostics {
      let start = converter.position(diagnostic.path, diagnostic.range.start)
      output += "\(diagnostic.path):\(start.line):\(start.column): \(diagnostic.code) [\(diagnostic.severity.rawValue)] "
      output += "\(diagnostic.message) (\(diagnostic.name))\n"
    }
    return output
  }

  /// The closing summary: counts by severity, files checked, and how many findings a fix would resolve.
  public func renderSummary(_ diagnostics: [Diagnostic], files: Int, unsafeFixes: Bool) -> String {
    let fileWord = files == 1 ? "file" : "files"
    guard !diagnostics.isEmpty else { return "All checks passed; \(files) \(fileWord) checked.\n" }
    var counts: [String] = []
    for severity in Severity.allCases {
      let count = diagnostics.filter { $0.severity == severity }.count
      guard count > 0 else { continue }
      let word = count == 1 ? severity.rawValue : (severity == .info ? "info" : severity.rawValue + "s")
      counts.append("\(count) \(word)")
    }
    let findingWord = diagnostics.count == 1 ? "finding" : "findings"
    var output = "Found \(diagnostics.count) \(findingWord) (\(counts.joined(separator: ", "))); \(files) \(fileWord) checked.\n"
    let safe = diagnostics.filter { $0.fix?.applicability == .safe }.count
    let unsafe = diagnostics.filter { $0.fix?.applicability == .unsafe }.count
    if unsafeFixes && safe + unsafe > 0 {
      output += "[*] \(safe + unsafe) fixable with `--fix --unsafe-fixes`.\n"
    } else if safe > 0 {
      output += "[*] \(safe) fixable with `--fix`" + (unsafe > 0 ? " (\(unsafe) more with `--unsafe-fixes`).\n" : ".\n")
    } else if unsafe > 0 {
      output += "\(unsafe) fixable with `--fix --unsafe-fixes`.\n"
    }
    return output
  }
}
