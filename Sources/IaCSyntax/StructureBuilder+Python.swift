extension StructureBuilder {
  /// A logical line: its first non-comment token and the index of the newline token that ends it.
  struct Statement {
    var first: Int
    var end: Int
  }

  mutating func buildPython() {
    var statements: [Statement] = []
    var start = 0
    for index in tokens.indices where tokens[index].kind == .newline {
      let first = skipComments(start, limit: index)
      if first < index { statements.append(Statement(first: first, end: index)) }
      start = index + 1
    }
    for statement in statements where isName(statement.first, "import") || isName(statement.first, "from") {
      parsePythonImport(statement)
    }
    collectCallsAndReferences()

    var decorators: [String] = []
    var decoratorStart: Int?
    for (position, statement) in statements.enumerated() {
      let first = statement.first
      if isOp(first, "@") {
        decorators.append(dottedName(from: first + 1, limit: statement.end))
        decoratorStart = decoratorStart ?? first
        continue
      }
      defer {
        decorators = []
        decoratorStart = nil
      }
      let keyword = isName(first, "async") ? first + 1 : first
      if isName(keyword, "def") && isKind(keyword + 1, .name) {
        let (body, complete) = pythonBody(of: statements, at: position, headerFrom: keyword + 2)
        let startOffset = Int(tokens[decoratorStart ?? first].start)
        let endOffset = body.isEmpty ? Int(tokens[statement.end].start) : Int(tokens[body.upperBound - 1].end)
        functions.append(FunctionDecl(
          name: name(keyword + 1),
          nameRange: tokens[keyword + 1].range,
          decorators: decorators,
          bodyTokens: body,
          range: TextRange(start: startOffset, end: endOffset),
          enclosingClass: nil,
          isBodyComplete: complete
        ))
        bind(keyword + 1)
        bindParameters(open: keyword + 2)
      } else if isName(first, "class") && isKind(first + 1, .name) {
        var bases: [String] = []
        if isOp(first + 2, "(") {
          let (closer, _) = closer(of: first + 2)
          for segment in splitAtCommas(first + 2, min(closer, statement.end)) where !isOp(segment.lowerBound + 1, "=") {
            bases.append(file.text(tokens: segment))
          }
        }
        let (body, _) = pythonBody(of: statements, at: position, headerFrom: first + 2)
        let endOffset = body.isEmpty ? Int(tokens[statement.end].start) : Int(tokens[body.upperBound - 1].end)
        classes.append(ClassDecl(
          name: name(first + 1),
          nameRange: tokens[first + 1].range,
          bases: bases,
          bodyTokens: body,
          range: TextRange(start: Int(tokens[decoratorStart ?? first].start), end: endOffset)
        ))
        bind(first + 1)
      } else if !isName(first, "import") && !isName(first, "from") {
        parsePythonSimpleStatements(from: first, to: statement.end)
      }
    }
    assignEnclosingClasses()
    bindPythonNames()
  }

  /// The dotted name starting at `index` (a decorator's target), without any call arguments.
  func dottedName(from index: Int, limit: Int) -> String {
    var names: [String] = []
    var cursor = index
    while cursor < limit && isKind(cursor, .name) {
      names.append(name(cursor))
      guard isDot(cursor + 1) else { break }
      cursor += 2
    }
    return names.joined(separator: ".")
  }

  /// The body of the `def` or `class` statement at `position`: an inline body after the header's colon, or the
  /// following statements indented deeper than the header. Also says whether the header's colon was found.
  func pythonBody(of statements: [Statement], at position: Int, headerFrom: Int) -> (Range<Int>, Bool) {
    let statement = statements[position]
    var index = headerFrom
    var colon: Int?
    while index < statement.end {
      if isOpener(index) {
        index = skipGroup(index)
        continue
      }
      if isOp(index, ":") {
        colon = index
        break
      }
      index += 1
    }
    guard let colon else { return (statement.end..<statement.end, false) }
    if colon + 1 < statement.end {
      return ((colon + 1)..<statement.end, true)
    }
    let headerColumn = file.column(ofToken: statement.first)
    var next = position + 1
    while next < statements.count && file.column(ofToken: statements[next].first) > headerColumn {
      next += 1
    }
    var bodyEnd = next < statements.count ? statements[next].first : tokens.count
    // Comments at or left of the header's column belong to what follows, not to the body.
    while bodyEnd > statement.end + 1 && (tokens[bodyEnd - 1].kind == .comment || tokens[bodyEnd - 1].kind == .newline) {
      if tokens[bodyEnd - 1].kind == .comment && file.column(ofToken: bodyEnd - 1) > headerColumn { break }
      bodyEnd -= 1
    }
    return ((statement.end + 1)..<max(statement.end + 1, bodyEnd), next > position + 1)
  }

  /// Marks each function defined directly in a class body (not inside another function) with that class.
  /// Definitions nest and come in source order, so one stack pass over both lists finds every parent.
  mutating func assignEnclosingClasses() {
    enum Scope {
      case classBody(Int, end: Int)
      case function(end: Int)
    }
    var events: [(start: Int, isClass: Bool, index: Int)] = []
    for (index, declaration) in classes.enumerated() { events.append((declaration.range.start, true, index)) }
    for (index, function) in functions.enumerated() { events.append((function.range.start, false, index)) }
    events.sort { $0.start != $1.start ? $0.start < $1.start : $0.isClass && !$1.isClass }
    var stack: [Scope] = []
    for event in events {
      while let top = stack.last {
        let end: Int
        switch top {
        case .classBody(_, let classEnd): end = classEnd
        case .function(let functionEnd): end = functionEnd
        }
        if end <= event.start { stack.removeLast() } else { break }
      }
      if event.isClass {
        stack.append(.classBody(event.index, end: classes[event.index].range.end))
      } else {
        if case .classBody(let classIndex, _) = stack.last {
          functions[event.index].enclosingClass = classIndex
        }
        stack.append(.function(end: functions[event.index].range.end))
      }
    }
  }

  mutating func parsePythonSimpleStatements(from first: Int, to end: Int) {
    var start = first
    var index = first
    var equalsSigns: [Int] = []
    while index <= end {
      if index == end || isOp(index, ";") {
        if let last = equalsSigns.last {
          var targetStart = start
          for sign in equalsSigns {
            var targetEnd = sign
            // `name: Type = value` binds `name`.
            var cursor = targetStart
            while cursor < sign {
              if isOp(cursor, ":") {
                targetEnd = cursor
                break
              }
              if isOpener(cursor) {
                cursor = skipGroup(cursor)
                continue
              }
              cursor += 1
            }
            recordAssignment(targetTokens: targetStart..<targetEnd, valueStart: last + 1, statementEnd: index)
            targetStart = sign + 1
          }
        } else if isKind(start, .name) && isOp(start + 1, ":") {
          bind(start)
        }
        start = index + 1
        equalsSigns = []
        index += 1
        continue
      }
      if isOpener(index) {
        index = skipGroup(index)
        continue
      }
      if isName(index, "lambda") {
        // A lambda's parameter defaults (`lambda x=1: x`) are not assignments: skip to the colon after them.
        index += 1
        while index < end && !isOp(index, ":") && !isOp(index, ";") {
          index = isOpener(index) ? skipGroup(index) : index + 1
        }
        continue
      }
      if isOp(index, "=") { equalsSigns.append(index) }
      index += 1
    }
  }

  mutating func parsePythonImport(_ statement: Statement) {
    let first = statement.first
    let range = TextRange(start: Int(tokens[first].start), end: Int(tokens[statement.end - 1].end))
    importTokenRanges.append(first..<statement.end)
    if isName(first, "import") {
      for segment in splitTokens(from: first + 1, to: statement.end) {
        var modulePieces: [String] = []
        var cursor = segment.lowerBound
        while cursor < segment.upperBound && (isKind(cursor, .name) && !isName(cursor, "as") || isDot(cursor)) {
          modulePieces.append(name(cursor))
          cursor += 1
        }
        let module = modulePieces.joined()
        guard !module.isEmpty else { continue }
        let specifier: ImportSpecifier
        if isName(cursor, "as") && isKind(cursor + 1, .name) {
          specifier = ImportSpecifier(
            member: nil, alias: name(cursor + 1), qualifiedName: module, range: byteRange(segment),
            aliasRange: tokens[cursor + 1].range)
        } else {
          let top = String(module.split(separator: ".").first ?? Substring(module))
          specifier = ImportSpecifier(
            member: nil, alias: top, qualifiedName: top, range: byteRange(segment),
            aliasRange: tokens[segment.lowerBound].range)
        }
        imports.append(ImportStatement(
          kind: .pythonImport, module: module, specifiers: [specifier], range: range, brackets: nil, isTypeOnly: false))
      }
      return
    }
    // from <module> import <names>
    var cursor = first + 1
    var module = ""
    while cursor < statement.end && !isName(cursor, "import") {
      module += name(cursor)
      cursor += 1
    }
    guard isName(cursor, "import") else { return }
    cursor += 1
    var brackets: TextRange?
    var listEnd = statement.end
    if isOp(cursor, "(") {
      let (closer, isClosed) = closer(of: cursor)
      listEnd = min(closer, statement.end)
      brackets = TextRange(start: Int(tokens[cursor].start), end: isClosed ? Int(tokens[closer].end) : range.end)
      cursor += 1
    }
    var specifiers: [ImportSpecifier] = []
    for segment in splitTokens(from: cursor, to: listEnd) where isKind(segment.lowerBound, .name) {
      let member = name(segment.lowerBound)
      var alias = member
      var aliasRange = tokens[segment.lowerBound].range
      if isName(segment.lowerBound + 1, "as") && isKind(segment.lowerBound + 2, .name) {
        alias = name(segment.lowerBound + 2)
        aliasRange = tokens[segment.lowerBound + 2].range
      }
      let qualified = module.hasSuffix(".") ? module + member : module + "." + member
      specifiers.append(ImportSpecifier(
        member: member, alias: alias, qualifiedName: qualified, range: byteRange(segment), aliasRange: aliasRange))
    }
    imports.append(ImportStatement(
      kind: .pythonFrom, module: module, specifiers: specifiers, range: range, brackets: brackets, isTypeOnly: false))
  }

  /// Splits `start..<end` at commas outside brackets, dropping comments.
  func splitTokens(from start: Int, to end: Int) -> [Range<Int>] {
    guard start < end else { return [] }
    return splitAtCommas(start - 1, end)
  }

  /// Binds the parameter names of the `def` whose parameter list opens at `open`.
  mutating func bindParameters(open: Int) {
    guard isOpener(open) else { return }
    let (closer, _) = closer(of: open)
    for segment in splitAtCommas(open, min(closer, tokens.count)) {
      var cursor = segment.lowerBound
      while cursor < segment.upperBound && (isOp(cursor, "*") || isOp(cursor, "**")) { cursor += 1 }
      if isKind(cursor, .name) { bind(cursor) }
    }
  }

  /// Binds names introduced by `for`, `as`, `lambda`, `global`, `nonlocal`, walrus and keyword-style `name=`.
  mutating func bindPythonNames() {
    var index = 0
    while index < tokens.count {
      defer { index += 1 }
      guard tokens[index].kind == .name else { continue }
      if isName(index, "as") && isOpener(index + 1) {
        // `with ctx() as (a, b):` binds every name in the target.
        let end = min(skipGroup(index + 1), tokens.count)
        for inner in (index + 2)..<max(index + 2, end) where isKind(inner, .name) && !isDot(inner - 1) {
          bind(inner)
        }
        continue
      }
      if isOp(index + 1, "=") || isOp(index + 1, ":=") {
        bind(index)
        continue
      }
      if isName(index - 1, "as") || isName(index - 1, "global") || isName(index - 1, "nonlocal") {
        bind(index)
        continue
      }
      if isName(index, "for") || isName(index, "lambda") {
        let isFor = isName(index, "for")
        var cursor = index + 1
        var steps = 0
        while cursor < tokens.count && steps < 64 && !(isFor ? isName(cursor, "in") : isOp(cursor, ":"))
          && tokens[cursor].kind != .newline {
          if isKind(cursor, .name) && !isDot(cursor - 1) { bind(cursor) }
          cursor += 1
          steps += 1
        }
      }
    }
  }
}
