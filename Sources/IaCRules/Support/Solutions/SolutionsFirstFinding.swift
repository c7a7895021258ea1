import IaCModel

/// An AWS Solutions rule judged by several props of one resource, in order, that reports only the first that fails:
/// one finding per resource, as cdk-nag reports one per rule and resource.
package protocol SolutionsFirstFindingRule: Rule {
  static var checks: [SolutionsPropCheck] { get }
}

extension SolutionsFirstFindingRule {
  public func check(
    _ resource: Resource,
    in model: FileModel,
    context: RuleContext,
    into diagnostics: inout [Diagnostic]
  ) {
    for check in Self.checks where check.judges(resource) {
      var found: [Diagnostic] = []
      SolutionsPropCheck.run([check], on: resource, in: model, description: Self.description, into: &found)
      if let first = found.first {
        diagnostics.append(first)
        return
      }
    }
  }
}
