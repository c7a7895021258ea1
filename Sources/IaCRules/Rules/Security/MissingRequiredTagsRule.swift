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
    nonTriggeringExamples: MissingRequiredTagsRule.nonTriggering
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    let required = context.options.requiredTags
    guard !required.isEmpty, file.usesCDK || file.frameworks.contains(.cdktf), !file.isTestFile else { return }
    let stacks = file.classes.filter { file.isStackClass($0) }
    guard !stacks.isEmpty else { return }
    // Tags may be applied anywhere in the project (the app entry point tags every stack).
    if let project = context.project, !project.isComplete { return }
    var applied = Self.appliedTags(in: file)
    for source in context.project?.sources ?? [] where source.path != file.path {
      applied.formUnion(Self.appliedTags(in: source))
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
  /// dictionaries and object literals (nested ones included, as in `defaultTags: [{ tags: { ... } }]`).
  static func appliedTags(in file: SourceFile) -> Set<String> {
    var keys = Set<String>()
    for call in file.calls {
      if call.callee?.last.name == "add", let receiver = call.receiverCall,
        file.calls[receiver].callee.map({ $0.parts.suffix(2).map(\.name) == ["Tags", "of"] }) == true,
        let key = call.positional.first.flatMap({ file.literalString(tokens: $0.valueTokens) }) {
        keys.insert(key)
      }
    }
    for index in file.tokens.indices where file.isName(index, "tags") || file.isName(index, "default_tags") || file.isName(index, "defaultTags") {
      guard file.isOp(index + 1, "=") || file.isOp(index + 1, ":") else { continue }
      var cursor = index + 2
      // Skip `[` of a list of tag blocks and `dict(` forms.
      while cursor < file.tokens.count && (file.isOp(cursor, "[") || file.isOp(cursor, "(") || file.isName(cursor, "dict")) { cursor += 1 }
      guard file.isOp(cursor, "{") else { continue }
      let (closer, isClosed) = file.closer(of: cursor)
      guard isClosed else { continue }
      collectKeys(file, (cursor)..<(closer + 1), into: &keys)
    }
    return keys
  }

  static func collectKeys(_ file: SourceFile, _ tokens: Range<Int>, into keys: inout Set<String>) {
    guard let properties = file.objectProperties(tokens: tokens) else { return }
    for property in properties {
      guard let label = property.label else { continue }
      if label.name == "tags", file.isOp(property.valueTokens.lowerBound, "{") {
        collectKeys(file, property.valueTokens, into: &keys)
      } else {
        keys.insert(label.name)
      }
    }
  }
}
