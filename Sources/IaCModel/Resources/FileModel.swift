import IaCSyntax

/// What one source file builds: its resources with their types, props, ids, bindings and the calls made on them,
/// read from the light parse and resolved through the file's imports to the API catalogue.
///
/// Building a model never fails: code iaclsp cannot follow gives fewer resources, unknown values or
/// ``Resource/hasHiddenProps``, never a wrong fact. Rules read the model instead of walking calls themselves.
public struct FileModel: Sendable {
  public let file: SourceFile
  /// Every resource the file creates, in the order of their calls.
  public let resources: [Resource]
  /// The file is written against CDK v1.
  public let isCDKv1: Bool
  /// Resource index by call index.
  let resourceByCall: [Int: Int]
  /// The catalogue's view of each resource's constructor, by resource index.
  let constructors: [APIConstructor?]
  let names: NameIndex
  /// The names the file rebinds (``APICatalog/shadowedNames(in:)``), gathered once with the model.
  package var shadowedNames: Set<String> { names.shadowed }
  /// Evaluates the file's expressions, each whole expression once: the model's props and the rules' questions
  /// share the answers.
  let evaluator: ValueEvaluator

  /// The model of `file`. With `parallel`, the resources are read on every core: for the one large document being
  /// edited, where latency is what is felt. The model is the same either way.
  public init(_ file: SourceFile, parallel: Bool = false) {
    self.file = file
    let isCDKv1 = file.isCDKv1
    self.isCDKv1 = isCDKv1
    let names = NameIndex(file: file)
    self.names = names
    var builder = ResourceBuilder(file: file, names: names, isCDKv1: isCDKv1, shards: parallel ? concurrentMemoShards : 1)
    builder.build(parallel: parallel)
    resources = builder.resources
    resourceByCall = builder.resourceByCall
    constructors = builder.constructors
    evaluator = builder.evaluator
      ?? ValueEvaluator(file: file, names: names, resourceByCall: builder.resourceByCall, catalogue: builder.catalogue)
  }

  /// The resource created by call `index` of ``SourceFile/calls``.
  public func resource(createdBy call: Int) -> Resource? {
    resourceByCall[call].map { resources[$0] }
  }

  /// The resources whose type is `fqn`.
  public func resources(ofType fqn: String) -> [Resource] {
    resources.filter { $0.type.fqn == fqn }
  }

  /// The value of an expression at its place in the file, names followed.
  public func value(of tokens: Range<Int>) -> Value {
    evaluator.evaluate(tokens)
  }

  /// The value of an argument.
  public func value(of argument: Argument) -> Value {
    value(of: argument.valueTokens)
  }

  /// The resource an expression denotes (`bucket`, `self.bucket`, an inline `s3.Bucket(...)`), names followed.
  public func resource(denotedBy tokens: Range<Int>) -> Resource? {
    evaluator.resource(denotedBy: tokens).map { resources[$0] }
  }

  /// The construct ids from the outermost construct of the file that encloses the resource (through the scope
  /// argument) down to the resource itself; an id the source does not spell out is `*`.
  public func constructPath(of resource: Resource) -> [String] {
    var path: [String] = []
    var current: Resource? = resource
    var seen = Set<Int>()
    while let node = current, seen.insert(node.index).inserted {
      path.append(node.id.map(FileModel.pathSegment) ?? "*")
      current = node.scope?.resource.map { resources[$0] }
    }
    return path.reversed()
  }

  /// The class whose `self`/`this` is the outermost scope of a construct (through the scope argument): the class
  /// whose instances' paths come in front of ``constructPath(of:)``. Nil for a Pulumi resource, and for a construct
  /// created outside a class or in a scope that is not the class's own instance.
  package func enclosingClass(of resource: Resource) -> String? {
    guard resource.type.framework != .pulumi else { return nil }
    var root = resource
    var seen = Set<Int>()
    while let parent = root.scope?.resource, seen.insert(parent).inserted { root = resources[parent] }
    guard let scope = root.scope else { return nil }
    let text = file.text(tokens: scope.tokens)
    guard text == "self" || text == "this" else { return nil }
    return file.innermostClass(at: resource.range.start).map { file.classes[$0].name }
  }

  /// A construct id as a path segment: the string, a template with each expression as `{…}` (in either language),
  /// or `*` when the source does not spell it out.
  static func pathSegment(_ id: Value) -> String {
    if let string = id.string { return string }
    guard let template = id.template else { return "*" }
    return template.pieces.map { piece in
      switch piece {
      case .text(let text): return text
      case .expression(let expression): return "{" + expression + "}"
      }
    }.joined()
  }

  /// The documented default of an unset prop (jsii `@default`), when the catalogue records one.
  public func documentedDefault(of prop: String, for resource: Resource) -> String? {
    guard !resource.isCDKv1, let constructor = constructors[resource.index] else { return nil }
    guard let member = constructor.props.first(where: { PropName.matches($0.name, prop) }), !member.defaultValue.isEmpty
    else { return nil }
    return member.defaultValue
  }

  /// The props the catalogue lists for a resource's type (TypeScript spelling), and whether that list is complete.
  public func catalogueProps(of resource: Resource) -> (names: [String], isComplete: Bool)? {
    guard let constructor = constructors[resource.index] else { return nil }
    return (constructor.props.map(\.name), !constructor.isOpen)
  }

  /// The catalogue's record of a resource's constructor (its props with their deprecations, its parameters).
  package func catalogueConstructor(of resource: Resource) -> APIConstructor? {
    constructors.indices.contains(resource.index) ? constructors[resource.index] : nil
  }

  /// The longest part of a reference that resolves in the catalogue (``APICatalog/resolveChain(_:in:shadowed:)``),
  /// looked up once per file.
  package func catalogueChain(of reference: Reference) -> APIChain? {
    evaluator.catalogue.chain(reference)
  }

  /// What call `index` of ``SourceFile/calls`` constructs (``APICatalog/constructor(of:in:shadowed:)``).
  package func catalogueConstructor(ofCall index: Int) -> APIConstructor? {
    guard let callee = file.calls[index].callee, file.importBindings[callee.parts[0].name] != nil else { return nil }
    return APICatalog.shared.constructor(callee: callee, chain: catalogueChain(of: callee), language: file.language)
  }

  /// How the file spells a canonical prop name: the catalogue's Python name (`enforce_ssl` for `enforceSSL`) in
  /// Python, the jsii name in TypeScript.
  public func spelling(of prop: String, for resource: Resource) -> String {
    if let constructor = constructors[resource.index],
      let member = constructor.props.first(where: { PropName.matches($0.name, prop) }) {
      return member.name(in: file.language)
    }
    return spelling(of: prop)
  }

  /// How the file spells a canonical name that belongs to no resource (an option of a method call): snake_case in
  /// Python, as given in TypeScript.
  public func spelling(of name: String) -> String {
    file.language == .python ? Casing.snakeCase(name) : name
  }
}

// MARK: Names

/// The file's assignments by target, and its references by first token, for following names.
struct NameIndex: Sendable {
  /// Assignment indices by target, in source order.
  var assignmentsByTarget: [String: [Int]] = [:]
  /// References by the token of their first name.
  var referenceByFirstToken: [Int: Int] = [:]
  /// Names the file rebinds, which no longer mean the package's.
  var shadowed: Set<String>

  init(file: SourceFile) {
    // Room for every entry at once, rather than rehashing as the tables grow.
    assignmentsByTarget.reserveCapacity(file.assignments.count)
    referenceByFirstToken.reserveCapacity(file.references.count)
    for (index, assignment) in file.assignments.enumerated() {
      assignmentsByTarget[assignment.target, default: []].append(index)
    }
    for (index, reference) in file.references.enumerated() where referenceByFirstToken[reference.parts[0].token] == nil {
      referenceByFirstToken[reference.parts[0].token] = index
    }
    shadowed = APICatalog.shadowedNames(in: file)
  }

  /// The last assignment to `target` that starts before `offset`; for `self.x` and `this.x`, any assignment when
  /// none comes before (fields are often assigned in a constructor written after the method that uses them).
  func assignment(to target: String, before offset: Int, in file: SourceFile) -> Assignment? {
    guard let indices = assignmentsByTarget[target] else { return nil }
    var found: Int?
    for index in indices where file.assignments[index].targetRange.start < offset {
      found = index
    }
    if found == nil, target.hasPrefix("self.") || target.hasPrefix("this.") { found = indices.first }
    return found.map { file.assignments[$0] }
  }
}

/// Resolves names of the catalogued packages through the file's imports; CDK v1 TypeScript modules
/// (`@aws-cdk/aws-s3`) resolve to their aws-cdk-lib counterparts. Each chain of names is looked up once per file.
/// A class, so that the evaluator and the closures that fill the memo share one rather than copy the file.
final class CatalogueNames: Sendable {
  let file: SourceFile
  let names: NameIndex
  let memo: ChainMemo
  /// The shards of this file's memos: more than one when the file's model and rules are read on several threads.
  let shards: Int

  init(file: SourceFile, names: NameIndex, shards: Int = 1) {
    self.file = file
    self.names = names
    self.shards = shards
    memo = ChainMemo(shards: shards)
  }

  /// What an imported name stands for, with CDK v1 TypeScript modules as their aws-cdk-lib counterparts; nil when
  /// the name is not imported (or is rebound).
  func head(_ name: String) -> (qualified: String, isCDKv1Module: Bool)? {
    guard let head = file.importBindings[name], !names.shadowed.contains(name) else { return nil }
    guard head.hasPrefix("@aws-cdk/") else { return (head, false) }
    let module = head.dropFirst("@aws-cdk/".count)
    return (module == "core" ? "aws-cdk-lib" : "aws-cdk-lib/" + module, true)
  }

  /// The qualified name of a chain of names through the imports, or nil when its head is not imported (or is rebound).
  func qualifiedName(_ parts: [String]) -> String? {
    guard let first = parts.first, let head = head(first)?.qualified else { return nil }
    return parts.count == 1 ? head : head + "." + parts.dropFirst().joined(separator: ".")
  }

  /// What a chain of names whose first and last names are tokens `first` and `last` resolves to, as far as it goes.
  func entry(first: Int, last: Int, parts: () -> [String]) -> ChainMemo.Entry {
    memo.entry(first: first, last: last) {
      let parts = parts()
      guard let name = parts.first, let head = head(name) else { return ChainMemo.Entry(chain: nil, isCDKv1Module: false) }
      let chain = APICatalog.shared.cachedChain(head: head.qualified, rest: Array(parts.dropFirst()), language: file.language)
      return ChainMemo.Entry(chain: chain, isCDKv1Module: head.isCDKv1Module)
    }
  }

  /// The module, type and member a whole chain of names names (``APICatalog/resolve(_:language:)`` of its
  /// ``qualifiedName(_:)``), or nil.
  func resolve(_ reference: Reference) -> APIResolution? {
    guard let chain = entry(first: reference.parts[0].token, last: reference.last.token, parts: { reference.parts.map(\.name) }).chain,
      chain.isComplete else { return nil }
    return chain.resolution
  }

  /// ``APICatalog/resolveChain(_:in:shadowed:)`` of a reference, which does not follow CDK v1 modules.
  func chain(_ reference: Reference) -> APIChain? {
    guard !reference.hasReceiverExpression else { return nil }
    let entry = entry(first: reference.parts[0].token, last: reference.last.token, parts: { reference.parts.map(\.name) })
    return entry.isCDKv1Module ? nil : entry.chain
  }

  /// The fully qualified name of a catalogued type.
  static func fqn(of type: APITypeRecord, in resolution: APIResolution) -> String {
    let key = resolution.module.key
    switch resolution.package {
    case .awsCdkLib:
      return key.isEmpty ? "aws-cdk-lib." + type.name : "aws-cdk-lib." + key + "." + type.name
    case .pulumiAws:
      if type.kind == .resource {
        if !type.typeToken.isEmpty { return type.typeToken }
        let first = type.name.prefix(1).lowercased() + type.name.dropFirst()
        return "aws:" + (key.isEmpty ? "index" : key) + "/" + first + ":" + type.name
      }
      return key.isEmpty ? "@pulumi/aws." + type.name : "@pulumi/aws." + key + "." + type.name
    case .cdktfProviderAws:
      return key.isEmpty ? "@cdktf/provider-aws." + type.name : "@cdktf/provider-aws." + key + "." + type.name
    }
  }
}

// MARK: Values

/// The values of whole expressions already evaluated in one file, by token range.
final class ValueMemo: Sendable {
  private let values: LockedMemo<Int, Value>

  init(shards: Int) {
    values = LockedMemo(shards: shards)
  }

  func value(_ tokens: Range<Int>, _ compute: () -> Value) -> Value {
    // Both bounds in one integer; a range too wide to pack (never in practice) is not kept.
    guard tokens.lowerBound >= 0, tokens.upperBound < 1 << 31 else { return compute() }
    return values.value(tokens.lowerBound << 32 | tokens.upperBound, compute)
  }
}

/// The chains of names one file has looked up in the catalogue, by the tokens of their first and last names (a
/// chain of names is the same wherever it is read: a callee, a reference, a dotted value). Safe to use from several
/// threads.
final class ChainMemo: Sendable {
  struct Entry: Sendable {
    /// The chain, resolved as far as it goes; nil when its head is not a catalogued import.
    var chain: APIChain?
    /// The head is a CDK v1 TypeScript module, resolved as its aws-cdk-lib counterpart.
    var isCDKv1Module: Bool
  }

  private let entries: LockedMemo<Int, Entry>

  init(shards: Int) {
    entries = LockedMemo(shards: shards)
  }

  func entry(first: Int, last: Int, _ compute: () -> Entry) -> Entry {
    guard first >= 0, last >= first, last < 1 << 31 else { return compute() }
    return entries.value(first << 32 | last, compute)
  }
}

/// Evaluates expressions to ``Value``s, following names through assignments.
///
/// A class, so that the model, the builder and the closures that fill the memo share one rather than copy the file.
final class ValueEvaluator: Sendable {
  let file: SourceFile
  let names: NameIndex
  let resourceByCall: [Int: Int]
  let catalogue: CatalogueNames
  /// The values of whole expressions, evaluated once (only ``evaluate(_:)`` answers from it: a value evaluated
  /// inside another may have been cut short by ``maximumDepth``).
  let memo: ValueMemo
  /// ``enumMember(_:spelled:tokens:)`` by the dotted spelling, with the chain of names it resolved.
  let enumMembers: LockedMemo<String, EnumMemberAnswer>

  struct EnumMemberAnswer {
    var kind: Value.Kind?
    var entry: ChainMemo.Entry
  }
  static let maximumDepth = 6

  /// The memos have as many shards as the catalogue's.
  init(file: SourceFile, names: NameIndex, resourceByCall: [Int: Int], catalogue: CatalogueNames) {
    self.file = file
    self.names = names
    self.resourceByCall = resourceByCall
    self.catalogue = catalogue
    memo = ValueMemo(shards: catalogue.shards)
    enumMembers = LockedMemo(shards: catalogue.shards)
  }

  func evaluate(_ tokens: Range<Int>) -> Value {
    memo.value(tokens) { evaluate(tokens, depth: 0, original: tokens) }
  }

  /// The resource ``evaluate(_:)`` finds an expression to denote, without evaluating what cannot denote one: a
  /// literal, a list, an object, a call that creates no resource.
  func resource(denotedBy tokens: Range<Int>) -> Int? {
    resource(tokens, depth: 0)
  }

  /// ``evaluate(_:depth:original:)`` reduced to its paths that may end at a resource, in the same order.
  func resource(_ tokens: Range<Int>, depth: Int) -> Int? {
    let tokens = trimmed(tokens)
    guard !tokens.isEmpty, tokens.upperBound <= file.tokens.count, depth < ValueEvaluator.maximumDepth else { return nil }
    let first = tokens.lowerBound
    if tokens.count == 1 {
      switch file.tokens[first].kind {
      case .string, .number:
        return nil
      case .name:
        if file.isName(first, "True") || file.isName(first, "true") || file.isName(first, "False")
          || file.isName(first, "false") || file.isName(first, "None") || file.isName(first, "null")
          || file.isName(first, "undefined") {
          return nil
        }
      default:
        break
      }
    }
    if let parts = dottedName(tokens) {
      let text = parts.joined(separator: ".")
      guard let assignment = names.assignment(to: text, before: Int(file.tokens[first].start), in: file),
        !assignment.valueTokens.isEmpty, assignment.valueTokens.lowerBound > tokens.upperBound || assignment.valueTokens.upperBound <= first,
        enumMember(parts, spelled: text, tokens: tokens) == nil
      else { return nil }
      return resource(assignment.valueTokens, depth: depth + 1)
    }
    if file.language == .typescript, tokens.count >= 3, file.isName(tokens.upperBound - 2, "as") {
      return resource(first..<(tokens.upperBound - 2), depth: depth + 1)
    }
    if let call = file.callIndex(spanning: tokens) { return resourceByCall[call] }
    // Lists and objects are never resources; `(value)` may be one.
    if file.isOp(first, "("), file.closer(of: first) == (tokens.upperBound - 1, true) {
      return resource((first + 1)..<(tokens.upperBound - 1), depth: depth + 1)
    }
    return nil
  }

  func evaluate(_ tokens: Range<Int>, depth: Int, original: Range<Int>) -> Value {
    let tokens = trimmed(tokens)
    let range = file.byteRange(tokens: original) ?? TextRange(start: 0, end: 0)
    func make(_ kind: Value.Kind) -> Value { Value(kind: kind, tokens: original, range: range, resolvedTokens: tokens) }
    guard !tokens.isEmpty, tokens.upperBound <= file.tokens.count, depth < ValueEvaluator.maximumDepth else {
      return make(.unknown)
    }
    let first = tokens.lowerBound
    let token = file.tokens[first]
    if tokens.count == 1 {
      switch token.kind {
      case .string:
        if token.flags.contains(.interpolated) {
          return ValueReader(file).stringTemplate(tokens, depth: 0).map { make(.template($0)) } ?? make(.unknown)
        }
        return file.stringContents(token: first).map { make(.string(Value.unescape($0))) } ?? make(.unknown)
      case .number:
        return Value.number(file.text(token: first)).map { make(.number($0)) } ?? make(.unknown)
      case .name:
        switch file.text(token: first) {
        case "True", "true": return make(.bool(true))
        case "False", "false": return make(.bool(false))
        case "None", "null", "undefined": return make(.null)
        default: break
        }
      default:
        break
      }
    }
    // `-1`
    if tokens.count == 2, file.isOp(first, "-"), file.tokens[first + 1].kind == .number,
      let number = Value.number(file.text(token: first + 1)) {
      return make(.number(-number))
    }
    // A dotted name: an enum member, a name bound earlier, or something unknown.
    if let parts = dottedName(tokens) {
      let text = parts.joined(separator: ".")
      if let member = enumMember(parts, spelled: text, tokens: tokens) { return make(member) }
      if let assignment = names.assignment(to: text, before: Int(file.tokens[first].start), in: file),
        !assignment.valueTokens.isEmpty, assignment.valueTokens.lowerBound > tokens.upperBound || assignment.valueTokens.upperBound <= first {
        var value = evaluate(assignment.valueTokens, depth: depth + 1, original: assignment.valueTokens)
        value.tokens = original
        value.range = range
        return value
      }
      return make(.reference(text))
    }
    // `x as Type`, `x!` (TypeScript) around a value.
    if file.language == .typescript, tokens.count >= 3, file.isName(tokens.upperBound - 2, "as") {
      return evaluate(first..<(tokens.upperBound - 2), depth: depth + 1, original: original)
    }
    if let call = file.callIndex(spanning: tokens) {
      if let resource = resourceByCall[call] { return make(.resource(resource)) }
      return make(evaluateCall(call, depth: depth))
    }
    if file.isOp(first, "["), let elements = file.arrayElements(tokens: tokens) {
      return make(.list(elements.map { evaluate($0, depth: depth + 1, original: $0) }))
    }
    if file.isOp(first, "{"), let properties = file.objectProperties(tokens: tokens) {
      return make(.object(type: nil, entries: entries(properties, depth: depth)))
    }
    // `(value)`
    if file.isOp(first, "("), file.closer(of: first) == (tokens.upperBound - 1, true) {
      return evaluate((first + 1)..<(tokens.upperBound - 1), depth: depth + 1, original: original)
    }
    if let template = ValueReader(file).stringTemplate(tokens, depth: 0) {
      return make(.template(template))
    }
    return make(.unknown)
  }

  func entries(_ arguments: [Argument], depth: Int) -> [Value.Entry] {
    arguments.compactMap { argument in
      if argument.isSpread { return nil }
      let value = evaluate(argument.valueTokens, depth: depth + 1, original: argument.valueTokens)
      return Value.Entry(
        name: argument.label.map { PropName.camelCase($0.name) }, label: argument.label, value: value, range: argument.range)
    }
  }

  /// A call that is not a resource: a catalogued static method, a catalogued struct or class built from props,
  /// `pulumi.interpolate` and concatenations, else unknown.
  func evaluateCall(_ index: Int, depth: Int) -> Value.Kind {
    let call = file.calls[index]
    guard let callee = call.callee, !callee.hasReceiverExpression else { return .unknown }
    if let resolution = catalogue.resolve(callee), let type = resolution.type {
      let fqn = CatalogueNames.fqn(of: type, in: resolution)
      if let member = resolution.member {
        guard member.kind == .staticMethod else { return .unknown }
        return .factory(type: fqn, method: member.name, arguments: entries(call.arguments, depth: depth))
      }
      switch type.kind {
      case .struct, .class:
        // Python builds structs from keyword arguments; TypeScript passes an object literal.
        if file.language == .typescript, let last = call.positional.last, file.isOp(last.valueTokens.lowerBound, "{"),
          let properties = file.objectProperties(tokens: last.valueTokens) {
          return .object(type: fqn, entries: entries(properties, depth: depth))
        }
        return .object(type: fqn, entries: entries(call.arguments.filter { $0.label != nil }, depth: depth))
      default:
        return .unknown
      }
    }
    // Pulumi's argument classes (`aws.s3.BucketVersioningV2VersioningConfigurationArgs(status="Enabled")`) are not
    // catalogued one by one: they are objects of their keyword arguments.
    if file.language == .python, callee.last.name.hasSuffix("Args"), let qualified = catalogue.qualifiedName(callee.parts.map(\.name)),
      qualified.hasPrefix("pulumi_aws") {
      return .object(type: nil, entries: entries(call.arguments.filter { $0.label != nil }, depth: depth))
    }
    if call.newKeyword == nil, let template = ValueReader(file).stringTemplate(tokenRange(of: call), depth: 0) {
      return .template(template)
    }
    return .unknown
  }

  /// The tokens of a call from its callee to its closing parenthesis.
  func tokenRange(of call: Call) -> Range<Int> {
    guard let callee = call.callee else { return call.openToken..<(call.closeToken + 1) }
    return callee.parts[0].token..<Swift.min(file.tokens.count, call.closeToken + 1)
  }

  /// An enum member or static constant of a catalogued type, when `parts` (spelled `text`, joined by dots) names one.
  func enumMember(_ parts: [String], spelled text: String, tokens: Range<Int>) -> Value.Kind? {
    guard parts.count >= 2, file.importBindings[parts[0]] != nil else { return nil }
    let first = tokens.lowerBound
    let last = tokens.upperBound - 1
    var computed = false
    // The answer depends only on the names, so it is kept by spelling.
    let answer = enumMembers.value(text) {
      computed = true
      let entry = catalogue.entry(first: first, last: last, parts: { parts })
      guard let chain = entry.chain, chain.isComplete, let type = chain.resolution.type,
        let member = chain.resolution.member, member.kind == .enumMember || member.kind == .constant
      else { return EnumMemberAnswer(kind: nil, entry: entry) }
      return EnumMemberAnswer(kind: .enumMember(type: CatalogueNames.fqn(of: type, in: chain.resolution), member: member.name), entry: entry)
    }
    // The chain is kept at this position too, where the rules that read every chain of names (deprecated-api) look
    // for it.
    if !computed { _ = catalogue.memo.entry(first: first, last: last) { answer.entry } }
    return answer.kind
  }

  /// The names of tokens that are exactly `a.b.c`, else nil.
  func dottedName(_ tokens: Range<Int>) -> [String]? {
    guard tokens.count % 2 == 1 else { return nil }
    // The shape first, so that no name is built for tokens that are not a dotted name, then the names in one array.
    for (offset, index) in tokens.enumerated() {
      if offset % 2 == 0 {
        guard file.tokens[index].kind == .name else { return nil }
      } else {
        guard file.isOp(index, ".") || file.isOp(index, "?.") else { return nil }
      }
    }
    var parts: [String] = []
    parts.reserveCapacity(tokens.count / 2 + 1)
    for index in stride(from: tokens.lowerBound, to: tokens.upperBound, by: 2) { parts.append(file.text(token: index)) }
    return parts
  }

  /// The tokens without comments and newlines at either end.
  func trimmed(_ tokens: Range<Int>) -> Range<Int> {
    var lower = tokens.lowerBound
    var upper = tokens.upperBound
    while lower < upper, lower < file.tokens.count, file.tokens[lower].kind == .comment || file.tokens[lower].kind == .newline {
      lower += 1
    }
    while upper > lower, upper - 1 < file.tokens.count,
      file.tokens[upper - 1].kind == .comment || file.tokens[upper - 1].kind == .newline {
      upper -= 1
    }
    return lower..<upper
  }
}

extension Value {
  /// A number literal's value (`80`, `1_000`, `0x1F`, `2.5`).
  static func number(_ text: String) -> Double? {
    let cleaned = text.filter { $0 != "_" }
    if cleaned.hasPrefix("0x") || cleaned.hasPrefix("0X") { return Int(cleaned.dropFirst(2), radix: 16).map(Double.init) }
    if cleaned.hasSuffix("n") { return Double(cleaned.dropLast()) }
    return Double(cleaned)
  }

  /// The common escapes of a string literal's contents resolved (`\'`, `\"`, `\\`, `\n`, `\t`).
  static func unescape(_ contents: String) -> String {
    guard contents.containsByte(UInt8(ascii: "\\")) else { return contents }
    var output: [UInt8] = []
    var escaped = false
    for byte in contents.utf8 {
      if escaped {
        switch byte {
        case UInt8(ascii: "n"): output.append(10)
        case UInt8(ascii: "t"): output.append(9)
        default: output.append(byte)
        }
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else {
        output.append(byte)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}
