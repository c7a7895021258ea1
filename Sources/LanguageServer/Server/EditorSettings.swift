import Foundation
import IaCLinter
import IaCModel
import IaCRules
import JSONRPC

/// The settings an editor sends under the section `iaclsp` (through `workspace/configuration`,
/// `workspace/didChangeConfiguration` or `initializationOptions`):
///
/// ```json
/// {"select": ["IAC1", "IAC5"], "ignore": ["IAC401"], "severity": {"IAC101": "error", "placeholder-test": "hint"},
///  "maxFileSize": 16777216}
/// ```
///
/// They apply on top of the project's configuration file, as the command line's options do. `maxFileSize` (or
/// `max-file-size`) is the size in bytes above which a document is not checked, as `--max-file-size` is for the
/// command line.
public struct EditorSettings: Sendable, Equatable {
  public var select: [String]?
  public var ignore: [String]
  /// Severity overrides by rule code.
  public var severities: [String: Severity]
  /// Documents larger than this many bytes are not checked.
  public var maxFileSize = CheckOptions().maxFileSize
  /// Whether inlay hints show the documented defaults of unset props (`iaclsp.inlayHints.defaults`).
  public var inlayHintDefaults = true
  /// Values that could not be used, to tell the user.
  public var problems: [String]

  public init(select: [String]? = nil, ignore: [String] = [], severities: [String: Severity] = [:]) {
    self.select = select
    self.ignore = ignore
    self.severities = severities
    self.problems = []
  }

  /// Reads settings JSON. Accepts the section itself or an object holding it under `iaclsp`; unknown values are
  /// noted in ``problems`` and skipped.
  public init(json: JSONAny, registry: RuleRegistry = .shared) {
    self.init()
    var section = json
    if !json["iaclsp"].isNull { section = json["iaclsp"] }
    guard section.objectValue != nil else { return }
    if let select = EditorSettings.list(section["select"]) { self.select = select }
    ignore = EditorSettings.list(section["ignore"]) ?? []
    if let severities = section["severity"].objectValue {
      for (key, value) in severities.sorted(by: { $0.key < $1.key }) {
        guard let code = registry.code(forCodeOrName: key) else {
          problems.append("unknown rule `\(key)` in `iaclsp.severity`")
          continue
        }
        guard let name = value.stringValue, let severity = Severity(rawValue: name.lowercased()) else {
          problems.append("`iaclsp.severity.\(key)` must be error, warning, info or hint")
          continue
        }
        self.severities[code] = severity
      }
    }
    let size = section["maxFileSize"].isNull ? section["max-file-size"] : section["maxFileSize"]
    if !size.isNull {
      if let bytes = size.intValue, bytes > 0 {
        maxFileSize = bytes
      } else {
        problems.append("`iaclsp.maxFileSize` must be a positive number of bytes")
      }
    }
    let defaults = section["inlayHints"]["defaults"]
    if !defaults.isNull {
      if let value = defaults.boolValue { inlayHintDefaults = value } else {
        problems.append("`iaclsp.inlayHints.defaults` must be true or false")
      }
    }
    let probe = LinterSettings(select: select, ignore: ignore)
    for selector in probe.unknownSelectors(in: registry) {
      problems.append("unknown rule selector `\(selector)` in iaclsp settings")
    }
  }

  /// The `iaclsp` section of `json` with the settings it leaves out taken from `base` (the
  /// `initializationOptions`): clients such as VS Code's generic LSP client answer `workspace/configuration`
  /// with null or `{}` for a section they do not know, which must not undo the initialization options.
  static func layer(_ json: JSONAny, over base: JSONAny) -> JSONAny {
    func section(_ value: JSONAny) -> [String: JSONAny]? {
      value["iaclsp"].isNull ? value.objectValue : value["iaclsp"].objectValue
    }
    guard var merged = section(base) else { return json }
    for (key, value) in section(json) ?? [:] where !value.isNull { merged[key] = value }
    return .object(merged)
  }

  /// A list of strings, or a comma-separated string.
  static func list(_ value: JSONAny) -> [String]? {
    if let array = value.arrayValue { return array.compactMap(\.stringValue) }
    if let text = value.stringValue {
      return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    return nil
  }

  /// The settings as the linter takes them (the layer a configuration file's settings are overridden by).
  public var linterSettings: LinterSettings {
    LinterSettings(select: select, ignore: ignore, severities: severities)
  }

  public static func == (lhs: EditorSettings, rhs: EditorSettings) -> Bool {
    lhs.select == rhs.select && lhs.ignore == rhs.ignore && lhs.severities == rhs.severities && lhs.maxFileSize == rhs.maxFileSize
  }
}
