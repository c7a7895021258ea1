import IaCModel
import IaCSyntax

/// IAC306: KMS keys, databases and tables without a removal policy in a stack meant to be destroyed.
public struct MissingRemovalPolicyRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC306",
    name: "missing-removal-policy",
    summary: "A stateful resource has no removal policy in a stack that is meant to be destroyed",
    severity: .info,
    frameworks: [.cdk],
    fixAvailability: .sometimes,
    url: "https://docs.aws.amazon.com/cdk/v2/guide/resources.html#resources-removal",
    documentation: MissingRemovalPolicyRule.documentation,
    triggeringExamples: MissingRemovalPolicyRule.triggering,
    nonTriggeringExamples: MissingRemovalPolicyRule.nonTriggering,
    corrections: MissingRemovalPolicyRule.corrections
  )

  /// Resources CloudFormation retains (or keeps pending deletion) by default, by CDK module.
  static let statefulResources: [String: Set<String>] = [
    "aws_kms": ["Key"],
    "aws_rds": ["DatabaseCluster", "DatabaseInstance", "ServerlessCluster", "DatabaseClusterFromSnapshot", "DatabaseInstanceFromSnapshot"],
    "aws_dynamodb": ["Table", "TableV2"],
  ]

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard file.usesCDK, let destroy = destroyReference(in: file) else { return }
    let appliedLater = Set(file.calls.compactMap { call -> String? in
      guard let callee = call.callee, ["apply_removal_policy", "applyRemovalPolicy"].contains(callee.last.name) else { return nil }
      return callee.parts.dropLast().map(\.name).joined(separator: ".")
    })
    for (index, call) in file.calls.enumerated() {
      guard let callee = call.callee, let symbol = file.cdkSymbol(of: callee), symbol.members.count == 1,
        Self.statefulResources[symbol.module]?.contains(symbol.members[0]) == true,
        call.keyword(anyOf: ["removal_policy", "removalPolicy"]) == nil else { continue }
      if let target = file.assignments.first(where: { $0.valueCall == index })?.target {
        let bare = target.hasPrefix("self.") || target.hasPrefix("this.") ? String(target.split(separator: ".").last!) : target
        if appliedLater.contains(target) || appliedLater.contains(bare) || appliedLater.contains("self." + bare) || appliedLater.contains("this." + bare) {
          continue
        }
      }
      let name = file.language == .python ? "removal_policy" : "removalPolicy"
      let fix = ArgumentInserter(file).edit(adding: name, value: destroy, to: call).map {
        Fix(title: "Set `\(name)` to `\(destroy)`", applicability: .unsafe, edits: [$0])
      }
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: callee.range,
        message: "`\(callee.last.name)` has no removal policy, so it outlives this stack, which destroys its other resources on deletion",
        fix: fix
      ))
    }
  }

  /// How the file writes `RemovalPolicy.DESTROY` (`RemovalPolicy.DESTROY`, `cdk.RemovalPolicy.DESTROY`), when it
  /// uses it or sets `auto_delete_objects`: the signs of a stack meant to be torn down.
  func destroyReference(in file: SourceFile) -> String? {
    var destroysSomething = false
    for reference in file.references where reference.parts.count >= 2 {
      let names = reference.parts.map(\.name)
      if names.suffix(2) == ["RemovalPolicy", "DESTROY"] { return names.joined(separator: ".") }
    }
    for call in file.calls where call.keyword(anyOf: ["auto_delete_objects", "autoDeleteObjects"]).map({ file.text($0.value) == "True" || file.text($0.value) == "true" }) == true {
      destroysSomething = true
    }
    guard destroysSomething else { return nil }
    // A stack that only auto-deletes objects: spell `RemovalPolicy` as the file imports it.
    if let alias = file.importBindings.first(where: { $0.value == "aws_cdk.RemovalPolicy" || $0.value == "aws-cdk-lib.RemovalPolicy" })?.key {
      return alias + ".DESTROY"
    }
    if let core = file.alias(ofCDKModule: "") { return core + ".RemovalPolicy.DESTROY" }
    return nil
  }
}
