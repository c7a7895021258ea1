import IaCModel
import IaCSyntax

/// How the OpenSearch access-policy rules of the AWS Solutions pack read a domain's access policy: the statements
/// of `access_policies`, of `add_access_policies(...)` calls, and the one `use_unsigned_basic_auth=True` adds.
enum OpenSearchAccessPolicies {
  /// One statement of the domain's access policy, as far as the source shows it.
  struct Statement {
    /// The statement, when it is an `iam.PolicyStatement(...)` iaclsp can read and nothing changes it later.
    var value: Value?
    /// Where a finding about it sits.
    var range: TextRange
    /// The statement CDK adds for `use_unsigned_basic_auth=True`: an Allow for any principal, without conditions.
    var isUnsignedBasicAuth: Bool = false
  }

  /// The statements of the domain's access policy; nil when the source may add statements iaclsp cannot see.
  static func statements(of resource: Resource, in model: FileModel) -> [Statement]? {
    guard !resource.hasHiddenProps else { return nil }
    // A domain passed to other code may get its policy there.
    if SolutionsSecondConstruct.mayBeCompletedElsewhere(
      resource, in: model, creates: { _ in false }, calls: ["addAccessPolicies"]
    ) { return nil }
    var statements: [Statement] = []
    if let prop = resource.prop("accessPolicies") {
      guard let elements = prop.value.elements else { return nil }
      for element in elements {
        statements.append(statement(element, in: model))
      }
      if ApiGatewayStages.mayHideEntries(prop.value, in: model) { return nil }
    }
    for call in resource.methodCalls("addAccessPolicies") {
      for argument in model.file.calls[call.call].arguments {
        guard !argument.isSpread, argument.label == nil else { return nil }
        statements.append(statement(model.value(of: argument), in: model))
      }
    }
    if let unsigned = resource.prop("useUnsignedBasicAuth") {
      guard let enabled = unsigned.value.bool else { return nil }
      if enabled { statements.append(Statement(value: nil, range: unsigned.argument.range, isUnsignedBasicAuth: true)) }
    }
    return statements
  }

  static func statement(_ value: Value, in model: FileModel) -> Statement {
    guard case .object(let type, _) = value.kind, let type, type.hasSuffix("PolicyStatement"),
      !isChangedLater(value, in: model) else { return Statement(value: nil, range: value.range) }
    return Statement(value: value, range: value.range)
  }

  /// Whether a statement bound to a name first has methods called on that name (`statement.add_condition(...)`).
  static func isChangedLater(_ value: Value, in model: FileModel) -> Bool {
    guard value.resolvedTokens != value.tokens else { return false }
    let file = model.file
    let name = file.text(tokens: value.tokens)
    return file.calls.contains { call in
      guard let callee = call.callee, callee.parts.count > 1 else { return false }
      return callee.parts.dropLast().map(\.name).joined(separator: ".") == name
    }
  }

  /// Whether a readable statement certainly allows (no `effect`, or `Effect.ALLOW`); nil when unknown.
  static func allows(_ statement: Value) -> Bool? {
    guard let effect = statement.entry("effect")?.value else { return true }
    return effect.enumMember(of: "Effect").map { $0 == "ALLOW" }
  }
}
