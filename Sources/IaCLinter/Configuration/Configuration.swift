import IaCModel
import IaCRules
import TOMLKit

/// The settings of an `iaclsp.toml` file (or of the `[tool.iaclsp]` table of a `pyproject.toml`).
///
/// ```toml
/// select = ["IAC1", "IAC2"]           # codes, names or code prefixes; default: every rule
/// ignore = ["IAC601"]
/// required-tags = ["Environment", "Team", "CostCenter"]
/// disallowed-services = ["aws_config"]
/// sensitive-data = true
/// require-reason = true              # suppressions must say why: `# iaclsp: ignore[IAC101] -- reason`
///
/// [severity]
/// IAC601 = "info"
/// placeholder-test = "error"
///
/// [per-file-ignores]
/// "tests/**" = ["IAC205"]
///
/// extend-rules = ["policies/*.toml"]   # more `[[rule]]` and `[[banned-api]]` tables
///
/// [[rule]]                            # a custom rule (Docs/custom-rules.md)
/// code = "ACME001"
/// name = "versioned-buckets"
/// message = "Team policy: every bucket is versioned"
/// resources = ["AWS::S3::Bucket"]
/// [rule.props.versioned]
/// equals = true
///
/// [[banned-api]]
/// name = "aws-cdk-lib.aws_ec2.Vpc"
/// message = "Use the shared network stack's VPC"
/// ```
public struct Configuration: Sendable, Equatable {
  /// The file the settings came from, as a display path.
  public var path: String
  /// The directory `per-file-ignores` patterns are relative to.
  public var directory: String
  public var select: [String]?
  public var ignore: [String]
  /// Severity overrides by rule code.
  public var severities: [String: Severity]
  /// Glob patterns (relative to ``directory``) and the rule selectors they turn off.
  public var perFileIgnores: [PerFileIgnore]
  public var options: RuleOptions
  /// The custom rules of the file and of the rules files it names, in the order they are defined.
  public var customRules: [CustomRuleDefinition] = []
  /// The rules files `extend-rules` names (display paths), which a server watches as it watches this file.
  public var ruleFiles: [String] = []
  /// Where a check run from this file's directory or below keeps its cache (`cache-dir`), relative to ``directory``.
  public var cacheDirectory: String?

  /// The built-in rules and this configuration's custom rules.
  public var registry: RuleRegistry { RuleRegistry.shared.adding(customRules.map(CustomRule.init)) }

  /// One `per-file-ignores` entry.
  public struct PerFileIgnore: Sendable, Equatable {
    public var pattern: String
    public var selectors: [String]

    public init(pattern: String, selectors: [String]) {
      self.pattern = pattern
      self.selectors = selectors
    }
  }

  public init(
    path: String = "",
    directory: String = ".",
    select: [String]? = nil,
    ignore: [String] = [],
    severities: [String: Severity] = [:],
    perFileIgnores: [PerFileIgnore] = [],
    options: RuleOptions = RuleOptions()
  ) {
    self.path = path
    self.directory = directory
    self.select = select
    self.ignore = ignore
    self.severities = severities
    self.perFileIgnores = perFileIgnores
    self.options = options
  }

  static let knownKeys: Set<String> = [
    "select", "ignore", "severity", "per-file-ignores", "required-tags", "disallowed-services", "sensitive-data",
    "require-reason",
    "rule", "banned-api", "extend-rules", "cache-dir",
  ]

  /// Parses configuration text. `table` names the table that holds the settings (`tool.iaclsp` in
  /// `pyproject.toml`), or nil for the top level. Returns nil when that table is absent.
  public static func parse(
    _ text: String,
    path: String,
    directory: String,
    table: [String]? = nil,
    registry: RuleRegistry = .shared
  ) throws(ConfigurationError) -> Configuration? {
    let document = try Configuration.document(text, path: path)
    var settings: TOMLTable = document
    for key in table ?? [] {
      guard let next = settings[key]?.table else { return nil }
      settings = next
    }
    let lines = LineFinder(text: text)
    var configuration = Configuration(path: path, directory: directory)
    for key in settings.keys {
      guard knownKeys.contains(key) else {
        throw ConfigurationError(path: path, line: lines.line(ofKey: key), message: "unknown setting `\(key)`; known settings: \(knownKeys.sorted().joined(separator: ", "))")
      }
    }
    try configuration.readCustomRules(settings, text: text, table: table ?? [], builtIn: registry)
    let registry = registry.adding(configuration.customRules.map(CustomRule.init))
    func strings(_ key: String) throws(ConfigurationError) -> [String]? {
      guard let value = settings[key] else { return nil }
      guard let array = value.array else {
        throw ConfigurationError(path: path, line: lines.line(ofKey: key), message: "`\(key)` must be an array of strings")
      }
      var result: [String] = []
      for element in array {
        guard let string = element.string else {
          throw ConfigurationError(path: path, line: lines.line(ofKey: key), message: "`\(key)` must be an array of strings")
        }
        result.append(string)
      }
      return result
    }
    func checkSelectors(_ selectors: [String], key: String) throws(ConfigurationError) {
      for selector in selectors where registry.codes(matching: selector).isEmpty {
        throw ConfigurationError(path: path, line: lines.line(ofText: selector) ?? lines.line(ofKey: key), message: "`\(selector)` in `\(key)` is not a rule code, name or code prefix")
      }
    }
    if let select = try strings("select") {
      try checkSelectors(select, key: "select")
      configuration.select = select
    }
    if let ignore = try strings("ignore") {
      try checkSelectors(ignore, key: "ignore")
      configuration.ignore = ignore
    }
    configuration.options.requiredTags = try strings("required-tags") ?? []
    configuration.options.disallowedServices = try strings("disallowed-services") ?? []
    if let value = settings["sensitive-data"] {
      guard let flag = value.bool else {
        throw ConfigurationError(path: path, line: lines.line(ofKey: "sensitive-data"), message: "`sensitive-data` must be true or false")
      }
      configuration.options.sensitiveData = flag
    }
    if let value = settings["require-reason"] {
      guard let flag = value.bool else {
        throw ConfigurationError(path: path, line: lines.line(ofKey: "require-reason"), message: "`require-reason` must be true or false")
      }
      configuration.options.requireReason = flag
    }
    if let value = settings["cache-dir"] {
      guard let directory = value.string, !directory.isEmpty else {
        throw ConfigurationError(path: path, line: lines.line(ofKey: "cache-dir"), message: "`cache-dir` must be a directory path")
      }
      configuration.cacheDirectory = directory
    }
    if let value = settings["severity"] {
      guard let severities = value.table else {
        throw ConfigurationError(path: path, line: lines.line(ofKey: "severity"), message: "`severity` must be a table of rule = \"error\" | \"warning\" | \"info\" | \"hint\"")
      }
      for key in severities.keys {
        guard let code = registry.code(forCodeOrName: key) else {
          throw ConfigurationError(path: path, line: lines.line(ofKey: key), message: "`\(key)` in `[severity]` is not a rule code or name")
        }
        guard let raw = severities[key]?.string, let severity = Severity(rawValue: raw) else {
          throw ConfigurationError(path: path, line: lines.line(ofKey: key), message: "the severity of `\(key)` must be \"error\", \"warning\", \"info\" or \"hint\"")
        }
        configuration.severities[code] = severity
      }
    }
    if let value = settings["per-file-ignores"] {
      guard let entries = value.table else {
        throw ConfigurationError(path: path, line: lines.line(ofKey: "per-file-ignores"), message: "`per-file-ignores` must be a table of \"glob\" = [rules]")
      }
      for pattern in entries.keys.sorted() {
        guard let array = entries[pattern]?.array else {
          throw ConfigurationError(path: path, line: lines.line(ofText: pattern), message: "`per-file-ignores` entry `\(pattern)` must be an array of rules")
        }
        let selectors = array.compactMap(\.string)
        guard selectors.count == array.count else {
          throw ConfigurationError(path: path, line: lines.line(ofText: pattern), message: "`per-file-ignores` entry `\(pattern)` must be an array of strings")
        }
        try checkSelectors(selectors, key: "per-file-ignores")
        configuration.perFileIgnores.append(PerFileIgnore(pattern: pattern, selectors: selectors))
      }
    }
    return configuration
  }

  /// The TOML document of a file's text; a parse error names the line.
  static func document(_ text: String, path: String) throws(ConfigurationError) -> TOMLTable {
    do {
      return try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw ConfigurationError(path: path, line: error.source.begin.line, message: error.description)
    } catch {
      throw ConfigurationError(path: path, line: nil, message: "\(error)")
    }
  }

  /// The linter settings for files under this configuration, with command-line choices applied on top
  /// (`select` from the command line replaces the file's; `ignore` adds to it).
  public func settings(overriding commandLine: LinterSettings? = nil) -> LinterSettings {
    var settings = LinterSettings(select: select, ignore: ignore, severities: severities)
    settings.perFileIgnores = perFileIgnores.map { ($0.pattern, $0.selectors) }
    settings.configurationDirectory = directory
    settings.options = options
    settings.registry = registry
    if let commandLine {
      if let select = commandLine.select { settings.select = select }
      settings.ignore += commandLine.ignore
      settings.severities.merge(commandLine.severities) { _, new in new }
    }
    return settings
  }
}

/// A configuration file that cannot be used, with the line at fault.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var line: Int?
  public var message: String

  public var description: String {
    if let line { return "\(path):\(line): \(message)" }
    return "\(path): \(message)"
  }
}

/// Finds the line a key or value stands on, for error messages.
struct LineFinder {
  let lines: [Substring]

  init(text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  func line(ofKey key: String) -> Int? {
    for (index, line) in lines.enumerated() {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.hasPrefix(key + " ") || trimmed.hasPrefix(key + "=") || trimmed.hasPrefix("\"\(key)\"") || trimmed.hasPrefix("[\(key)]") {
        return index + 1
      }
    }
    return nil
  }

  func line(ofText text: String) -> Int? {
    for (index, line) in lines.enumerated() where line.contains("\"\(text)\"") || line.contains("'\(text)'") {
      return index + 1
    }
    return nil
  }
}
