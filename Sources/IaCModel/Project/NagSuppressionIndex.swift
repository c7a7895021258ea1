import IaCSyntax

/// The cdk-nag suppressions a project's sources write, resolved to the constructs they name, and the question every
/// finding asks of them: is this resource covered?
///
/// It reads cdk-nag 2's `NagSuppressions.add_resource_suppressions(construct, [...], apply_to_children)`,
/// `add_stack_suppressions(stack, [...])` and `add_resource_suppressions_by_path(stack, path, [...])`, and
/// aws-cdk-lib's `Validations.of(construct).acknowledge(...)`, which cdk-nag 3 reads (in either spelling, Python or
/// TypeScript). A construct argument resolves through the resource model: a variable bound to a construct, `self` or
/// `this` in one of the project's classes (every instance of that class), `x.node.default_child`, `Stack.of(...)`, the
/// `App`, an instance of one of the project's classes, or a list of these. An argument iaclsp cannot follow leaves the
/// suppression unresolved: it silences nothing.
package struct NagSuppressionIndex: Sendable {
  /// One construct a suppression names.
  package enum Target: Sendable, Hashable {
    /// A resource of a model: `(model, resource)` indices.
    case resource(model: Int, resource: Int)
    /// A construct the project's code creates that is not a resource (an instance of one of the project's classes,
    /// a `cdk.Stack`): the model and the index of the creating call.
    case instance(model: Int, call: Int)
    /// Every instance of one of the project's classes, by name: what `self` or `this` means in its body.
    case classBody(String)
    /// The whole app.
    case app
  }

  /// Which API wrote the suppression.
  package enum Kind: String, Sendable {
    case resource = "add_resource_suppressions"
    case stack = "add_stack_suppressions"
    case path = "add_resource_suppressions_by_path"
    case acknowledge = "acknowledge"
  }

  /// One rule a suppression names.
  package struct Rule: Sendable {
    /// The rule id without a namespace or finding part: `AwsSolutions-S1`, `HIPAA.Security-S3BucketLoggingEnabled`.
    package var id: String
    /// Whether it names only some findings of the rule: an id with a `[finding]` part (`AwsSolutions-IAM5[Action::*]`)
    /// or a cdk-nag 2 suppression with `applies_to`.
    package var isGranular: Bool
    /// The id's string literal, where findings about the entry go.
    package var range: TextRange
    /// The reason, when it is a literal.
    package var reason: String?
  }

  /// One suppression call.
  package struct Suppression: Sendable {
    package var kind: Kind
    /// The index of the model the call is in.
    package var model: Int
    /// The file's path.
    package var path: String
    /// The call's range.
    package var range: TextRange
    /// The constructs it names; empty when the construct argument could not be resolved.
    package var targets: [Target]
    /// Whether it covers the constructs created inside its targets, and not only their own resources.
    package var appliesToChildren: Bool
    package var rules: [Rule]
  }

  /// The models of the project's sources, when one of them writes a suppression; else empty.
  package let models: [FileModel]
  package private(set) var suppressions: [Suppression] = []
  /// Model index by path.
  let modelByPath: [String: Int]
  /// The project's classes that extend a stack, by name.
  let stackClasses: Set<String>
  /// Instantiations of the project's classes, by class name: `(model, call)`.
  let instantiations: [String: [(model: Int, call: Int)]]

  /// An index that knows no suppression.
  package init() {
    models = []
    modelByPath = [:]
    stackClasses = []
    instantiations = [:]
  }

  /// Reads the suppressions of a project's sources. Sources that import neither cdk-nag nor `Validations` cost one
  /// look at their imports; models are built only when some source can suppress.
  package init(sources: [SourceFile]) {
    let files = sources.filter { !$0.isTestFile }
    guard files.contains(where: NagSuppressionIndex.maySuppress) else {
      self.init()
      return
    }
    self.init(models: files.map { FileModel($0) })
  }

  /// Reads the suppressions of a project's file models.
  package init(models: [FileModel]) {
    self.models = models
    var modelByPath: [String: Int] = [:]
    var classes: Set<String> = []
    var stackClasses: Set<String> = []
    for (index, model) in models.enumerated() {
      modelByPath[model.file.path] = index
      for declaration in model.file.classes {
        classes.insert(declaration.name)
        if declaration.bases.contains(where: { ($0.split(separator: ".").last.map(String.init) ?? $0).hasSuffix("Stack") }) {
          stackClasses.insert(declaration.name)
        }
      }
    }
    var instantiations: [String: [(model: Int, call: Int)]] = [:]
    for (modelIndex, model) in models.enumerated() {
      for (callIndex, call) in model.file.calls.enumerated() {
        guard let callee = call.callee, !callee.hasReceiverExpression, classes.contains(callee.last.name),
          model.resource(createdBy: callIndex) == nil else { continue }
        instantiations[callee.last.name, default: []].append((modelIndex, callIndex))
      }
    }
    self.modelByPath = modelByPath
    self.stackClasses = stackClasses
    self.instantiations = instantiations
    var found: [Suppression] = []
    var tree: ConstructTree?
    for index in models.indices where NagSuppressionIndex.maySuppress(models[index].file) {
      found += NagSuppressionReader(index: self, model: index).read(tree: &tree)
    }
    suppressions = found
  }

  /// Whether a file may write a suppression: it calls something through a name `NagSuppressions` or `Validations`
  /// (a quick look at its calls; the reader then checks the imports).
  package static func maySuppress(_ file: SourceFile) -> Bool {
    file.calls.contains { call in
      guard let callee = call.callee, !callee.hasReceiverExpression, callee.parts.count >= 2 else { return false }
      let owner = callee.parts[callee.parts.count - 2].name
      return owner == "NagSuppressions" || owner == "Validations"
    }
  }

  /// Whether the index knows any suppression.
  package var isEmpty: Bool { suppressions.isEmpty }

  /// The index of the model of a file, by its path.
  package func model(path: String) -> Int? { modelByPath[path] }

  // MARK: Coverage

  /// Whether `suppression` covers resource `resource` of model `model`: on every path from the resource up to the
  /// app (one per instance of each class it sits in), one of the targets is the resource itself, or (with
  /// children) one of the constructs it is created in. Without children, a target that is a construct of the
  /// project's own covers only its default child: an L1 resource created in it with the id `Resource` or `Default`.
  package func covers(_ suppression: Suppression, model: Int, resource: Int) -> Bool {
    covers(suppression, model: model, resource: resource, everyInstance: true)
  }

  /// Whether `suppression` covers resource `resource` of model `model` on every path up to the app (every instance
  /// of the classes it sits in), or, when `everyInstance` is false, on at least one.
  func covers(_ suppression: Suppression, model: Int, resource: Int, everyInstance: Bool) -> Bool {
    guard !suppression.targets.isEmpty else { return false }
    if suppression.targets.contains(.app) { return true }
    let paths = ancestry(model: model, resource: resource)
    let own = models[model].resources[resource]
    let isDefaultChild = own.type.isCloudFormationResource && (own.idText == "Resource" || own.idText == "Default")
    let covered = { (path: [Target]) -> Bool in
      suppression.targets.contains { target in
        if suppression.appliesToChildren { return path.contains(target) }
        if path.first == target { return true }
        guard isDefaultChild, path.count >= 2 else { return false }
        if path[1] == target { return true }
        if case .classBody = path[1], path.count >= 3 { return path[2] == target }
        return false
      }
    }
    return everyInstance ? paths.allSatisfy(covered) : paths.contains(where: covered)
  }

  /// Every resource of every model that `suppression` covers in at least one of its instances, as
  /// `(model, resource)`: the resources whose findings it silences in cdk-nag.
  package func coveredResources(_ suppression: Suppression) -> [(model: Int, resource: Int)] {
    var result: [(model: Int, resource: Int)] = []
    for (modelIndex, model) in models.enumerated() {
      for resource in model.resources.indices
      where covers(suppression, model: modelIndex, resource: resource, everyInstance: false) {
        result.append((modelIndex, resource))
      }
    }
    return result
  }

  /// The constructs a resource sits in, from itself outwards, once per path to the app: its scope chain in its
  /// file, then the class it is created in (`self`), each instantiation of that class and what encloses it.
  func ancestry(model: Int, resource: Int) -> [[Target]] {
    let resources = models[model].resources
    var chain: [Target] = [.resource(model: model, resource: resource)]
    var root = resources[resource]
    var seen: Set<Int> = [resource]
    while let parent = root.scope?.resource, seen.insert(parent).inserted {
      chain.append(.resource(model: model, resource: parent))
      root = resources[parent]
    }
    return scopeAncestry(model: model, scope: root.scope, at: root.range.start, depth: 0).map { chain + $0 }
  }

  /// What encloses a construct created with `scope` at `offset` of a model's file.
  func scopeAncestry(model: Int, scope: Value?, at offset: Int, depth: Int) -> [[Target]] {
    guard depth < 8, let scope else { return [[]] }
    let file = models[model].file
    let text = file.text(tokens: scope.tokens)
    if text == "self" || text == "this" {
      guard let container = file.innermostClass(at: offset) else { return [[]] }
      return classAncestry(file.classes[container].name, depth: depth + 1)
    }
    switch construct(denotedBy: scope, model: model) {
    case .app?: return [[.app]]
    case .instance(let instanceModel, let call)?: return instanceAncestry(model: instanceModel, call: call, depth: depth + 1)
    case .resource(let resourceModel, let resource)?: return ancestry(model: resourceModel, resource: resource)
    default: return [[]]
    }
  }

  /// The paths of every instance of a class: the class, then each instantiation's own paths.
  func classAncestry(_ name: String, depth: Int) -> [[Target]] {
    guard depth < 8, let list = instantiations[name], !list.isEmpty else { return [[.classBody(name)]] }
    return list.flatMap { instantiation in
      instanceAncestry(model: instantiation.model, call: instantiation.call, depth: depth + 1).map { [.classBody(name)] + $0 }
    }
  }

  /// The paths of a construct that is created by a call and is not a resource.
  func instanceAncestry(model: Int, call: Int, depth: Int) -> [[Target]] {
    let file = models[model].file
    let creating = file.calls[call]
    let scope = creating.positional.first.map { models[model].value(of: $0) }
    return scopeAncestry(model: model, scope: scope, at: creating.range.start, depth: depth).map {
      [.instance(model: model, call: call)] + $0
    }
  }

  /// The construct a value denotes: a resource, the `App`, or a construct created by a call that is not a resource
  /// (an instance of one of the project's classes, a `Stack`); nil otherwise.
  func construct(denotedBy value: Value, model: Int) -> Target? {
    if let resource = value.resource { return .resource(model: model, resource: resource) }
    let file = models[model].file
    if case .object(let type?, _) = value.kind, type == "aws-cdk-lib.App" { return .app }
    guard let call = file.callIndex(spanning: value.resolvedTokens), let callee = file.calls[call].callee,
      !callee.hasReceiverExpression else { return nil }
    if instantiations[callee.last.name]?.contains(where: { $0.model == model && $0.call == call }) == true {
      return .instance(model: model, call: call)
    }
    if case .object(let type?, _) = value.kind, type == "aws-cdk-lib.Stack" || type == "aws-cdk-lib.NestedStack" {
      return .instance(model: model, call: call)
    }
    return nil
  }

  /// Whether a target is a stack: an instance or the class body of a class that extends a stack, or a `Stack`.
  func isStack(_ target: Target) -> Bool {
    switch target {
    case .classBody(let name): return stackClasses.contains(name)
    case .instance(let model, let call):
      guard let callee = models[model].file.calls[call].callee else { return false }
      return stackClasses.contains(callee.last.name) || callee.last.name == "Stack" || callee.last.name == "NestedStack"
    default: return false
    }
  }

  /// The innermost stacks on each of the paths that start at `start`: what `Stack.of(...)` is.
  func stacks(enclosing start: Target) -> [Target] {
    let paths: [[Target]]
    switch start {
    case .resource(let model, let resource): paths = ancestry(model: model, resource: resource)
    case .classBody(let name): paths = classAncestry(name, depth: 0)
    case .instance(let model, let call): paths = instanceAncestry(model: model, call: call, depth: 0)
    case .app: return []
    }
    var result: [Target] = []
    for path in paths {
      guard let stack = path.first(where: isStack) else { return [] }  // A path with no stack: not resolvable.
      if !result.contains(stack) { result.append(stack) }
    }
    return result
  }

}

extension SourceFile {
  /// The index in ``classes`` of the innermost class whose range holds `offset`; nil outside every class.
  package func innermostClass(at offset: Int) -> Int? {
    var best: Int?
    for (index, declaration) in classes.enumerated() where declaration.range.contains(offset) {
      if let current = best, classes[current].range.length < declaration.range.length { continue }
      best = index
    }
    return best
  }
}
