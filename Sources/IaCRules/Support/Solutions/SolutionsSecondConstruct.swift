import IaCModel
import IaCSyntax

/// What the rules that need a second construct (a flow log, a log target bucket) may not see: a resource handed to
/// code iaclsp does not read could get that construct there.
enum SolutionsSecondConstruct {
  /// Whether `resource` is passed to a call that is not aws-cdk-lib's or cdk-nag's own (a custom construct, a helper
  /// function), or has its CloudFormation resource edited by hand (`node.default_child`): that code may satisfy a
  /// check iaclsp cannot judge, so the rules make no finding.
  ///
  /// A custom construct or function defined in the same file is read instead: it cannot complete the resource when
  /// its body creates no resource of a type `types` accepts, calls none of `methods` (TypeScript spelling,
  /// `addFlowLog`), and makes no call iaclsp cannot follow (only aws-cdk-lib, `super().__init__` and methods of the
  /// resources it creates).
  static func mayBeCompletedElsewhere(
    _ resource: Resource,
    in model: FileModel,
    creates types: (String) -> Bool,
    calls methods: Set<String>
  ) -> Bool {
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
        if isContainerBuiltin(callee, in: file) { continue }
        if callee.parts.contains(where: { $0.name == "NagSuppressions" }) { continue }
        if let body = localDefinition(of: callee, in: file),
          !mayComplete(body: body, in: model, creates: types, calls: methods) {
          continue
        }
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

  /// Python's container builtins (`dict(vpc=vpc, ...)` gathering props for `**common`), which only hold the resource:
  /// they cannot complete it. A name the file binds itself (an import, a function or class of its own) is not one.
  static func isContainerBuiltin(_ callee: Reference, in file: SourceFile) -> Bool {
    guard file.language == .python, callee.parts.count == 1, !callee.hasReceiverExpression else { return false }
    let name = callee.parts[0].name
    guard ["dict", "list", "tuple", "set", "frozenset"].contains(name) else { return false }
    return file.importBindings[name] == nil && !file.functions.contains { $0.name == name }
      && !file.classes.contains { $0.name == name }
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

  /// The range of the class or function of this file that `callee` names (`ReportingDatabase`,
  /// `self.add_database`), or nil.
  static func localDefinition(of callee: Reference, in file: SourceFile) -> TextRange? {
    let parts = callee.parts.map(\.name)
    guard parts.count == 1 || (parts.count == 2 && (parts[0] == "self" || parts[0] == "this")) else { return nil }
    let name = parts[parts.count - 1]
    if parts.count == 1, let declaration = file.classes.first(where: { $0.name == name }) { return declaration.range }
    let functions = file.functions.filter { $0.name == name && $0.isBodyComplete }
    return functions.count == 1 ? functions[0].range : nil
  }

  /// Whether the code in `body` may create one of `types`, call one of `methods`, or call code iaclsp cannot read.
  static func mayComplete(
    body: TextRange,
    in model: FileModel,
    creates types: (String) -> Bool,
    calls methods: Set<String>
  ) -> Bool {
    let file = model.file
    func inside(_ range: TextRange) -> Bool { range.start >= body.start && range.end <= body.end }
    if model.resources.contains(where: { inside($0.range) && types($0.type.fqn) }) { return true }
    var resourceMethods = Set<Int>()
    for other in model.resources where inside(other.range) {
      for call in other.calls { if case .method = call.role { resourceMethods.insert(call.call) } }
    }
    for (index, call) in file.calls.enumerated() where inside(call.range) {
      if model.resource(createdBy: index) != nil || resourceMethods.contains(index) { continue }
      guard let callee = call.callee else { return true }
      if methods.contains(PropName.camelCase(callee.last.name)) { return true }
      if callee.parts.first?.name == "super" || file.cdkSymbol(of: callee) != nil { continue }
      // `super().__init__(scope, construct_id)`
      if callee.hasReceiverExpression, let receiver = call.receiverCall, file.calls[receiver].calleeName == "super" {
        continue
      }
      return true
    }
    return false
  }
}
