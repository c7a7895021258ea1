import IaCModel
import IaCSyntax

/// IAC307: a stack that never applies the tags the configuration requires.
public struct MissingRequiredTagsRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC307",
    name: "missing-required-tags",
    summary: "A stack never applies tags the configuration requires",
    severity: .warning,
    frameworks: [.cdk, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html",
    documentation: MissingRequiredTagsRule.documentation,
    triggeringExamples: MissingRequiredTagsRule.triggering,
    nonTriggeringExamples: MissingRequiredTagsRule.nonTriggering,
    testFiles: .exclude
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    let required = context.options.requiredTags
    guard !required.isEmpty else { return }
    let stacks = file.classes.filter { file.isStackClass($0) }
    guard !stacks.isEmpty else { return }
    // Tags may be applied anywhere in the project (the app entry point tags every stack).
    if let project = context.project, !project.isComplete { return }
    var applied = Self.appliedTags(in: model)
    for source in context.project?.sources ?? [] where source.path != file.path {
      applied.formUnion(Self.appliedTags(in: FileModel(source)))
    }
    let missing = required.filter { !applied.contains($0) }
    guard !missing.isEmpty else { return }
    for stack in stacks {
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: stack.nameRange,
        message: "`\(stack.name)` never applies the required tag\(missing.count == 1 ? "" : "s") " + missing.map { "`\($0)`" }.joined(separator: ", ")
      ))
    }
  }

  /// Tag keys a file applies: `Tags.of(x).add("Key", v)` and the keys of `tags` / `default_tags` / `defaultTags`
  /// props and arguments, dictionaries and object literals (nested ones included, as in
  /// `defaultTags: [{ tags: { ... } }]`), names followed.
  static func appliedTags(in model: FileModel) -> Set<String> {
    let file = model.file
    var keys = Set<String>()
    func addTag(_ call: Call) {
      if let key = call.positional.first.flatMap({ model.value(of: $0).string }) { keys.insert(key) }
    }
    var resourceCalls = Set<Int>()
    for resource in model.resources {
      resourceCalls.insert(resource.call)
      for call in resource.calls where call.role == .aspect("Tags.of.add") { addTag(file.calls[call.call]) }
      for prop in resource.props where isTagsLabel(prop.name) { collectKeys(prop.value, into: &keys) }
    }
    for (index, call) in file.calls.enumerated() where !resourceCalls.contains(index) {
      // `Tags.of(self)` and `Tags.of(app)` tag a whole stack or app, which is no resource of the file: the model
      // records no call on it, so these calls are read here.
      if call.callee?.last.name == "add", let receiver = call.receiverCall,
        file.calls[receiver].callee.map({ $0.parts.suffix(2).map(\.name) == ["Tags", "of"] }) == true,
        let target = file.calls[receiver].positional.first, model.resource(denotedBy: target.valueTokens) == nil {
        addTag(call)
      }
      // Keyword arguments (Python) and properties of object-literal arguments (TypeScript) of the user's own
      // stacks (`MyStack(app, "x", tags={...})`), which are no resources either.
      for argument in call.arguments + call.properties where argument.label.map({ isTagsLabel($0.name) }) ?? false {
        collectKeys(model.value(of: argument), into: &keys)
      }
    }
    return keys
  }

  static func isTagsLabel(_ name: String) -> Bool {
    ["tags", "defaulttags"].contains(PropName.fold(name))
  }

  /// The keys of a tags value: a dictionary or object (`{"Team": "x"}`), or a list of tag blocks.
  static func collectKeys(_ value: Value, into keys: inout Set<String>, depth: Int = 0) {
    guard depth < 4 else { return }
    if let elements = value.elements {
      for element in elements { collectKeys(element, into: &keys, depth: depth + 1) }
      return
    }
    for entry in value.entries ?? [] {
      guard let label = entry.label?.name else { continue }
      if label == "tags", entry.value.entries != nil {
        collectKeys(entry.value, into: &keys, depth: depth + 1)
      } else {
        keys.insert(label)
      }
    }
  }
}
