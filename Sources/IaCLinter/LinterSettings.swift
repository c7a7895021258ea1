import IaCRules

/// Which rules run and how their findings are reported.
public struct LinterSettings: Sendable {
  /// Codes, names or code prefixes (`IAC1`) to enable; nil enables every rule that is on by default.
  public var select: [String]?
  /// Codes, names or code prefixes to disable; wins over `select`.
  public var ignore: [String]
  /// Severity overrides by rule code.
  public var severities: [String: Severity]

  public init(select: [String]? = nil, ignore: [String] = [], severities: [String: Severity] = [:]) {
    self.select = select
    self.ignore = ignore
    self.severities = severities
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
      enabled = Set(registry.rules.map { $0.description.code })
    }
    for selector in ignore {
      enabled.subtract(registry.codes(matching: selector))
    }
    return enabled
  }
}
