extension StructureBuilder {
  static let typeScriptFieldModifiers: KeywordSet = [
    "public", "private", "protected", "static", "readonly", "override", "declare", "abstract", "accessor",
  ]

  /// The type operators after which a type follows.
  static let typeOperators: KeywordSet = ["keyof", "typeof", "readonly", "infer", "is", "asserts", "unique"]

  mutating func buildTypeScript() {
    // Statement starts: the first token after a newline, `;`, `{` or `}`.
    var starts: [Int] = []
    var atStart = true
    for index in tokens.indices {
      let token = tokens[index]
      if token.kind == .comment { continue }
      if token.kind == .newline {
        atStart = true
        continue
      }
      if atStart { starts.append(index) }
      atStart = token.kind == .op && (isOp(index, ";") || isOp(index, "{") || isOp(index, "}"))
    }
    for start in starts {
      var first = start
      while isName(first, "export") || isName(first, "default") || isName(first, "declare") { first += 1 }
      if isName(first, "import") && !isOp(first + 1, "(") && !isDot(first + 1) {
        parseESImport(at: first)
      } else if isName(first, "const") || isName(first, "let") || isName(first, "var") {
        parseRequire(at: first)
      }
    }
    collectCallsAndReferences()

    for start in starts {
      var first = start
      while isOp(first, "@") {
        // Skip a decorator: `@name.path` with optional arguments.
        first += 1
        while isKind(first, .name) || isDot(first) { first += 1 }
        if isOp(first, "(") { first = skipGroup(first) }
        first = skipComments(first, limit: tokens.count)
      }
      while isName(first, "export") || isName(first, "default") || isName(first, "declare")
        || isName(first, "abstract") && isName(first + 1, "class") {
        first += 1
      }
      if isName(first, "import") { continue }
      if isName(first, "const") || isName(first, "let") || isName(first, "var") {
        parseVariableDeclaration(at: first)
      } else if isName(first, "class") {
        parseClass(at: first)
      } else if isName(first, "function") || isName(first, "async") && isName(first + 1, "function") {
        var nameIndex = isName(first, "async") ? first + 2 : first + 1
        if isOp(nameIndex, "*") { nameIndex += 1 }
        if isKind(nameIndex, .name) {
          bind(nameIndex)
          recordTypeScriptFunction(nameIndex: nameIndex, start: start)
        }
      } else if isName(first, "enum") || isName(first, "interface") || isName(first, "type")
        || isName(first, "namespace") {
        if isKind(first + 1, .name) { bind(first + 1) }
      } else {
        parseTypeScriptMemberOrAssignment(at: first, statementStart: start)
      }
    }
    assignEnclosingClasses()
    bindTypeScriptNames()
  }

  mutating func parseESImport(at first: Int) {
    let end = expressionEnd(from: first + 1, limit: tokens.count)
    importTokenRanges.append(first..<end)
    let range = byteRange(first..<end)
    var cursor = first + 1
    var isTypeOnly = false
    if isName(cursor, "type") && !isName(cursor + 1, "from") && !isOp(cursor + 1, ",") {
      isTypeOnly = true
      cursor += 1
    }
    // `import x = require('m')`
    if isKind(cursor, .name) && isOp(cursor + 1, "=") && isName(cursor + 2, "require") && isOp(cursor + 3, "("),
      let module = file.literalString(tokens: (cursor + 4)..<(cursor + 5)) {
      let specifier = ImportSpecifier(
        member: nil, alias: name(cursor), qualifiedName: module, range: tokens[cursor].range, aliasRange: tokens[cursor].range)
      imports.append(ImportStatement(kind: .require, module: module, specifiers: [specifier], range: range, brackets: nil, isTypeOnly: false))
      return
    }
    // Find `from 'module'` (or a bare `import 'module'`).
    var moduleToken = -1
    var scan = cursor
    while scan < end {
      if isOpener(scan) {
        scan = skipGroup(scan)
        continue
      }
      if tokens[scan].kind == .string { moduleToken = scan }
      scan += 1
    }
    guard moduleToken >= 0, let module = file.stringContents(token: moduleToken) else { return }
    var specifiers: [ImportSpecifier] = []
    var brackets: TextRange?
    while cursor < moduleToken {
      if isKind(cursor, .name) && !isName(cursor, "from") {
        // Default import.
        specifiers.append(ImportSpecifier(
          member: nil, alias: name(cursor), qualifiedName: module, range: tokens[cursor].range, aliasRange: tokens[cursor].range))
        cursor += 1
      } else if isOp(cursor, "*") && isName(cursor + 1, "as") && isKind(cursor + 2, .name) {
        specifiers.append(ImportSpecifier(
          member: nil, alias: name(cursor + 2), qualifiedName: module, range: byteRange(cursor..<(cursor + 3)),
          aliasRange: tokens[cursor + 2].range))
        cursor += 3
      } else if isOp(cursor, "{") {
        let (closer, isClosed) = closer(of: cursor)
        let close = min(closer, moduleToken)
        brackets = TextRange(start: Int(tokens[cursor].start), end: isClosed ? Int(tokens[closer].end) : Int(tokens[close - 1].end))
        for segment in splitAtCommas(cursor, close) {
          var item = segment.lowerBound
          if isName(item, "type") && item + 1 < segment.upperBound { item += 1 }
          let member: String
          if isKind(item, .name) {
            member = name(item)
          } else if let text = file.stringContents(token: item) {
            member = text
          } else {
            continue
          }
          var alias = member
          var aliasRange = tokens[item].range
          if isName(item + 1, "as") && isKind(item + 2, .name) {
            alias = name(item + 2)
            aliasRange = tokens[item + 2].range
          }
          let qualified = member == "default" ? module : module + "." + member
          specifiers.append(ImportSpecifier(
            member: member, alias: alias, qualifiedName: qualified, range: byteRange(segment), aliasRange: aliasRange))
        }
        cursor = skipGroup(cursor)
      } else {
        cursor += 1
      }
    }
    imports.append(ImportStatement(
      kind: .esImport, module: module, specifiers: specifiers, range: range, brackets: brackets, isTypeOnly: isTypeOnly))
  }

  /// `const x = require('m')` and `const { a, b: c } = require('m')`.
  mutating func parseRequire(at first: Int) {
    let pattern = first + 1
    var equals = isOpener(pattern) ? skipGroup(pattern) : pattern + 1
    // A type annotation: `const regions: Region[] = require("./regions.json")`.
    if isOp(equals, ":") {
      var cursor = equals + 1
      while cursor < min(tokens.count, equals + 64) && !isOp(cursor, "=") && !isOp(cursor, ";") && tokens[cursor].kind != .newline {
        cursor = isOpener(cursor) ? skipGroup(cursor) : cursor + 1
      }
      equals = cursor
    }
    guard isOp(equals, "="), isName(equals + 1, "require"), isOp(equals + 2, "("),
      isOp(equals + 4, ")"), let module = file.literalString(tokens: (equals + 3)..<(equals + 4)) else { return }
    let end = equals + 5
    // `require('m').member` binds the member, not the module.
    guard end >= tokens.count || isOp(end, ";") || isOp(end, ",") || tokens[end].kind == .newline
      || tokens[end].kind == .comment else { return }
    importTokenRanges.append(first..<end)
    let range = byteRange(first..<end)
    var specifiers: [ImportSpecifier] = []
    var brackets: TextRange?
    if isKind(pattern, .name) {
      specifiers.append(ImportSpecifier(
        member: nil, alias: name(pattern), qualifiedName: module, range: tokens[pattern].range, aliasRange: tokens[pattern].range))
    } else if isOp(pattern, "{") {
      let (closer, _) = closer(of: pattern)
      brackets = byteRange(pattern..<(closer + 1))
      for segment in splitAtCommas(pattern, closer) where isKind(segment.lowerBound, .name) {
        let member = name(segment.lowerBound)
        var alias = member
        var aliasRange = tokens[segment.lowerBound].range
        if isOp(segment.lowerBound + 1, ":") && isKind(segment.lowerBound + 2, .name) {
          alias = name(segment.lowerBound + 2)
          aliasRange = tokens[segment.lowerBound + 2].range
        }
        specifiers.append(ImportSpecifier(
          member: member, alias: alias, qualifiedName: module + "." + member, range: byteRange(segment), aliasRange: aliasRange))
      }
    }
    imports.append(ImportStatement(kind: .require, module: module, specifiers: specifiers, range: range, brackets: brackets, isTypeOnly: false))
  }

  mutating func parseVariableDeclaration(at first: Int) {
    let pattern = first + 1
    if isOpener(pattern) {
      bindPattern(open: pattern)
      return
    }
    guard isKind(pattern, .name) else { return }
    bind(pattern)
    guard !inImport(first) else { return }
    // Skip an optional `!` and type annotation up to `=`.
    let statementEnd = expressionEnd(from: pattern + 1, limit: tokens.count)
    var cursor = pattern + 1
    while cursor < statementEnd && !isOp(cursor, "=") {
      if isOpener(cursor) {
        cursor = skipGroup(cursor)
        continue
      }
      cursor += 1
    }
    guard isOp(cursor, "=") else { return }
    recordAssignment(targetTokens: pattern..<(pattern + 1), valueStart: cursor + 1, statementEnd: tokens.count)
  }

  /// Binds every name inside a destructuring pattern or parameter list. In braces, `key: name` binds only `name`;
  /// elsewhere `name: Type` binds `name` too (and the type's names, which over-approximates harmlessly).
  mutating func bindPattern(open: Int) {
    let (closer, _) = closer(of: open)
    let end = min(closer, tokens.count)
    var brackets: [UInt8] = [bytes[Int(tokens[open].start)]]
    var index = open + 1
    while index < end {
      if isOpener(index) {
        brackets.append(bytes[Int(tokens[index].start)])
      } else if isCloser(index) {
        if brackets.count > 1 { brackets.removeLast() }
      } else if isKind(index, .name) && (!isOp(index + 1, ":") || brackets[brackets.count - 1] != UInt8(ascii: "{")) {
        bind(index)
      }
      index += 1
    }
  }

  mutating func parseClass(at first: Int) {
    guard isKind(first + 1, .name) else { return }
    let nameIndex = first + 1
    // A decorated class is reached twice: from its decorator's line and from its own.
    if classes.last?.nameRange == tokens[nameIndex].range { return }
    bind(nameIndex)
    var cursor = nameIndex + 1
    var bases: [String] = []
    var steps = 0
    while cursor < tokens.count && !isOp(cursor, "{") && steps < 256 {
      if isOp(cursor, "<") {
        // Type parameters.
        var depth = 0
        // Bounded with the rest of the header, so a file of unclosed `class A<` headers stays linear.
        repeat {
          if isOp(cursor, "<") { depth += 1 } else if isOp(cursor, ">") { depth -= 1 } else if isOp(cursor, ">>") { depth -= 2 }
          cursor += 1
          steps += 1
        } while cursor < tokens.count && depth > 0 && !isOp(cursor, "{") && steps < 256
        continue
      }
      if isName(cursor, "extends") {
        bases.append(dottedName(from: cursor + 1, limit: tokens.count))
      }
      cursor += 1
      steps += 1
    }
    guard isOp(cursor, "{") else { return }
    let (closer, isClosed) = closer(of: cursor)
    let bodyEnd = min(closer, tokens.count)
    let endOffset = isClosed ? Int(tokens[closer].end) : Int(tokens[max(cursor, bodyEnd - 1)].end)
    classes.append(ClassDecl(
      name: name(nameIndex),
      nameRange: tokens[nameIndex].range,
      bases: bases,
      bodyTokens: (cursor + 1)..<max(cursor + 1, bodyEnd),
      range: TextRange(start: Int(tokens[first].start), end: endOffset)
    ))
  }

  /// A function or method whose name is at `nameIndex`, with its parameters and `{` body after it.
  mutating func recordTypeScriptFunction(nameIndex: Int, start: Int) {
    if functions.last?.nameRange == tokens[nameIndex].range { return }
    var open = nameIndex + 1
    if isOp(open, "<"), let close = (open..<min(open + 64, tokens.count)).first(where: { isOp($0, ">") }) {
      open = close + 1
    }
    guard isOp(open, "(") else { return }
    bindPattern(open: open)
    var cursor = skipGroup(open)
    if isOp(cursor, ":") { cursor = skipReturnType(from: cursor + 1) }
    var steps = 0
    while cursor < tokens.count && !isOp(cursor, "{") && !isOp(cursor, ";") && tokens[cursor].kind != .newline && steps < 64 {
      cursor += 1
      steps += 1
    }
    guard isOp(cursor, "{") else { return }
    let (closer, isClosed) = closer(of: cursor)
    let bodyEnd = min(closer, tokens.count)
    let endOffset = isClosed ? Int(tokens[closer].end) : Int(tokens[max(cursor, bodyEnd - 1)].end)
    functions.append(FunctionDecl(
      name: name(nameIndex),
      nameRange: tokens[nameIndex].range,
      decorators: [],
      bodyTokens: (cursor + 1)..<max(cursor + 1, bodyEnd),
      range: TextRange(start: Int(tokens[start].start), end: endOffset),
      enclosingClass: nil,
      isBodyComplete: isClosed
    ))
  }

  /// The token after a return type annotation that starts at `start`: the `{` of the body, or whatever ends the
  /// type. The type may span lines and hold braces of its own (`Promise<\n { name: string }[]\n>`).
  func skipReturnType(from start: Int) -> Int {
    var cursor = start
    var depth = 0
    // Whether a type is expected next, so that a `{` opens an object type rather than the body.
    var expectsType = true
    var steps = 0
    while cursor < tokens.count && steps < 512 {
      steps += 1
      let kind = tokens[cursor].kind
      if kind == .newline || kind == .comment {
        cursor += 1
        continue
      }
      if isOpener(cursor) {
        if isOp(cursor, "{") && depth == 0 && !expectsType { return cursor }
        cursor = skipGroup(cursor)
        expectsType = false
        continue
      }
      if isOp(cursor, "<") {
        depth += 1
        expectsType = true
      } else if isOp(cursor, ">") || isOp(cursor, ">>") || isOp(cursor, ">>>") {
        depth -= Int(tokens[cursor].end - tokens[cursor].start)
        if depth < 0 { return cursor }
        expectsType = false
      } else if isOp(cursor, "|") || isOp(cursor, "&") || isOp(cursor, ",") || isOp(cursor, "=>") || isDot(cursor) {
        expectsType = true
      } else if depth == 0 && (isOp(cursor, ";") || isOp(cursor, "=") || isCloser(cursor)) {
        return cursor
      } else if kind == .name {
        expectsType = isName(cursor, in: Self.typeOperators)
      } else {
        expectsType = false
      }
      cursor += 1
    }
    return cursor
  }

  /// A class member (`bucket = new s3.Bucket(...)`, `constructor(...) {`), or an assignment statement
  /// (`this.x = ...`, `x = ...`).
  mutating func parseTypeScriptMemberOrAssignment(at first: Int, statementStart: Int) {
    var cursor = first
    while isName(cursor, in: Self.typeScriptFieldModifiers) && !isOp(cursor + 1, "=")
      && !isOp(cursor + 1, "(") {
      cursor += 1
    }
    if isName(cursor, "async") || isName(cursor, "get") || isName(cursor, "set"), isKind(cursor + 1, .name)
      || isName(cursor, "async") && isOp(cursor + 1, "*") {
      cursor += 1
    }
    // A generator method: `*items() {}`.
    if isOp(cursor, "*") && isKind(cursor + 1, .name) { cursor += 1 }
    if isKind(cursor, .name) && (isOp(cursor + 1, "(") || isOp(cursor + 1, "<")) {
      // `if (x) {`, `for (…) {`, `catch (e) {` look like methods but are statements; `of(…) {` and `delete(…) {`
      // are methods.
      if isName(cursor, in: Self.typeScriptStatementKeywords) { return }
      if isTypeScriptDefinition(nameAt: cursor, open: isOp(cursor + 1, "(") ? cursor + 1 : cursor) || isOp(cursor + 1, "<") {
        recordTypeScriptFunction(nameIndex: cursor, start: statementStart)
      }
      return
    }
    // Find a top-level `=` in the statement.
    let end = expressionEnd(from: cursor, limit: tokens.count)
    var index = cursor
    while index < end {
      if isOpener(index) {
        index = skipGroup(index)
        continue
      }
      if isOp(index, "=") {
        var targetEnd = index
        // `name?: Type = value` or `name!: Type = value`
        if let colon = (cursor..<index).first(where: { isOp($0, ":") }) { targetEnd = colon }
        if isOp(targetEnd - 1, "?") || isOp(targetEnd - 1, "!") { targetEnd -= 1 }
        recordAssignment(targetTokens: cursor..<targetEnd, valueStart: index + 1, statementEnd: tokens.count)
        return
      }
      index += 1
    }
  }

  /// Binds parameters of arrow functions and function expressions, `catch (e)`, declarations wherever they appear
  /// (`for (const x of xs)`), and names followed by `=`.
  mutating func bindTypeScriptNames() {
    for index in tokens.indices {
      if tokens[index].kind == .name && isOp(index + 1, "=") {
        bind(index)
      } else if isOp(index, "=>") {
        bindArrowParameters(arrow: index)
      } else if isName(index, "catch") && isOp(index + 1, "(") {
        bindPattern(open: index + 1)
      } else if isName(index, "const") || isName(index, "let") || isName(index, "var") {
        if isKind(index + 1, .name) {
          bind(index + 1)
        } else if isOpener(index + 1) {
          bindPattern(open: index + 1)
        }
      } else if isName(index, "function") {
        var open = index + 1
        if isOp(open, "*") { open += 1 }
        if isKind(open, .name) { open += 1 }
        if isOp(open, "(") { bindPattern(open: open) }
      }
    }
  }

  /// Binds the parameters of the arrow function whose `=>` is token `arrow`: `x =>`, `(a, b) =>`, and
  /// `(a): T =>` with a return type between the parameters and the arrow.
  mutating func bindArrowParameters(arrow: Int) {
    if isOp(arrow - 1, ")") {
      let open = Int(matching[arrow - 1])
      if open >= 0 && isOp(open, "(") && !isOp(open - 1, ":") {
        bindPattern(open: open)
        return
      }
    }
    if isKind(arrow - 1, .name) && !isOp(arrow - 2, ":") && !isDot(arrow - 2) && !isOp(arrow - 2, "|") {
      bind(arrow - 1)
      return
    }
    // A return type: walk back to the `)` directly followed by the type's colon.
    var back = arrow - 1
    var steps = 0
    while back > 0 && steps < 64 && !(isOp(back, ")") && isOp(back + 1, ":")) {
      back -= 1
      steps += 1
    }
    guard back >= 0, isOp(back, ")"), isOp(back + 1, ":") else { return }
    let open = Int(matching[back])
    if open >= 0 { bindPattern(open: open) }
  }
}
