import IaCRules

extension CheckRunner {
  /// The built-in rules and the custom rules of the configurations that apply to `paths` (files or directories)
  /// and to the working directory, each code once (the first definition met wins). Configuration errors are left
  /// for the check to report.
  public func registry(for paths: [String]) -> RuleRegistry {
    CheckRunner.registry(for: paths, loader: loader ?? ConfigurationLoader())
  }

  /// The rules for `paths` as ``registry(for:)`` finds them, reading configurations with `loader`.
  public static func registry(for paths: [String], loader: ConfigurationLoader = ConfigurationLoader()) -> RuleRegistry {
    var rules: [any Rule] = []
    var seen = Set(RuleRegistry.shared.rules.map(\.description.code))
    for path in ["."] + paths {
      let absolute = ProjectModel.absolute(path)
      let directory = FileSystem.isDirectory(absolute) ? absolute : (ProjectModel.parent(of: absolute) ?? absolute)
      guard let found = try? loader.configuration(inOrAbove: directory) else { continue }
      for definition in found.customRules where seen.insert(definition.code).inserted {
        rules.append(CustomRule(definition))
      }
    }
    return RuleRegistry.shared.adding(rules)
  }
}
