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
  /// Severity overrides by rule code, or by the code or name as written when the registry the settings were read
  /// with does not know it (a custom rule of a project's configuration, resolved by ``linterSettings(in:)``).
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

  /// Reads settings JSON. Accepts the section itself or an object holding it under `iaclsp`; values of the wrong
  /// kind are noted in ``problems`` and skipped. Rule codes and names are not judged here: a project's
  /// configuration may define custom rules, so ``unknownRules(in:configuration:)`` judges them against the rules of
  /// the configuration a file is checked with. Names the registry knows are stored as codes.
  public init(json: JSONAny, registry: RuleRegistry = .shared) {
    self.init()
    var section = json
    if !json["iaclsp"].isNull { section = json["iaclsp"] }
    guard section.objectValue != nil else { return }
    if let select = EditorSettings.list(section["select"]) { self.select = select }
    ignore = EditorSettings.list(section["ignore"]) ?? []
    if let severities = section["severity"].objectValue {
      for (key, value) in severities.sorted(by: { $0.key < $1.key }) {
        guard let name = value.stringValue, let severity = Severity(rawValue: name.lowercased()) else {
          problems.append("`iaclsp.severity.\(key)` must be error, warning, info or hint")
          continue
        }
        self.severities[registry.code(forCodeOrName: key) ?? key] = severity
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
  }

  /// What the settings name that is no rule of `registry` (the built-in rules and the custom rules of the
  /// configuration at `configuration`, a display path, or of none): a selector in `select` or `ignore`, or a key of
  /// `severity`.
  public func unknownRules(in registry: RuleRegistry, configuration: String? = nil) -> [String] {
    let scope = configuration.map { "neither a built-in rule nor a custom rule of \($0)" } ?? "not a built-in rule"
    let probe = LinterSettings(select: select, ignore: ignore)
    var problems = probe.unknownSelectors(in: registry).map { "unknown rule selector `\($0)` in iaclsp settings (\(scope))" }
    for key in severities.keys.sorted() where registry.code(forCodeOrName: key) == nil {
      problems.append("unknown rule `\(key)` in `iaclsp.severity` (\(scope))")
    }
    return problems
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

  /// The settings as the linter takes them (the layer a configuration file's settings are overridden by), with the
  /// built-in rules.
  public var linterSettings: LinterSettings { linterSettings(in: .shared) }

  /// The settings as the linter takes them for files checked with the rules of `registry`: severity overrides by
  /// the codes of `registry` (names and custom codes resolved, unknown keys left out).
  public func linterSettings(in registry: RuleRegistry) -> LinterSettings {
    var resolved: [String: Severity] = [:]
    for (key, severity) in severities.sorted(by: { $0.key < $1.key }) {
      if let code = registry.code(forCodeOrName: key) { resolved[code] = severity }
    }
    return LinterSettings(select: select, ignore: ignore, severities: resolved)
  }

  public static func == (lhs: EditorSettings, rhs: EditorSettings) -> Bool {
    lhs.select == rhs.select && lhs.ignore == rhs.ignore && lhs.severities == rhs.severities && lhs.maxFileSize == rhs.maxFileSize
  }
}
