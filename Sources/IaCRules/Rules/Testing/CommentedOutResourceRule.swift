import IaCModel
import IaCSyntax

/// IAC402: resource-creating code left commented out, with comments saying someone must enable it by hand.
public struct CommentedOutResourceRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC402",
    name: "commented-out-resource",
    summary: "Code that creates a resource is commented out and left for someone to enable by hand",
    severity: .info,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html",
    documentation: CommentedOutResourceRule.documentation,
    triggeringExamples: CommentedOutResourceRule.triggering,
    nonTriggeringExamples: CommentedOutResourceRule.nonTriggering
  )

  /// One comment line: its token and the text after the comment marker.
  struct CommentLine {
    var token: Int
    var line: Int
    var text: String
    var textStart: Int
  }

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !file.frameworks.isEmpty, !file.isTestFile else { return }
    for block in commentBlocks(file) {
      // Only a block with a line that asks for a manual step can be reported: skip the others before any string work.
      guard block.contains(where: { Self.mayAskForManualStep(file.bytes[$0.textStart..<Int(file.tokens[$0.token].end)]) })
      else { continue }
      let prose = block.map { $0.text.lowercased() }
      // Comments that say how to decide (a command to run) document a deliberate manual step.
      if prose.contains(where: Self.isCommand) { continue }
      var index = 0
      while index < block.count {
        guard let (statement, length) = codeStatement(in: block, from: index, file: file) else {
          index += 1
          continue
        }
        let others = prose.enumerated().filter { $0.offset < index || $0.offset >= index + length }.map(\.element)
        // "Uncomment to debug", "optionally uncomment": code the user may enable, not a step they must take.
        if others.contains(where: Self.describesOptionalCode) {
          index += length
          continue
        }
        if others.contains(where: Self.asksForManualStep) {
          let line = block[index]
          diagnostics.append(Self.description.diagnostic(
            path: file.path,
            range: TextRange(start: line.textStart, end: Int(file.tokens[line.token].end)),
            message: "Code that creates a resource (`\(statement)`) is commented out, and the comments leave enabling it to a manual step"
          ))
        }
        index += length
      }
    }
  }

  /// Runs of line comments that stand alone on consecutive lines.
  func commentBlocks(_ file: SourceFile) -> [[CommentLine]] {
    var blocks: [[CommentLine]] = []
    var current: [CommentLine] = []
    let marker = file.language == .python ? 1 : 2
    for index in file.tokens.indices where file.tokens[index].kind == .comment {
      let token = file.tokens[index]
      guard !token.flags.contains(.block), file.startsLine(index) else {
        if !current.isEmpty { blocks.append(current) }
        current = []
        continue
      }
      let line = file.line(of: Int(token.start))
      if let last = current.last, last.line + 1 != line {
        blocks.append(current)
        current = []
      }
      var start = Int(token.start) + marker
      while start < Int(token.end) && (file.bytes[start] == UInt8(ascii: " ") || file.bytes[start] == UInt8(ascii: "\t")) {
        start += 1
      }
      current.append(CommentLine(token: index, line: line, text: file.text(TextRange(start: start, end: Int(token.end))), textStart: start))
    }
    if !current.isEmpty { blocks.append(current) }
    return blocks
  }

  /// The callee of a resource-creating statement that starts at comment line `start` (spanning up to 30 lines),
  /// and how many lines it spans; nil when the line does not start such a statement.
  func codeStatement(in block: [CommentLine], from start: Int, file: SourceFile) -> (String, Int)? {
    guard let first = block[start].text.unicodeScalars.first,
      first.properties.isAlphabetic || first == "_" || first == "$" else { return nil }
    var text = ""
    for end in start..<min(block.count, start + 30) {
      text += (end == start ? "" : "\n") + block[end].text
      let snippet = SourceFile(path: file.path, text: text, language: file.language)
      switch Self.statementCallee(snippet) {
      case .some(.some(let callee)):
        return isResourceCreating(callee, in: file) ? (callee.dotted + "(...)", end - start + 1) : nil
      case .some(.none):
        return nil
      case .none:
        continue  // the call is not closed yet
      }
    }
    return nil
  }

  /// For a snippet that is exactly `[target =] [new] callee(...)` (TypeScript: optionally `const x =` and `;`):
  /// `.some(callee)`; `.some(nil)` when it is something else; nil when the call is still open.
  static func statementCallee(_ snippet: SourceFile) -> Reference?? {
    let indices = snippet.tokens.indices.filter { snippet.tokens[$0].kind != .comment && snippet.tokens[$0].kind != .newline }
    guard !indices.isEmpty else { return .some(nil) }
    var position = 0
    func name(_ offset: Int) -> String? {
      offset < indices.count && snippet.tokens[indices[offset]].kind == .name ? snippet.text(token: indices[offset]) : nil
    }
    if let word = name(0), ["const", "let", "var"].contains(word) { position = 1 }
    // An assignment target: a dotted name and `=`.
    var probe = position
    while name(probe) != nil && probe + 1 < indices.count && snippet.isOp(indices[probe + 1], ".") { probe += 2 }
    if name(probe) != nil, probe + 1 < indices.count, snippet.isOp(indices[probe + 1], "=") { position = probe + 2 }
    if name(position) == "new" { position += 1 }
    // The callee and its opening parenthesis.
    guard name(position) != nil else { return .some(nil) }
    while name(position) != nil && position + 1 < indices.count && snippet.isOp(indices[position + 1], ".") { position += 2 }
    guard name(position) != nil, position + 1 < indices.count, snippet.isOp(indices[position + 1], "(") else { return .some(nil) }
    let open = indices[position + 1]
    guard let call = snippet.call(openingAt: open), let callee = call.callee else { return .some(nil) }
    guard call.isClosed else { return nil }
    let rest = indices.filter { $0 > call.closeToken }
    guard rest.isEmpty || (rest.count == 1 && snippet.isOp(rest[0], ";")) else { return .some(nil) }
    return .some(callee)
  }

  /// A framework class (`guardduty.CfnDetector`, `aws.shield.Subscription`, an imported construct) or a helper
  /// of the stack's that creates one (`self._create_guardduty()`).
  func isResourceCreating(_ callee: Reference, in file: SourceFile) -> Bool {
    let last = callee.last.name
    if ["self", "this"].contains(callee.parts[0].name) && callee.parts.count == 2 {
      let helper = last.drop { $0 == "_" }
      return helper.hasPrefix("create_") || (helper.hasPrefix("create") && helper.dropFirst(6).first?.isUppercase == true)
    }
    guard last.first?.isUppercase == true else { return false }
    let head = callee.parts[0].name
    if let qualified = file.importBindings[head] { return Framework(module: qualified) != nil }
    if callee.parts.count >= 2, let module = CDKModules.shared.module(forAlias: head) {
      return CDKModules.shared.exports[module]?.contains(callee.parts[1].name) == true
    }
    return head == "aws" && callee.parts.count >= 3 && file.frameworks.contains(.pulumi)
  }

  /// A line that is a command to run (`aws guardduty list-detectors`).
  static func isCommand(_ line: String) -> Bool {
    let words = line.split(separator: " ")
    guard words.count >= 3, let first = words.first else { return false }
    return ["aws", "pulumi", "cdk", "cdktf", "terraform", "npx"].contains(String(first))
      && words[1].allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
  }

  /// A comment that says the commented-out code is optional: for debugging, testing or trying something out.
  static func describesOptionalCode(_ line: String) -> Bool {
    ["debug", "troubleshoot", "optional", "if you want", "if you'd like", "if you wish", "if desired", "for testing",
     "to test", "to try", "for example", "e.g."].contains { line.contains($0) }
  }

  /// A comment that says the code must be enabled or uncommented by hand.
  static func asksForManualStep(_ line: String) -> Bool {
    manualStepPhrases.contains { line.contains($0) }
  }

  static let manualStepPhrases = [
    "uncomment", "manually", "by hand", "manual setup", "manual step", "must be enabled", "enable it", "enable this",
  ]
  static let manualStepPhraseBytes = manualStepPhrases.map { Array($0.utf8) }
  /// The bytes the phrases start with, so that most bytes are passed over at a glance.
  static let manualStepPhraseStarts: [Bool] = (0..<256).map { byte in manualStepPhraseBytes.contains { Int($0[0]) == byte } }

  /// Whether the text of a comment line may ask for a manual step (``asksForManualStep(_:)`` of its lower-cased
  /// text), judged on its bytes. The phrases are ASCII letters and spaces, and no other character lower-cases or
  /// normalises to one of those (the Kelvin sign becomes `k`, which no phrase has), so a match needs the phrase's own
  /// bytes: non-ASCII bytes are passed over like any other. The check may let through a line the character search
  /// turns down (an accent combined onto a phrase's last letter), never the reverse.
  static func mayAskForManualStep(_ text: ArraySlice<UInt8>) -> Bool {
    let phrases = manualStepPhraseBytes
    let starts = manualStepPhraseStarts
    for start in text.indices {
      let byte = text[start]
      let lower = lowercasedASCII(byte)
      guard starts[Int(lower)] else { continue }
      for phrase in phrases where phrase[0] == lower && text.endIndex - start >= phrase.count {
        var offset = 1
        while offset < phrase.count, lowercasedASCII(text[start + offset]) == phrase[offset] { offset += 1 }
        if offset == phrase.count { return true }
      }
    }
    return false
  }

  static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
  }
}
