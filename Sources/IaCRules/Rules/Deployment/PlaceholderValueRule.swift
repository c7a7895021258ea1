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
    nonTriggeringExamples: PlaceholderValueRule.nonTriggering,
    testFiles: .exclude
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !Self.isUnderTestDirectory(file) else { return }
    var reported = Set<Int>()
    // The props of the file's resources, under the names as written.
    var covered = Set<Int>()
    var outOfBand: [TextRange] = []
    for resource in model.resources {
      covered.insert(resource.call)
      if case .keywords(let argsCall) = resource.propsLocation { covered.insert(argsCall) }
      guard !Self.outOfBandParameters.contains(resource.type.name) else {
        outOfBand.append(resource.range)
        continue
      }
      for prop in resource.props where !Self.isProse(prop.label.name) {
        inspect(prop.value, input: prop.label.name, model: model, depth: 0, reported: &reported, into: &diagnostics)
      }
    }
    // The model has no resource for what else takes values a user must supply: the project's own component
    // classes (`Route53Stack(...)`), classes of packages outside the catalogue (other providers), and factories
    // that import what exists already (`HostedZone.from_hosted_zone_attributes(...)`). Those calls are found by
    // the shape of their names.
    for (index, call) in file.calls.enumerated() where !covered.contains(index) {
      guard let callee = call.callee, Self.isConstruction(call, callee: callee),
        !outOfBand.contains(where: { $0.start <= call.range.start && call.range.end <= $0.end }) else { continue }
      let arguments = call.arguments.filter { $0.label != nil } + call.properties
      for argument in arguments {
        guard let label = argument.label, !Self.isProse(label.name) else { continue }
        inspect(model.value(of: argument), input: label.name, model: model, depth: 0, reported: &reported, into: &diagnostics)
      }
    }
  }

  /// A class being constructed (`Route53Stack(...)`, `new VirtualNetwork(...)`) or a factory method on a class:
  /// the last or second-to-last name starts with a capital letter. Exceptions and warnings are not resources.
  static func isConstruction(_ call: Call, callee: Reference) -> Bool {
    let name = callee.last.name
    // A class, or a factory on one (`HostedZone.from_hosted_zone_attributes(...)`).
    guard startsUppercase(name) || (callee.parts.count >= 2 && startsUppercase(callee.parts[callee.parts.count - 2].name))
    else { return false }
    if name.hasSuffix("Error") || name.hasSuffix("Exception") || name.hasSuffix("Warning") { return false }
    return !outOfBandParameters.contains(name)
  }

  /// Parameters created with a stand-in value that is set out of band on purpose, and template parameters whose
  /// default the deployer overrides: the class names of resources, and of calls the model has no resource for.
  static let outOfBandParameters: Set<String> = [
    "StringParameter", "StringListParameter", "Parameter", "SecretVersion", "CfnParameter",
  ]

  /// Whether a name's first character is an upper-case letter.
  static func startsUppercase(_ name: String) -> Bool {
    guard let first = name.utf8.first else { return false }
    if first < 0x80 { return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") }
    return name.unicodeScalars.first?.properties.isUppercase == true
  }

  /// Inputs whose text is for people, not for AWS: descriptions, comments, messages.
  static func isProse(_ name: String) -> Bool {
    if let prose = isASCIIProse(name) { return prose }
    let lower = name.lowercased()
    if ["description", "comment", "message"].contains(where: { lower.utf8.containsSequence($0.utf8) }) { return true }
    return ["note", "notes", "summary", "help", "placeholder", "example", "examples", "doc", "docs", "documentation"]
      .contains(lower)
  }

  /// ``isProse(_:)`` for an ASCII name, on its bytes; nil when the name holds other characters, which may lower-case
  /// to ASCII.
  static func isASCIIProse(_ name: String) -> Bool? {
    let answer = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      // Whether `word` (lower case) occurs at `start` of the name, in any case.
      func matches(_ word: [UInt8], at start: Int) -> Bool {
        guard start + word.count <= bytes.count else { return false }
        for (offset, expected) in word.enumerated() {
          let byte = bytes[start + offset]
          if (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte) != expected { return false }
        }
        return true
      }
      let parts = proseParts
      let starts = prosePartStarts
      for start in 0..<bytes.count {
        // Most bytes start no part: look the first letter up before comparing the rest.
        let byte = bytes[start]
        let first = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
        guard starts[Int(first)] else { continue }
        for part in parts where part[0] == first && matches(part, at: start) { return true }
      }
      return proseNames.contains { $0.count == bytes.count && matches($0, at: 0) }
    }
    if let answer { return answer }
    var lower: [UInt8] = []
    for byte in name.utf8 {
      guard byte < 0x80 else { return nil }
      lower.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
    }
    if proseParts.contains(where: { lower.containsSequence($0) }) { return true }
    return proseNames.contains { $0.elementsEqual(lower) }
  }

  static let testDirectoryNames: [[UInt8]] = ["tests", "test", "__tests__"].map { Array($0.utf8) }
  static let proseParts: [[UInt8]] = ["description", "comment", "message"].map { Array($0.utf8) }
  /// Whether a byte (lower case) starts one of ``proseParts``, by its value.
  static let prosePartStarts: [Bool] = (0..<256).map { byte in proseParts.contains { Int($0[0]) == byte } }
  static let proseNames: [[UInt8]] = [
    "note", "notes", "summary", "help", "placeholder", "example", "examples", "doc", "docs", "documentation",
  ].map { Array($0.utf8) }

  /// Python files under a `tests` or `test` directory (`conftest.py`, fixtures), which the linter's test-file
  /// test does not cover.
  static func isUnderTestDirectory(_ file: SourceFile) -> Bool {
    if let answer = file.path.utf8.withContiguousStorageIfAvailable(isUnderASCIITestDirectory), let answer { return answer }
    let components = file.path.split(separator: "/").dropLast()
    return components.contains { $0 == "tests" || $0 == "test" || $0 == "__tests__" }
  }

  /// ``isUnderTestDirectory(_:)`` for an ASCII path, on its bytes: whether a component before the last (empty ones
  /// aside) is a test directory's name; nil when the path holds other characters.
  static func isUnderASCIITestDirectory(_ path: UnsafeBufferPointer<UInt8>) -> Bool? {
    var found = false
    // Whether the last non-empty component seen so far names a test directory; it counts once another follows.
    var lastMatches = false
    var start = 0
    for end in 0...path.count where end == path.count || path[end] == UInt8(ascii: "/") || path[end] >= 0x80 {
      if end < path.count && path[end] >= 0x80 { return nil }
      if end > start {
        found = found || lastMatches
        let component = UnsafeBufferPointer(rebasing: path[start..<end])
        lastMatches = testDirectoryNames.contains { $0.elementsEqual(component) }
      }
      start = end + 1
    }
    return found
  }

  /// Looks for placeholders in a value: a literal (names followed), a list or dictionary of them, or a string
  /// wrapped in `Output.concat(...)`, `pulumi.output(...)` and the like.
  func inspect(
    _ value: Value, input: String, model: FileModel, depth: Int, reported: inout Set<Int>,
    into diagnostics: inout [Diagnostic]
  ) {
    guard depth < 4 else { return }
    let file = model.file
    // `Output.concat("placeholder")`, `pulumi.Output.from_input("TODO")`, `pulumi.output("changeme")`.
    if let index = file.callIndex(spanning: value.resolvedTokens), let name = file.calls[index].callee?.last.name,
      ["concat", "from_input", "fromInput", "output", "secret"].contains(name) {
      for argument in file.calls[index].positional {
        inspect(model.value(of: argument), input: input, model: model, depth: depth + 1, reported: &reported, into: &diagnostics)
      }
      return
    }
    switch value.kind {
    case .string(let text):
      guard Placeholder.isPlaceholder(text, input: input), reported.insert(value.range.start).inserted else { return }
      let bound = value.resolvedTokens != value.tokens
      let name = file.text(tokens: value.tokens)
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: value.range,
        message: bound
          ? "`\(input)` receives the placeholder value \"\(text)\" (through `\(name)`)"
          : "`\(input)` receives the placeholder value \"\(text)\""
      ))
    case .list(let elements):
      for element in elements {
        inspect(element, input: input, model: model, depth: depth + 1, reported: &reported, into: &diagnostics)
      }
    case .object(_, let entries):
      for entry in entries {
        guard let label = entry.label, !Self.isProse(label.name) else { continue }
        inspect(entry.value, input: label.name, model: model, depth: depth + 1, reported: &reported, into: &diagnostics)
      }
    default:
      return
    }
  }
}
