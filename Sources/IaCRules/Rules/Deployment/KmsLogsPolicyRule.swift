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
    nonTriggeringExamples: KmsLogsPolicyRule.nonTriggering
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

  /// A KMS key created in the file.
  struct Key {
    var call: Call
    var callee: Reference
    /// The name the key is bound to (`cloudwatch_key`, `self.key`, `this.key`).
    var binding: String?
    /// The policy argument, when there is one.
    var policy: Argument?
    /// The statements, nil when the policy cannot be read.
    var statements: [Statement]?
  }

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !file.frameworks.isEmpty, !file.isTestFile else { return }
    let reader = ValueReader(file)
    var keys: [Key] = []
    var logGroupKeys: [(value: String, argument: Argument)] = []
    var reportedPrincipals = Set<Int>()
    for (index, call) in file.calls.enumerated() {
      guard let callee = call.callee else { continue }
      if let policyNames = keyPolicyInputs(callee, in: file, reader: reader) {
        if reader.hasHiddenArguments(call) { continue }
        let policy = reader.argument(call, policyNames)
        let statements = policy.map { statementsOf($0.valueTokens, reader: reader) } ?? []
        let binding = file.assignments.first { $0.valueCall == index }?.target
        keys.append(Key(call: call, callee: callee, binding: binding, policy: policy, statements: statements))
      } else if let keyNames = logGroupKeyInputs(callee, in: file, reader: reader),
        let argument = reader.argument(call, keyNames) {
        logGroupKeys.append((file.text(tokens: argument.valueTokens), argument))
      }
    }
    // Statements added later: `key.add_to_resource_policy(iam.PolicyStatement(...))`.
    var added: [String: [Statement]] = [:]
    var opaque = Set<String>()
    for call in file.calls {
      guard let callee = call.callee, callee.parts.count >= 2, !callee.hasReceiverExpression else { continue }
      let receiver = callee.parts.dropLast().map(\.name).joined(separator: ".")
      let method = callee.last.name
      if method == "add_to_resource_policy" || method == "addToResourcePolicy" {
        guard let argument = call.positional.first ?? call.keyword("statement") else { continue }
        if let statement = cdkStatement(argument.valueTokens, reader: reader),
          statement.actions.map({ $0.allSatisfy { $0.lowercased().hasPrefix("kms:") } }) ?? false {
          added[receiver, default: []].append(statement)
        } else {
          opaque.insert(receiver)
        }
      } else if method.hasPrefix("grant") {
        // `key.grant_encrypt_decrypt(principal)` changes the key policy in ways not read here.
        opaque.insert(receiver)
      }
    }
    for (receiver, statements) in added where !keys.contains(where: { $0.binding == receiver }) {
      // A key created elsewhere: judge only the conditions of what is added here.
      for statement in statements {
        reportUnconditioned(statement, file: file, reported: &reportedPrincipals, into: &diagnostics)
      }
    }
    for key in keys {
      var statements = key.statements
      if let binding = key.binding {
        if opaque.contains(binding) { statements = nil }
        if let extra = added[binding] {
          for statement in extra {
            reportUnconditioned(statement, file: file, reported: &reportedPrincipals, into: &diagnostics)
          }
          statements = statements.map { $0 + extra }
        }
      }
      for statement in key.statements ?? [] {
        reportUnconditioned(statement, file: file, reported: &reportedPrincipals, into: &diagnostics)
      }
      // The key encrypts a log group here: its policy must let CloudWatch Logs use it.
      guard let binding = key.binding, let statements,
        let use = logGroupKeys.first(where: { $0.value == binding || $0.value.hasPrefix(binding + ".") }) else { continue }
      if hasSeparateKeyPolicy(binding, in: file) { continue }
      let granted = statements.filter { $0.isAllow && $0.logsPrincipal != nil }
      if granted.contains(where: { $0.actions == nil }) { continue }
      let missing = Self.requiredActions.filter { action in
        !granted.contains { statement in statement.actions!.contains { Self.matches($0, action) } }
      }
      guard !missing.isEmpty else { continue }
      let list = missing.map { "`\($0)`" }.joined(separator: ", ")
      let message = key.policy == nil
        ? "This key encrypts a log group, but it has no key policy, and the default policy does not let CloudWatch Logs use it (\(list))"
        : "This key encrypts a log group, but its policy does not let CloudWatch Logs use it: \(list) missing for `logs.amazonaws.com`"
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: key.policy?.value ?? key.callee.range,
        message: message,
        related: [RelatedLocation(path: file.path, range: use.argument.range, message: "The log group is encrypted with this key")]
      ))
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

  // MARK: Resources

  func keyPolicyInputs(_ callee: Reference, in file: SourceFile, reader: ValueReader) -> [String]? {
    switch callee.last.name {
    case "Key", "CfnKey":
      if let symbol = file.cdkSymbol(of: callee), symbol.module == "aws_kms", symbol.members == [callee.last.name] {
        return callee.last.name == "Key" ? ["policy"] : ["key_policy", "keyPolicy"]
      }
      return reader.pulumiAWSType(callee) == "kms.Key" ? ["policy"] : nil
    case "KmsKey":
      return reader.cdktfAWSType(callee) != nil ? ["policy"] : nil
    default:
      return nil
    }
  }

  func logGroupKeyInputs(_ callee: Reference, in file: SourceFile, reader: ValueReader) -> [String]? {
    switch callee.last.name {
    case "LogGroup":
      if let symbol = file.cdkSymbol(of: callee), symbol.module == "aws_logs", symbol.members == ["LogGroup"] {
        return ["encryption_key", "encryptionKey"]
      }
      return reader.pulumiAWSType(callee) == "cloudwatch.LogGroup" ? ["kms_key_id", "kmsKeyId"] : nil
    case "CfnLogGroup":
      return file.cdkSymbol(of: callee)?.module == "aws_logs" ? ["kms_key_id", "kmsKeyId"] : nil
    case "CloudwatchLogGroup":
      return reader.cdktfAWSType(callee) != nil ? ["kmsKeyId"] : nil
    default:
      return nil
    }
  }

  /// A separate key policy resource (`aws.kms.KeyPolicy`, `KmsKeyPolicy`) for the key replaces its policy.
  func hasSeparateKeyPolicy(_ binding: String, in file: SourceFile) -> Bool {
    file.calls.contains { call in
      guard let name = call.callee?.last.name, name == "KeyPolicy" || name == "KmsKeyPolicy" else { return false }
      return (call.arguments + call.properties).contains { argument in
        let text = file.text(tokens: argument.valueTokens)
        return text == binding || text.hasPrefix(binding + ".")
      }
    }
  }

  // MARK: Reading policies

  /// The statements of a policy value: `JSON.stringify({...})`, `json.dumps({...})`, a dictionary or object
  /// literal, `iam.PolicyDocument(statements=[...])`, following names. Nil when it cannot be read.
  func statementsOf(_ tokens: Range<Int>, reader: ValueReader) -> [Statement]? {
    let file = reader.file
    if let call = reader.call(tokens), let callee = call.callee {
      switch callee.last.name {
      case "stringify", "dumps", "json_dumps", "jsonencode", "Fn.toJsonString", "toJsonString", "from_json", "fromJson":
        guard let argument = call.positional.first, call.positional.count <= 3 else { return nil }
        return statementsOf(argument.valueTokens, reader: reader)
      case "PolicyDocument":
        guard let list = reader.argument(call, ["statements"]) else { return [] }
        guard let elements = reader.elements(list.valueTokens) else { return nil }
        var statements: [Statement] = []
        for element in elements {
          guard let statement = cdkStatement(element, reader: reader) else { return nil }
          statements.append(statement)
        }
        return statements
      default:
        return nil
      }
    }
    guard let document = reader.properties(tokens) else { return nil }
    guard let statementValue = document.first(where: { $0.label?.name == "Statement" }) else { return [] }
    let elements = reader.elements(statementValue.valueTokens) ?? [statementValue.valueTokens]
    var statements: [Statement] = []
    for element in elements {
      guard let properties = reader.properties(element), !properties.contains(where: \.isSpread) else { return nil }
      statements.append(jsonStatement(properties, reader: reader, file: file))
    }
    return statements
  }

  func jsonStatement(_ properties: [Argument], reader: ValueReader, file: SourceFile) -> Statement {
    func field(_ name: String) -> Argument? { properties.first { $0.label?.name == name } }
    var statement = Statement(logsPrincipal: nil, logsPrincipalName: "", actions: [], isAllow: true, isConditioned: false)
    if let effect = field("Effect") { statement.isAllow = reader.string(effect.valueTokens) != "Deny" }
    if let principal = field("Principal"), let principalFields = reader.properties(principal.valueTokens),
      let service = principalFields.first(where: { $0.label?.name == "Service" }) {
      let values = reader.elements(service.valueTokens) ?? [service.valueTokens]
      for value in values {
        guard let template = reader.stringTemplates(value).first, Self.isLogsService(template) else { continue }
        statement.logsPrincipal = template.range
        statement.logsPrincipalName = template.display(for: file.language)
        break
      }
    }
    if let action = field("Action") {
      let values = reader.elements(action.valueTokens) ?? [action.valueTokens]
      let strings = values.compactMap { reader.string($0) }
      statement.actions = strings.count == values.count ? strings : nil
    } else {
      statement.actions = field("NotAction") == nil ? [] : nil
    }
    if let condition = field("Condition") {
      statement.isConditioned = mentionsLogsContext(condition.valueTokens, reader: reader, depth: 0)
    }
    return statement
  }

  /// A CDK `iam.PolicyStatement(...)` (or a name bound to one).
  func cdkStatement(_ tokens: Range<Int>, reader: ValueReader) -> Statement? {
    let file = reader.file
    guard let call = reader.call(tokens), let callee = call.callee else { return nil }
    if callee.last.name == "from_json" || callee.last.name == "fromJson" {
      guard let argument = call.positional.first, let properties = reader.properties(argument.valueTokens) else { return nil }
      return jsonStatement(properties, reader: reader, file: file)
    }
    guard callee.last.name == "PolicyStatement", !reader.hasHiddenArguments(call) else { return nil }
    // Statements changed after they are built (`statement.add_condition(...)`) are not read.
    let receiverText = file.text(tokens: tokens)
    if file.calls.contains(where: { other in
      guard let otherCallee = other.callee, otherCallee.parts.count >= 2 else { return false }
      return otherCallee.parts.dropLast().map(\.name).joined(separator: ".") == receiverText
        && otherCallee.last.name.lowercased().hasPrefix("add")
    }) {
      return nil
    }
    var statement = Statement(logsPrincipal: nil, logsPrincipalName: "", actions: [], isAllow: true, isConditioned: false)
    if let effect = reader.argument(call, ["effect"]), let member = reader.cdkMember(effect.valueTokens) {
      statement.isAllow = member.members.last != "DENY"
    }
    if let principals = reader.argument(call, ["principals"]) {
      for element in reader.elements(principals.valueTokens) ?? [] {
        guard let principal = reader.call(element), principal.callee?.last.name == "ServicePrincipal",
          let service = principal.positional.first,
          let template = reader.stringTemplates(service.valueTokens).first, Self.isLogsService(template) else { continue }
        statement.logsPrincipal = template.range
        statement.logsPrincipalName = template.display(for: file.language)
        break
      }
    }
    if let actions = reader.argument(call, ["actions"]) {
      let values = reader.elements(actions.valueTokens) ?? []
      let strings = values.compactMap { reader.string($0) }
      statement.actions = strings.count == values.count && reader.elements(actions.valueTokens) != nil ? strings : nil
    }
    if let conditions = reader.argument(call, ["conditions"]) {
      statement.isConditioned = mentionsLogsContext(conditions.valueTokens, reader: reader, depth: 0)
    }
    return statement
  }

  /// Whether a condition block names the logs encryption context key; true when it cannot be read, so that
  /// conditions built elsewhere are given the benefit of the doubt.
  func mentionsLogsContext(_ tokens: Range<Int>, reader: ValueReader, depth: Int) -> Bool {
    guard depth < 4 else { return true }
    guard let properties = reader.properties(tokens) else { return true }
    for property in properties {
      if property.isSpread { return true }
      if property.label?.name.lowercased() == Self.contextKey { return true }
      if reader.properties(property.valueTokens) != nil,
        mentionsLogsContext(property.valueTokens, reader: reader, depth: depth + 1) {
        return true
      }
    }
    return false
  }
}
