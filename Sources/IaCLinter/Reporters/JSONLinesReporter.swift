import IaCModel
import IaCRules
import IaCSyntax

/// `--format json-lines`: one diagnostic object per line, the same objects as in ``JSONReporter``'s
/// `diagnostics`, so a consumer can stream them. No findings, no lines.
public struct JSONLinesReporter: Sendable {
  public init() {}

  public func render(_ diagnostics: [Diagnostic], documents: [String: [UInt8]]) -> String {
    let converter = PositionConverter(documents: documents)
    return diagnostics.map { JSONReporter.diagnosticObject($0, converter: converter) + "\n" }.joined()
  }
}
