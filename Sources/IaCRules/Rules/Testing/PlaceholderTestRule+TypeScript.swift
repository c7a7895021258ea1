import IaCModel
import IaCSyntax

extension PlaceholderTestRule {
  static let typeScriptTestCallees: Set<String> = ["test", "it", "test.only", "it.only", "test.concurrent"]
  static let typeScriptAssertionPrefixes = ["expect", "assert", "verify", "check", "validate", "ensure", "should", "must"]

  func checkTypeScript(_ file: SourceFile, into diagnostics: inout [Diagnostic]) {
    let localFunctions = Set(file.functions.map(\.name) + file.assignments.filter { assignment in
      file.isOp(assignment.valueTokens.lowerBound, "(") || file.isName(assignment.valueTokens.lowerBound, "function")
        || file.isName(assignment.valueTokens.lowerBound, "async")
    }.map(\.target))
    // Names imported as `expect` or `assert` under another name (`import { expect as chaiExpect } from 'chai'`).
    let assertionAliases = Set(file.importBindings.filter { _, qualified in
      let last = qualified.split(separator: ".").last.map(String.init) ?? qualified
      return last == "expect" || last == "assert" || qualified == "assert" || qualified == "node:assert" || qualified == "chai"
    }.keys)
    var testCount = 0
    for call in file.calls {
      guard let callee = call.callee, !callee.hasReceiverExpression, Self.typeScriptTestCallees.contains(callee.dotted),
        let (body, parameters) = functionBody(of: call, in: file) else { continue }
      testCount += 1
      checkTypeScriptTest(
        call, callee: callee, body: body, parameters: parameters, file: file,
        localFunctions: localFunctions.union(assertionAliases), into: &diagnostics)
    }
    let base = file.path.split(separator: "/").last.map(String.init) ?? file.path
    let namedAsTest = base.contains(".test.") || base.contains(".spec.")
    if testCount == 0, namedAsTest, let comment = commentedOutTest(in: 0..<file.tokens.count, file: file) {
      report(file, file.tokens[comment].range, "Every test in this file is commented out, so it checks nothing", into: &diagnostics)
    }
  }

  /// The tokens inside the `{ ... }` body of the function passed as a test's last argument, and the names of
  /// that function's parameters (a `done` callback among them).
  func functionBody(of call: Call, in file: SourceFile) -> (Range<Int>, Set<String>)? {
    guard let argument = call.positional.last else { return nil }
    for index in argument.valueTokens where file.isOp(index, "{") {
      var parameters = Set<String>()
      if file.isOp(index - 1, "=>") {
        if file.isOp(index - 2, ")") {
          let open = Int(file.matching[index - 2])
          if open >= 0 { parameters = parameterNames(from: open, to: index - 2, in: file) }
        } else if file.tokens[index - 2].kind == .name {
          parameters.insert(file.text(token: index - 2))
        }
      } else if file.isOp(index - 1, ")") {
        let open = Int(file.matching[index - 1])
        if open >= 0 { parameters = parameterNames(from: open, to: index - 1, in: file) }
      } else {
        return nil
      }
      let (closer, _) = file.closer(of: index)
      return ((index + 1)..<min(closer, file.tokens.count), parameters)
    }
    return nil
  }

  func parameterNames(from open: Int, to close: Int, in file: SourceFile) -> Set<String> {
    var names = Set<String>()
    var expectName = true
    for index in (open + 1)..<close {
      if file.isOp(index, ",") {
        expectName = true
      } else if expectName && file.tokens[index].kind == .name {
        names.insert(file.text(token: index))
        expectName = false
      } else if file.tokens[index].kind != .comment {
        expectName = false
      }
    }
    return names
  }

  func checkTypeScriptTest(
    _ call: Call,
    callee: Reference,
    body: Range<Int>,
    parameters: Set<String>,
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
      if file.isName(index, "throw") && startsStatement(index, body: body, in: file) {
        report(file, file.tokens[index].range, "This test always fails: it throws unconditionally", into: &diagnostics)
        return
      }
      if file.isOp(index, "("), let found = file.call(openingAt: index), startsStatement(callStart(found, in: file), body: body, in: file) {
        topLevelCalls.append(found)
      }
      index += 1
    }
    // After a `catch` (the expected-exception idiom: `try { await f() } catch { return; } fail('…')`) a failure is
    // reached only when nothing was thrown.
    let firstCatch = body.first { file.isName($0, "catch") }
    for found in topLevelCalls where firstCatch.map({ found.openToken < $0 }) ?? true {
      if let message = unconditionalFailure(found, in: file) {
        let start = found.receiverCall.map { file.calls[$0].range.start } ?? found.range.start
        report(file, TextRange(start: start, end: found.range.end), message, into: &diagnostics)
        return
      }
    }
    var assertions = 0
    var trivial = 0
    for found in file.calls where body.contains(found.openToken) {
      guard let foundCallee = found.callee else { continue }
      let name = foundCallee.last.name
      let isExpectation = found.receiverCall.map { isExpectCall(file.calls[$0], in: file, aliases: localFunctions) } ?? false
      if isExpectation {
        assertions += 1
        if isTriviallyTrue(found, in: file) { trivial += 1 }
      } else if isExpectCall(found, in: file, aliases: localFunctions) {
        if !isMatcherReceiver(found, in: file) { assertions += 1 }
      } else if parameters.contains(foundCallee.dotted) || localFunctions.contains(foundCallee.parts[0].name) || localFunctions.contains(name)
        || Self.templateAssertions.contains(name)
        || foundCallee.parts.contains(where: { part in
          let lower = part.name.lowercased()
          return Self.typeScriptAssertionPrefixes.contains { lower.hasPrefix($0) }
        }) {
        assertions += 1
      }
    }
    for index in body where file.isName(index, "throw") || file.isName(index, "await") {
      assertions += 1
      _ = index
    }
    if assertions == 0 && mentionsIntentionallyEmpty(body, in: file) { return }
    let title = call.positional.first.flatMap { file.literalString(tokens: $0.valueTokens) }
    if assertions == 0, let title, Self.namesADoesNotRaiseTest(title),
      file.calls.contains(where: { body.contains($0.openToken) }) {
      return
    }
    let label = title.map { $0.isEmpty ? " with an empty name" : " '\($0)'" } ?? ""
    if assertions == 0 {
      reportUnasserted(file, body: body, range: callee.range, name: String(label.dropFirst()), into: &diagnostics)
    } else if trivial == assertions {
      report(file, callee.range, "Test\(label) only asserts something that is always true", into: &diagnostics)
    }
  }

  /// Whether `call` is an `expect(...)` (or `chai.expect`, `expect.soft`, `assert_1.expect`, an alias of it).
  func isExpectCall(_ call: Call, in file: SourceFile, aliases: Set<String>) -> Bool {
    guard let callee = call.callee else { return false }
    if callee.parts.contains(where: { $0.name == "expect" }) { return true }
    return callee.parts.count == 1 && aliases.contains(callee.parts[0].name)
      && file.importBindings[callee.parts[0].name].map { $0.hasSuffix("expect") } == true
  }

  /// The first token of a call (`new` or its callee), for statement checks.
  func callStart(_ call: Call, in file: SourceFile) -> Int {
    var call = call
    var steps = 0
    while let receiver = call.receiverCall, steps < 32 {
      call = file.calls[receiver]
      steps += 1
    }
    let start = call.newKeyword?.start ?? call.callee?.range.start ?? Int(file.tokens[call.openToken].start)
    return file.tokens.firstIndex(where: { Int($0.start) == start }) ?? call.openToken
  }

  /// Whether token `index` starts a statement of the body itself (not the branch of an `if`, `for` or `else`
  /// without braces, nor part of an expression).
  func startsStatement(_ index: Int, body: Range<Int>, in file: SourceFile) -> Bool {
    var previous = index - 1
    while previous >= body.lowerBound && (file.tokens[previous].kind == .newline || file.tokens[previous].kind == .comment) {
      previous -= 1
    }
    if previous < body.lowerBound { return true }
    if file.isOp(previous, ";") || file.isOp(previous, "}") {
      // `} else throw`, `} while (...)` are handled by the token before; a `}` ends a block statement.
      return true
    }
    if file.isOp(previous, "{") { return previous == body.lowerBound - 1 }
    if file.isName(previous, "await") { return startsStatement(previous, body: body, in: file) }
    return false
  }

  /// A comment in the test that says it checks only that nothing throws; a sentence may run over several `//` lines
  /// ("…confirming that it does NOT" / "throw an exception…"), so the comments are read as one text.
  func mentionsIntentionallyEmpty(_ body: Range<Int>, in file: SourceFile) -> Bool {
    var words: [String] = []
    for index in body where file.tokens[index].kind == .comment {
      words += file.text(token: index).lowercased().split { $0 == " " || $0 == "\t" || $0 == "/" || $0 == "*" }.map(String.init)
    }
    let text = words.joined(separator: " ")
    return ["not throw", "n't throw", "nothing to check", "no assertion", "should not fail", "does not fail"].contains { text.contains($0) }
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
