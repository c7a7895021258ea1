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
    /// Whether the path stands for several (a loop, an id the source builds at run time) or is shared with another
    /// node (a class instantiated more than once with ids iaclsp can't tell apart).
    public var isAmbiguous: Bool

    /// The path joined with `/`.
    public var pathText: String { path.joined(separator: "/") }

    /// The CloudFormation logical id CDK gives the resource, when every id on the path below the stack is known:
    /// computed over the path below the stack, with the child an L2 construct creates for its L1 (`Resource`, or
    /// the exception ``ConstructTree/defaultChildID(ofType:)`` knows). Nil for a composite construct that has no
    /// default child (`aws_ecs_patterns.*`): its resources are further down.
    public var logicalID: String? {
      guard framework == .cdk, let stackIndex, path.count > stackIndex + 1 else { return nil }
      let below = path[(stackIndex + 1)...]
      guard !below.contains(where: ConstructTree.isPattern) else { return nil }
      if isCloudFormationResource { return ConstructTree.logicalID(Array(below)) }
      guard let child = ConstructTree.defaultChildID(ofType: type) else { return nil }
      return ConstructTree.logicalID(Array(below) + [child])
    }

    /// Whether the node is a stack (a nested one included): its own id is the innermost stack's.
    public var isStack: Bool { framework == nil && stackIndex == path.count - 1 }
  }

  public let nodes: [Node]

  /// Builds the tree of a project's file models.
  public init(models: [FileModel]) {
    nodes = ConstructTreeBuilder(models: models).build()
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

  /// The L2 constructs whose default child (the L1 their logical id is computed for) is not `Resource`, by fqn;
  /// checked against a synth with aws-cdk-lib 2.275.0. `Default` adds nothing to the logical id.
  static let defaultChildExceptions: [String: String] = [
    "aws-cdk-lib.aws_autoscaling.AutoScalingGroup": "ASG",
    "aws-cdk-lib.aws_cloudfront.CloudFrontWebDistribution": "CFDistribution",
    "aws-cdk-lib.aws_codeguruprofiler.ProfilingGroup": "ProfilingGroup",
    "aws-cdk-lib.aws_ec2.FlowLog": "FlowLog",
    "aws-cdk-lib.aws_ec2.PrivateSubnet": "Subnet",
    "aws-cdk-lib.aws_ec2.PublicSubnet": "Subnet",
    "aws-cdk-lib.aws_ec2.Subnet": "Subnet",
    "aws-cdk-lib.aws_ec2.VpnGateway": "Default",
    "aws-cdk-lib.aws_ecs.Ec2Service": "Service",
    "aws-cdk-lib.aws_ecs.ExternalService": "Service",
    "aws-cdk-lib.aws_ecs.FargateService": "Service",
    "aws-cdk-lib.aws_events.ApiDestination": "ApiDestination",
    "aws-cdk-lib.aws_events.Archive": "Archive",
    "aws-cdk-lib.aws_events.Connection": "Connection",
    "aws-cdk-lib.aws_rds.SubnetGroup": "Default",
  ]

  /// Modules of composite constructs, which group several resources under ids of their own and have no default
  /// child, so no logical id of their own.
  static let compositeModules: Set<String> = ["aws_ecs_patterns", "aws_route53_patterns", "pipelines"]

  /// Composite constructs outside ``compositeModules``.
  static let compositeTypes: Set<String> = ["aws-cdk-lib.aws_s3_deployment.BucketDeployment"]

  /// The id of the child whose logical id a CDK L2 construct of type `fqn` stands for: `Resource` unless the type
  /// is a known exception; nil for a composite construct, which has none.
  public static func defaultChildID(ofType fqn: String) -> String? {
    if let child = defaultChildExceptions[fqn] { return child }
    let parts = fqn.split(separator: ".")
    if compositeTypes.contains(fqn) || (parts.count > 2 && compositeModules.contains(String(parts[parts.count - 2]))) {
      return nil
    }
    return "Resource"
  }

  /// Whether a query is shaped like a CDK logical id: alphanumerics ending in the 8 uppercase hex digits of a path
  /// hash, with something before them.
  static func looksLikeLogicalID(_ query: String) -> Bool {
    let bytes = Array(query.utf8)
    guard bytes.count > 8, alphanumeric(query).utf8.count == bytes.count else { return false }
    return bytes.suffix(8).allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "F")) }
  }

  static func alphanumeric(_ text: String) -> String {
    String(decoding: text.utf8.filter { byte in
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }, as: UTF8.self)
  }

  static func isPattern(_ segment: String) -> Bool {
    segment == "*" || segment.utf8.contains(UInt8(ascii: "{"))
  }

  /// Whether a segment matches any id: `*`, or a template with no literal part (`{key}`, `{a}{b}`).
  static func isWildcard(_ segment: String) -> Bool {
    if segment == "*" { return true }
    var depth = 0
    for byte in segment.utf8 {
      if byte == UInt8(ascii: "{") { depth += 1 } else if byte == UInt8(ascii: "}") { depth -= 1 } else if depth == 0 { return false }
    }
    return true
  }

  // MARK: Queries

  /// What a query found: the nodes, and whether the query went below what the source creates (children CDK adds),
  /// in which case the nodes are the deepest constructs the source creates on that path.
  public struct Match: Sendable {
    public var nodes: [Node]
    /// The part of a construct-path query the nodes answer, when it is shorter than the query.
    public var resolvedPrefix: [String]?
  }

  /// The ids of the children CDK adds to every stack (version metadata, the bootstrap check), which a path below a
  /// stack may name; and the prefixes of the singleton providers CDK puts at a stack's top level.
  static let stackChildren: Set<String> = ["CDKMetadata", "BootstrapVersion", "CheckBootstrapVersion"]
  static let stackChildPrefixes = ["Custom::", "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a", "AWS679f53fac002430cb0da5b7982bd2287"]

  /// Whether CDK adds children below a node the source creates, so that a path going below it names one of them:
  /// below a library construct (not an L1, which has none), or below a stack for the few ids CDK adds to every
  /// stack. The user's own constructs have the children their source shows, and nothing more.
  static func addsChildren(below node: Node, named child: String) -> Bool {
    if node.framework != nil { return !node.isCloudFormationResource }
    return node.isStack && (stackChildren.contains(child) || stackChildPrefixes.contains { child.hasPrefix($0) })
  }

  /// The nodes a query names: a construct path (`Stack/Api/Handler/ServiceRole/DefaultPolicy/Resource`), a
  /// CloudFormation logical id (`ApiHandler5E7490E8`), a Pulumi URN (`urn:pulumi:dev::shop::aws:s3/bucket:Bucket::logs`)
  /// or a single id: a stack's or construct's id, or a Pulumi resource name.
  ///
  /// A path below what the source creates resolves to the deepest construct on it only where CDK adds the children
  /// (``addsChildren(below:named:)``); a path that leaves the source elsewhere (a typo) matches nothing. A single id
  /// shaped like a logical id (``looksLikeLogicalID(_:)``) matches a logical id or a construct id exactly, never a
  /// construct id template such as `Q{n}`.
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
        if length == segments.count, !found.isEmpty { return Match(nodes: found) }
        if !found.isEmpty {
          // The deepest constructs the source creates on the path: an answer only where CDK adds what follows.
          let child = segments[length]
          let answering = found.filter { ConstructTree.addsChildren(below: $0, named: child) }
          return answering.isEmpty ? Match(nodes: []) : Match(nodes: answering, resolvedPrefix: prefix)
        }
        length -= 1
      }
      return Match(nodes: [])
    }
    let byLogicalID = nodes.filter { $0.logicalID == query }
    if !byLogicalID.isEmpty { return Match(nodes: byLogicalID) }
    let exactOnly = ConstructTree.looksLikeLogicalID(query)
    return Match(nodes: nodes.filter { node in
      guard let last = node.path.last, !ConstructTree.isWildcard(last) else { return false }
      if exactOnly && node.framework != .pulumi { return last == query }
      return ConstructTree.segment(last, matches: query)
    })
  }

  /// Whether a node's path answers a query's segments: equal, or (for a path that does not start at a stack)
  /// equal to the query's end.
  static func path(_ path: [String], matches query: [String], anchored: Bool) -> Bool {
    // A path of ids the source never spells out would answer every query.
    guard !path.allSatisfy(isWildcard) else { return false }
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

/// Builds the nodes of a ``ConstructTree`` on the project's ``ConstructScopes``: the paths of the user's own classes
/// are the ones the engine completes findings' resource paths with.
struct ConstructTreeBuilder {
  let models: [FileModel]

  init(models: [FileModel]) {
    self.models = models
  }

  func build() -> [ConstructTree.Node] {
    let classes = ConstructScopes.classNames(of: models.map(\.file))
    let scopes = ConstructScopes(models.map { ConstructScopes.FileFacts($0, projectClasses: classes) })
    var nodes: [ConstructTree.Node] = []
    // The user's own constructs and stacks.
    for (className, list) in scopes.instantiations {
      for placed in list {
        let file = models[placed.file].file
        let call = file.calls[placed.instantiation.call]
        for prefix in scopes.paths(of: placed) {
          nodes.append(ConstructTree.Node(
            path: prefix.path, file: file.path, range: call.callee?.range ?? call.range,
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
        var prefixes = [ConstructScopes.Prefix(path: [], startsAtStack: false, ambiguous: false, stackIndex: nil)]
        if resource.type.framework != .pulumi, scopeText == "self" || scopeText == "this",
          let container = file.innermostClass(at: resource.range.start).map({ file.classes[$0].name }) {
          let found = scopes.prefixes(of: container)
          if !found.isEmpty { prefixes = found }
        }
        let inLoop = ConstructScopes.FileFacts.isInLoop(file.calls[resource.call], in: file)
        for prefix in prefixes {
          nodes.append(ConstructTree.Node(
            path: prefix.path + own, file: file.path, range: resource.calleeRange, type: resource.type.fqn,
            startsAtStack: prefix.startsAtStack, stackIndex: prefix.stackIndex, framework: resource.type.framework,
            isCloudFormationResource: resource.type.isCloudFormationResource,
            isAmbiguous: prefix.ambiguous || inLoop))
        }
      }
    }
    // A path with a pattern stands for several; a path two nodes share names neither for certain.
    var counts: [[String]: Int] = [:]
    for node in nodes { counts[node.path, default: 0] += 1 }
    for index in nodes.indices
    where nodes[index].path.contains(where: ConstructTree.isPattern) || counts[nodes[index].path, default: 0] > 1 {
      nodes[index].isAmbiguous = true
    }
    return nodes.sorted { ($0.file, $0.range.start, $0.pathText) < ($1.file, $1.range.start, $1.pathText) }
  }
}
