import IaCModel
import IaCRules
import IaCSyntax

/// A rule a configuration defines with `[[rule]]`: it judges the props of the resources its patterns name, and
/// behaves as a built-in rule does (selection, severity overrides, suppressions, documentation, SARIF).
public struct CustomRule: Rule {
  public let definition: CustomRuleDefinition
  public let description: RuleDescription
  /// The definition's prop requirements with their names folded, in order.
  let requirements: [CompiledRequirement]

  /// Stands for every custom rule where a type is asked for its description; real rules come from configurations.
  public static let description = RuleDescription(
    code: "CUSTOM0",
    name: "custom-rule",
    summary: "A rule defined in a configuration file",
    severity: .warning,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "",
    documentation: "",
    triggeringExamples: [],
    nonTriggeringExamples: []
  )

  /// An empty custom rule, which matches no resource.
  public init() {
    self.init(CustomRuleDefinition(
      code: "CUSTOM0", name: "custom-rule", severity: .warning, message: "", url: nil, resources: [], matchedTypes: [],
      props: [], examples: [], path: "", line: 0))
  }

  public init(_ definition: CustomRuleDefinition) {
    self.definition = definition
    requirements = definition.props.map(CompiledRequirement.init)
    let fixable = definition.props.contains { $0.fix }
    description = RuleDescription(
      code: definition.code,
      name: definition.name,
      summary: definition.message,
      severity: definition.severity,
      frameworks: [.cdk, .pulumi, .cdktf],
      fixAvailability: fixable ? .sometimes : .none,
      url: definition.url ?? "",
      documentation: CustomRule.documentation(for: definition),
      triggeringExamples: definition.examples.filter(\.triggers).map(\.example),
      nonTriggeringExamples: definition.examples.filter { !$0.triggers }.map(\.example),
      // The patterns as written, and the catalogued types they name (until the catalogue gives every resource its
      // CloudFormation and Terraform type, the fully qualified names are what dispatch finds).
      resourceTypes: definition.resources + definition.matchedTypes.filter { !definition.resources.contains($0) }
    )
  }

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    // Whether the catalogue knows the resource's type, looked up once, when a prop's types leave it out.
    var catalogued: Bool?
    for compiled in requirements {
      if let types = compiled.requirement.types, !types.contains(resource.type.fqn) {
        if catalogued == nil { catalogued = CatalogueResourceTypes.shared.entry(fqn: resource.type.fqn) != nil }
        if catalogued == true { continue }
      }
      guard let failure = CustomRule.failure(of: compiled, on: resource, in: model) else { continue }
      var diagnostic = description.diagnostic(
        path: model.file.path, range: failure.range, message: definition.message + " (" + failure.detail + ")")
      if compiled.requirement.fix, let fix = fix(compiled.requirement, on: resource, in: model) { diagnostic.fix = fix }
      diagnostics.append(diagnostic)
      return
    }
  }

  /// Where a prop fails its first failing condition, and what is wrong in words; nil when every condition holds or
  /// iaclsp cannot tell.
  static func failure(
    of compiled: CompiledRequirement, on resource: Resource, in model: FileModel
  ) -> (range: TextRange, detail: String)? {
    let requirement = compiled.requirement
    // The prop as the file spells it (`bucket_name` in Python, `bucketName` in TypeScript), for the message.
    func shown() -> String {
      "`\(compiled.isNested ? requirement.path : model.spelling(of: requirement.path, for: resource))`"
    }
    let value = compiled.value(of: resource)
    if let value, !isNull(value) {
      let observed = ObservedValue(value)
      for condition in requirement.conditions where condition.holds(for: observed, prop: compiled.lastComponent) == false {
        return (value.range, "\(shown()) \(condition.demand)")
      }
      return nil
    }
    // Unset, or written as `None`/`null` (the default applies). Never concluded when props are hidden, or when a
    // nested path's parent is set to something iaclsp cannot read as an object.
    if value == nil {
      if compiled.isNested, let parent = compiled.prop(of: resource) {
        guard parent.value.entries != nil else { return nil }
      } else if resource.hasHiddenProps {
        return nil
      }
    }
    // The default as a condition reads it, when the catalogue records one that is not prose.
    var usable: (text: String, observed: ObservedValue)?
    if let text = compiled.documentedDefault(for: resource, in: model), let observed = ObservedValue(defaultText: text) {
      usable = (text, observed)
    }
    for condition in requirement.conditions {
      if case .present(let required) = condition {
        if required { return (resource.calleeRange, "\(shown()) is not set") }
        continue
      }
      if let (defaultText, observed) = usable {
        if condition.holds(for: observed, prop: requirement.path) == false {
          return (resource.calleeRange, "\(shown()) is not set and defaults to `\(defaultText)`; it \(condition.demand)")
        }
      } else if !condition.holdsWhenUnset {
        return (resource.calleeRange, "\(shown()) is not set; it \(condition.demand)")
      }
    }
    return nil
  }

  static func isNull(_ value: Value) -> Bool {
    if case .null = value.kind { return true }
    return false
  }

  // MARK: Fix

  /// The unsafe fix that sets a top-level prop to the value `equals` requires: a boolean, number or string literal,
  /// or another member of the enum already written there. Nil when the value cannot be written or the props cannot
  /// be edited.
  func fix(_ requirement: CustomRuleDefinition.PropRequirement, on resource: Resource, in model: FileModel) -> Fix? {
    guard !requirement.path.contains("."),
      let literal = requirement.conditions.lazy.compactMap({ condition -> CustomRuleLiteral? in
        if case .equals(let literal) = condition { return literal }
        return nil
      }).first
    else { return nil }
    let editor = PropEditor(model)
    let file = model.file
    var text: String?
    switch literal {
    case .bool(let flag): text = editor.literal(flag)
    case .number(let number): text = CustomRuleLiteral.format(number)
    case .string(let string):
      if let prop = resource.prop(requirement.path), case .enumMember = prop.value.kind {
        text = CustomRule.enumReplacement(prop.value, member: string, in: file)
      } else if !CustomRule.looksLikeEnumMember(string),
        resource.prop(requirement.path).map({ $0.value.string != nil || $0.value.template != nil }) ?? true {
        // A string where a string is (or nothing is): an enum member can't be written without knowing its import.
        text = CustomRule.stringLiteral(string)
      }
    }
    guard let text, let edit = editor.set(requirement.path, to: text, on: resource) else { return nil }
    let name = model.spelling(of: requirement.path, for: resource)
    return Fix(title: "Set `\(name)` to `\(text)`", applicability: .unsafe, edits: [edit])
  }

  /// Whether a TOML string names an enum member (`RETAIN`, `RemovalPolicy.RETAIN`) rather than a string value.
  static func looksLikeEnumMember(_ text: String) -> Bool {
    guard let last = text.split(separator: ".").last, let first = last.first, first.isUppercase else { return false }
    return last.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" }
  }

  /// A double-quoted string literal, valid in Python and TypeScript.
  static func stringLiteral(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "\\": escaped += "\\\\"
      case "\"": escaped += "\\\""
      case "\n": escaped += "\\n"
      default: escaped.append(character)
      }
    }
    return "\"\(escaped)\""
  }

  /// The enum member expression as written with its last name replaced (`s3.BlockPublicAccess.BLOCK_ACLS` →
  /// `s3.BlockPublicAccess.BLOCK_ALL`); nil unless it is written in place as a dotted name and `member` is a name.
  static func enumReplacement(_ value: Value, member: String, in file: SourceFile) -> String? {
    let name = String(member.split(separator: ".").last ?? Substring(member))
    guard value.tokens == value.resolvedTokens, !name.isEmpty,
      name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), let last = value.tokens.last,
      value.tokens.count >= 3, file.tokens[last].kind == .name else { return nil }
    let prefix = file.text(TextRange(start: value.range.start, end: Int(file.tokens[last].start)))
    return prefix + name
  }
}
