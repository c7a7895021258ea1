/// Builds the light structure of a ``SourceFile`` from its tokens in a few linear passes.
struct StructureBuilder {
  let file: SourceFile
  let tokens: [Token]
  let bytes: [UInt8]
  let matching: [Int32]
  let isPython: Bool

  var imports: [ImportStatement] = []
  var calls: [Call] = []
  var references: [Reference] = []
  var assignments: [Assignment] = []
  var classes: [ClassDecl] = []
  var functions: [FunctionDecl] = []
  /// The spellings of the names ``bind(_:)`` was given; ``boundNames(reservingExtra:)`` makes them strings.
  var boundSpellings = NameTable()
  /// Token ranges of import statements, where chains are module paths rather than references.
  var importTokenRanges: [Range<Int>] = []

  init(file: SourceFile) {
    self.file = file
    self.tokens = file.tokens
    self.bytes = file.bytes
    self.matching = file.matching
    self.isPython = file.language == .python
  }

  // MARK: Token helpers

  /// The text of token `index`, with invalid UTF-8 repaired.
  func name(_ index: Int) -> String {
    let token = tokens[index]
    let end = min(Int(token.end), bytes.count)
    return String(decoding: bytes[min(Int(token.start), end)..<end], as: UTF8.self)
  }

  /// Whether token `index` exists, is of `kind` and is spelled `literal` (ASCII). Inlined, so that each literal's
  /// length and bytes become constants at the call site.
  @inline(__always)
  func isToken(_ index: Int, _ kind: TokenKind, _ literal: StaticString) -> Bool {
    guard index >= 0 && index < tokens.count else { return false }
    let token = tokens[index]
    let length = literal.utf8CodeUnitCount
    guard token.kind == kind && Int(token.end &- token.start) == length else { return false }
    let start = Int(token.start)
    let spelling = literal.utf8Start
    for offset in 0..<length where bytes[start + offset] != spelling[offset] { return false }
    return true
  }

  @inline(__always)
  func isOp(_ index: Int, _ literal: StaticString) -> Bool { isToken(index, .op, literal) }

  @inline(__always)
  func isName(_ index: Int, _ literal: StaticString) -> Bool { isToken(index, .name, literal) }

  /// Whether token `index` is a name spelled as one of `words`.
  func isName(_ index: Int, in words: KeywordSet) -> Bool {
    guard isKind(index, .name) else { return false }
    return words.contains(bytes, from: Int(tokens[index].start), to: Int(tokens[index].end))
  }

  @inline(__always)
  func isKind(_ index: Int, _ kind: TokenKind) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == kind
  }

  /// `.` or `?.`.
  @inline(__always)
  func isDot(_ index: Int) -> Bool {
    guard index >= 0 && index < tokens.count else { return false }
    let token = tokens[index]
    guard token.kind == .op else { return false }
    let start = Int(token.start)
    switch token.end &- token.start {
    case 1: return bytes[start] == UInt8(ascii: ".")
    case 2: return bytes[start] == UInt8(ascii: "?") && bytes[start + 1] == UInt8(ascii: ".")
    default: return false
    }
  }

  /// In TypeScript, the index of the last token before `index` that is not a line end or comment, so that member
  /// chains continue across lines (`items\n  .map(f)`); in Python, whose lexer drops line ends inside brackets,
  /// simply `index - 1`.
  @inline(__always)
  func chainIndex(before index: Int) -> Int {
    guard !isPython else { return index - 1 }
    var previous = index - 1
    while previous >= 0 && (tokens[previous].kind == .newline || tokens[previous].kind == .comment) { previous -= 1 }
    return previous
  }

  /// The first token after `index` that is not a line end or comment (TypeScript); `index + 1` in Python.
  @inline(__always)
  func chainIndex(after index: Int) -> Int {
    guard !isPython else { return index + 1 }
    var next = index + 1
    while next < tokens.count && (tokens[next].kind == .newline || tokens[next].kind == .comment) { next += 1 }
    return next
  }

  @inline(__always)
  func isOpener(_ index: Int) -> Bool {
    guard isKind(index, .op), tokens[index].end - tokens[index].start == 1 else { return false }
    let byte = bytes[Int(tokens[index].start)]
    return byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")
  }

  @inline(__always)
  func isCloser(_ index: Int) -> Bool {
    guard isKind(index, .op), tokens[index].end - tokens[index].start == 1 else { return false }
    let byte = bytes[Int(tokens[index].start)]
    return byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
  }

  /// The index after a bracketed group starting at opener `index` (its closer + 1, or where it was given up).
  @inline(__always)
  func skipGroup(_ index: Int) -> Int {
    let (closer, isClosed) = closer(of: index)
    return isClosed ? closer + 1 : max(index + 1, closer)
  }

  /// The partner of bracket token `index`, as ``SourceFile/closer(of:)`` gives it.
  @inline(__always)
  func closer(of index: Int) -> (index: Int, isClosed: Bool) {
    let value = Int(matching[index])
    if value >= 0 { return (value, true) }
    if value == -1 { return (tokens.count, false) }
    return (-(value + 2), false)
  }

  /// Records that the file binds the name of token `index`.
  mutating func bind(_ index: Int) {
    boundSpellings.insert(token: index, tokens: tokens, bytes: bytes)
  }

  /// The names ``bind(_:)`` recorded, each made a string once, in a set sized for them and `extra` more.
  func boundNames(reservingExtra extra: Int) -> Set<String> {
    var names = Set<String>(minimumCapacity: boundSpellings.count + extra)
    boundSpellings.forEachFirstToken { names.insert(name($0)) }
    return names
  }

  func part(_ index: Int) -> NamePart {
    NamePart(name: name(index), range: tokens[index].range, token: index)
  }

  /// The next index at or after `index` that is not a comment (or `limit`).
  @inline(__always)
  func skipComments(_ index: Int, limit: Int) -> Int {
    var index = index
    while index < limit && (tokens[index].kind == .comment || tokens[index].kind == .newline) { index += 1 }
    return index
  }

  /// Trims comment and newline tokens from both ends of a token range.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && (tokens[lower].kind == .comment || tokens[lower].kind == .newline) { lower += 1 }
    while upper > lower && (tokens[upper - 1].kind == .comment || tokens[upper - 1].kind == .newline) { upper -= 1 }
    return lower..<upper
  }

  /// The end of the expression starting at `start`: the first newline, `;`, `,` or unmatched closer at its own
  /// nesting level, never past `limit`. A line that continues with `.` (a method chain) does not end it.
  func expressionEnd(from start: Int, limit: Int, stopAtComma: Bool = false) -> Int {
    var index = start
    while index < limit {
      let token = tokens[index]
      if token.kind == .newline {
        let next = skipComments(index + 1, limit: limit)
        if !isPython && next < limit && isDot(next) {
          index = next
          continue
        }
        return index
      }
      if token.kind == .op {
        if isOpener(index) {
          index = skipGroup(index)
          continue
        }
        if isCloser(index) || isOp(index, ";") || (stopAtComma && isOp(index, ",")) { return index }
      }
      index += 1
    }
    return limit
  }

  /// Splits the tokens strictly between brackets `open` and `close` at top-level commas.
  func splitAtCommas(_ open: Int, _ close: Int) -> [Range<Int>] {
    var segments: [Range<Int>] = []
    segments.reserveCapacity(segmentCount(open, close))
    forEachSegment(open, close) { segments.append($0) }
    return segments
  }

  /// The number of segments ``splitAtCommas(_:_:)`` gives, without making them.
  func segmentCount(_ open: Int, _ close: Int) -> Int {
    var count = 0
    forEachSegment(open, close) { _ in count += 1 }
    return count
  }

  /// Calls `body` with each segment ``splitAtCommas(_:_:)`` gives, in order, without making an array of them.
  @inline(__always)
  func forEachSegment(_ open: Int, _ close: Int, _ body: (Range<Int>) -> Void) {
    var segmentStart = open + 1
    var index = open + 1
    while index < close {
      if isOpener(index) {
        index = min(skipGroup(index), close)
        continue
      }
      if isOp(index, ",") {
        let segment = trimmed(segmentStart..<index)
        if !segment.isEmpty { body(segment) }
        segmentStart = index + 1
      }
      index += 1
    }
    if segmentStart < close {
      let segment = trimmed(segmentStart..<close)
      if !segment.isEmpty { body(segment) }
    }
  }

  func byteRange(_ range: Range<Int>) -> TextRange {
    guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else {
      return TextRange.empty(at: range.lowerBound < tokens.count ? Int(tokens[range.lowerBound].start) : bytes.count)
    }
    return TextRange(start: Int(tokens[range.lowerBound].start), end: Int(tokens[range.upperBound - 1].end))
  }

  @inline(__always)
  func inImport(_ index: Int) -> Bool {
    // Imports are few and sorted; a binary search keeps this cheap.
    var low = 0
    var high = importTokenRanges.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = importTokenRanges[mid]
      if range.contains(index) { return true }
      if index < range.lowerBound { high = mid - 1 } else { low = mid + 1 }
    }
    return false
  }

  // MARK: Calls and references

  static let pythonNonCallees: KeywordSet = [
    "if", "elif", "while", "for", "in", "not", "and", "or", "return", "yield", "assert", "del", "with", "except",
    "lambda", "is", "await", "else", "import", "from", "raise", "global", "nonlocal", "def", "class", "async", "as",
    "pass", "try", "finally",
  ]

  static let typeScriptNonCallees: KeywordSet = [
    "if", "for", "while", "switch", "catch", "function", "return", "typeof", "void", "delete", "in", "of", "instanceof",
    "await", "yield", "else", "do", "case", "throw", "new", "with", "as", "satisfies", "keyof", "extends", "implements",
  ]

  /// The keywords that read like a definition `name(…) {` at a statement start, but begin a statement.
  static let typeScriptStatementKeywords: KeywordSet = [
    "if", "for", "while", "switch", "catch", "function", "return", "typeof", "void", "await", "yield", "else", "do",
    "case", "throw", "new", "with",
  ]

  static let typeScriptModifiers: KeywordSet = [
    "public", "private", "protected", "static", "async", "readonly", "override", "abstract", "get", "set", "declare",
    "export", "default",
  ]

  /// Finds every call and every dotted reference in one pass over the tokens.
  mutating func collectCallsAndReferences() {
    let nonCallees = isPython ? Self.pythonNonCallees : Self.typeScriptNonCallees
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .name && !inImport(index) {
        let before = chainIndex(before: index)
        let hasReceiver = isDot(before)
        let startsChain = !hasReceiver || isCloser(chainIndex(before: before))
        // Most names stand alone: only a chain (or a member of an expression) becomes a reference, so only then are
        // its names made into strings.
        if startsChain, case let firstMember = chainMember(after: index), firstMember != nil || hasReceiver {
          var length = 1
          var member = firstMember
          while let current = member {
            length += 1
            member = chainMember(after: current)
          }
          var parts: [NamePart] = []
          parts.reserveCapacity(length)
          parts.append(part(index))
          member = firstMember
          while let current = member {
            parts.append(part(current))
            member = chainMember(after: current)
          }
          references.append(Reference(parts: parts, hasReceiverExpression: hasReceiver))
        }
      } else if token.kind == .op && isOp(index, "(") {
        recordCall(openingAt: index, nonCallees: nonCallees)
      }
      index += 1
    }
  }

  /// The name after the dot that follows name `index` in a member chain (`a.b`, `a?.b`, `a!.b`), or nil.
  @inline(__always)
  func chainMember(after index: Int) -> Int? {
    var dot = chainIndex(after: index)
    if !isPython && isOp(dot, "!") { dot = chainIndex(after: dot) }
    let member = chainIndex(after: dot)
    return isDot(dot) && isKind(member, .name) ? member : nil
  }

  mutating func recordCall(openingAt open: Int, nonCallees: KeywordSet) {
    var calleeEnd = open - 1
    if !isPython && (isOp(calleeEnd, ">") || isOp(calleeEnd, ">>") || isOp(calleeEnd, ">>>")),
      let before = genericArgumentsStart(endingAt: calleeEnd) {
      calleeEnd = before - 1
    }
    if !isPython && isOp(calleeEnd, "?.") { calleeEnd -= 1 }
    if !isPython && isOp(calleeEnd, "!") { calleeEnd -= 1 }
    var callee: Reference?
    var newKeyword: TextRange?
    var receiverCall: Int?
    var callStart = Int(tokens[open].start)
    if isKind(calleeEnd, .name) {
      var start = calleeEnd
      while true {
        let dot = chainIndex(before: start)
        guard isDot(dot) else { break }
        var previous = chainIndex(before: dot)
        if !isPython && isOp(previous, "!") { previous = chainIndex(before: previous) }
        guard isKind(previous, .name) else { break }
        start = previous
      }
      if start == calleeEnd && isName(start, in: nonCallees) && !isDot(chainIndex(before: start)) { return }
      // `typeof import("./m")` is a type, not a call.
      if !isPython && start == calleeEnd && isName(start, "import") && isName(start - 1, "typeof") { return }
      if isPython && (isName(start - 1, "def") || isName(start - 1, "class")) { return }
      if !isPython && (isName(start - 1, "function") || isOp(start - 1, "*") && isName(start - 2, "function")) { return }
      if !isPython && start == calleeEnd && isTypeScriptDefinition(nameAt: start, open: open) { return }
      // `async (x) => …` and `async (x): T => …` are arrow functions.
      if !isPython && start == calleeEnd && isName(start, "async") && !isDot(start - 1) {
        let (closer, isClosed) = closer(of: open)
        if isClosed && (isOp(closer + 1, "=>") || isOp(closer + 1, ":")) { return }
      }
      var parts: [NamePart] = []
      parts.reserveCapacity((calleeEnd - start) / 2 + 1)
      var cursor = start
      while cursor <= calleeEnd {
        if isKind(cursor, .name) { parts.append(part(cursor)) }
        cursor += 1
      }
      let receiverDot = chainIndex(before: start)
      let hasReceiver = isDot(receiverDot)
      if hasReceiver, isCloser(chainIndex(before: receiverDot)) {
        receiverCall = callIndex(closingAt: chainIndex(before: receiverDot))
      }
      callee = Reference(parts: parts, hasReceiverExpression: hasReceiver)
      callStart = Int(tokens[start].start)
      if !isPython && isName(start - 1, "new") {
        newKeyword = tokens[start - 1].range
        callStart = Int(tokens[start - 1].start)
      }
    } else if isCloser(calleeEnd) {
      // A call on an expression: `f()()`, `handlers[0](event)`.
      callStart = Int(tokens[calleeEnd].start)
    } else {
      return
    }
    let (closer, isClosed) = closer(of: open)
    let close = min(closer, tokens.count)
    let (arguments, properties) = parseArguments(open: open, close: close)
    let end = close < tokens.count ? Int(tokens[close].end) : bytes.count
    // An unclosed call ends at its last token, not at the line end or comment before where it was given up.
    var last = close - 1
    while !isClosed && last > open && (tokens[last].kind == .newline || tokens[last].kind == .comment) { last -= 1 }
    let endOffset = isClosed ? end : Int(tokens[last].end)
    let call = Call(
      callee: callee,
      newKeyword: newKeyword,
      openToken: open,
      closeToken: close,
      isClosed: isClosed,
      arguments: arguments,
      properties: properties,
      range: TextRange(start: callStart, end: endOffset),
      receiverCall: receiverCall
    )
    calls.append(call)
  }

  /// For `f<T>(`, the index of `<` when `end` is the `>` of type arguments; nil otherwise. The arguments may span
  /// lines and hold bracketed types (`Promise<() => void>`, `Graph<{ code: string }>`).
  func genericArgumentsStart(endingAt end: Int) -> Int? {
    var depth = 0
    var index = end
    var steps = 0
    while index >= 0 && steps < 256 {
      steps += 1
      let kind = tokens[index].kind
      if kind == .newline || kind == .comment || kind == .string || kind == .number || kind == .name {
        index -= 1
        continue
      }
      if isOp(index, ">") {
        depth += 1
      } else if isOp(index, ">>") {
        depth += 2
      } else if isOp(index, ">>>") {
        depth += 3
      } else if isOp(index, "<") {
        depth -= 1
        if depth == 0 { return isKind(index - 1, .name) ? index : nil }
      } else if isCloser(index) && depth > 0 {
        // A bracketed type: jump to its opener.
        let opener = Int(matching[index])
        guard opener >= 0 && opener < index else { return nil }
        index = opener
      } else if !(isDot(index) || isOp(index, ",") || isOp(index, "|") || isOp(index, "&") || isOp(index, "=>")
        || isOp(index, ":") || isOp(index, ";") || isOp(index, "?") || isOp(index, "[") || isOp(index, "]")) {
        return nil
      }
      index -= 1
    }
    return nil
  }

  /// Whether `name(` at a statement start is a method or function definition (`name(...) {` or `name(...): T {`).
  func isTypeScriptDefinition(nameAt start: Int, open: Int) -> Bool {
    var before = start - 1
    if isOp(before, "*") { before -= 1 }
    while isName(before, in: Self.typeScriptModifiers) { before -= 1 }
    let atStatementStart = before < 0 || isKind(before, .newline) || isOp(before, ";") || isOp(before, "{")
      || isOp(before, "}") || tokens[before].kind == .comment
    guard atStatementStart else { return false }
    let (closer, isClosed) = closer(of: open)
    guard isClosed else { return false }
    return isOp(closer + 1, "{") || isOp(closer + 1, ":")
  }

  func parseArguments(open: Int, close: Int) -> ([Argument], [Argument]) {
    var arguments: [Argument] = []
    var properties: [Argument] = []
    let count = segmentCount(open, close)
    guard count > 0 else { return (arguments, properties) }
    arguments.reserveCapacity(count)
    forEachSegment(open, close) { segment in
      let first = segment.lowerBound
      if isPython {
        if isOp(first, "*") || isOp(first, "**") {
          let value = (first + 1)..<segment.upperBound
          arguments.append(Argument(label: nil, valueTokens: value, value: byteRange(value), range: byteRange(segment), isSpread: true))
        } else if isKind(first, .name) && isOp(first + 1, "=") {
          let value = trimmed((first + 2)..<segment.upperBound)
          arguments.append(Argument(label: part(first), valueTokens: value, value: byteRange(value), range: byteRange(segment)))
        } else {
          arguments.append(Argument(label: nil, valueTokens: segment, value: byteRange(segment), range: byteRange(segment)))
        }
      } else {
        if isOp(first, "...") {
          let value = (first + 1)..<segment.upperBound
          arguments.append(Argument(label: nil, valueTokens: value, value: byteRange(value), range: byteRange(segment), isSpread: true))
          return
        }
        arguments.append(Argument(label: nil, valueTokens: segment, value: byteRange(segment), range: byteRange(segment)))
        if isOp(first, "{") {
          let (closer, isClosed) = closer(of: first)
          if isClosed && closer == segment.upperBound - 1 {
            if properties.isEmpty {
              properties = objectProperties(open: first, close: closer)
            } else {
              properties.append(contentsOf: objectProperties(open: first, close: closer))
            }
          }
        }
      }
    }
    return (arguments, properties)
  }

  /// The top-level properties of an object literal between `open` and `close`.
  func objectProperties(open: Int, close: Int) -> [Argument] {
    var properties: [Argument] = []
    let count = segmentCount(open, close)
    guard count > 0 else { return properties }
    properties.reserveCapacity(count)
    forEachSegment(open, close) { segment in
      var first = segment.lowerBound
      if isOp(first, "...") {
        let value = (first + 1)..<segment.upperBound
        properties.append(Argument(label: nil, valueTokens: value, value: byteRange(value), range: byteRange(segment), isSpread: true, isObjectProperty: true))
        return
      }
      if isKind(first, .name) && (isName(first, "get") || isName(first, "set") || isName(first, "async"))
        && (isKind(first + 1, .name) || isKind(first + 1, .string)) {
        first += 1
      }
      var label: NamePart?
      if isKind(first, .name) || isKind(first, .number) {
        label = part(first)
      } else if isKind(first, .string), let contents = file.stringContents(token: first) {
        label = NamePart(name: contents, range: tokens[first].range, token: first)
      }
      guard let label else { return }
      if isOp(first + 1, ":") {
        let value = trimmed((first + 2)..<segment.upperBound)
        properties.append(Argument(label: label, valueTokens: value, value: byteRange(value), range: byteRange(segment), isObjectProperty: true))
      } else if first + 1 == segment.upperBound || isOp(first + 1, "=") {
        let value = first..<(first + 1)
        properties.append(Argument(label: label, valueTokens: value, value: byteRange(value), range: byteRange(segment), isObjectProperty: true))
      } else if isOp(first + 1, "(") {
        let value = (first + 1)..<segment.upperBound
        properties.append(Argument(label: label, valueTokens: value, value: byteRange(value), range: byteRange(segment), isObjectProperty: true))
      }
    }
    return properties
  }

  // MARK: Assignments

  mutating func recordAssignment(targetTokens: Range<Int>, valueStart: Int, statementEnd: Int) {
    let target = trimmed(targetTokens)
    guard !target.isEmpty else { return }
    let end = expressionEnd(from: valueStart, limit: statementEnd)
    let value = trimmed(valueStart..<end)
    // A dotted name target: `x`, `self.x`, `this.x`: names at even offsets, dots between them.
    var nameCount = 0
    var index = target.lowerBound
    var isDotted = true
    while index < target.upperBound {
      if isKind(index, .name) && nameCount * 2 == index - target.lowerBound {
        nameCount += 1
      } else if !(isDot(index) && (index - target.lowerBound) % 2 == 1) {
        isDotted = false
        break
      }
      index += 1
    }
    if isDotted && nameCount > 0 && (target.upperBound - target.lowerBound) % 2 == 1 {
      assignments.append(Assignment(
        target: dottedTarget(target),
        targetRange: byteRange(target),
        valueTokens: value,
        value: byteRange(value),
        valueCall: callIndex(spanning: value)
      ))
      if nameCount == 1 { bind(target.lowerBound) }
    } else {
      // Tuple or other targets: every plain name in them is bound.
      for index in target where isKind(index, .name) && !isDot(index - 1) {
        bind(index)
      }
    }
  }

  /// The names of the dotted chain `range` (names at even offsets) joined with `.`: the bytes as written when they
  /// are ASCII with nothing between the tokens, which is nearly always.
  func dottedTarget(_ range: Range<Int>) -> String {
    let start = Int(tokens[range.lowerBound].start)
    let end = Int(tokens[range.upperBound - 1].end)
    var isPlain = true
    for index in range.dropFirst() where Int(tokens[index].start) != Int(tokens[index - 1].end)
      || tokens[index].kind == .op && tokens[index].end - tokens[index].start != 1 {
      isPlain = false
      break
    }
    if isPlain && end <= bytes.count && !bytes[start..<end].contains(where: { $0 >= 0x80 }) {
      return String(decoding: bytes[start..<end], as: UTF8.self)
    }
    return stride(from: range.lowerBound, to: range.upperBound, by: 2).map { name($0) }.joined(separator: ".")
  }

  /// The call that is exactly the tokens `range`, from the calls collected so far.
  func callIndex(spanning range: Range<Int>) -> Int? {
    SourceFile.callIndex(spanning: range, tokens: tokens, bytes: bytes, matching: matching, calls: calls)
  }

  /// The closed call, collected so far, whose closing parenthesis is token `close`.
  func callIndex(closingAt close: Int) -> Int? {
    let open = Int(matching[close])
    guard open >= 0 && open < close, let index = SourceFile.callIndex(openingAt: open, in: calls) else { return nil }
    return calls[index].isClosed && calls[index].closeToken == close ? index : nil
  }
}
