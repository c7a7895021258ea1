import IaCModel
import IaCRules
import IaCSyntax
import TOMLKit

/// Reads the `[[rule]]` and `[[banned-api]]` tables of one configuration or rules file into checked definitions.
/// Every mistake is a ``ConfigurationError`` naming the file and the line.
struct CustomRuleParser {
  let path: String
  let lines: TOMLLines
  /// Built-in rules, whose codes and names custom rules may not take.
  let builtIn: RuleRegistry

  static let ruleKeys: Set<String> = ["code", "name", "severity", "message", "url", "resources", "props", "examples"]
  static let conditionKeys: Set<String> = [
    "present", "equals", "not-equals", "in", "not-in", "matches", "not-matches", "min", "max", "fix",
  ]
  static let exampleKeys: Set<String> = ["triggering", "non-triggering", "language"]
  static let bannedKeys: Set<String> = ["name", "message"]

  init(path: String, text: String, prefix: [String], builtIn: RuleRegistry) {
    self.path = path
    self.lines = TOMLLines(text: text, prefix: prefix)
    self.builtIn = builtIn
  }

  func error(_ line: Int?, _ message: String) -> ConfigurationError {
    ConfigurationError(path: path, line: line, message: message)
  }

  // MARK: Rules

  /// The rules of `settings["rule"]`. `taken` holds the codes and names defined so far (by any file), with where.
  func rules(in settings: TOMLTable, taken: inout [String: String]) throws(ConfigurationError) -> [CustomRuleDefinition] {
    guard let value = settings["rule"] else { return [] }
    guard let array = value.array else {
      throw error(lines.headers.first { $0.name == "rule" }?.line, "`rule` must be an array of tables, written `[[rule]]`")
    }
    var definitions: [CustomRuleDefinition] = []
    for (index, element) in array.enumerated() {
      let span = lines.span(ofArrayTable: "rule", index: index) ?? (1, lines.lines.count + 1)
      guard let table = element.table else { throw error(span.first, "each `rule` must be a table, written `[[rule]]`") }
      definitions.append(try rule(table, span: span, taken: &taken))
    }
    return definitions
  }

  func rule(_ table: TOMLTable, span: (first: Int, end: Int), taken: inout [String: String]) throws(ConfigurationError)
    -> CustomRuleDefinition
  {
    func line(_ key: String) -> Int { lines.line(ofKey: key, from: span.first, to: span.end) ?? span.first }
    for key in table.keys where !CustomRuleParser.ruleKeys.contains(key) {
      throw error(line(key), "unknown key `\(key)` in `[[rule]]`; known keys: \(CustomRuleParser.ruleKeys.sorted().joined(separator: ", "))")
    }
    func string(_ key: String, required: Bool) throws(ConfigurationError) -> String? {
      guard let value = table[key] else {
        if required { throw error(span.first, "`[[rule]]` needs `\(key)`") }
        return nil
      }
      guard let text = value.string else { throw error(line(key), "`\(key)` must be a string") }
      return text
    }
    let code = try string("code", required: true)!
    guard CustomRuleParser.isValidCode(code) else {
      throw error(line("code"), "`\(code)` is not a custom rule code: write 2-6 capital letters, then digits (`ACME001`)")
    }
    guard !code.hasPrefix("IAC") else {
      throw error(line("code"), "`\(code)`: codes starting with `IAC` belong to iaclsp's own rules")
    }
    if let other = taken[code] {
      throw error(line("code"), "the code `\(code)` is taken twice (also at \(other))")
    }
    let name = try string("name", required: true)!
    guard CustomRuleParser.isValidName(name) else {
      throw error(line("name"), "`\(name)` is not a rule name: write lowercase words joined by `-` (`versioned-buckets`)")
    }
    if let other = taken["name:" + name] {
      throw error(line("name"), "the name `\(name)` is taken twice (also at \(other))")
    }
    if builtIn.code(forCodeOrName: name) != nil {
      throw error(line("name"), "the name `\(name)` belongs to a built-in rule")
    }
    taken[code] = "\(path):\(line("code"))"
    taken["name:" + name] = "\(path):\(line("name"))"
    var severity = Severity.warning
    if let raw = try string("severity", required: false) {
      guard let parsed = Severity(rawValue: raw) else {
        throw error(line("severity"), "the severity must be \"error\", \"warning\", \"info\" or \"hint\", not \"\(raw)\"")
      }
      severity = parsed
    }
    let message = try string("message", required: true)!
    let url = try string("url", required: false)
    guard let resourcesValue = table["resources"] else { throw error(span.first, "`[[rule]]` needs `resources`") }
    guard let resourceArray = resourcesValue.array, !resourceArray.isEmpty else {
      throw error(line("resources"), "`resources` must be a non-empty array of resource types")
    }
    var resources: [String] = []
    var matched: [CatalogueResourceTypes.Entry] = []
    for element in resourceArray {
      guard let pattern = element.string else {
        throw error(line("resources"), "`resources` must be an array of strings")
      }
      let patternLine = lines.line(containing: "\"\(pattern)\"", from: span.first, to: span.end) ?? line("resources")
      matched += try entries(for: pattern, line: patternLine)
      resources.append(pattern)
    }
    var seen = Set<String>()
    matched = matched.filter { seen.insert($0.type.fqn).inserted }
    let props = try requirements(table["props"], span: span, matched: matched, code: code)
    guard !props.isEmpty else {
      throw error(span.first, "`\(code)` has no conditions: add a `[rule.props.<prop>]` table")
    }
    let examples = try self.examples(table["examples"], span: span)
    return CustomRuleDefinition(
      code: code, name: name, severity: severity, message: message, url: url, resources: resources,
      matchedTypes: matched.map(\.type.fqn), props: props, examples: examples, path: path, line: span.first)
  }

  static func isValidCode(_ code: String) -> Bool {
    let letters = code.prefix { $0 >= "A" && $0 <= "Z" }
    let digits = code.dropFirst(letters.count)
    return (2...6).contains(letters.count) && !digits.isEmpty && digits.allSatisfy { $0 >= "0" && $0 <= "9" }
  }

  static func isValidName(_ name: String) -> Bool {
    guard let first = name.first, first >= "a" && first <= "z", !name.hasSuffix("-"), !name.contains("--") else { return false }
    return name.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
  }

  // MARK: Resources

  /// The catalogued types a pattern names. A CloudFormation pattern is accepted unchecked while the catalogue
  /// records no CloudFormation types (resources then match it once it does).
  func entries(for pattern: String, line: Int) throws(ConfigurationError) -> [CatalogueResourceTypes.Entry] {
    let catalogue = CatalogueResourceTypes.shared
    let found = catalogue.entries(matching: pattern)
    if !found.isEmpty { return found }
    if pattern.contains("::") && !catalogue.knowsCloudFormationTypes { return [] }
    var message = "the catalogue knows no resource type `\(pattern)`"
    if !pattern.hasSuffix("*") {
      let near = NameDistance.nearest(pattern, in: catalogue.names)
      if !near.isEmpty { message += "; did you mean " + near.map { "`\($0)`" }.joined(separator: ", ") + "?" }
    }
    throw error(line, message)
  }

  // MARK: Props

  func requirements(
    _ value: TOMLValueConvertible?, span: (first: Int, end: Int), matched: [CatalogueResourceTypes.Entry], code: String
  ) throws(ConfigurationError) -> [CustomRuleDefinition.PropRequirement] {
    guard let value else { return [] }
    guard let table = value.table else {
      throw error(lines.line(ofKey: "props", from: span.first, to: span.end) ?? span.first, "`props` must be a table of props, written `[rule.props.<prop>]`")
    }
    var result: [CustomRuleDefinition.PropRequirement] = []
    for name in table.keys {
      let headerLine = lines.line(ofHeader: ["rule.props.\(name)", "rule.props.\"\(name)\"", "rule.props.'\(name)'"], in: span)
        ?? lines.line(containing: name, from: span.first, to: span.end) ?? span.first
      let end = lines.headers.first { $0.line > headerLine }?.line ?? span.end
      guard let conditions = table[name]?.table else {
        throw error(headerLine, "the conditions on `\(name)` must be a table, written `[rule.props.\(name)]`")
      }
      var requirement = try self.requirement(name, conditions, line: headerLine, end: end)
      requirement.types = try types(having: requirement.propName, among: matched, line: headerLine, code: code)
      result.append(requirement)
    }
    // In the order written: the first failing prop is the one reported.
    return result.sorted { $0.line < $1.line }
  }

  func requirement(_ name: String, _ table: TOMLTable, line headerLine: Int, end: Int) throws(ConfigurationError)
    -> CustomRuleDefinition.PropRequirement
  {
    func line(_ key: String) -> Int { lines.line(ofKey: key, from: headerLine, to: end) ?? headerLine }
    var conditions: [(Int, CustomRuleCondition)] = []
    var fix = false
    for key in table.keys {
      guard CustomRuleParser.conditionKeys.contains(key), let value = table[key] else {
        throw error(line(key), "unknown key `\(key)` in the conditions on `\(name)`; known keys: \(CustomRuleParser.conditionKeys.sorted().joined(separator: ", "))")
      }
      let keyLine = line(key)
      func literal(_ value: TOMLValueConvertible) throws(ConfigurationError) -> CustomRuleLiteral {
        if let text = value.string { return .string(text) }
        if let flag = value.bool { return .bool(flag) }
        if let number = value.int { return .number(Double(number)) }
        if let number = value.double { return .number(number) }
        throw error(keyLine, "`\(key)` on `\(name)` must be a string, a number or a boolean")
      }
      func literals(_ value: TOMLValueConvertible) throws(ConfigurationError) -> [CustomRuleLiteral] {
        guard let array = value.array, !array.isEmpty else {
          throw error(keyLine, "`\(key)` on `\(name)` must be a non-empty array")
        }
        var result: [CustomRuleLiteral] = []
        for element in array { result.append(try literal(element)) }
        return result
      }
      func pattern(_ value: TOMLValueConvertible) throws(ConfigurationError) -> CustomRulePattern {
        guard let text = value.string else { throw error(keyLine, "`\(key)` on `\(name)` must be a regular expression string") }
        do {
          return try CustomRulePattern(text)
        } catch {
          throw self.error(keyLine, "`\(key)` on `\(name)` is not a valid regular expression: `\(text)`")
        }
      }
      func bound(_ value: TOMLValueConvertible) throws(ConfigurationError) -> CustomRuleBound {
        if let number = value.int { return .number(Double(number)) }
        if let number = value.double { return .number(number) }
        if let text = value.string, let seconds = CustomRuleBound.seconds(text) { return .duration(seconds: seconds, text: text) }
        throw error(keyLine, "`\(key)` on `\(name)` must be a number or a duration (\"7d\", \"12h\", \"30m\", \"45s\")")
      }
      switch key {
      case "fix":
        guard let flag = value.bool else { throw error(keyLine, "`fix` on `\(name)` must be true or false") }
        fix = flag
      case "present":
        guard let flag = value.bool else { throw error(keyLine, "`present` on `\(name)` must be true or false") }
        conditions.append((keyLine, .present(flag)))
      case "equals": conditions.append((keyLine, .equals(try literal(value))))
      case "not-equals": conditions.append((keyLine, .notEquals(try literal(value))))
      case "in": conditions.append((keyLine, .oneOf(try literals(value))))
      case "not-in": conditions.append((keyLine, .noneOf(try literals(value))))
      case "matches": conditions.append((keyLine, .matches(try pattern(value))))
      case "not-matches": conditions.append((keyLine, .notMatches(try pattern(value))))
      case "min": conditions.append((keyLine, .min(try bound(value))))
      default: conditions.append((keyLine, .max(try bound(value))))
      }
    }
    guard !conditions.isEmpty else { throw error(headerLine, "`\(name)` has no condition") }
    let sorted = conditions.sorted { $0.0 < $1.0 }.map(\.1)
    if fix && !sorted.contains(where: { if case .equals = $0 { return true } else { return false } }) {
      throw error(line("fix"), "`fix = true` on `\(name)` needs an `equals` condition: the fix writes that value")
    }
    return CustomRuleDefinition.PropRequirement(path: name, conditions: sorted, fix: fix, types: nil, line: headerLine)
  }

  /// The matched types that have a prop: nil when none could be looked up; an error (with a suggestion) when the
  /// catalogue lists every prop of every matched type and none has it.
  func types(having prop: String, among matched: [CatalogueResourceTypes.Entry], line: Int, code: String)
    throws(ConfigurationError) -> Set<String>?
  {
    guard !matched.isEmpty else { return nil }
    let key = PropName.fold(prop)
    var having = Set<String>()
    var known: [String: String] = [:]
    for entry in matched {
      guard let props = CatalogueResourceTypes.shared.props(of: entry.type.fqn) else {
        having.insert(entry.type.fqn)
        continue
      }
      for name in props.names { known[PropName.fold(name)] = name }
      if !props.isComplete || props.names.contains(where: { PropName.fold($0) == key }) { having.insert(entry.type.fqn) }
    }
    guard having.isEmpty else { return having }
    var message = "no resource type of `\(code)` has a prop `\(prop)`"
    let near = NameDistance.nearest(key, in: Array(known.keys)).compactMap { known[$0] }
    if !near.isEmpty { message += "; did you mean " + near.map { "`\($0)`" }.joined(separator: ", ") + "?" }
    throw error(line, message)
  }

  // MARK: Examples

  func examples(_ value: TOMLValueConvertible?, span: (first: Int, end: Int)) throws(ConfigurationError) -> [CustomRuleExample] {
    guard let value else { return [] }
    let headers = lines.headers(named: "rule.examples", in: span)
    guard let array = value.array else {
      throw error(headers.first?.line ?? span.first, "`examples` must be an array of tables, written `[[rule.examples]]`")
    }
    var result: [CustomRuleExample] = []
    for (index, element) in array.enumerated() {
      let first = index < headers.count ? headers[index].line : span.first
      let end = index + 1 < headers.count ? headers[index + 1].line : span.end
      guard let table = element.table else { throw error(first, "each example must be a table, written `[[rule.examples]]`") }
      for key in table.keys where !CustomRuleParser.exampleKeys.contains(key) {
        throw error(lines.line(ofKey: key, from: first, to: end) ?? first, "unknown key `\(key)` in `[[rule.examples]]`; known keys: \(CustomRuleParser.exampleKeys.sorted().joined(separator: ", "))")
      }
      let triggering = table["triggering"]?.string
      let nonTriggering = table["non-triggering"]?.string
      guard (triggering == nil) != (nonTriggering == nil), let code = triggering ?? nonTriggering else {
        throw error(first, "an example needs exactly one of `triggering` and `non-triggering`, a string of code")
      }
      var language = Example(code).path.hasSuffix(".py") ? Language.python : .typescript
      if let raw = table["language"] {
        switch raw.string {
        case "python"?: language = .python
        case "typescript"?: language = .typescript
        default:
          throw error(lines.line(ofKey: "language", from: first, to: end) ?? first, "`language` must be \"python\" or \"typescript\"")
        }
      }
      result.append(CustomRuleExample(code: code, triggers: triggering != nil, language: language, line: first))
    }
    return result
  }

  // MARK: Banned APIs

  func bannedAPIs(in settings: TOMLTable) throws(ConfigurationError) -> [BannedAPI] {
    guard let value = settings["banned-api"] else { return [] }
    guard let array = value.array else {
      throw error(lines.headers.first { $0.name == "banned-api" }?.line, "`banned-api` must be an array of tables, written `[[banned-api]]`")
    }
    var result: [BannedAPI] = []
    for (index, element) in array.enumerated() {
      let span = lines.span(ofArrayTable: "banned-api", index: index) ?? (1, lines.lines.count + 1)
      guard let table = element.table else { throw error(span.first, "each `banned-api` must be a table, written `[[banned-api]]`") }
      for key in table.keys where !CustomRuleParser.bannedKeys.contains(key) {
        throw error(lines.line(ofKey: key, from: span.first, to: span.end) ?? span.first, "unknown key `\(key)` in `[[banned-api]]`; known keys: message, name")
      }
      guard let name = table["name"]?.string, let message = table["message"]?.string else {
        throw error(span.first, "`[[banned-api]]` needs a `name` and a `message`, both strings")
      }
      guard BannedAPIRule.key(for: name) != nil else {
        throw error(lines.line(ofKey: "name", from: span.first, to: span.end) ?? span.first, "the catalogue knows no module, type or member `\(name)`")
      }
      result.append(BannedAPI(name: name, message: message))
    }
    return result
  }
}
