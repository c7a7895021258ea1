import IaCDocs
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax

/// Builds hovers: over a finding, a short summary (what is wrong, the fix, the reference, the rule's page); over a
/// suppression comment's code, that rule's summary and the comment's reason; over a
/// CDK, Pulumi or CDK for Terraform reference, its qualified name and API reference link.
struct HoverBuilder {
  let result: LintResult
  let markdown: Bool
  let encoding: PositionEncoding
  let catalogue: any ConstructCatalogue
  let registry: RuleRegistry

  func hover(at offset: Int) -> Hover? {
    let text = result.input.text
    // A rule code in a suppression comment: that rule and the comment's reason, even when the comment is itself
    // a finding (an unused suppression).
    if let file = result.file, let hover = suppressionHover(file, offset: offset) { return hover }
    let here = result.diagnostics.indices.filter { index in
      let range = result.diagnostics[index].range
      return range.contains(offset) || range.end == offset
    }
    if !here.isEmpty {
      var sections = here.map { summary(of: result.diagnostics[$0]) }
      // Over a construct, what it is follows the findings about it.
      if let file = result.file, let construct = constructText(file, offset: offset) { sections.append(construct.text) }
      let cover = here.map { result.diagnostics[$0].range }.reduce(result.diagnostics[here[0]].range) { $0.cover($1) }
      return make(sections.joined(separator: "\n---\n\n"), range: text.range(of: cover, encoding: encoding))
    }
    guard let file = result.file else { return nil }
    return constructHover(file, offset: offset)
  }

  /// Where a rule's full page is published.
  static func rulePageURL(_ description: RuleDescription) -> String {
    "https://github.com/iaclsp/iaclsp/blob/main/Docs/rules/\(RuleDocumentation.fileName(for: description))"
  }

  /// A finding in a few lines: what is wrong, the fix, the reference, and where the rule's full page is.
  func summary(of diagnostic: Diagnostic) -> String {
    var section = "**\(diagnostic.code) \(diagnostic.name)** (\(diagnostic.severity.rawValue)): \(diagnostic.message)\n"
    let rule = registry.rule(forCodeOrName: diagnostic.code)?.description
    if let rule { section += "\n\(rule.summary).\n" }
    if let resource = diagnostic.resource {
      section += "\nResource: `\(resource.path)` (`\(resource.type)`).\n"
    }
    if let fix = diagnostic.fix {
      section += "\nFix: \(fix.title) (\(fix.applicability == .safe ? "safe" : fix.applicability.rawValue)).\n"
    }
    if !diagnostic.url.isEmpty { section += "\nReference: <\(diagnostic.url)>\n" }
    if let rule {
      section += "\nThe rule's page: [\(rule.name)](\(HoverBuilder.rulePageURL(rule))), or `iaclsp explain \(rule.code)`.\n"
    }
    return section
  }

  func make(_ markdownText: String, range: LSPRange?) -> Hover {
    if markdown { return Hover(contents: MarkupContent(kind: "markdown", value: markdownText), range: range) }
    // Plain text carries no Markdown markup: the renderer keeps `**` and backticks for emphasis, so drop them.
    let plain = PlainTextMarkdown.render(markdownText).replacingOccurrences(of: "**", with: "")
      .replacingOccurrences(of: "`", with: "")
    return Hover(contents: MarkupContent(kind: "plaintext", value: plain), range: range)
  }

  /// A rule code or name inside an `iaclsp:` comment.
  func suppressionHover(_ file: SourceFile, offset: Int) -> Hover? {
    guard let token = file.tokens.first(where: { $0.kind == .comment && Int($0.start) <= offset && offset < Int($0.end) }) else {
      return nil
    }
    let bytes = file.bytes
    func isWord(_ byte: UInt8) -> Bool {
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
    var start = offset
    var end = offset
    while start > Int(token.start) && isWord(bytes[start - 1]) { start -= 1 }
    while end < Int(token.end) && isWord(bytes[end]) { end += 1 }
    guard start < end, file.text(token.range).contains("iaclsp:") else { return nil }
    let word = file.text(TextRange(start: start, end: end))
    guard let rule = registry.rule(forCodeOrName: word)?.description else { return nil }
    var text = "**\(rule.code) \(rule.name)** (\(rule.severity.rawValue)): \(rule.summary).\n"
    let suppressions = Suppressions(file: file, registry: registry)
    if let entry = (suppressions.entries + suppressions.fileEntries).first(where: { $0.range == token.range }) {
      text += "\nSuppressed here: \(entry.reason ?? "no reason given (add one after ` -- `)").\n"
    }
    if !rule.url.isEmpty { text += "\nReference: <\(rule.url)>\n" }
    text += "\nThe rule's page: [\(rule.name)](\(HoverBuilder.rulePageURL(rule))), or `iaclsp explain \(rule.code)`.\n"
    return make(text, range: result.input.text.range(of: TextRange(start: start, end: end), encoding: encoding))
  }

  func constructHover(_ file: SourceFile, offset: Int) -> Hover? {
    guard let construct = constructText(file, offset: offset) ?? ownConstructText(file, offset: offset) else { return nil }
    return make(construct.text, range: result.input.text.range(of: construct.range, encoding: encoding))
  }

  /// Over the call that instantiates one of the project's own construct or stack classes: the class and the
  /// construct paths the instance has.
  func ownConstructText(_ file: SourceFile, offset: Int) -> (text: String, range: TextRange)? {
    // Only a call of one of the project's classes is worth building the tree for.
    guard let call = file.calls.first(where: { $0.callee.map { $0.range.contains(offset) || $0.range.end == offset } ?? false }),
      let name = call.callee?.last.name else { return nil }
    let sources = [file] + (result.project?.sources.filter { $0.path != file.path } ?? [])
    guard ConstructScopes.classNames(of: sources).contains(name) else { return nil }
    let nodes = constructTree(of: FileModel(file)).nodes.filter { node in
      node.framework == nil && node.file == file.path && (node.range.contains(offset) || node.range.end == offset)
    }
    guard let first = nodes.first else { return nil }
    let kind = first.isStack ? "a stack" : "a construct"
    return ("**`\(first.type)`** — \(kind) of this project\n\n" + HoverBuilder.placeLines(nodes), first.range)
  }

  /// The construct tree of the file's project, with the file's own model for the file.
  func constructTree(of model: FileModel) -> ConstructTree {
    var models = [model]
    if let project = result.project {
      models += project.sources.filter { $0.path != model.file.path }.map { FileModel($0) }
    }
    return ConstructTree(models: models)
  }

  /// One line per construct path (at most four), with the logical id where there is one.
  static func placeLines(_ nodes: [ConstructTree.Node]) -> String {
    var lines: [String] = []
    for node in nodes.prefix(4) {
      var line = "Construct path: `\(node.pathText)`"
      if let logicalID = node.logicalID { line += ", logical id `\(logicalID)`" }
      lines.append(line)
    }
    if nodes.count > 4 { lines.append("and \(nodes.count - 4) more paths") }
    return lines.joined(separator: "\n\n") + "\n"
  }

  /// The qualified name, summary, deprecation and reference of the construct or module at `offset`.
  func constructText(_ file: SourceFile, offset: Int) -> (text: String, range: TextRange)? {
    var qualified: String?
    var range: TextRange?
    // The innermost dotted reference, cut after the part under the cursor.
    let references = file.references.filter { $0.range.start <= offset && offset <= $0.range.end && !$0.hasReceiverExpression }
    if let reference = references.min(by: { $0.range.length < $1.range.length }),
      let partIndex = reference.parts.firstIndex(where: { $0.range.start <= offset && offset <= $0.range.end }) {
      let prefix = Reference(parts: Array(reference.parts[...partIndex]))
      qualified = file.qualifiedName(of: prefix)
      range = prefix.range
    }
    if qualified == nil,
      let token = file.tokens.first(where: { $0.kind == .name && Int($0.start) <= offset && offset <= Int($0.end) }) {
      let name = file.text(token.range)
      if let binding = file.importBindings[name] {
        qualified = binding
        range = token.range
      }
    }
    guard let qualified, let range, let info = catalogue.construct(qualified: qualified, language: file.language) else {
      return nil
    }
    var text = "**`\(info.qualifiedName)`** — \(info.family.rawValue), \(info.detail)\n\n"
    if let deprecation = info.deprecation { text += "**Deprecated.** \(deprecation)\n\n" }
    text += "[\(info.referenceTitle)](\(info.referenceURL))\n"
    if let place = constructPlace(file, offset: offset) { text += "\n" + place }
    return (text, range)
  }

  /// For the call that creates a construct: its construct path as far as the sources show it (stack ids from the
  /// app, through the user's own constructs) and the CloudFormation logical id aws-cdk-lib gives it.
  func constructPlace(_ file: SourceFile, offset: Int) -> String? {
    let model = FileModel(file)
    guard let resource = model.resources.first(where: { $0.calleeRange.contains(offset) || $0.calleeRange.end == offset })
    else { return nil }
    let nodes = constructTree(of: model).nodes.filter { $0.file == file.path && $0.range == resource.calleeRange }
    guard !nodes.isEmpty else { return nil }
    return HoverBuilder.placeLines(nodes)
  }
}
