import IaCModel
import IaCRules
import IaCSyntax

/// Fingerprints of findings that survive unrelated edits: a hash of the rule code, the repository-relative path
/// and the finding's code with all whitespace removed, never its line number.
///
/// ``base`` is the same for two findings of one rule on identical code in one file; ``unique`` adds the
/// occurrence number among those (`a1b2c3d4e5f60718:2`), so each finding of a report has its own.
public struct FindingFingerprint: Sendable, Hashable {
  /// The hash of rule, path and normalised code, as 16 hexadecimal digits.
  public var base: String
  /// 1 for the first finding with this base in the report, 2 for the next, and so on.
  public var occurrence: Int

  /// `base:occurrence`.
  public var unique: String { "\(base):\(occurrence)" }

  /// The fingerprints of `diagnostics`, in their order. `documents` gives the code under each range; a finding in
  /// a file that is not among them is fingerprinted by its message instead.
  public static func compute(_ diagnostics: [Diagnostic], documents: [String: [UInt8]], paths: ReportPaths) -> [FindingFingerprint] {
    let converter = PositionConverter(documents: documents)
    var seen: [String: Int] = [:]
    return diagnostics.map { diagnostic in
      let base = hash(diagnostic, converter: converter, paths: paths)
      let occurrence = (seen[base] ?? 0) + 1
      seen[base] = occurrence
      return FindingFingerprint(base: base, occurrence: occurrence)
    }
  }

  /// The code a finding is on: the lines its range covers (at most five), without any whitespace.
  static func normalizedCode(_ diagnostic: Diagnostic, converter: PositionConverter) -> String {
    let (start, end) = converter.positions(diagnostic.path, diagnostic.range)
    var code = ""
    for line in start.line...max(start.line, min(end.line, start.line + 4)) {
      guard let text = converter.lineText(diagnostic.path, line) else { break }
      code.unicodeScalars.append(contentsOf: text.unicodeScalars.filter { !$0.properties.isWhitespace })
    }
    return code
  }

  static func hash(_ diagnostic: Diagnostic, converter: PositionConverter, paths: ReportPaths) -> String {
    var code = normalizedCode(diagnostic, converter: converter)
    if code.isEmpty { code = diagnostic.message }
    var hasher = FNV1a()
    for part in [diagnostic.code, paths.relative(diagnostic.path), code] {
      hasher.combine(Array(part.utf8))
      hasher.combine([0])
    }
    let hex = String(hasher.value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}

/// 64-bit FNV-1a: small, stable across runs and platforms (unlike `Hasher`).
struct FNV1a {
  var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func combine(_ bytes: [UInt8]) {
    for byte in bytes {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01b3
    }
  }
}
