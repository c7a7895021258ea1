import IaCModel
import IaCSyntax

/// How an AWS Solutions rule judges one kind of resource from one deciding prop: the data most rules of the pack
/// are made of. A rule lists its checks; ``SolutionsPropRule`` runs them.
///
/// The judgement is conservative. A prop whose value iaclsp cannot evaluate gives no finding; an unset prop fails
/// only when no props are hidden (`**kwargs`, a spread, a props variable); a call or a referring resource that may
/// satisfy the check by other means (a policy added by hand) silences it.
package struct SolutionsPropCheck: Sendable {
  /// What a prop's value means for the check: pass, fail, or unknown (no finding).
  package typealias Verdict = @Sendable (Value) -> Bool?

  /// The resource types, as fully qualified names (`aws-cdk-lib.aws_s3.Bucket`).
  package var types: [String]
  /// The deciding prop, in any casing.
  package var prop: String
  package var verdict: Verdict
  /// Whether a resource that certainly leaves the prop unset fails (the CDK default fails the check).
  package var unsetFails: Bool
  /// Props whose presence passes the resource, whatever `prop` says (`storage_encryption_key` implies encryption).
  package var passedBy: [String]
  /// Methods that, called on the resource, may satisfy the check (`add_to_resource_policy`): no finding then.
  package var satisfiedByMethods: [String]
  /// Types of resources that, referring to this one, may satisfy the check (a separate `BucketPolicy`).
  package var satisfiedByReferrers: [String]
  /// Whether the check applies to this resource at all (an Aurora instance is exempt from a rule for RDS instances).
  package var applies: (@Sendable (Resource, FileModel) -> Bool)?
  /// The message when the prop is unset, and when its value fails.
  package var unsetMessage: String
  package var valueMessage: String
  /// The boolean a one-prop fix writes, when there is one.
  package var fixValue: Bool?
  /// The value a one-prop fix writes when it is not a boolean (an enum member, a props struct), in the file's own
  /// spelling; nil when the file gives no way to name it (see ``SolutionsFixText``).
  package var fixText: SolutionsFixText?

  package init(
    types: [String],
    prop: String,
    verdict: @escaping Verdict,
    unsetFails: Bool,
    passedBy: [String] = [],
    satisfiedByMethods: [String] = [],
    satisfiedByReferrers: [String] = [],
    applies: (@Sendable (Resource, FileModel) -> Bool)? = nil,
    unsetMessage: String,
    valueMessage: String,
    fixValue: Bool? = nil,
    fixText: SolutionsFixText? = nil
  ) {
    self.types = types
    self.prop = prop
    self.verdict = verdict
    self.unsetFails = unsetFails
    self.passedBy = passedBy
    self.satisfiedByMethods = satisfiedByMethods
    self.satisfiedByReferrers = satisfiedByReferrers
    self.applies = applies
    self.unsetMessage = unsetMessage
    self.valueMessage = valueMessage
    self.fixValue = fixValue
    self.fixText = fixText
  }

  // MARK: Verdicts

  /// Passes on literal `true`, fails on literal `false`.
  package static let mustBeTrue: Verdict = { $0.bool }
  /// Fails on literal `true`, passes on literal `false`.
  package static let mustBeFalse: Verdict = { value in value.bool.map { !$0 } }

  /// Fails when the value is one of these enum members of `type` (`QueueEncryption`, `["UNENCRYPTED"]`); passes on
  /// any other member; unknown otherwise.
  package static func mustNotBe(_ type: String, _ members: Set<String>) -> Verdict {
    { value in value.enumMember(of: type).map { !members.contains($0) } }
  }

  /// Passes when the value is one of these enum members of `type`; fails on any other member.
  package static func mustBe(_ type: String, _ members: Set<String>) -> Verdict {
    { value in value.enumMember(of: type).map { members.contains($0) } }
  }

  // MARK: Judging

  /// Whether the check judges this resource.
  func judges(_ resource: Resource) -> Bool {
    types.contains(resource.type.fqn)
  }

  /// Appends the finding this check makes on `resource`, if any.
  func check(
    _ resource: Resource,
    in model: FileModel,
    description: RuleDescription,
    fixReplaces: Bool,
    context: RuleContext? = nil,
    into diagnostics: inout [Diagnostic]
  ) {
    guard !resource.isCDKv1, judges(resource) else { return }
    if let applies, !applies(resource, model) { return }
    if passedBy.contains(where: { resource.isSet($0) }) { return }
    if satisfiedByMethods.contains(where: { mayAddDeny(resource.methodCalls($0), in: model) }) { return }
    if !satisfiedByReferrers.isEmpty {
      let referrers = resource.referencedBy.map { model.resources[$0].type.fqn }
      if referrers.contains(where: { satisfiedByReferrers.contains($0) }) { return }
    }
    let path = model.file.path
    if let prop = resource.prop(prop) {
      guard verdict(prop.value) == false else { return }
      let fix = self.fix(prop: self.prop, on: resource, in: model, replaces: fixReplaces, context: context)
      let finding = description.diagnostic(path: path, range: prop.argument.range, message: valueMessage, fix: fix)
      diagnostics.append(finding)
    } else if unsetFails && !resource.hasHiddenProps {
      let fix = self.fix(prop: self.prop, on: resource, in: model, replaces: fixReplaces, context: context)
      let finding = description.diagnostic(path: path, range: resource.calleeRange, message: unsetMessage, fix: fix)
      diagnostics.append(finding)
    }
  }

  /// Whether one of these calls may add a Deny statement: its first argument is not certainly a policy statement
  /// that allows (`iam.PolicyStatement(...)` without `effect=iam.Effect.DENY`).
  func mayAddDeny(_ calls: [ResourceCall], in model: FileModel) -> Bool {
    calls.contains { call in
      let arguments = model.file.calls[call.call].arguments
      guard let first = arguments.first(where: { $0.label == nil && !$0.isSpread }) else { return true }
      let statement = model.value(of: first)
      guard case .object(let type, _) = statement.kind, let type, type.hasSuffix("PolicyStatement") else { return true }
      guard let effect = statement.entry("effect")?.value else { return false }
      return effect.enumMember(of: "Effect") != "ALLOW"
    }
  }

  /// The fix that writes ``fixValue`` or ``fixText`` for the prop; nil without either, or when the props cannot be
  /// edited. A ``fixText`` fix names API that older aws-cdk-lib releases may lack, so it is unsafe unless the project
  /// is known to be on a release at least as new as the one the pack's facts were verified in.
  func fix(prop: String, on resource: Resource, in model: FileModel, replaces: Bool, context: RuleContext? = nil) -> Fix? {
    let editor = PropEditor(model)
    let literal: String
    var mayNeedNewerLibrary = false
    if let fixValue {
      literal = editor.literal(fixValue)
    } else if let fixText, let text = fixText.text(for: resource, in: model) {
      literal = text
      mayNeedNewerLibrary = context.map { SolutionsFixText.pinsOlderRelease(context: $0) } ?? true
    } else {
      return nil
    }
    guard let edit = editor.set(prop, to: literal, on: resource) else { return nil }
    let name = model.spelling(of: prop, for: resource)
    return Fix(
      title: "Set `\(name)` to `\(literal)`",
      applicability: replaces || mayNeedNewerLibrary ? .unsafe : .safe,
      edits: [edit]
    )
  }
}

extension SolutionsPropCheck {
  /// Runs the checks that judge `resource`, for the rule described by `description`.
  static func run(
    _ checks: [SolutionsPropCheck],
    on resource: Resource,
    in model: FileModel,
    description: RuleDescription,
    context: RuleContext? = nil,
    into diagnostics: inout [Diagnostic]
  ) {
    let replaces = SolutionsCatalog.facts(code: description.code)?.fix?.replacesResource ?? false
    for check in checks where check.judges(resource) {
      check.check(resource, in: model, description: description, fixReplaces: replaces, context: context, into: &diagnostics)
    }
  }
}

/// An AWS Solutions rule made only of ``SolutionsPropCheck``s, which its resource check runs.
package protocol SolutionsPropRule: Rule {
  static var checks: [SolutionsPropCheck] { get }
}

extension SolutionsPropRule {
  public func check(
    _ resource: Resource,
    in model: FileModel,
    context: RuleContext,
    into diagnostics: inout [Diagnostic]
  ) {
    SolutionsPropCheck.run(
      Self.checks, on: resource, in: model, description: Self.description, context: context, into: &diagnostics)
  }
}

extension RuleDescription {
  /// The description of an AWS Solutions rule: code, name, severity, resource types and equivalents come from the
  /// facts table (``SolutionsCatalog``), the words and examples from the rule.
  package static func solutions(
    code: String,
    summary: String,
    url: String,
    resourceTypes: [String],
    frameworks: [Framework] = [.cdk],
    fixAvailability: FixAvailability = .none,
    documentation: @autoclosure @escaping @Sendable () -> String,
    triggeringExamples: @autoclosure @escaping @Sendable () -> [Example],
    nonTriggeringExamples: @autoclosure @escaping @Sendable () -> [Example],
    corrections: @autoclosure @escaping @Sendable () -> [Correction] = []
  ) -> RuleDescription {
    let facts = SolutionsCatalog.rowsByCode[code]
    var description = RuleDescription(
      code: code,
      name: facts?.name ?? code.lowercased(),
      summary: summary,
      severity: facts?.severity ?? .warning,
      frameworks: frameworks,
      fixAvailability: fixAvailability,
      url: url,
      documentation: documentation(),
      triggeringExamples: triggeringExamples(),
      nonTriggeringExamples: nonTriggeringExamples(),
      corrections: corrections(),
      resourceTypes: resourceTypes,
      // cdk-nag judges the apps a team deploys; a unit test's stack sets only what the test is about.
      testFiles: .exclude,
      equivalents: facts.map { [$0.nagRuleID] + $0.equivalents } ?? []
    )
    description.messagesUsePythonNames = true
    return description
  }
}

extension SolutionsCatalog {
  /// The rows by iaclsp code (the first row of a code, as ``facts(code:)``), so that building the descriptions of
  /// the pack's rules looks each up once instead of scanning the table.
  static let rowsByCode: [String: SolutionsRuleFacts] = Dictionary(
    rules.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
}
