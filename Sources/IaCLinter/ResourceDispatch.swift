import IaCModel
import IaCRules

/// The resource rules by the types they subscribe to, so that the linter finds a resource's rules with a few
/// dictionary look-ups instead of asking every rule.
struct ResourceDispatch: Sendable {
  /// Rules by exact fully qualified name, CloudFormation type or Terraform type.
  private var exact: [String: [Int]] = [:]
  /// Patterns ending in `*`: the prefix and the rule.
  private var prefixes: [(prefix: String, rule: Int)] = []
  private let rules: [any Rule]
  /// For each rule, whether its messages use Python's names (``RuleDescription/messagesUsePythonNames``).
  let messagesUsePythonNames: [Bool]
  /// ``ruleIndices(for:)`` by the keys it reads: a run meets the same few types in file after file, and matching
  /// a type against every prefix pattern costs a hundred string comparisons.
  private let memo = LockedMemo<TypeKeys, [Int]>()

  /// What ``ruleIndices(for:)`` matches on.
  private struct TypeKeys: Hashable {
    var fqn: String
    var cloudFormationType: String?
    var terraformType: String?
  }

  init(rules: [any Rule]) {
    self.rules = rules
    messagesUsePythonNames = rules.map(\.description.messagesUsePythonNames)
    for (index, rule) in rules.enumerated() {
      for pattern in rule.description.resourceTypes {
        if pattern.hasSuffix("*") {
          prefixes.append((String(pattern.dropLast()), index))
        } else {
          exact[pattern, default: []].append(index)
        }
      }
    }
  }

  var isEmpty: Bool { rules.isEmpty }

  /// The rules for a resource type, each once, in registry order.
  func rules(for type: ResourceType) -> [any Rule] {
    ruleIndices(for: type).map { rules[$0] }
  }

  /// The rule at `index` of ``ruleIndices(for:)``.
  func rule(_ index: Int) -> any Rule { rules[index] }

  /// The positions of the rules for a resource type, each once, in registry order.
  func ruleIndices(for type: ResourceType) -> [Int] {
    let keys = TypeKeys(fqn: type.fqn, cloudFormationType: type.cloudFormationType, terraformType: type.terraformType)
    return memo.value(keys) { matchRules(keys) }
  }

  private func matchRules(_ type: TypeKeys) -> [Int] {
    var matched: [Int] = []
    for key in [type.fqn, type.cloudFormationType, type.terraformType] {
      guard let key else { continue }
      matched += exact[key] ?? []
      for (prefix, rule) in prefixes where key.hasPrefix(prefix) { matched.append(rule) }
    }
    if matched.count <= 1 { return matched }
    return Set(matched).sorted()
  }
}
