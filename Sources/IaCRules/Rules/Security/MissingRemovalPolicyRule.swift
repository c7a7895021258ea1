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
    corrections: MissingRemovalPolicyRule.corrections,
    // L2 constructs only: their `removalPolicy` prop is what the fix sets (L1 `Cfn*` types have none).
    resourceTypes: MissingRemovalPolicyRule.statefulTypes,
    // A test's stack is synthesized, never deployed or deleted.
    testFiles: .exclude
  )

  /// Resources CloudFormation retains (or keeps pending deletion) by default.
  static let statefulTypes: [String] = [
    "aws-cdk-lib.aws_kms.Key",
    "aws-cdk-lib.aws_rds.DatabaseCluster",
    "aws-cdk-lib.aws_rds.DatabaseInstance",
    "aws-cdk-lib.aws_rds.ServerlessCluster",
    "aws-cdk-lib.aws_rds.DatabaseClusterFromSnapshot",
    "aws-cdk-lib.aws_rds.DatabaseInstanceFromSnapshot",
    "aws-cdk-lib.aws_dynamodb.Table",
    "aws-cdk-lib.aws_dynamodb.TableV2",
  ]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard resource.isCertainlyUnset("removalPolicy"), resource.methodCalls("applyRemovalPolicy").isEmpty,
      let destroy = destroyReference(in: model) else { return }
    let name = model.spelling(of: "removalPolicy", for: resource)
    let fix = PropEditor(model).add("removalPolicy", value: destroy, to: resource).map {
      Fix(title: "Set `\(name)` to `\(destroy)`", applicability: .unsafe, edits: [$0])
    }
    diagnostics.append(Self.description.diagnostic(
      path: model.file.path,
      range: model.findingRange(of: resource),
      message: "`\(resource.type.name)` has no removal policy, so it outlives this stack, which destroys its other resources on deletion",
      fix: fix
    ))
  }

  /// How the file writes `RemovalPolicy.DESTROY` (`RemovalPolicy.DESTROY`, `cdk.RemovalPolicy.DESTROY`), when it
  /// uses it or sets `auto_delete_objects` on a resource: the signs of a stack meant to be torn down.
  func destroyReference(in model: FileModel) -> String? {
    let file = model.file
    for reference in file.references where reference.parts.count >= 2 {
      let names = reference.parts.map(\.name)
      guard names.suffix(2) == ["RemovalPolicy", "DESTROY"] else { continue }
      let tokens = reference.parts[0].token..<(reference.last.token + 1)
      if model.value(of: tokens).isEnumMember("RemovalPolicy", "DESTROY") { return names.joined(separator: ".") }
    }
    guard model.resources.contains(where: { $0.prop("autoDeleteObjects")?.value.bool == true }) else { return nil }
    // A stack that only auto-deletes objects: spell `RemovalPolicy` as the file imports it.
    if let alias = file.importBindings.first(where: { $0.value == "aws_cdk.RemovalPolicy" || $0.value == "aws-cdk-lib.RemovalPolicy" })?.key {
      return alias + ".DESTROY"
    }
    if let core = file.alias(ofCDKModule: "") { return core + ".RemovalPolicy.DESTROY" }
    return nil
  }
}
