import Foundation
import IaCSyntax

/// Finds the resources of a file and everything the model says about each.
struct ResourceBuilder {
  let file: SourceFile
  let names: NameIndex
  let isCDKv1: Bool
  var resources: [Resource] = []
  var resourceByCall: [Int: Int] = [:]
  var constructors: [APIConstructor?] = []
  /// The evaluator of the file's values, once every resource call is known.
  var evaluator: ValueEvaluator?
  let catalogue: CatalogueNames

  /// `shards`: the shards of the file's memos (``LockedMemo/init(limit:shards:)``).
  init(file: SourceFile, names: NameIndex, isCDKv1: Bool, shards: Int = 1) {
    self.file = file
    self.names = names
    self.isCDKv1 = isCDKv1
    catalogue = CatalogueNames(file: file, names: names, shards: shards)
  }

  /// A call recognised as a resource, before its props are read.
  struct Candidate {
    var call: Int
    var type: ResourceType
    var constructor: APIConstructor
  }

  mutating func build(parallel: Bool = false) {
    guard !file.frameworks.isEmpty else { return }
    var candidates: [Candidate] = []
    for (index, call) in file.calls.enumerated() {
      guard let callee = call.callee, !callee.hasReceiverExpression,
        let candidate = candidate(call: index, callee: callee, catalogue: catalogue) else { continue }
      resourceByCall[index] = candidates.count
      candidates.append(candidate)
    }
    guard !candidates.isEmpty else { return }
    // Values can refer to resources, so every resource call is known before any value is evaluated.
    let evaluator = ValueEvaluator(file: file, names: names, resourceByCall: resourceByCall, catalogue: catalogue)
    self.evaluator = evaluator
    // What every resource looks up: the assignment that binds its call (the last one, as written), and the ranges of
    // the classes and functions it may be created in.
    var bindings: [Int: Int] = [:]
    for (index, assignment) in file.assignments.enumerated() {
      if let call = assignment.valueCall, resourceByCall[call] != nil { bindings[call] = index }
    }
    let scopes = Scopes(classes: file.classes.map(\.range), functions: file.functions.map(\.range), bindings: bindings)
    if parallel, candidates.count >= 64, case let cores = ProcessInfo.processInfo.activeProcessorCount, cores > 1 {
      // Each resource reads only the file and the evaluator's memo (which takes a lock), so they can be read in
      // any order; each slot is written by one thread, and the order of the list is the order of the calls.
      let chunks = min(cores, 8)
      let built = Slots<Resource>(count: candidates.count)
      let this = self
      let all = candidates
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        var position = chunk * all.count / chunks
        let end = (chunk + 1) * all.count / chunks
        while position < end {
          built.buffer[position] = this.resource(all[position], index: position, evaluator: evaluator, scopes: scopes)
          position += 1
        }
      }
      resources = built.buffer.map { $0! }
    } else {
      for (position, candidate) in candidates.enumerated() {
        resources.append(resource(candidate, index: position, evaluator: evaluator, scopes: scopes))
      }
    }
    constructors = candidates.map(\.constructor)
    linkReferences()
    collectCalls(evaluator: evaluator)
  }

  // MARK: Recognising resources

  func candidate(call: Int, callee: Reference, catalogue: CatalogueNames) -> Candidate? {
    guard let resolution = catalogue.resolve(callee), resolution.member == nil, let type = resolution.type else { return nil }
    let framework = resolution.package.framework
    switch (framework, type.kind) {
    case (.pulumi, .resource):
      break
    case (.cdk, .class), (.cdktf, .class):
      // Constructs take a scope and an id.
      guard let parameters = type.parameters, parameters.count >= 2, parameters[0] == "scope", parameters[1] == "id"
      else { return nil }
    default:
      return nil
    }
    let fqn = CatalogueNames.fqn(of: type, in: resolution)
    var resourceType = ResourceType(fqn: fqn, framework: framework, module: resolution.module.key, name: type.name)
    let deployed = type.resourceType
    if !deployed.isEmpty {
      // The catalogue's types are ASCII: search their bytes, and leave anything else to Foundation's search.
      let isCloudFormation = deployed.utf8.allSatisfy { $0 < 0x80 }
        ? deployed.utf8.containsSequence("::".utf8) : deployed.hasPrefix("AWS::") || deployed.contains("::")
      if isCloudFormation {
        resourceType.cloudFormationType = deployed
      } else {
        resourceType.terraformType = deployed
      }
    }
    return Candidate(call: call, type: resourceType, constructor: APIConstructor.shared(resolution: resolution, type: type, language: file.language))
  }

  // MARK: One resource

  /// Where resources are bound and created, gathered once per file.
  struct Scopes {
    var classes: [TextRange]
    var functions: [TextRange]
    /// The assignment binding each resource call, by call.
    var bindings: [Int: Int]
  }

  func resource(_ candidate: Candidate, index: Int, evaluator: ValueEvaluator, scopes: Scopes) -> Resource {
    let call = file.calls[candidate.call]
    let framework = candidate.type.framework
    let positional = call.positional
    var id: Value?
    var scope: Value?
    var props: [Prop] = []
    var hidden = call.arguments.contains(where: \.isSpread)
    var location = PropsLocation.opaque
    let constructor = candidate.constructor

    func prop(_ argument: Argument, name: String) -> Prop? {
      guard let label = argument.label else { return nil }
      return Prop(name: name, label: label, argument: argument, value: evaluator.evaluate(argument.valueTokens))
    }

    switch file.language {
    case .python:
      let takesID = constructor.takesIDProp
      if framework == .pulumi {
        id = call.keyword("resource_name").map { evaluator.evaluate($0.valueTokens) }
          ?? positional.first.map { evaluator.evaluate($0.valueTokens) }
        location = .keywords(call: candidate.call)
        var sources = call.arguments
        // `args=BucketArgs(...)` or a second positional `BucketArgs(...)`.
        let argsArgument = call.keyword("args") ?? (positional.count > 1 ? positional[1] : nil)
        if let argsArgument {
          if let argsCall = file.callIndex(spanning: argsArgument.valueTokens) {
            sources = file.calls[argsCall].arguments
            hidden = hidden || sources.contains(where: \.isSpread)
            location = .keywords(call: argsCall)
          } else {
            hidden = true
            location = .opaque
          }
        }
        for argument in sources {
          guard let label = argument.label?.name, !["resource_name", "opts", "args"].contains(label) else { continue }
          if let found = prop(argument, name: canonical(label, constructor: constructor)) { props.append(found) }
        }
      } else {
        // jsii renames the `scope` and `id` parameters `scope_` and `id_` when they would clash with a prop of the
        // same name (`wafv2.CfnWebACL(scope_, id, *, scope=...)`); either spelling names the construct scope or id
        // unless the props take one of their own.
        let takesScope = constructor.takesScopeProp
        let scopeKeyword = call.keyword("scope_") != nil || takesScope ? "scope_" : "scope"
        scope = call.keyword(scopeKeyword).map { evaluator.evaluate($0.valueTokens) }
          ?? positional.first.map { evaluator.evaluate($0.valueTokens) }
        let idKeyword = call.keyword("id_") != nil || takesID ? "id_" : "id"
        if let keyword = call.keyword(idKeyword) {
          id = evaluator.evaluate(keyword.valueTokens)
        } else if positional.count > 1 {
          id = evaluator.evaluate(positional[1].valueTokens)
        }
        location = .keywords(call: candidate.call)
        for argument in call.arguments {
          guard let label = argument.label?.name, label != scopeKeyword, label != idKeyword else { continue }
          if let found = prop(argument, name: canonical(label, constructor: constructor)) { props.append(found) }
        }
      }
    case .typescript:
      let propsPosition = framework == .pulumi ? 1 : 2
      if framework == .pulumi {
        id = positional.first.map { evaluator.evaluate($0.valueTokens) }
      } else {
        scope = positional.first.map { evaluator.evaluate($0.valueTokens) }
        id = positional.count > 1 ? evaluator.evaluate(positional[1].valueTokens) : nil
      }
      if call.arguments.count > propsPosition, !call.arguments[propsPosition].isSpread {
        let argument = call.arguments[propsPosition]
        let objectTokens = objectLiteral(argument.valueTokens, evaluator: evaluator)
        if let objectTokens, let properties = file.objectProperties(tokens: objectTokens) {
          // Only a literal that closes inside a closed call can be edited: in a file cut short, brackets pair up
          // with others far away, and an insertion there would land outside the resource.
          if objectTokens == argument.valueTokens, call.isClosed, objectTokens.upperBound - 1 < call.closeToken {
            location = .objectLiteral(open: objectTokens.lowerBound, close: objectTokens.upperBound - 1)
          }
          for property in properties {
            if property.isSpread {
              hidden = true
              continue
            }
            guard let label = property.label?.name else { continue }
            if let found = prop(property, name: canonical(label, constructor: constructor)) { props.append(found) }
          }
        } else {
          hidden = true
        }
      } else if call.arguments.count == propsPosition {
        location = .none(call: candidate.call)
      } else {
        hidden = hidden || call.arguments.count > propsPosition
      }
    }

    let calleeRange = call.callee?.range ?? call.range
    return Resource(
      index: index,
      call: candidate.call,
      type: candidate.type,
      id: id,
      binding: scopes.bindings[candidate.call].map { file.assignments[$0].target },
      enclosingClass: innermost(scopes.classes, containing: call.range.start),
      enclosingFunction: innermost(scopes.functions, containing: call.range.start),
      scope: scope,
      props: props,
      hasHiddenProps: hidden,
      propsLocation: location,
      calls: [],
      references: [],
      referencedBy: [],
      isCDKv1: isCDKv1 && framework == .cdk,
      range: call.range,
      calleeRange: call.newKeyword.map { $0.cover(calleeRange) } ?? calleeRange
    )
  }

  /// The tokens of the object literal a props argument is, written inline or bound to a name earlier.
  func objectLiteral(_ tokens: Range<Int>, evaluator: ValueEvaluator) -> Range<Int>? {
    let value = evaluator.evaluate(tokens)
    guard case .object(nil, _) = value.kind else { return nil }
    return value.resolvedTokens
  }

  /// The canonical name of a prop as written: the catalogue's jsii name when it knows the prop, else camelCase.
  func canonical(_ label: String, constructor: APIConstructor) -> String {
    if let member = constructor.prop(named: label) { return member.name }
    var name = label
    if file.language == .python, name.hasSuffix("_"), name.count > 1 { name.removeLast() }
    let camel = PropName.camelCase(name)
    return constructor.props.first(where: { PropName.matches($0.name, camel) })?.name ?? camel
  }

  func innermost(_ ranges: [TextRange], containing offset: Int) -> Int? {
    var best: Int?
    for (index, range) in ranges.enumerated() where range.start <= offset && offset < range.end {
      if let current = best, ranges[current].start > range.start { continue }
      best = index
    }
    return best
  }

  // MARK: Links between resources

  mutating func linkReferences() {
    for index in resources.indices {
      var targets: [Int] = []
      for prop in resources[index].props { collect(prop.value, into: &targets) }
      var seen = Set<Int>()
      targets = targets.filter { $0 != index && seen.insert($0).inserted }
      resources[index].references = targets
      for target in targets { resources[target].referencedBy.append(index) }
    }
  }

  func collect(_ value: Value, into targets: inout [Int]) {
    switch value.kind {
    case .resource(let index): targets.append(index)
    case .list(let values): for element in values { collect(element, into: &targets) }
    case .object(_, let entries): for entry in entries { collect(entry.value, into: &targets) }
    case .factory(_, _, let arguments): for argument in arguments { collect(argument.value, into: &targets) }
    default: break
    }
  }

  // MARK: Calls on resources

  /// Method calls on resources (`bucket.add_to_resource_policy`), calls taking a resource as an argument, and
  /// `X.of(resource).method(...)` calls.
  mutating func collectCalls(evaluator: ValueEvaluator) {
    var aspectOf: [Int: (resource: Int, type: String)] = [:]
    for (index, call) in file.calls.enumerated() {
      guard resourceByCall[index] == nil else { continue }
      if let callee = call.callee, !callee.hasReceiverExpression, callee.parts.count >= 2 {
        let parts = callee.parts
        for split in stride(from: parts.count - 1, through: 1, by: -1) {
          let receiver = parts[0].token..<(parts[split - 1].token + 1)
          guard let resource = evaluator.resource(denotedBy: receiver) else { continue }
          let method = parts[split...].map { PropName.camelCase($0.name) }.joined(separator: ".")
          resources[resource].calls.append(ResourceCall(role: .method(method), call: index))
          break
        }
      }
      var arguments = Set<Int>()
      for argument in call.arguments where !argument.isSpread {
        if let resource = evaluator.resource(denotedBy: argument.valueTokens), arguments.insert(resource).inserted {
          resources[resource].calls.append(ResourceCall(role: .argument, call: index))
        }
      }
      if let callee = call.callee, callee.last.name == "of", callee.parts.count >= 2,
        let first = call.positional.first, let resource = evaluator.resource(denotedBy: first.valueTokens) {
        aspectOf[index] = (resource, callee.parts[callee.parts.count - 2].name)
      }
    }
    guard !aspectOf.isEmpty else { return }
    for (index, call) in file.calls.enumerated() {
      guard let receiver = call.receiverCall, let (resource, type) = aspectOf[receiver], let callee = call.callee else { continue }
      resources[resource].calls.append(ResourceCall(role: .aspect(type + ".of." + PropName.camelCase(callee.last.name)), call: index))
    }
  }
}

/// Slots that threads fill, each slot by one thread.
private final class Slots<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element?>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }

  deinit {
    _ = buffer.deinitialize()
    buffer.deallocate()
  }
}
