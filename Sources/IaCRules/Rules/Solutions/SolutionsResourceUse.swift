import IaCModel
import IaCSyntax

/// How the source uses a resource beyond its own call, for rules that must know whether other code may complete it.
enum SolutionsResourceUse {
  /// Whether the resource is passed to other code (a function, a construct of the project) that may add to it.
  /// A cdk-nag suppression or acknowledgement that names it does not count.
  static func isPassedToOtherCode(_ resource: Resource, in model: FileModel) -> Bool {
    resource.calls.contains { use in
      guard use.role == .argument else { return false }
      guard let callee = model.file.calls[use.call].callee else { return true }
      let names = callee.parts.map(\.name)
      return !names.contains("NagSuppressions") && !names.contains("Validations")
    }
  }
}
