import IaCModel
import IaCRules
import IaCSyntax

/// Findings recorded at one point in time, so a CI job can report only the findings that are new since.
///
/// The file is JSON with one finding a line, sorted, so that it diffs well:
///
/// ```json
/// {"version": 1, "tool": "iaclsp", "findings": [
/// {"fingerprint": "5f0c1d2e3a4b5c6d", "code": "IAC101", "path": "lib/stack.py", "message": "`S3Origin` is deprecated: …"}
/// ]}
/// ```
///
/// Findings match by ``FindingFingerprint/base`` (rule, repository-relative path and the code of the finding
/// without whitespace), never by line number, so edits elsewhere in a file do not bring old findings back. A
/// fingerprint recorded twice hides two findings with that fingerprint; a third is new. `code`, `path` and
/// `message` are there for people reading the file.
public struct Baseline: Sendable, Equatable {
  /// One recorded finding.
  public struct Entry: Sendable, Hashable {
    public var fingerprint: String
    public var code: String
    public var path: String
    public var message: String

    public init(fingerprint: String, code: String, path: String, message: String) {
      self.fingerprint = fingerprint
      self.code = code
      self.path = path
      self.message = message
    }
  }

  /// What filtering left and what it hid.
  public struct Filtered: Sendable {
    /// Findings not in the baseline, in their original order.
    public var new: [Diagnostic]
    /// How many findings the baseline hid.
    public var hidden: Int
    /// How many baseline entries matched no finding (fixed since, or changed).
    public var unmatched: Int
  }

  public var entries: [Entry]

  public init(entries: [Entry]) {
    self.entries = entries.sorted { ($0.path, $0.code, $0.fingerprint, $0.message) < ($1.path, $1.code, $1.fingerprint, $1.message) }
  }

  /// The baseline of a report's findings.
  public init(_ diagnostics: [Diagnostic], documents: [String: [UInt8]], paths: ReportPaths) {
    let fingerprints = FindingFingerprint.compute(diagnostics, documents: documents, paths: paths)
    self.init(entries: zip(diagnostics, fingerprints).map { diagnostic, fingerprint in
      Entry(fingerprint: fingerprint.base, code: diagnostic.code, path: paths.relative(diagnostic.path), message: diagnostic.message)
    })
  }

  /// Reads a baseline file; throws a ``FileError`` saying what is wrong when it cannot be read or is not a baseline.
  public static func read(_ path: String) throws(FileError) -> Baseline {
    let bytes = try FileSystem.read(path)
    guard let json = JSONValue.parse(bytes) else {
      throw FileError(path: path, reason: "not a baseline: the file is not valid JSON")
    }
    guard case .number(let version, _)? = json["version"], version == "1" else {
      throw FileError(path: path, reason: "not a baseline: expected \"version\": 1 (write one with --write-baseline)")
    }
    guard case .array(let items, _)? = json["findings"] else {
      throw FileError(path: path, reason: "not a baseline: expected a \"findings\" array")
    }
    var entries: [Entry] = []
    for (index, item) in items.enumerated() {
      guard let fingerprint = item["fingerprint"]?.stringValue else {
        throw FileError(path: path, reason: "not a baseline: finding \(index + 1) has no \"fingerprint\" string")
      }
      entries.append(Entry(
        fingerprint: fingerprint,
        code: item["code"]?.stringValue ?? "",
        path: item["path"]?.stringValue ?? "",
        message: item["message"]?.stringValue ?? ""))
    }
    return Baseline(entries: entries)
  }

  /// The file's text.
  public func render() -> String {
    let lines = entries.map { entry in
      JSONText.object([
        ("fingerprint", JSONText.string(entry.fingerprint)),
        ("code", JSONText.string(entry.code)),
        ("path", JSONText.string(entry.path)),
        ("message", JSONText.string(entry.message)),
      ])
    }
    let findings = lines.isEmpty ? "[]" : "[\n" + lines.joined(separator: ",\n") + "\n]"
    return "{\"version\": 1, \"tool\": \"iaclsp\", \"findings\": \(findings)}\n"
  }

  /// The findings of a report that the baseline does not record.
  public func filter(_ diagnostics: [Diagnostic], documents: [String: [UInt8]], paths: ReportPaths) -> Filtered {
    var remaining: [String: Int] = [:]
    for entry in entries { remaining[entry.fingerprint, default: 0] += 1 }
    let fingerprints = FindingFingerprint.compute(diagnostics, documents: documents, paths: paths)
    var new: [Diagnostic] = []
    var hidden = 0
    for (diagnostic, fingerprint) in zip(diagnostics, fingerprints) {
      if let count = remaining[fingerprint.base], count > 0 {
        remaining[fingerprint.base] = count - 1
        hidden += 1
      } else {
        new.append(diagnostic)
      }
    }
    return Filtered(new: new, hidden: hidden, unmatched: remaining.values.reduce(0, +))
  }
}
