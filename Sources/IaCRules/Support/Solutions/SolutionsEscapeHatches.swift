import IaCModel
import IaCSyntax

/// Whether the source may change a construct's CloudFormation resources where the AWS Solutions rules do not look.
enum SolutionsEscapeHatches {
  /// Whether code iaclsp does not read may change the construct's resources: an escape hatch
  /// (`x.node.default_child`, `x.node.find_child(...)`, `x.node.default_child.prop = ...`), or a function or
  /// construct of the project it is passed to that may call one of `methods` (TypeScript spelling) or code iaclsp
  /// cannot read. Passing it to aws-cdk-lib, or to a method of another construct of the file (`lb.add_target(asg)`,
  /// `db.connections.allow_from(asg, ...)`), changes nothing the rules read.
  static func mayChange(_ resource: Resource, in model: FileModel, calls methods: Set<String> = []) -> Bool {
    let file = model.file
    if let binding = resource.binding {
      let prefixes = [binding + ".node.defaultChild", binding + ".node.default_child"]
      if file.assignments.contains(where: { assignment in prefixes.contains { assignment.target.hasPrefix($0) } }) {
        return true
      }
      for assignment in file.assignments {
        let value = file.text(tokens: assignment.valueTokens)
        if prefixes.contains(where: { value.hasPrefix($0) }) { return true }
      }
    }
    let bindings = Set(model.resources.compactMap(\.binding))
    for resourceCall in resource.calls {
      switch resourceCall.role {
      case .method(let method):
        if method.hasPrefix("node.defaultChild") || method.hasPrefix("node.findChild") { return true }
      case .aspect:
        continue
      case .argument:
        guard let callee = file.calls[resourceCall.call].callee else { return true }
        if file.cdkSymbol(of: callee) != nil { continue }
        let names = callee.parts.map(\.name)
        if names.contains("NagSuppressions") { continue }
        // A method of a construct of the file: aws-cdk-lib code.
        if names.count > 1, (1..<names.count).contains(where: { bindings.contains(names[0..<$0].joined(separator: ".")) }) {
          continue
        }
        if let body = SolutionsSecondConstruct.localDefinition(of: callee, in: file),
          !SolutionsSecondConstruct.mayComplete(body: body, in: model, creates: { _ in false }, calls: methods) {
          continue
        }
        return true
      }
    }
    return false
  }
}
