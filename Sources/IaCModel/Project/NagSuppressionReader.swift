import IaCSyntax

/// Reads the suppression calls of one file of a ``NagSuppressionIndex``: which API, which constructs, which rules.
struct NagSuppressionReader {
  let index: NagSuppressionIndex
  let model: Int

  var fileModel: FileModel { index.models[model] }
  var file: SourceFile { index.models[model].file }

  /// The file's suppressions, in call order; `tree` is built the first time a construct path needs resolving.
  func read(tree: inout ConstructTree?) -> [NagSuppressionIndex.Suppression] {
    var result: [NagSuppressionIndex.Suppression] = []
    for call in file.calls {
      guard let callee = call.callee else { continue }
      if callee.hasReceiverExpression {
        guard callee.parts.count == 1, callee.last.name == "acknowledge", let receiver = call.receiverCall,
          isValidationsOf(file.calls[receiver]), let construct = file.calls[receiver].positional.first else { continue }
        result.append(suppression(
          .acknowledge, call: call, targets: targets(of: construct.valueTokens), children: true,
          rules: acknowledgedRules(call)))
        continue
      }
      guard let kind = nagSuppressionsKind(callee) else { continue }
      switch kind {
      case .resource:
        guard let construct = argument(call, 0, ["construct"]), let list = argument(call, 1, ["suppressions"]) else { continue }
        let flag = flag(argument(call, 2, ["apply_to_children", "applyToChildren"]))
        let (found, isDefaultChild) = targetsAndDefaultChild(of: construct.valueTokens)
        result.append(suppression(
          kind, call: call, targets: flag == nil ? [] : found, children: (flag ?? false) && !isDefaultChild,
          rules: rules(fileModel.value(of: list))))
      case .stack:
        guard let stack = argument(call, 0, ["stack"]), let list = argument(call, 1, ["suppressions"]) else { continue }
        result.append(suppression(
          kind, call: call, targets: targets(of: stack.valueTokens), children: true, rules: rules(fileModel.value(of: list))))
      case .path:
        guard argument(call, 0, ["stack"]) != nil, let pathArgument = argument(call, 1, ["path"]),
          let list = argument(call, 2, ["suppressions"]) else { continue }
        let flag = flag(argument(call, 3, ["apply_to_children", "applyToChildren"]))
        var found: [NagSuppressionIndex.Target] = []
        if flag != nil, let paths = strings(fileModel.value(of: pathArgument)) {
          if tree == nil { tree = ConstructTree(models: index.models) }
          found = paths.flatMap { targets(atPath: $0, in: tree!) }
        }
        result.append(suppression(
          kind, call: call, targets: found, children: flag ?? false, rules: rules(fileModel.value(of: list))))
      case .acknowledge:
        continue
      }
    }
    return result
  }

  func suppression(
    _ kind: NagSuppressionIndex.Kind, call: Call, targets: [NagSuppressionIndex.Target], children: Bool,
    rules: [NagSuppressionIndex.Rule]
  ) -> NagSuppressionIndex.Suppression {
    NagSuppressionIndex.Suppression(
      kind: kind, model: model, path: file.path, range: call.range, targets: targets, appliesToChildren: children,
      rules: rules)
  }

  // MARK: The calls

  /// The qualified name of a chain of names through the file's imports, or nil when its head is not imported.
  func qualifiedName(_ parts: [NamePart]) -> String? {
    guard let head = file.importBindings[parts[0].name] else { return nil }
    return ([head] + parts.dropFirst().map(\.name)).joined(separator: ".")
  }

  /// Which `NagSuppressions` method a callee is, when it is one imported from cdk-nag.
  func nagSuppressionsKind(_ callee: Reference) -> NagSuppressionIndex.Kind? {
    guard callee.parts.count >= 2, let qualified = qualifiedName(Array(callee.parts.dropLast())),
      qualified.hasPrefix("cdk_nag") || qualified.hasPrefix("cdk-nag"), qualified.hasSuffix("NagSuppressions")
    else { return nil }
    switch PropName.fold(callee.last.name) {
    case "addresourcesuppressions": return .resource
    case "addstacksuppressions": return .stack
    case "addresourcesuppressionsbypath": return .path
    default: return nil
    }
  }

  /// Whether a call is aws-cdk-lib's `Validations.of(...)`.
  func isValidationsOf(_ call: Call) -> Bool {
    guard let callee = call.callee, !callee.hasReceiverExpression, callee.parts.count >= 2, callee.last.name == "of",
      let qualified = qualifiedName(Array(callee.parts.dropLast())) else { return false }
    return (qualified.hasPrefix("aws_cdk") || qualified.hasPrefix("aws-cdk-lib")) && qualified.hasSuffix("Validations")
  }

  /// A keyword argument by any of its names, else the positional argument at `position`.
  func argument(_ call: Call, _ position: Int, _ names: [String]) -> Argument? {
    if let keyword = call.keyword(anyOf: names) { return keyword }
    if call.arguments.contains(where: \.isSpread) { return nil }
    let positional = call.positional
    return position < positional.count ? positional[position] : nil
  }

  /// An optional flag argument: false when absent, its literal when it is one, nil when iaclsp cannot tell.
  func flag(_ argument: Argument?) -> Bool? {
    guard let argument else { return false }
    let value = fileModel.value(of: argument)
    if case .null = value.kind { return false }
    return value.bool
  }

  /// A string or a list of strings; nil when any of them is not a literal.
  func strings(_ value: Value) -> [String]? {
    if let string = value.string { return [string] }
    guard let elements = value.elements else { return nil }
    let strings = elements.compactMap(\.string)
    return strings.count == elements.count ? strings : nil
  }

  // MARK: Rules

  /// The rules of a suppressions list (`[{"id": ..., "reason": ...}, NagPackSuppression(...)]`); entries iaclsp
  /// cannot read are left out.
  func rules(_ value: Value) -> [NagSuppressionIndex.Rule] {
    guard let elements = value.elements else { return [] }
    return elements.compactMap(rule)
  }

  /// The rules of `acknowledge(...)`: one per argument, or the keyword arguments `id=` and `reason=` of Python.
  func acknowledgedRules(_ call: Call) -> [NagSuppressionIndex.Rule] {
    if let id = call.keyword("id") {
      return rule(id: fileModel.value(of: id), reason: call.keyword("reason").map { fileModel.value(of: $0) }, granular: false)
        .map { [$0] } ?? []
    }
    return call.positional.compactMap { rule(fileModel.value(of: $0)) }
  }

  /// One suppression: a dictionary or object literal, an `Acknowledgment`, or a `NagPackSuppression(...)` call.
  func rule(_ value: Value) -> NagSuppressionIndex.Rule? {
    if value.entries != nil {
      return rule(id: value.entry("id")?.value, reason: value.entry("reason")?.value, granular: value.entry("appliesTo") != nil)
    }
    guard let call = file.callIndex(spanning: value.resolvedTokens).map({ file.calls[$0] }),
      let name = call.callee?.last.name, name == "NagPackSuppression" || name == "Acknowledgment" else { return nil }
    let id = call.keyword("id").map { fileModel.value(of: $0) }
    let reason = call.keyword("reason").map { fileModel.value(of: $0) }
    return rule(id: id, reason: reason, granular: call.keyword(anyOf: ["applies_to", "appliesTo"]) != nil)
  }

  /// A rule from its id and reason values: the id without a namespace (`cdk-nag::`) or a finding part
  /// (`[Action::s3:*]`), which makes it granular.
  func rule(id: Value?, reason: Value?, granular: Bool) -> NagSuppressionIndex.Rule? {
    guard let id, let text = id.string else { return nil }
    var name = Substring(text)
    var isGranular = granular
    if let bracket = name.firstIndex(of: "[") {
      name = name[..<bracket]
      isGranular = true
    }
    if let namespace = name.range(of: "::", options: .backwards) { name = name[namespace.upperBound...] }
    let trimmed = String(name).trimmingCharacters(in: " ")
    guard !trimmed.isEmpty else { return nil }
    return NagSuppressionIndex.Rule(id: trimmed, isGranular: isGranular, range: id.range, reason: reason?.string)
  }

  // MARK: Constructs

  func targets(of tokens: Range<Int>) -> [NagSuppressionIndex.Target] {
    targetsAndDefaultChild(of: tokens).targets
  }

  /// The constructs an expression names, and whether it is a construct's `node.default_child` (which has no
  /// children of its own).
  func targetsAndDefaultChild(of tokens: Range<Int>, depth: Int = 0) -> (targets: [NagSuppressionIndex.Target], isDefaultChild: Bool) {
    guard depth < 4 else { return ([], false) }
    let tokens = uncast(tokens)
    guard !tokens.isEmpty else { return ([], false) }
    let text = file.text(tokens: tokens)
    if text == "self" || text == "this" {
      guard let container = file.innermostClass(at: Int(file.tokens[tokens.lowerBound].start)) else { return ([], false) }
      return ([.classBody(file.classes[container].name)], false)
    }
    let value = fileModel.value(of: tokens)
    if let elements = value.elements {
      let inner = elements.map { targetsAndDefaultChild(of: $0.tokens, depth: depth + 1) }
      guard inner.allSatisfy({ !$0.targets.isEmpty }) else { return ([], false) }  // All or nothing.
      return (inner.flatMap(\.targets), inner.contains(where: \.isDefaultChild))
    }
    let resolved = uncast(value.resolvedTokens)
    // `bucket.node.default_child`, directly or through a variable.
    if resolved.count >= 5, file.isName(resolved.upperBound - 1, "default_child") || file.isName(resolved.upperBound - 1, "defaultChild"),
      file.isName(resolved.upperBound - 3, "node") {
      let owner = resolved.lowerBound..<(resolved.upperBound - 4)
      guard let resource = fileModel.value(of: owner).resource else { return ([], false) }
      return ([.resource(model: model, resource: resource)], true)
    }
    // `Stack.of(x)`: the innermost stacks around what `x` names.
    if let call = file.callIndex(spanning: resolved).map({ file.calls[$0] }), let callee = call.callee,
      callee.parts.count >= 2, callee.last.name == "of", callee.parts[callee.parts.count - 2].name == "Stack",
      let argument = call.positional.first {
      let inner = targetsAndDefaultChild(of: argument.valueTokens, depth: depth + 1).targets
      let stacks = inner.flatMap { index.isStack($0) ? [$0] : index.stacks(enclosing: $0) }
      return (stacks.isEmpty || inner.isEmpty ? [] : stacks, false)
    }
    return (index.construct(denotedBy: value, model: model).map { [$0] } ?? [], false)
  }

  /// The tokens without a TypeScript cast or non-null assertion at the end (`x as s3.CfnBucket`, `x!`).
  func uncast(_ tokens: Range<Int>) -> Range<Int> {
    guard file.language == .typescript else { return tokens }
    var upper = tokens.upperBound
    var depth = 0
    for index in tokens {
      if file.isOp(index, "(") || file.isOp(index, "[") || file.isOp(index, "{") { depth += 1 }
      if file.isOp(index, ")") || file.isOp(index, "]") || file.isOp(index, "}") { depth -= 1 }
      if depth == 0, index > tokens.lowerBound, file.isName(index, "as") {
        upper = index
        break
      }
    }
    while upper > tokens.lowerBound, file.isOp(upper - 1, "!") { upper -= 1 }
    return tokens.lowerBound..<upper
  }

  /// The constructs at an absolute construct path (`/Stack/Bucket/Resource`) that the source creates itself. A
  /// path below them (a child CDK adds, as `Bucket/Policy`) or one the source does not spell out names nothing.
  func targets(atPath path: String, in tree: ConstructTree) -> [NagSuppressionIndex.Target] {
    let match = tree.locate(path)
    guard match.resolvedPrefix == nil else { return [] }
    var result: [NagSuppressionIndex.Target] = []
    for node in match.nodes where !node.isAmbiguous && !node.path.contains(where: ConstructTree.isPattern) {
      guard let modelIndex = index.model(path: node.file) else { continue }
      let nodeModel = index.models[modelIndex]
      if node.framework != nil {
        guard let resource = nodeModel.resources.first(where: { $0.calleeRange == node.range }) else { continue }
        result.append(.resource(model: modelIndex, resource: resource.index))
      } else if let call = nodeModel.file.calls.indices.first(where: { nodeModel.file.calls[$0].callee?.range == node.range }) {
        result.append(.instance(model: modelIndex, call: call))
      }
    }
    return result
  }
}
