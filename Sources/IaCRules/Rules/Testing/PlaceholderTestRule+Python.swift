import IaCModel
import IaCSyntax

extension PlaceholderTestRule {
  /// Call names that assert something, or that fail a test on purpose when reached conditionally.
  static let pythonAssertionPrefixes = ["assert", "fail", "expect", "verify", "check", "validate", "ensure", "must", "should"]
  static let templateAssertions: Set<String> = [
    "has_resource_properties", "has_resource", "resource_count_is", "resource_properties_count_is", "has_output",
    "has_mapping", "has_condition", "has_parameter", "template_matches", "all_resources", "all_resources_properties",
    "has_error", "has_warning", "has_info", "has_no_error", "has_no_warning", "has_no_info", "raises", "approx",
    "hasResourceProperties", "hasResource", "resourceCountIs", "resourcePropertiesCountIs", "hasOutput", "hasMapping",
    "hasCondition", "hasParameter", "templateMatches", "allResources", "allResourcesProperties", "hasError", "hasWarning",
    "hasNoError", "hasNoWarning", "hasInfo", "hasNoInfo", "toThrow", "rejects",
  ]

  func checkPython(_ file: SourceFile, into diagnostics: inout [Diagnostic]) {
    let localFunctions = Set(file.functions.filter { !$0.name.hasPrefix("test") }.map(\.name))
    let tests = file.functions.filter { function in
      function.name.hasPrefix("test")
        && !function.decorators.contains { $0.contains("skip") || $0.contains("xfail") || $0.contains("fixture") }
    }
    for test in tests {
      checkPythonTest(test, file: file, localFunctions: localFunctions, into: &diagnostics)
    }
    // Test classes (and files) whose tests are all commented out.
    for declaration in file.classes where declaration.name.hasPrefix("Test") || declaration.bases.contains(where: { $0.hasSuffix("TestCase") }) {
      let hasTests = file.functions.contains { $0.name.hasPrefix("test") && $0.enclosingClass.map { file.classes[$0].nameRange == declaration.nameRange } == true }
      if !hasTests, commentedOutTest(in: declaration.bodyTokens, file: file) != nil {
        report(file, declaration.nameRange, "Every test in `\(declaration.name)` is commented out, so it checks nothing", into: &diagnostics)
      }
    }
    if file.functions.allSatisfy({ !$0.name.hasPrefix("test") }), let comment = commentedOutTest(in: 0..<file.tokens.count, file: file),
      !file.classes.contains(where: { file.byteRange(tokens: $0.bodyTokens)?.contains(file.tokens[comment].range) == true }) {
      report(file, file.tokens[comment].range, "Every test in this file is commented out, so it checks nothing", into: &diagnostics)
    }
  }

  /// The first comment in `tokens` that reads like a commented-out test definition.
  func commentedOutTest(in tokens: Range<Int>, file: SourceFile) -> Int? {
    tokens.first { index in
      guard file.tokens[index].kind == .comment else { return false }
      let text = file.text(token: index)
      switch file.language {
      case .python:
        return text.contains("def test")
      case .typescript:
        return Self.mentionsCall(text, "test") || Self.mentionsCall(text, "it") || Self.mentionsCall(text, "describe")
      }
    }
  }

  /// Whether `text` contains `name(` (or `name.each(`) not preceded by an identifier character, so that
  /// `exit(` and `submit(` do not read as `it(`.
  static func mentionsCall(_ text: String, _ name: String) -> Bool {
    let bytes = Array(text.utf8)
    let word = Array(name.utf8)
    var index = 0
    while index + word.count < bytes.count {
      if bytes[index..<(index + word.count)].elementsEqual(word) {
        let before = index == 0 ? UInt8(ascii: " ") : bytes[index - 1]
        let isBoundary = !(before.isASCIIIdentifier || before == UInt8(ascii: "."))
        let after = bytes[index + word.count]
        if isBoundary && (after == UInt8(ascii: "(") || after == UInt8(ascii: ".")) { return true }
      }
      index += 1
    }
    return false
  }

  func checkPythonTest(_ test: FunctionDecl, file: SourceFile, localFunctions: Set<String>, into diagnostics: inout [Diagnostic]) {
    let body = test.bodyTokens
    // 1. An unconditional failure among the body's own statements; after an `except` (the expected-exception idiom:
    // `try: f() except E: return` then `self.fail(...)`) the failure is reached only when nothing was raised.
    var afterExcept = false
    for statement in topLevelStatements(of: body, in: file) {
      if file.isName(statement.lowerBound, "except") || file.isName(statement.lowerBound, "else") { afterExcept = true }
      if !afterExcept, let message = unconditionalFailure(at: statement, in: file) {
        report(file, file.byteRange(tokens: statement)!, message, into: &diagnostics)
        return
      }
    }
    // 2. No assertion at all, or 3. only trivially true ones.
    var assertions = 0
    var trivial = 0
    var index = body.lowerBound
    while index < body.upperBound {
      defer { index += 1 }
      if file.isName(index, "assert") {
        assertions += 1
        let end = (index..<body.upperBound).first { file.tokens[$0].kind == .newline } ?? body.upperBound
        var valueEnd = end
        if let comma = ((index + 1)..<end).first(where: { file.isOp($0, ",") }) { valueEnd = comma }
        if let value = Self.literal(file, (index + 1)..<valueEnd), !Self.isFalsy(value) { trivial += 1 }
        continue
      }
      if file.isName(index, "raise") {
        assertions += 1
        continue
      }
      guard file.isOp(index, "("), let call = file.call(openingAt: index), let callee = call.callee else { continue }
      let name = callee.last.name
      if localFunctions.contains(name) || Self.templateAssertions.contains(name)
        || Self.pythonAssertionPrefixes.contains(where: { name.hasPrefix($0) }) {
        assertions += 1
        if isTriviallyTrue(call, name: name, in: file) { trivial += 1 }
      }
    }
    if assertions == 0 && Self.namesADoesNotRaiseTest(test.name)
      && file.calls.contains(where: { body.contains($0.openToken) }) {
      return
    }
    if assertions == 0 {
      reportUnasserted(file, body: body, range: test.nameRange, name: "`\(test.name)`", into: &diagnostics)
    } else if trivial == assertions {
      report(file, test.nameRange, "Test `\(test.name)` only asserts something that is always true", into: &diagnostics)
    }
  }

  func isTriviallyTrue(_ call: Call, name: String, in file: SourceFile) -> Bool {
    let values = call.positional.map { Self.literal(file, $0.valueTokens) }
    switch name {
    case "assertTrue", "assert_":
      return values.first.flatMap { $0 }.map { !Self.isFalsy($0) } ?? false
    case "assertFalse":
      return values.first.flatMap { $0 }.map(Self.isFalsy) ?? false
    case "assertEqual", "assertEquals":
      guard values.count >= 2, let first = values[0], let second = values[1] else { return false }
      return first == second
    default:
      return false
    }
  }

  /// The statements directly in a Python body: those at the indentation of its first statement.
  func topLevelStatements(of body: Range<Int>, in file: SourceFile) -> [Range<Int>] {
    var statements: [Range<Int>] = []
    var start = body.lowerBound
    var column: Int?
    for index in body where file.tokens[index].kind == .newline || index == body.upperBound - 1 {
      let end = file.tokens[index].kind == .newline ? index : index + 1
      var first = start
      while first < end && file.tokens[first].kind == .comment { first += 1 }
      if first < end {
        let firstColumn = file.column(ofToken: first)
        if column == nil { column = firstColumn }
        if firstColumn == column { statements.append(first..<end) }
      }
      start = index + 1
    }
    return statements
  }

  /// A message when `statement` always fails the test.
  func unconditionalFailure(at statement: Range<Int>, in file: SourceFile) -> String? {
    let first = statement.lowerBound
    if file.isName(first, "assert"), let value = Self.literal(file, (first + 1)..<(statement.upperBound)), Self.isFalsy(value) {
      return "This test always fails: `assert \(file.text(token: first + 1))` is a placeholder"
    }
    if file.isName(first, "assert"), let comma = statement.first(where: { file.isOp($0, ",") }),
      let value = Self.literal(file, (first + 1)..<comma), Self.isFalsy(value) {
      return "This test always fails: `assert \(file.text(token: first + 1))` is a placeholder"
    }
    if file.isName(first, "raise"), file.isName(first + 1, "NotImplementedError") {
      return "This test always fails: it raises `NotImplementedError`"
    }
    guard let call = file.call(openingAt: statement.first(where: { file.isOp($0, "(") }) ?? -1),
      let callee = call.callee, call.range.start == file.tokens[first].range.start,
      file.byteRange(tokens: statement)?.end == call.range.end else { return nil }
    let dotted = callee.dotted
    guard dotted == "self.fail" || dotted == "pytest.fail" || dotted == "fail" else { return nil }
    let text = call.positional.first.map { file.text($0.value) } ?? ""
    let shown = text.count > 60 ? String(text.prefix(57)) + "..." : text
    return "This test always fails: `\(dotted)(\(shown))` is a placeholder"
  }
}

extension UInt8 {
  var isASCIIIdentifier: Bool {
    (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
      || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9")) || self == UInt8(ascii: "_") || self == UInt8(ascii: "$")
  }
}
