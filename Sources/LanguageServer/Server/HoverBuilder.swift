import IaCDocs
import IaCModel
import IaCRules
import IaCSyntax

/// Builds hovers: over a finding, its rule's documentation; over a suppression comment's code, that rule's; over a
/// CDK, Pulumi or CDK for Terraform reference, its qualified name and API reference link.
struct HoverBuilder {
  let result: LintResult
  let markdown: Bool
  let encoding: PositionEncoding
  let catalogue: any ConstructCatalogue
  let registry: RuleRegistry

  func hover(at offset: Int) -> Hover? {
    let text = result.input.text
    let here = result.diagnostics.indices.filter { index in
      let range = result.diagnostics[index].range
      return range.contains(offset) || range.end == offset
    }
    if !here.isEmpty {
      var sections: [String] = []
      var seen = Set<String>()
      for index in here {
        let diagnostic = result.diagnostics[index]
        var section = "**\(diagnostic.code)** `\(diagnostic.name)` (\(diagnostic.severity.rawValue)): \(diagnostic.message)\n"
        if let resource = diagnostic.resource {
          section += "\nResource: `\(resource.path)` (`\(resource.type)`)\n"
        }
        if let fix = diagnostic.fix {
          section += "\nFix: \(fix.title) (\(fix.applicability == .safe ? "safe" : fix.applicability.rawValue)).\n"
        }
        if !diagnostic.url.isEmpty { section += "\nReference: <\(diagnostic.url)>\n" }
        if seen.insert(diagnostic.code).inserted, let rule = registry.rule(forCodeOrName: diagnostic.code) {
          section += "\n---\n\n" + RuleDocumentation.markdown(for: rule.description)
        }
        sections.append(section)
      }
      let cover = here.map { result.diagnostics[$0].range }.reduce(result.diagnostics[here[0]].range) { $0.cover($1) }
      return make(sections.joined(separator: "\n---\n\n"), range: text.range(of: cover, encoding: encoding))
    }
    guard let file = result.file else { return nil }
    if let hover = suppressionHover(file, offset: offset) { return hover }
    return constructHover(file, offset: offset)
  }

  func make(_ markdownText: String, range: LSPRange?) -> Hover {
    if markdown { return Hover(contents: MarkupContent(kind: "markdown", value: markdownText), range: range) }
    return Hover(contents: MarkupContent(kind: "plaintext", value: PlainTextMarkdown.render(markdownText)), range: range)
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
    guard let rule = registry.rule(forCodeOrName: word) else { return nil }
    return make(
      RuleDocumentation.markdown(for: rule.description),
      range: result.input.text.range(of: TextRange(start: start, end: end), encoding: encoding))
  }

  func constructHover(_ file: SourceFile, offset: Int) -> Hover? {
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
    return make(text, range: result.input.text.range(of: range, encoding: encoding))
  }
}
