import IaCSyntax

extension PlaceholderTestRule {
  static let typeScriptTestCallees: Set<String> = ["test", "it", "test.only", "it.only", "test.concurrent"]
  static let typeScriptAssertionPrefixes = ["expect", "assert", "verify", "check", "validate", "ensure", "should", "must"]

  func checkTypeScript(_ file: SourceFile, into diagnostics: inout [Diagnostic]) {
    let localFunctions = Set(file.functions.map(\.name) + file.assignments.filter { assignment in
      file.isOp(assignment.valueTokens.lowerBound, "(") || file.isName(assignment.valueTokens.lowerBound, "function")
        || file.isName(assignment.valueTokens.lowerBound, "async")
    }.map(\.target))
    var testCount = 0
    for call in file.calls {
      guard let callee = call.callee, !callee.hasReceiverExpression, Self.typeScriptTestCallees.contains(callee.dotted),
        let body = functionBody(of: call, in: file) else { continue }
      testCount += 1
      checkTypeScriptTest(call, callee: callee, body: body, file: file, localFunctions: localFunctions, into: &diagnostics)
    }
    if testCount == 0, let comment = commentedOutTest(in: 0..<file.tokens.count, file: file) {
      report(file, file.tokens[comment].range, "Every test in this file is commented out, so it checks nothing", into: &diagnostics)
    }
  }

  /// The tokens inside the `{ ... }` body of the function passed as a test's last argument.
  func functionBody(of call: Call, in file: SourceFile) -> Range<Int>? {
    guard let argument = call.positional.last else { return nil }
    for index in argument.valueTokens where file.isOp(index, "{") {
      let isFunction = file.isOp(index - 1, "=>") || file.isOp(index - 1, ")")
      guard isFunction else { return nil }
      let (closer, _) = file.closer(of: index)
      return (index + 1)..<min(closer, file.tokens.count)
    }
    return nil
  }

  func checkTypeScriptTest(
    _ call: Call,
    callee: Reference,
    body: Range<Int>,
    file: SourceFile,
    localFunctions: Set<String>,
    into diagnostics: inout [Diagnostic]
  ) {
    // Calls among the body's own statements (not inside nested blocks or callbacks).
    var topLevelCalls: [Call] = []
    var index = body.lowerBound
    while index < body.upperBound {
      if file.isOp(index, "{") {
        index = file.closer(of: index).index + 1
        continue
      }
      if file.isName(index, "throw") && !isInsideParentheses(index, body: body, file: file) {
        report(file, file.tokens[index].range, "This test always fails: it throws unconditionally", into: &diagnostics)
        return
      }
      if file.isOp(index, "("), let found = file.call(openingAt: index) { topLevelCalls.append(found) }
      index += 1
    }
    for found in topLevelCalls {
      if let message = unconditionalFailure(found, in: file) {
        let start = found.receiverCall.map { file.calls[$0].range.start } ?? found.range.start
        report(file, TextRange(start: start, end: found.range.end), message, into: &diagnostics)
        return
      }
    }
    var assertions = 0
    var trivial = 0
    for found in file.calls where body.contains(found.openToken) {
      guard let name = found.callee?.last.name else { continue }
      let isExpectation = found.receiverCall.map { file.calls[$0].callee?.dotted == "expect" } ?? false
      if isExpectation {
        assertions += 1
        if isTriviallyTrue(found, in: file) { trivial += 1 }
      } else if name != "expect" && (localFunctions.contains(name) || Self.templateAssertions.contains(name)
        || Self.typeScriptAssertionPrefixes.contains(where: { name.hasPrefix($0) })) {
        assertions += 1
      } else if name == "expect" && !isMatcherReceiver(found, in: file) {
        assertions += 1
      }
    }
    if body.contains(where: { file.isName($0, "throw") }) { assertions += 1 }
    let label = call.positional.first.flatMap { file.literalString(tokens: $0.valueTokens) }.map { " '\($0)'" } ?? ""
    if assertions == 0 {
      report(file, callee.range, "Test\(label) checks nothing: it has no assertion", into: &diagnostics)
    } else if trivial == assertions {
      report(file, callee.range, "Test\(label) only asserts something that is always true", into: &diagnostics)
    }
  }

  func isInsideParentheses(_ index: Int, body: Range<Int>, file: SourceFile) -> Bool {
    var depth = 0
    for position in body.lowerBound..<index {
      if file.isOp(position, "(") || file.isOp(position, "[") { depth += 1 }
      if file.isOp(position, ")") || file.isOp(position, "]") { depth -= 1 }
    }
    return depth > 0
  }

  /// Whether an `expect(...)` call has a matcher called on it (then the matcher counts, not `expect` itself).
  func isMatcherReceiver(_ call: Call, in file: SourceFile) -> Bool {
    file.isDotAfter(call)
  }

  /// `expect(false).toBe(true)`, `expect(true).toBeFalsy()`, `fail(...)`, `assert.fail(...)`.
  func unconditionalFailure(_ call: Call, in file: SourceFile) -> String? {
    guard let callee = call.callee else { return nil }
    if (callee.dotted == "fail" || callee.dotted == "assert.fail") && !callee.hasReceiverExpression {
      return "This test always fails: `\(file.text(call.range))` is a placeholder"
    }
    guard let receiver = call.receiverCall, file.calls[receiver].callee?.dotted == "expect",
      let actual = file.calls[receiver].positional.first.flatMap({ Self.literal(file, $0.valueTokens) }) else { return nil }
    let expected = call.positional.first.flatMap { Self.literal(file, $0.valueTokens) }
    let fails: Bool
    switch callee.last.name {
    case "toBe", "toEqual", "toStrictEqual":
      fails = expected.map { $0 != actual } ?? false
    case "toBeTruthy":
      fails = Self.isFalsy(actual)
    case "toBeFalsy":
      fails = !Self.isFalsy(actual)
    default:
      fails = false
    }
    guard fails else { return nil }
    let text = file.text(TextRange(start: file.calls[receiver].range.start, end: call.range.end))
    return "This test always fails: `\(text)` is a placeholder"
  }

  func isTriviallyTrue(_ call: Call, in file: SourceFile) -> Bool {
    guard let receiver = call.receiverCall, let callee = call.callee,
      let actual = file.calls[receiver].positional.first.flatMap({ Self.literal(file, $0.valueTokens) }) else { return false }
    let expected = call.positional.first.flatMap { Self.literal(file, $0.valueTokens) }
    switch callee.last.name {
    case "toBe", "toEqual", "toStrictEqual": return expected == actual
    case "toBeTruthy": return !Self.isFalsy(actual)
    case "toBeFalsy": return Self.isFalsy(actual)
    case "toBeDefined": return actual != "null"
    default: return false
    }
  }
}

extension SourceFile {
  /// Whether a `.` follows the call's closing parenthesis (a method is called on its result).
  func isDotAfter(_ call: Call) -> Bool {
    isOp(call.closeToken + 1, ".") || isOp(call.closeToken + 1, "?.")
  }
}
