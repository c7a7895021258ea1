import IaCModel
import IaCSyntax

/// What the rules that need a second construct (a flow log, a log target bucket) may not see: a resource handed to
/// code iaclsp does not read could get that construct there.
enum SolutionsSecondConstruct {
  /// Whether `resource` is passed to a call that is not aws-cdk-lib's or cdk-nag's own (a custom construct, a helper
  /// function), or has its CloudFormation resource edited by hand (`node.default_child`): that code may satisfy a
  /// check iaclsp cannot judge, so the rules make no finding.
  static func mayBeCompletedElsewhere(_ resource: Resource, in model: FileModel) -> Bool {
    let file = model.file
    for resourceCall in resource.calls {
      switch resourceCall.role {
      case .method(let method):
        if method.hasPrefix("node.defaultChild") { return true }
      case .aspect:
        continue
      case .argument:
        guard let callee = file.calls[resourceCall.call].callee else { return true }
        if file.cdkSymbol(of: callee) != nil { continue }
        if callee.parts.contains(where: { $0.name == "NagSuppressions" }) { continue }
        return true
      }
    }
    // `cfn = bucket.node.default_child`: the CloudFormation resource escapes to code iaclsp does not follow.
    if let binding = resource.binding {
      let prefixes = [binding + ".node.defaultChild", binding + ".node.default_child"]
      for assignment in file.assignments {
        let value = file.text(tokens: assignment.valueTokens)
        if prefixes.contains(where: { value.hasPrefix($0) }) { return true }
      }
    }
    return false
  }

  /// Whether `value` refers to `resource`: the resource itself, or one of its attributes (`vpc.vpc_id`, `raw.ref`,
  /// `bucket.bucket_name`), anywhere inside lists, objects and factory arguments.
  static func refers(_ value: Value, to resource: Resource) -> Bool {
    switch value.kind {
    case .resource(let index):
      return index == resource.index
    case .reference(let text):
      guard let binding = resource.binding else { return false }
      return text.hasPrefix(binding + ".")
    case .list(let values):
      return values.contains { refers($0, to: resource) }
    case .object(_, let entries), .factory(_, _, let entries):
      return entries.contains { refers($0.value, to: resource) }
    default:
      return false
    }
  }

  /// The resources of the file of one of `types` with a prop that refers to `resource` (``refers(_:to:)``); only the
  /// props named in `props` when it is given.
  static func referrers(
    of resource: Resource,
    types: Set<String>,
    props: [String]? = nil,
    in model: FileModel
  ) -> [Resource] {
    model.resources.filter { other in
      guard other.index != resource.index, types.contains(other.type.fqn) else { return false }
      let values = props.map { names in names.compactMap { other.prop($0)?.value } } ?? other.props.map(\.value)
      return values.contains { refers($0, to: resource) }
    }
  }
}
