import IaCModel
import IaCRules

/// Which rules run and how their findings are reported.
public struct LinterSettings: Sendable {
  /// Codes, names or code prefixes (`IAC1`) to enable; nil enables every rule that is on by default.
  public var select: [String]?
  /// Codes, names or code prefixes to disable; wins over `select`.
  public var ignore: [String]
  /// Severity overrides by rule code.
  public var severities: [String: Severity]
  /// Glob patterns, relative to ``configurationDirectory``, and the selectors they turn off for matching files.
  public var perFileIgnores: [(pattern: String, selectors: [String])] = []
  /// The directory of the configuration file the settings came from.
  public var configurationDirectory: String = "."
  /// Rule options from the configuration file.
  public var options: RuleOptions = RuleOptions()
  /// The rules there are: the built-in ones, and the custom rules of the configuration file.
  public var registry: RuleRegistry = .shared

  public init(select: [String]? = nil, ignore: [String] = [], severities: [String: Severity] = [:]) {
    self.select = select
    self.ignore = ignore
    self.severities = severities
  }

  /// The codes `per-file-ignores` turns off for `path` (a display path).
  public func perFileIgnoredCodes(for path: String, in registry: RuleRegistry) -> Set<String> {
    guard !perFileIgnores.isEmpty else { return [] }
    let absolute = Array(ProjectModel.absolute(path).utf8)
    let base = Array(ProjectModel.absolute(configurationDirectory).utf8)
    var relative = absolute
    if absolute.starts(with: base + [UInt8(ascii: "/")]) {
      relative = Array(absolute[(base.count + 1)...])
    } else if base != [UInt8(ascii: "/")] {
      return []
    } else {
      relative = Array(absolute.dropFirst())
    }
    let name = relative.split(separator: UInt8(ascii: "/")).last.map(Array.init) ?? relative
    var codes = Set<String>()
    for entry in perFileIgnores {
      var pattern = Array(entry.pattern.utf8)
      while pattern.starts(with: Array("./".utf8)) { pattern.removeFirst(2) }
      let matches = pattern.contains(UInt8(ascii: "/"))
        ? GitIgnore.match(pattern, 0, relative, 0)
        : GitIgnore.match(pattern, 0, name, 0) || GitIgnore.match(pattern, 0, relative, 0)
      if matches {
        for selector in entry.selectors { codes.formUnion(registry.codes(matching: selector)) }
      }
    }
    return codes
  }

  /// The selectors (in `select` and `ignore`) that name no rule and no code prefix.
  public func unknownSelectors(in registry: RuleRegistry) -> [String] {
    ((select ?? []) + ignore).filter { registry.codes(matching: $0).isEmpty }
  }

  /// The codes of the rules that run.
  public func enabledCodes(in registry: RuleRegistry) -> Set<String> {
    var enabled: Set<String>
    if let select {
      enabled = Set(select.flatMap { registry.codes(matching: $0) })
    } else {
      enabled = Set(registry.rules.map { $0.description.code }).subtracting(registry.optInCodes)
    }
    for selector in ignore {
      enabled.subtract(registry.codes(matching: selector))
    }
    return enabled
  }
}
