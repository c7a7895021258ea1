import IaCRules
import TOMLKit

extension Configuration {
  /// Reads `[[rule]]`, `[[banned-api]]` and `extend-rules` from the settings table, then the rules files.
  mutating func readCustomRules(_ settings: TOMLTable, text: String, table: [String], builtIn: RuleRegistry)
    throws(ConfigurationError)
  {
    guard settings["rule"] != nil || settings["banned-api"] != nil || settings["extend-rules"] != nil else { return }
    let parser = CustomRuleParser(path: path, text: text, prefix: table, builtIn: builtIn)
    var taken: [String: String] = [:]
    customRules = try parser.rules(in: settings, taken: &taken)
    options.bannedAPIs = try parser.bannedAPIs(in: settings)
    guard let value = settings["extend-rules"] else { return }
    let line = LineFinder(text: text).line(ofKey: "extend-rules")
    guard let array = value.array, array.allSatisfy({ $0.string != nil }) else {
      throw ConfigurationError(path: path, line: line, message: "`extend-rules` must be an array of file names or patterns")
    }
    for pattern in array.compactMap(\.string) {
      for file in try CustomRuleFiles.expand(pattern, directory: directory, configuration: path, line: line) {
        guard !ruleFiles.contains(file) else { continue }
        ruleFiles.append(file)
        let (rules, banned) = try CustomRuleFiles.read(file, builtIn: builtIn, taken: &taken)
        customRules += rules
        options.bannedAPIs += banned
      }
    }
  }
}
