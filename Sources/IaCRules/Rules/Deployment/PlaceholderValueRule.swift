import IaCModel
import IaCSyntax

/// IAC208: a placeholder literal (`"placeholder"`, `"TODO"`, `"changeme"`, `"<your-domain>"`) passed to a resource.
public struct PlaceholderValueRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC208",
    name: "placeholder-value",
    summary: "A placeholder value is passed to a resource",
    severity: .warning,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/cdk/v2/guide/best-practices.html",
    documentation: PlaceholderValueRule.documentation,
    triggeringExamples: PlaceholderValueRule.triggering,
    nonTriggeringExamples: PlaceholderValueRule.nonTriggering
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !file.frameworks.isEmpty, !Self.isTestCode(file) else { return }
    let reader = ValueReader(file)
    for call in file.calls {
      guard let callee = call.callee, Self.isConstruction(call, callee: callee) else { continue }
      let arguments = call.arguments.filter { $0.label != nil } + call.properties
      for argument in arguments {
        guard let label = argument.label, !Self.isProse(label.name) else { continue }
        inspect(argument.valueTokens, input: label.name, reader: reader, depth: 0, into: &diagnostics)
      }
    }
  }

  /// A class being constructed (`aws.s3.Bucket(...)`, `new Bucket(...)`, `Route53Stack(...)`) or a factory
  /// method on a class: the last or second-to-last name starts with a capital letter. Exceptions and warnings
  /// are not resources.
  static func isConstruction(_ call: Call, callee: Reference) -> Bool {
    let name = callee.last.name
    if name.hasSuffix("Error") || name.hasSuffix("Exception") || name.hasSuffix("Warning") { return false }
    // Parameters created with a stand-in value that is set out of band on purpose.
    if ["StringParameter", "StringListParameter", "Parameter", "SecretVersion"].contains(name) { return false }
    // A class, or a factory on one (`HostedZone.from_hosted_zone_attributes(...)`).
    let candidates = callee.parts.count >= 2 ? [name, callee.parts[callee.parts.count - 2].name] : [name]
    return candidates.contains { $0.unicodeScalars.first?.properties.isUppercase == true }
  }

  /// Inputs whose text is for people, not for AWS: descriptions, comments, messages.
  static func isProse(_ name: String) -> Bool {
    let lower = name.lowercased()
    if ["description", "comment", "message"].contains(where: { lower.utf8.containsSequence($0.utf8) }) { return true }
    return ["note", "notes", "summary", "help", "placeholder", "example", "examples", "doc", "docs", "documentation"]
      .contains(lower)
  }

  /// Test files, and any file under a `tests` or `test` directory.
  static func isTestCode(_ file: SourceFile) -> Bool {
    if file.isTestFile { return true }
    let components = file.path.split(separator: "/").dropLast()
    return components.contains { $0 == "tests" || $0 == "test" || $0 == "__tests__" }
  }

  /// Looks for placeholders in a value: a literal, a name bound to one, a list or dictionary of them, or a
  /// string wrapped in `Output.concat(...)`, `pulumi.output(...)` and the like.
  func inspect(_ tokens: Range<Int>, input: String, reader: ValueReader, depth: Int, into diagnostics: inout [Diagnostic]) {
    guard depth < 3, !tokens.isEmpty else { return }
    let file = reader.file
    let resolved = reader.resolve(tokens)
    if let value = file.literalString(tokens: resolved) {
      guard Self.isPlaceholder(value) else { return }
      let bound = resolved != tokens
      let name = file.text(tokens: tokens)
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: file.byteRange(tokens: tokens) ?? TextRange.empty(at: 0),
        message: bound
          ? "`\(input)` receives the placeholder value \"\(value)\" (through `\(name)`)"
          : "`\(input)` receives the placeholder value \"\(value)\""
      ))
      return
    }
    if let elements = file.arrayElements(tokens: resolved) {
      for element in elements { inspect(element, input: input, reader: reader, depth: depth + 1, into: &diagnostics) }
      return
    }
    if let properties = file.objectProperties(tokens: resolved) {
      for property in properties where !property.isSpread {
        guard let label = property.label, !Self.isProse(label.name) else { continue }
        inspect(property.valueTokens, input: label.name, reader: reader, depth: depth + 1, into: &diagnostics)
      }
      return
    }
    // `Output.concat("placeholder")`, `pulumi.Output.from_input("TODO")`, `pulumi.output("changeme")`.
    if let wrapper = file.callIndex(spanning: resolved).map({ file.calls[$0] }), let name = wrapper.callee?.last.name,
      ["concat", "from_input", "fromInput", "output", "secret"].contains(name) {
      for argument in wrapper.positional {
        inspect(argument.valueTokens, input: input, reader: reader, depth: depth + 1, into: &diagnostics)
      }
    }
  }

  // MARK: Placeholders

  /// Whole values that stand in for a real one.
  static let placeholderWords: Set<String> = [
    "placeholder", "changeme", "changethis", "replaceme", "replacethis", "dummy", "yourvaluehere",
    "insertvaluehere",
  ]

  /// Words that are placeholders only when shouted (`"TODO"`; a table may well be called `todo`).
  static let upperCasePlaceholderWords: Set<String> = ["TODO", "TBD", "FIXME", "TBA"]

  /// Words that mark a placeholder wherever they stand in a name, ARN or domain (`placeholder.example.com`).
  static let placeholderSegments: [[String]] = [
    ["placeholder"], ["changeme"], ["change", "me"], ["replaceme"], ["replace", "me"], ["replace", "with"],
    ["todo", "replace"], ["your", "account", "id"], ["xxxxxxxxxxxx"], ["123456789012"],
  ]

  /// Whether a string is a placeholder: a placeholder word on its own (`"TODO"`, `"REPLACE_ME"`), a run of `x`
  /// (`"xxx"`), an angle-bracketed or `your-...` stand-in (`"<your-domain>"`, `"your-bucket-name"`), or a name
  /// with a placeholder word in it (`"arn:aws:acm:...:certificate/PLACEHOLDER"`). Prose (text with spaces that
  /// is not bracketed) is never a placeholder.
  static func isPlaceholder(_ value: String) -> Bool {
    let trimmed = value.trimmingCharacters(in: " ")
    guard !trimmed.isEmpty else { return false }
    if trimmed.hasPrefix("<") && trimmed.hasSuffix(">") && trimmed.count > 2 && !trimmed.utf8.containsSequence("</".utf8) {
      let inner = trimmed.dropFirst().dropLast()
      return inner.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil
        || $0 == "-" || $0 == "_" || $0 == " " || $0 == "." }
    }
    if trimmed.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "$") }) { return false }
    let words = segments(of: trimmed)
    guard !words.isEmpty else { return false }
    if placeholderWords.contains(words.joined()) { return true }
    if upperCasePlaceholderWords.contains(trimmed) { return true }
    if words.allSatisfy({ $0.count >= 3 && $0.allSatisfy { $0 == "x" } }) { return true }
    if words.first == "your" && words.count >= 2 { return true }
    for pattern in placeholderSegments {
      if pattern.count == 1 {
        if words.contains(pattern[0]) { return true }
      } else if words.count >= pattern.count {
        for start in 0...(words.count - pattern.count) where Array(words[start..<(start + pattern.count)]) == pattern {
          return true
        }
      }
    }
    return false
  }

  /// The lower-cased words of a value, split at punctuation and at lower-to-upper case changes.
  static func segments(of value: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previousWasLower = false
    for scalar in value.unicodeScalars {
      let isLetterOrDigit = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
      if !isLetterOrDigit {
        if !current.isEmpty { words.append(current) }
        current = ""
        previousWasLower = false
        continue
      }
      if scalar.properties.isUppercase && previousWasLower && !current.isEmpty {
        words.append(current)
        current = ""
      }
      current += String(scalar).lowercased()
      previousWasLower = scalar.properties.isLowercase
    }
    if !current.isEmpty { words.append(current) }
    return words
  }
}
