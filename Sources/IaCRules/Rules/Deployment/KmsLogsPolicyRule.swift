import IaCModel
import IaCSyntax

/// IAC207: a KMS key policy that lets CloudWatch Logs use the key without an encryption context condition, or a
/// key that encrypts log groups while its policy does not let CloudWatch Logs encrypt and decrypt with it.
public struct KmsLogsPolicyRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC207",
    name: "kms-logs-policy",
    summary: "A KMS key policy for CloudWatch Logs lacks the encryption context condition or the permissions logs need",
    severity: .error,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
    documentation: KmsLogsPolicyRule.documentation,
    triggeringExamples: KmsLogsPolicyRule.triggering,
    nonTriggeringExamples: KmsLogsPolicyRule.nonTriggering,
    resourceTypes: ["aws-cdk-lib.aws_kms.Key", "aws-cdk-lib.aws_kms.CfnKey", "aws:kms/key:Key", "@cdktf/provider-aws.kmsKey.KmsKey"],
    testFiles: .exclude
  )

  static let contextKey = "kms:encryptioncontext:aws:logs:arn"
  static let requiredActions = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"]

  /// One statement of a key policy, as far as this rule needs it.
  struct Statement {
    /// The CloudWatch Logs service principal, where it is written.
    var logsPrincipal: TextRange?
    var logsPrincipalName: String
    /// The actions, nil when they cannot be read.
    var actions: [String]?
    var isAllow: Bool
    /// The condition names `kms:EncryptionContext:aws:logs:arn`, or cannot be read.
    var isConditioned: Bool
  }

  public func check(_ key: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !key.hasHiddenProps else { return }
    let file = model.file
    let policy = key.prop(key.type.fqn == "aws-cdk-lib.aws_kms.CfnKey" ? "keyPolicy" : "policy")
    var statements: [Statement]? = policy.map { statementsOf($0.value, in: model) } ?? []
    var reported = Set<Int>()
    for statement in statements ?? [] {
      reportUnconditioned(statement, file: file, reported: &reported, into: &diagnostics)
    }
    // Statements added later: `key.add_to_resource_policy(iam.PolicyStatement(...))`; grants change the policy in
    // ways not read here.
    for resourceCall in key.calls {
      guard case .method(let method) = resourceCall.role else { continue }
      if method == "addToResourcePolicy" {
        let call = file.calls[resourceCall.call]
        guard let argument = call.positional.first ?? call.keyword("statement"),
          let statement = cdkStatement(model.value(of: argument), in: model),
          statement.actions.map({ $0.allSatisfy { $0.lowercased().hasPrefix("kms:") } }) ?? false else {
          statements = nil
          continue
        }
        reportUnconditioned(statement, file: file, reported: &reported, into: &diagnostics)
        statements = statements.map { $0 + [statement] }
      } else if method.hasPrefix("grant") {
        statements = nil
      }
    }
    // The key encrypts a log group here: its policy must let CloudWatch Logs use it.
    guard let statements, let use = logGroupUse(of: key, in: model), !hasSeparateKeyPolicy(key, in: model) else { return }
    let granted = statements.filter { $0.isAllow && $0.logsPrincipal != nil }
    if granted.contains(where: { $0.actions == nil }) { return }
    let missing = Self.requiredActions.filter { action in
      !granted.contains { statement in statement.actions!.contains { Self.matches($0, action) } }
    }
    guard !missing.isEmpty else { return }
    let list = missing.map { "`\($0)`" }.joined(separator: ", ")
    let message = policy == nil
      ? "This key encrypts a log group, but it has no key policy, and the default policy does not let CloudWatch Logs use it (\(list))"
      : "This key encrypts a log group, but its policy does not let CloudWatch Logs use it: \(list) missing for `logs.amazonaws.com`"
    diagnostics.append(Self.description.diagnostic(
      path: file.path,
      range: policy?.value.range ?? model.findingRange(of: key),
      message: message,
      related: [RelatedLocation(path: file.path, range: use, message: "The log group is encrypted with this key")]
    ))
  }

  /// Whether a value is the key or one of its attributes (`key`, `key.arn`, `self.key.key_arn`).
  static func denotes(_ value: Value, _ key: Resource, in model: FileModel) -> Bool {
    value.resource == key.index || model.attribute(value)?.resource.index == key.index
  }

  /// Where a log group of the file is encrypted with the key: `encryption_key=key` (CDK), `kms_key_id=key.arn`.
  func logGroupUse(of key: Resource, in model: FileModel) -> TextRange? {
    for group in model.resources {
      let name: String
      switch group.type.fqn {
      case "aws-cdk-lib.aws_logs.LogGroup": name = "encryptionKey"
      case "aws-cdk-lib.aws_logs.CfnLogGroup", "aws:cloudwatch/logGroup:LogGroup",
        "@cdktf/provider-aws.cloudwatchLogGroup.CloudwatchLogGroup": name = "kmsKeyId"
      default: continue
      }
      if let prop = group.prop(name), Self.denotes(prop.value, key, in: model) { return prop.argument.range }
    }
    return nil
  }

  /// A separate key policy resource (`aws.kms.KeyPolicy`, `KmsKeyPolicy`) for the key replaces its policy.
  func hasSeparateKeyPolicy(_ key: Resource, in model: FileModel) -> Bool {
    model.resources.contains { policy in
      policy.type.name.hasSuffix("KeyPolicy") && policy.props.contains { Self.denotes($0.value, key, in: model) }
    }
  }

  func reportUnconditioned(_ statement: Statement, file: SourceFile, reported: inout Set<Int>, into diagnostics: inout [Diagnostic]) {
    guard statement.isAllow, let principal = statement.logsPrincipal, !statement.isConditioned,
      reported.insert(principal.start).inserted else { return }
    var diagnostic = Self.description.diagnostic(
      path: file.path,
      range: principal,
      message: "The key policy lets `\(statement.logsPrincipalName)` use the key without a `kms:EncryptionContext:aws:logs:arn` condition, so log groups of any account can use it"
    )
    diagnostic.severity = .warning
    diagnostics.append(diagnostic)
  }

  /// Whether an IAM action pattern (`kms:*`, `kms:GenerateDataKey*`) covers `action`.
  static func matches(_ pattern: String, _ action: String) -> Bool {
    let pattern = pattern.lowercased()
    let action = action.lowercased()
    if pattern == "*" || pattern == action { return true }
    if pattern.hasSuffix("*") { return action.hasPrefix(String(pattern.dropLast())) }
    return false
  }

  /// Whether a service principal is CloudWatch Logs: `logs.amazonaws.com`, `logs.<region>.amazonaws.com`.
  static func isLogsService(_ template: StringTemplate) -> Bool {
    let leading = template.leadingText.lowercased()
    let trailing = template.trailingText.lowercased()
    guard leading.hasPrefix("logs.") else { return false }
    return trailing.hasSuffix(".amazonaws.com") || trailing.hasSuffix(".amazonaws.com.cn")
      || (!template.hasExpressions && trailing.hasSuffix("amazonaws.com"))
  }

  // MARK: Reading policies

  /// The statements of a policy value: `JSON.stringify({...})`, `json.dumps({...})`, a dictionary or object
  /// literal, `iam.PolicyDocument(statements=[...])`, names followed. Nil when it cannot be read.
  func statementsOf(_ value: Value, in model: FileModel, depth: Int = 0) -> [Statement]? {
    guard depth < 4 else { return nil }
    let file = model.file
    switch value.kind {
    case .object(let type, let entries):
      if type?.hasSuffix(".PolicyDocument") == true {
        guard let list = value.entry("statements")?.value else { return [] }
        guard let elements = list.elements else { return nil }
        var statements: [Statement] = []
        for element in elements {
          guard let statement = cdkStatement(element, in: model) else { return nil }
          statements.append(statement)
        }
        return statements
      }
      guard type == nil, !Self.hasSpread(value, in: file) else { return nil }
      guard let statementValue = entries.first(where: { $0.label?.name == "Statement" })?.value else { return [] }
      var statements: [Statement] = []
      for element in statementValue.elements ?? [statementValue] {
        guard element.entries != nil, !Self.hasSpread(element, in: file) else { return nil }
        statements.append(jsonStatement(element, in: model))
      }
      return statements
    case .factory(_, let method, let arguments) where method == "fromJson":
      return arguments.first.flatMap { statementsOf($0.value, in: model, depth: depth + 1) }
    default:
      // `json.dumps(...)`, `JSON.stringify(...)`, `jsonencode(...)`, `Fn.toJsonString(...)`: not catalogued.
      guard let index = file.callIndex(spanning: value.resolvedTokens), let name = file.calls[index].callee?.last.name,
        ["stringify", "dumps", "json_dumps", "jsonencode", "toJsonString", "to_json_string"].contains(name) else { return nil }
      let call = file.calls[index]
      guard let argument = call.positional.first, call.positional.count <= 3 else { return nil }
      return statementsOf(model.value(of: argument), in: model, depth: depth + 1)
    }
  }

  /// Whether an object literal has a spread (`{ ...base }`), which hides fields.
  static func hasSpread(_ value: Value, in file: SourceFile) -> Bool {
    file.objectProperties(tokens: value.resolvedTokens)?.contains(where: \.isSpread) ?? false
  }

  /// A statement written as JSON (`{"Effect": ..., "Principal": ..., "Action": ...}`).
  func jsonStatement(_ value: Value, in model: FileModel) -> Statement {
    func field(_ name: String) -> Value? { value.entries?.first { $0.label?.name == name }?.value }
    var statement = Statement(logsPrincipal: nil, logsPrincipalName: "", actions: [], isAllow: true, isConditioned: false)
    if let effect = field("Effect") { statement.isAllow = effect.string != "Deny" }
    if let service = field("Principal")?.entries?.first(where: { $0.label?.name == "Service" })?.value {
      for element in service.elements ?? [service] {
        guard let template = element.template, Self.isLogsService(template) else { continue }
        statement.logsPrincipal = template.range
        statement.logsPrincipalName = template.display(for: model.file.language)
        break
      }
    }
    if let action = field("Action") {
      let values = action.elements ?? [action]
      let strings = values.compactMap(\.string)
      statement.actions = strings.count == values.count ? strings : nil
    } else {
      statement.actions = field("NotAction") == nil ? [] : nil
    }
    if let condition = field("Condition") {
      statement.isConditioned = mentionsLogsContext(condition, in: model, depth: 0)
    }
    return statement
  }

  /// A CDK `iam.PolicyStatement(...)` (or a name bound to one), or `PolicyStatement.from_json({...})`.
  func cdkStatement(_ value: Value, in model: FileModel) -> Statement? {
    let file = model.file
    if let (method, arguments) = value.factory(of: "PolicyStatement") {
      guard method == "fromJson", let json = arguments.first?.value, json.entries != nil else { return nil }
      return jsonStatement(json, in: model)
    }
    guard case .object(let type, _) = value.kind, type?.hasSuffix(".PolicyStatement") == true,
      let index = file.callIndex(spanning: value.resolvedTokens), !file.calls[index].arguments.contains(where: \.isSpread)
    else { return nil }
    // Statements changed after they are built (`statement.add_condition(...)`) are not read.
    if value.tokens != value.resolvedTokens {
      let name = file.text(tokens: value.tokens)
      if file.calls.contains(where: { other in
        guard let callee = other.callee, callee.parts.count >= 2 else { return false }
        return callee.parts.dropLast().map(\.name).joined(separator: ".") == name && callee.last.name.lowercased().hasPrefix("add")
      }) {
        return nil
      }
    }
    var statement = Statement(logsPrincipal: nil, logsPrincipalName: "", actions: [], isAllow: true, isConditioned: false)
    if let effect = value.entry("effect")?.value.enumMember(of: "Effect") { statement.isAllow = effect != "DENY" }
    for principal in value.entry("principals")?.value.elements ?? [] {
      // `iam.ServicePrincipal("logs.amazonaws.com")`: the service is its first positional argument.
      guard case .object(let principalType, _) = principal.kind, principalType?.hasSuffix(".ServicePrincipal") == true,
        let principalCall = file.callIndex(spanning: principal.resolvedTokens),
        let service = file.calls[principalCall].positional.first,
        let template = model.value(of: service).template, Self.isLogsService(template) else { continue }
      statement.logsPrincipal = template.range
      statement.logsPrincipalName = template.display(for: file.language)
      break
    }
    if let actions = value.entry("actions")?.value {
      let values = actions.elements ?? []
      let strings = values.compactMap(\.string)
      statement.actions = actions.elements != nil && strings.count == values.count ? strings : nil
    }
    if let conditions = value.entry("conditions")?.value {
      statement.isConditioned = mentionsLogsContext(conditions, in: model, depth: 0)
    }
    return statement
  }

  /// Whether a condition block names the logs encryption context key; true when it cannot be read, so that
  /// conditions built elsewhere are given the benefit of the doubt.
  func mentionsLogsContext(_ value: Value, in model: FileModel, depth: Int) -> Bool {
    guard depth < 4, let entries = value.entries, !Self.hasSpread(value, in: model.file) else { return true }
    for entry in entries {
      if entry.label?.name.lowercased() == Self.contextKey { return true }
      if entry.value.entries != nil, mentionsLogsContext(entry.value, in: model, depth: depth + 1) { return true }
    }
    return false
  }
}
