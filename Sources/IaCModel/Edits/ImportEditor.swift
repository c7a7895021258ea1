import IaCSyntax

/// Builds the edits that add an import to a file in the style the file already uses: into an existing
/// `from aws_cdk import (...)` or `import { ... } from 'aws-cdk-lib'` list (keeping its order and layout), or as
/// a new line beside the imports of the same form.
public struct ImportEditor: Sendable {
  public let file: SourceFile

  public init(_ file: SourceFile) {
    self.file = file
  }

  /// Edits that make `alias` name the CDK module `module`; empty when an import already binds it.
  public func edits(importingModule module: String, as alias: String) -> [Edit] {
    let modules = CDKModules.shared
    if let existing = file.importBindings[alias], modules.module(forImport: existing) == module { return [] }
    switch file.language {
    case .python:
      let member = module.isEmpty ? nil : String(module.split(separator: ".").last!)
      if let member, !module.contains("."),
        let statement = file.imports.last(where: { $0.kind == .pythonFrom && $0.module == "aws_cdk" }) {
        let text = alias == member ? member : "\(member) as \(alias)"
        return insertSpecifier(text, sortKey: member, into: statement)
      }
      let line: String
      if module.isEmpty {
        line = "import aws_cdk as \(alias)"
      } else if file.imports.contains(where: { $0.kind == .pythonImport && $0.module.hasPrefix("aws_cdk.") }) {
        line = "import \(modules.pythonModule(module)) as \(alias)"
      } else if !module.contains(".") {
        line = "from aws_cdk import \(module) as \(alias)"
      } else {
        line = "import \(modules.pythonModule(module)) as \(alias)"
      }
      return [insertLine(line, near: { $0.module.hasPrefix("aws_cdk") })]
    case .typescript:
      let member = module.isEmpty ? nil : module
      if let member, !module.contains("."),
        let statement = file.imports.last(where: { $0.kind == .esImport && $0.module == "aws-cdk-lib" && $0.brackets != nil && !$0.isTypeOnly }) {
        let text = alias == member ? member : "\(member) as \(alias)"
        return insertSpecifier(text, sortKey: member, into: statement)
      }
      let quote = preferredQuote()
      let semicolon = prefersSemicolons() ? ";" : ""
      let line = "import * as \(alias) from \(quote)\(modules.typeScriptPath(module))\(quote)\(semicolon)"
      return [insertLine(line, near: { $0.module.hasPrefix("aws-cdk-lib") })]
    }
  }

  /// Edits that add `member` (optionally `as alias`) to the `from module import ...` or `import { ... } from`
  /// statement that already imports from `module`; empty when the member is already imported.
  public func edits(importingMember member: String, from module: String, alias: String? = nil) -> [Edit] {
    if let statement = file.imports.last(where: { $0.module == module && ($0.kind == .pythonFrom || ($0.kind == .esImport && $0.brackets != nil)) }) {
      if statement.specifiers.contains(where: { $0.member == member && $0.alias == (alias ?? member) }) { return [] }
      let text = alias.map { "\(member) as \($0)" } ?? member
      return insertSpecifier(text, sortKey: member, into: statement)
    }
    let text = alias.map { "\(member) as \($0)" } ?? member
    switch file.language {
    case .python:
      return [insertLine("from \(module) import \(text)", near: { _ in true })]
    case .typescript:
      let quote = preferredQuote()
      let semicolon = prefersSemicolons() ? ";" : ""
      return [insertLine("import { \(text) } from \(quote)\(module)\(quote)\(semicolon)", near: { _ in true })]
    }
  }

  /// Edits that make the specifier importing `member` under its own name import `replacement` instead (once the
  /// code no longer uses `member`): the specifier renamed, or removed with its comma when `replacement` is
  /// imported already. Empty when no such specifier exists.
  public func edits(replacingMember member: String, with replacement: String, in statement: ImportStatement) -> [Edit] {
    guard let index = statement.specifiers.firstIndex(where: { $0.member == member && $0.alias == member }) else { return [] }
    let specifier = statement.specifiers[index]
    guard statement.specifiers.contains(where: { $0.member == replacement && $0.alias == replacement }) else {
      return [.replace(specifier.range, with: replacement)]
    }
    guard statement.specifiers.count > 1 else { return [] }
    if index + 1 < statement.specifiers.count {
      // `a, b` → `b`: up to the next specifier.
      return [.delete(TextRange(start: specifier.range.start, end: statement.specifiers[index + 1].range.start))]
    }
    // The last one: from the end of the one before, so that a trailing comma stays.
    return [.delete(TextRange(start: statement.specifiers[index - 1].range.end, end: specifier.range.end))]
  }

  // MARK: Inserting into a list

  /// Inserts `text` into the specifier list of `statement`: at its sorted place when the list is sorted, else last.
  package func insertSpecifier(_ text: String, sortKey: String, into statement: ImportStatement) -> [Edit] {
    let specifiers = statement.specifiers
    guard let last = specifiers.last else {
      // `from m import ()` or `import {} from 'm'`: put it between the brackets.
      if let brackets = statement.brackets {
        let padding = statement.kind == .esImport ? " " : ""
        return [Edit(range: TextRange(start: brackets.start + 1, end: brackets.end - 1), newText: padding + text + padding)]
      }
      return []
    }
    // What follows the list must be where the lexer says it is: after `from m import a'` (an unterminated string)
    // the inserted name would land inside the string and never be read.
    guard readsCleanly(from: specifiers[0].range.start, to: last.range.end) else { return [] }
    // A bracketed list must hold only its names, commas and comments: in a file cut short, the brackets can take in
    // code that is no specifier, and a name added there would sit among stray commas.
    if let brackets = statement.brackets, !holdsOnlySpecifiers(brackets, specifiers) { return [] }
    let keys = specifiers.map { $0.member ?? $0.alias }
    let isSorted = zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }
    let before: ImportSpecifier? = isSorted ? specifiers.first(where: { ($0.member ?? $0.alias) > sortKey }) : nil
    let multiLine = statement.brackets.map { brackets in
      file.line(of: brackets.start) != file.line(of: last.range.start)
    } ?? false

    if multiLine {
      let reference = specifiers[0]
      let indentation = indentationOfLine(at: reference.range.start)
      if let before, isAtLineStart(before.range.start) {
        let lineStart = file.lineTable.lineStarts[file.line(of: before.range.start)]
        return [.insert("\(indentation)\(text),\(newline())", at: lineStart)]
      }
      if before == nil {
        // After the last specifier: on a new line after its own line, adding its comma if it lacks one.
        let trailingComma = commaOffset(after: last.range.end)
        var edits: [Edit] = []
        if trailingComma == nil { edits.append(.insert(",", at: last.range.end)) }
        let lastLine = file.line(of: last.range.end)
        if let closing = statement.brackets, file.line(of: closing.end - 1) == lastLine {
          // `aws_s3 as s3)` on one line: put the new one before the bracket.
          edits.append(.insert("\(newline())\(indentation)\(text)\(trailingComma == nil ? "" : ",")", at: (trailingComma ?? last.range.end) + (trailingComma == nil ? 0 : 1)))
          return edits
        }
        let nextLine = lastLine + 1 < file.lineTable.lineCount ? file.lineTable.lineStarts[lastLine + 1] : file.bytes.count
        edits.append(.insert("\(indentation)\(text),\(newline())", at: nextLine))
        return edits
      }
    }
    if let before {
      return [.insert("\(text), ", at: before.range.start)]
    }
    return [.insert(", \(text)", at: last.range.end)]
  }

  // MARK: Inserting a line

  /// Inserts `line` after the last import that `prefers` picks (or the last import, or at the top of the file).
  package func insertLine(_ line: String, near prefers: (ImportStatement) -> Bool) -> Edit {
    let anchor = file.imports.last(where: prefers) ?? file.imports.last
    if let anchor {
      let lastLine = file.line(of: max(anchor.range.start, anchor.range.end - 1))
      let offset = lastLine + 1 < file.lineTable.lineCount ? file.lineTable.lineStarts[lastLine + 1] : file.bytes.count
      let needsNewline = offset == file.bytes.count && !(file.bytes.last.map { $0 == UInt8(ascii: "\n") } ?? true)
      return .insert((needsNewline ? newline() : "") + line + newline(), at: offset)
    }
    // No imports: after a shebang, encoding line or module docstring, else at the very top.
    var offset = 0
    if let first = file.tokens.firstIndex(where: { $0.kind != .comment && $0.kind != .newline }) {
      var statementStart = first
      if file.tokens[first].kind == .string, let end = file.tokens[(first + 1)...].firstIndex(where: { $0.kind == .newline }) {
        statementStart = end + 1
      }
      if statementStart < file.tokens.count {
        offset = file.lineTable.lineStarts[file.line(of: Int(file.tokens[statementStart].start))]
      } else {
        offset = file.bytes.count
      }
    }
    return .insert(line + newline(), at: offset)
  }

  // MARK: Style

  package func newline() -> String {
    if let index = file.bytes.firstIndex(of: UInt8(ascii: "\n")), index > 0, file.bytes[index - 1] == UInt8(ascii: "\r") {
      return "\r\n"
    }
    return "\n"
  }

  package func indentationOfLine(at offset: Int) -> String {
    let start = file.lineTable.lineStarts[file.line(of: offset)]
    var end = start
    while end < file.bytes.count && (file.bytes[end] == UInt8(ascii: " ") || file.bytes[end] == UInt8(ascii: "\t")) {
      end += 1
    }
    return String(decoding: file.bytes[start..<end], as: UTF8.self)
  }

  package func isAtLineStart(_ offset: Int) -> Bool {
    let start = file.lineTable.lineStarts[file.line(of: offset)]
    return file.bytes[start..<offset].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }

  /// Whether the tokens strictly inside `brackets` are only `specifiers`, each a name or `name as alias`, with commas,
  /// newlines and comments between them.
  package func holdsOnlySpecifiers(_ brackets: TextRange, _ specifiers: [ImportSpecifier]) -> Bool {
    let ranges = specifiers.map(\.range).sorted { $0.start < $1.start }
    var next = 0
    var current = -1
    var position = 0
    for (index, token) in file.tokens.enumerated() where Int(token.start) > brackets.start && Int(token.end) < brackets.end {
      if token.kind == .comment || token.kind == .newline { continue }
      while next < ranges.count, ranges[next].end <= Int(token.start) { next += 1 }
      guard next < ranges.count, ranges[next].start <= Int(token.start) else {
        // Outside every specifier: only a comma between them.
        guard token.kind == .op, token.end - token.start == 1, file.bytes[Int(token.start)] == UInt8(ascii: ",")
        else { return false }
        continue
      }
      if next != current {
        // The specifier before this one must have ended on a name.
        guard position == 0 || position == 1 || position == 3 else { return false }
        current = next
        position = 0
      }
      let isAs = token.kind == .name && file.text(token: index) == "as"
      switch position {
      case 0, 2: guard token.kind == .name, !isAs else { return false }
      case 1: guard isAs else { return false }
      default: return false
      }
      position += 1
    }
    return position == 0 || position == 1 || position == 3
  }

  /// The offset of a comma that follows `offset`, separated only by spaces.
  /// Whether the tokens from `start` to `end`, and the first one after, hold no string and nothing left open, so
  /// that text inserted among them is read as code.
  package func readsCleanly(from start: Int, to end: Int) -> Bool {
    let tokens = file.tokens
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if Int(tokens[middle].end) <= start { low = middle + 1 } else { high = middle }
    }
    var index = low
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .string || token.flags.contains(.unterminated) { return false }
      if Int(token.start) >= end { break }
      index += 1
    }
    return true
  }

  package func commaOffset(after offset: Int) -> Int? {
    var index = offset
    while index < file.bytes.count && (file.bytes[index] == UInt8(ascii: " ") || file.bytes[index] == UInt8(ascii: "\t")) {
      index += 1
    }
    return index < file.bytes.count && file.bytes[index] == UInt8(ascii: ",") ? index : nil
  }

  package func preferredQuote() -> String {
    for statement in file.imports where statement.kind == .esImport {
      let text = file.text(statement.range)
      if text.contains("'") { return "'" }
      if text.contains("\"") { return "\"" }
    }
    return "'"
  }

  package func prefersSemicolons() -> Bool {
    guard let statement = file.imports.last(where: { $0.kind == .esImport }) else { return true }
    let end = statement.range.end
    var index = end
    while index < file.bytes.count && file.bytes[index] == UInt8(ascii: " ") { index += 1 }
    return (index < file.bytes.count && file.bytes[index] == UInt8(ascii: ";")) || file.text(statement.range).hasSuffix(";")
  }
}
