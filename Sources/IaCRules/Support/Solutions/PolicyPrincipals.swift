import IaCModel
import IaCSyntax

/// Reading the principals of resource policy statements, for the AWS Solutions rules that judge a literal `*`
/// principal (ECR repositories, EventBridge buses). Statements are `iam.PolicyStatement(...)` objects or policy JSON
/// written as dictionaries and object literals; anything iaclsp cannot evaluate gives no verdict.
struct PolicyPrincipals {
  /// How a principal mentions `*`.
  enum Star: Sendable, Equatable {
    /// No `*` anywhere in the principal.
    case none
    /// Every principal: `"*"`, `{"AWS": "*"}` (`AnyPrincipal`, `StarPrincipal`, `ArnPrincipal("*")`).
    case everyone
    /// A `*` inside the principal, as `OrganizationPrincipal` (`{"AWS": "*"}` with a condition) or a wildcard ARN
    /// (`arn:aws:iam::*:root`).
    case wildcard
  }

  /// One Allow statement as far as iaclsp can read it.
  struct Statement {
    /// How its principals mention `*` (the strongest of them); nil when a principal cannot be read and none is `*`.
    var star: Star?
    /// Whether it has a condition (its own, or one a principal brings, such as `OrganizationPrincipal`'s); nil when
    /// that cannot be told.
    var conditioned: Bool?
    /// Where a finding about it goes.
    var range: TextRange
  }

  let model: FileModel

  /// The values passed first to the calls of `method` on `resource` (`add_to_resource_policy(statement)`,
  /// `grant_pull(principal)`), with the method's folded name.
  func firstArguments(of resource: Resource, methods: Set<String>) -> [(method: String, value: Value)] {
    resource.calls.compactMap { use in
      guard let method = use.method.map(PropName.fold), methods.contains(method) else { return nil }
      let call = model.file.calls[use.call]
      guard let first = call.arguments.first(where: { $0.label == nil && !$0.isSpread }) else { return nil }
      return (method, model.value(of: first))
    }
  }

  /// The Allow statement a value is, or nil when it is a Deny, not a statement, or its effect cannot be read.
  func statement(_ value: Value) -> Statement? {
    guard case .object(let type, _) = value.kind else {
      if let (method, arguments) = value.factory(of: "PolicyStatement"), method == "fromJson",
        let json = arguments.first {
        return jsonStatement(json.value)
      }
      return nil
    }
    guard let type, type.hasSuffix("PolicyStatement") else { return type == nil ? jsonStatement(value) : nil }
    if let effect = value.entry("effect")?.value, effect.enumMember(of: "Effect") != "ALLOW" { return nil }
    guard let principals = value.entry("principals")?.value else {
      return Statement(star: Star.none, conditioned: nil, range: value.range)
    }
    guard let list = principals.elements else { return Statement(star: nil, conditioned: nil, range: principals.range) }
    var star = Star.none
    var conditioned: Bool? = value.entry("conditions").map { condition in
      if let entries = condition.value.entries { return !entries.isEmpty }
      return nil
    } ?? false
    var unknown = false
    for principal in list {
      guard let found = self.star(principal) else {
        unknown = true
        continue
      }
      star = Self.strongest(star, found)
      if found == .wildcard, principalType(principal) == "OrganizationPrincipal" { conditioned = true }
    }
    let range = list.first(where: { self.star($0) == star })?.range ?? principals.range
    return Statement(star: unknown && star == .none ? nil : star, conditioned: conditioned, range: range)
  }

  /// A statement written as policy JSON (`{"Effect": "Allow", "Principal": "*", ...}`): nil unless its effect is
  /// literally `Allow`.
  func jsonStatement(_ value: Value) -> Statement? {
    guard value.entries != nil, value.entry("Effect")?.value.string == "Allow" else { return nil }
    guard let principal = value.entry("Principal") else {
      return Statement(star: Star.none, conditioned: nil, range: value.range)
    }
    var conditioned: Bool? = false
    if let condition = value.entry("Condition")?.value {
      conditioned = condition.entries.map { !$0.isEmpty }
    }
    return Statement(star: jsonStar(principal.value), conditioned: conditioned, range: principal.range)
  }

  /// The Allow statements of a policy document iaclsp can read: an `iam.PolicyDocument(statements=[...])`, or JSON
  /// with a `Statement` list (or a single statement object). Nil when the document itself cannot be read.
  func documentStatements(_ document: Value) -> [Statement]? {
    let list: Value?
    if case .object(let type, _) = document.kind, let type {
      guard type.hasSuffix("PolicyDocument") else { return nil }
      list = document.entry("statements")?.value
    } else if document.entries != nil {
      list = document.entry("Statement")?.value
    } else {
      return nil
    }
    guard let list else { return [] }
    return (list.elements ?? [list]).compactMap { statement($0) }
  }

  /// How an `iam` principal object mentions `*`; nil when it cannot be read.
  func star(_ principal: Value) -> Star? {
    guard let type = principalType(principal) else { return nil }
    switch type {
    case "AnyPrincipal", "StarPrincipal":
      return .everyone
    case "OrganizationPrincipal":
      return .wildcard
    case "ArnPrincipal", "AccountPrincipal", "ServicePrincipal", "FederatedPrincipal", "CanonicalUserPrincipal":
      guard let text = firstArgument(of: principal)?.string else { return nil }
      if text == "*" { return type == "ArnPrincipal" ? .everyone : .wildcard }
      return text.contains("*") ? .wildcard : Star.none
    case "AccountRootPrincipal", "ServicePrincipalName":
      return Star.none
    case "CompositePrincipal":
      guard let arguments = arguments(of: principal) else { return nil }
      var strongest = Star.none
      for argument in arguments {
        guard let found = star(argument) else { return nil }
        strongest = Self.strongest(strongest, found)
      }
      return strongest
    default:
      return nil
    }
  }

  /// How a JSON principal (`"*"`, `{"AWS": "*"}`, `{"AWS": ["arn:...", "*"]}`) mentions `*`; nil when a part
  /// cannot be read.
  func jsonStar(_ principal: Value) -> Star? {
    if let text = principal.string { return text == "*" ? .everyone : (text.contains("*") ? .wildcard : Star.none) }
    guard let entries = principal.entries else { return nil }
    var strongest = Star.none
    for entry in entries {
      let values = entry.value.elements ?? [entry.value]
      for value in values {
        guard let text = value.string else { return nil }
        let found: Star = text == "*" ? (PropName.fold(entry.name ?? "") == "aws" ? .everyone : .wildcard)
          : (text.contains("*") ? .wildcard : Star.none)
        strongest = Self.strongest(strongest, found)
      }
    }
    return strongest
  }

  /// The class name of a principal object (`AnyPrincipal`), or nil.
  func principalType(_ value: Value) -> String? {
    guard case .object(let type, _) = value.kind, let type, type.hasPrefix("aws-cdk-lib.aws_iam.") else { return nil }
    return String(type.dropFirst("aws-cdk-lib.aws_iam.".count))
  }

  /// The positional arguments of the call a principal object was built by.
  func arguments(of value: Value) -> [Value]? {
    guard let call = model.file.callIndex(spanning: value.resolvedTokens) else { return nil }
    let file = model.file.calls[call]
    guard !file.arguments.contains(where: \.isSpread) else { return nil }
    return file.positional.map { model.value(of: $0) }
  }

  func firstArgument(of value: Value) -> Value? {
    arguments(of: value)?.first
  }

  static func strongest(_ a: Star, _ b: Star) -> Star {
    if a == .everyone || b == .everyone { return .everyone }
    if a == .wildcard || b == .wildcard { return .wildcard }
    return Star.none
  }
}
