import IaCModel

/// Whether the source may change a construct's CloudFormation resources where the AWS Solutions rules do not look.
enum SolutionsEscapeHatches {
  /// Whether code iaclsp does not read may change the construct's resources: an escape hatch
  /// (`x.node.default_child`, `x.node.find_child(...)`, `x.node.default_child.prop = ...`), or a function or
  /// construct of the project it is passed to that may call one of `methods` (TypeScript spelling).
  static func mayChange(_ resource: Resource, in model: FileModel, calls methods: Set<String> = []) -> Bool {
    if resource.calls.contains(where: { $0.method?.hasPrefix("node.findChild") == true }) { return true }
    if let binding = resource.binding {
      let prefixes = [binding + ".node.defaultChild", binding + ".node.default_child"]
      if model.file.assignments.contains(where: { assignment in prefixes.contains { assignment.target.hasPrefix($0) } }) {
        return true
      }
    }
    return SolutionsSecondConstruct.mayBeCompletedElsewhere(resource, in: model, creates: { _ in false }, calls: methods)
  }
}
