import Crypto
import IaCSyntax

/// The constructs and resources a project's sources create, each with its construct path as far as the sources
/// show it: stack ids from where the app entry point instantiates each stack class, then the ids of the user's own
/// constructs (followed through the instantiation of their classes, across files), then the resource's own id.
///
/// It answers the questions deploy errors and cdk-nag ask: which line creates `Stack/Api/Handler`, or the resource
/// whose CloudFormation logical id is `ApiHandler5E7490E8`.
public struct ConstructTree: Sendable {
  /// One construct or resource, at one of the paths it can have.
  public struct Node: Sendable {
    /// The construct ids from the outermost known scope down; a segment is a pattern when the id is a template
    /// (`Bucket-{name}`) or `*` when the source does not spell it out.
    public var path: [String]
    /// The file's path, as the project reports paths.
    public var file: String
    /// Where the call that creates it is.
    public var range: TextRange
    /// The resource's fully qualified type, or the user's class name for their own constructs and stacks.
    public var type: String
    /// Whether `path[0]` is a stack's id (the class the construct sits in was traced to an app entry point).
    public var startsAtStack: Bool
    /// The index in `path` of the innermost stack's id (a nested stack's, inside its parent), when it is known.
    public var stackIndex: Int?
    /// The framework of a resource (a CDK resource has a logical id); nil for the user's own constructs and stacks.
    public var framework: Framework?
    public var isCloudFormationResource: Bool
    /// Whether the path is one of several (a loop, a class instantiated more than once with ids iaclsp can't tell).
    public var isAmbiguous: Bool

    /// The path joined with `/`.
    public var pathText: String { path.joined(separator: "/") }

    /// The CloudFormation logical id CDK gives the resource, when every id on the path below the stack is known:
    /// computed over the path below the stack, with the `Resource` child an L2 construct creates for its L1.
    public var logicalID: String? {
      guard framework == .cdk, let stackIndex, path.count > stackIndex + 1 else { return nil }
      let below = path[(stackIndex + 1)...]
      guard !below.contains(where: ConstructTree.isPattern) else { return nil }
      let components = Array(below) + (isCloudFormationResource ? [] : ["Resource"])
      return ConstructTree.logicalID(components)
    }
  }

  public let nodes: [Node]

  /// Builds the tree of a project's file models.
  public init(models: [FileModel]) {
    var builder = ConstructTreeBuilder(models: models)
    nodes = builder.build()
  }

  // MARK: Logical ids

  /// The logical id aws-cdk-lib allocates for a path of construct ids below a stack: the human part (the ids with
  /// `Default` and `Resource` left out, duplicates folded, non-alphanumerics removed) followed by the first 8 hex
  /// digits of the MD5 of the path (`Default` left out); a single id is used as it is.
  public static func logicalID(_ components: [String]) -> String? {
    let components = components.filter { $0 != "Default" }
    guard !components.isEmpty else { return nil }
    if components.count == 1 {
      let candidate = alphanumeric(components[0])
      if candidate.utf8.count <= 255 { return candidate }
    }
    let digest = Insecure.MD5.hash(data: Array(components.joined(separator: "/").utf8))
    let hash = digest.prefix(4).map { byte in
      let digits = Array("0123456789ABCDEF".utf8)
      return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 15)]], as: UTF8.self)
    }.joined()
    var deduplicated: [String] = []
    for component in components where deduplicated.last.map({ !$0.hasSuffix(component) }) ?? true {
      deduplicated.append(component)
    }
    let human = deduplicated.filter { $0 != "Resource" }.map(alphanumeric).joined()
    return String(human.prefix(240)) + hash
  }

  static func alphanumeric(_ text: String) -> String {
    String(decoding: text.utf8.filter { byte in
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }, as: UTF8.self)
  }

  static func isPattern(_ segment: String) -> Bool {
    segment == "*" || segment.contains("{")
  }

  // MARK: Queries

  /// What a query found: the nodes, and whether the query went below what the source creates (children CDK adds),
  /// in which case the nodes are the deepest constructs the source creates on that path.
  public struct Match: Sendable {
    public var nodes: [Node]
    /// The part of a construct-path query the nodes answer, when it is shorter than the query.
    public var resolvedPrefix: [String]?
  }

  /// The nodes a query names: a construct path (`Stack/Api/Handler/ServiceRole/DefaultPolicy/Resource`), a
  /// CloudFormation logical id (`ApiHandler5E7490E8`), a Pulumi URN (`urn:pulumi:dev::shop::aws:s3/bucket:Bucket::logs`)
  /// or a construct id or Pulumi resource name.
  public func locate(_ query: String) -> Match {
    let query = query.trimmingCharacters(in: " ")
    if query.hasPrefix("urn:pulumi:") {
      let pieces = query.components(separatedBy: "::")
      guard pieces.count >= 4, let name = pieces.last else { return Match(nodes: []) }
      let type = pieces[pieces.count - 2].split(separator: "$").last.map(String.init)
      return Match(nodes: nodes.filter { node in
        node.framework == .pulumi && node.path.last.map { ConstructTree.segment($0, matches: name) } == true
          && (type == nil || node.type == type)
      })
    }
    if query.contains("/") {
      var segments = query.split(separator: "/").map(String.init)
      while let last = segments.last, last == "Resource" || last == "Default", segments.count > 1 { segments.removeLast() }
      var length = segments.count
      while length > 0 {
        let prefix = Array(segments.prefix(length))
        let found = nodes.filter { ConstructTree.path($0.path, matches: prefix, anchored: $0.startsAtStack) }
        if !found.isEmpty { return Match(nodes: found, resolvedPrefix: length < segments.count ? prefix : nil) }
        length -= 1
      }
      return Match(nodes: [])
    }
    let byLogicalID = nodes.filter { $0.logicalID == query }
    if !byLogicalID.isEmpty { return Match(nodes: byLogicalID) }
    return Match(nodes: nodes.filter { $0.path.last.map { ConstructTree.segment($0, matches: query) } == true })
  }

  /// Whether a node's path answers a query's segments: equal, or (for a path that does not start at a stack)
  /// equal to the query's end.
  static func path(_ path: [String], matches query: [String], anchored: Bool) -> Bool {
    if anchored {
      guard path.count == query.count else { return false }
      return zip(path, query).allSatisfy { segment($0, matches: $1) }
    }
    guard path.count <= query.count, !path.isEmpty else { return false }
    return zip(path, query.suffix(path.count)).allSatisfy { segment($0, matches: $1) }
  }

  /// Whether a path segment (possibly a template `Bucket-{name}` or `*`) matches a concrete id.
  static func segment(_ pattern: String, matches id: String) -> Bool {
    if pattern == "*" { return true }
    guard pattern.contains("{") else { return pattern == id }
    // Literal pieces in order, anything between them.
    var pieces: [Substring] = []
    var rest = Substring(pattern)
    while let open = rest.firstIndex(of: "{") {
      pieces.append(rest[..<open])
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      rest = rest[rest.index(after: close)...]
    }
    pieces.append(rest)
    var remaining = Substring(id)
    for (position, piece) in pieces.enumerated() {
      if piece.isEmpty { continue }
      if position == 0 {
        guard remaining.hasPrefix(piece) else { return false }
        remaining = remaining.dropFirst(piece.count)
      } else if position == pieces.count - 1 {
        return remaining.hasSuffix(piece)
      } else {
        guard let found = remaining.range(of: piece) else { return false }
        remaining = remaining[found.upperBound...]
      }
    }
    return true
  }
}

/// Builds the nodes of a ``ConstructTree``.
struct ConstructTreeBuilder {
  let models: [FileModel]

  /// One instantiation of one of the user's own classes: `ApiStack(app, "Api-dev")`, `new Api(this, 'Api')`.
  struct Instantiation {
    var model: Int
    var call: Int
    var id: String
    /// The class the instantiation is written in, when it is `self`/`this` scoped inside one.
    var container: String?
    var inLoop: Bool
  }

  var classes: Set<String> = []
  var instantiations: [String: [Instantiation]] = [:]
  var pathCache: [String: [(path: [String], startsAtStack: Bool, ambiguous: Bool, stackIndex: Int?)]] = [:]

  init(models: [FileModel]) {
    self.models = models
  }

  mutating func build() -> [ConstructTree.Node] {
    for model in models where !model.file.isTestFile {
      for declaration in model.file.classes { classes.insert(declaration.name) }
    }
    for (modelIndex, model) in models.enumerated() where !model.file.isTestFile {
      let file = model.file
      for (callIndex, call) in file.calls.enumerated() {
        guard let callee = call.callee, !callee.hasReceiverExpression, classes.contains(callee.last.name),
          model.resource(createdBy: callIndex) == nil, let id = idText(of: call, in: model) else { continue }
        let container = enclosingClass(at: call.range.start, in: file).map { file.classes[$0].name }
        let scope = call.positional.first.map { file.text(tokens: $0.valueTokens) } ?? ""
        instantiations[callee.last.name, default: []].append(Instantiation(
          model: modelIndex, call: callIndex, id: id,
          container: (scope == "self" || scope == "this") ? container : nil,
          inLoop: isInLoop(call, in: file)))
      }
    }
    var nodes: [ConstructTree.Node] = []
    // The user's own constructs and stacks.
    for (className, list) in instantiations {
      for instantiation in list {
        let model = models[instantiation.model]
        for prefix in paths(of: instantiation) {
          nodes.append(ConstructTree.Node(
            path: prefix.path, file: model.file.path, range: model.file.calls[instantiation.call].callee?.range ?? model.file.calls[instantiation.call].range,
            type: className, startsAtStack: prefix.startsAtStack, stackIndex: prefix.stackIndex, framework: nil,
            isCloudFormationResource: false, isAmbiguous: prefix.ambiguous))
        }
      }
    }
    // The resources.
    for model in models where !model.file.isTestFile {
      let file = model.file
      for resource in model.resources {
        let own = model.constructPath(of: resource)
        var root = resource
        var seen = Set<Int>()
        while let parent = root.scope?.resource, seen.insert(parent).inserted { root = model.resources[parent] }
        let scopeText = root.scope.map { file.text(tokens: $0.tokens) } ?? ""
        var prefixes: [(path: [String], startsAtStack: Bool, ambiguous: Bool, stackIndex: Int?)] = [([], false, false, nil)]
        if resource.type.framework != .pulumi, scopeText == "self" || scopeText == "this",
          let container = enclosingClass(at: resource.range.start, in: file).map({ file.classes[$0].name }) {
          let found = classPaths(container, depth: 0)
          if !found.isEmpty { prefixes = found }
        }
        let ambiguousHere = isInLoop(file.calls[resource.call], in: file)
        for prefix in prefixes {
          nodes.append(ConstructTree.Node(
            path: prefix.path + own, file: file.path, range: resource.calleeRange, type: resource.type.fqn,
            startsAtStack: prefix.startsAtStack, stackIndex: prefix.stackIndex, framework: resource.type.framework,
            isCloudFormationResource: resource.type.isCloudFormationResource,
            isAmbiguous: prefix.ambiguous || ambiguousHere || prefixes.count > 1))
        }
      }
    }
    return nodes.sorted { ($0.file, $0.range.start, $0.pathText) < ($1.file, $1.range.start, $1.pathText) }
  }

  /// The paths instances of a class have: one per instantiation (and per path of the class it sits in).
  mutating func classPaths(_ className: String, depth: Int) -> [(path: [String], startsAtStack: Bool, ambiguous: Bool, stackIndex: Int?)] {
    if let cached = pathCache[className] { return cached }
    guard depth < 8 else { return [] }
    pathCache[className] = []  // cycle guard
    var result: [(path: [String], startsAtStack: Bool, ambiguous: Bool, stackIndex: Int?)] = []
    for instantiation in instantiations[className] ?? [] {
      result += paths(of: instantiation, depth: depth)
    }
    if result.count > 1 { result = result.map { ($0.path, $0.startsAtStack, true, $0.stackIndex) } }
    pathCache[className] = result
    return result
  }

  mutating func paths(of instantiation: Instantiation, depth: Int = 0) -> [(path: [String], startsAtStack: Bool, ambiguous: Bool, stackIndex: Int?)] {
    guard let container = instantiation.container else {
      // Written outside any class (the app entry point): a stack at the root of the app.
      let stack = isStack(instantiation)
      return [([instantiation.id], stack, instantiation.inLoop, stack ? 0 : nil)]
    }
    // A nested stack starts the logical ids of what it holds.
    let nested = isStack(instantiation)
    return classPaths(container, depth: depth + 1).map { prefix in
      (prefix.path + [instantiation.id], prefix.startsAtStack, prefix.ambiguous || instantiation.inLoop,
       nested ? prefix.path.count : prefix.stackIndex)
    }
  }

  /// Whether an instantiation at the top of a file creates a stack: its class extends a `Stack`.
  func isStack(_ instantiation: Instantiation) -> Bool {
    let name = models[instantiation.model].file.calls[instantiation.call].callee?.last.name
    for model in models {
      if let declaration = model.file.classes.first(where: { $0.name == name }) {
        // `Stack`, `cdk.Stack`, `NestedStack`, `TerraformStack`.
        return declaration.bases.contains { ($0.split(separator: ".").last.map(String.init) ?? $0).hasSuffix("Stack") }
      }
    }
    return false
  }

  /// The construct id a user-class instantiation passes: the second positional argument, or `id=`/`construct_id=`.
  func idText(of call: Call, in model: FileModel) -> String? {
    let argument = call.keyword(anyOf: ["id", "construct_id", "id_"]) ?? (call.positional.count > 1 ? call.positional[1] : nil)
    guard let argument else { return nil }
    return FileModel.pathSegment(model.value(of: argument))
  }

  func enclosingClass(at offset: Int, in file: SourceFile) -> Int? {
    file.innermostClass(at: offset)
  }

  /// Whether a call sits in the body of a loop (see ``ConstructScopes/FileFacts/isInLoop(_:in:)``).
  func isInLoop(_ call: Call, in file: SourceFile) -> Bool {
    ConstructScopes.FileFacts.isInLoop(call, in: file)
  }
}
