import IaCSyntax
import Testing

@Suite struct SourceFileTests {
  @Test func languageFromPathAndOverride() {
    #expect(SourceFile(path: "a.ts", text: "").language == .typescript)
    #expect(SourceFile(path: "a.py", text: "").language == .python)
    #expect(SourceFile(path: "README", text: "").language == .python)
    #expect(SourceFile(path: "a.py", text: "", language: .typescript).language == .typescript)
  }

  @Test func stringContentsWithoutPrefixAndQuotes() {
    let file = pyFile("a = rb'x' + '''tri\nple''' + f\"{v['k']}\" + '' + 'open\n")
    let strings = file.tokens.indices.filter { file.tokens[$0].kind == .string }
    #expect(strings.map { file.stringContents(token: $0) } == ["x", "tri\nple", "{v['k']}", "", "open"])
    #expect(file.stringContentRange(token: strings[0]) == TextRange(start: 7, end: 8))
    #expect(file.stringContents(token: 0) == nil)
    #expect(file.stringContents(token: 999) == nil)
    #expect(file.literalString(tokens: strings[0]..<(strings[0] + 1)) == "x")
    #expect(file.literalString(tokens: strings[2]..<(strings[2] + 1)) == nil)
    #expect(file.literalString(tokens: strings[0]..<(strings[0] + 2)) == nil)
  }

  @Test func templateContents() {
    let file = tsFile("x = `a${b}c`; y = `plain`; z = 'q'")
    let strings = file.tokens.indices.filter { file.tokens[$0].kind == .string }
    #expect(strings.map { file.stringContents(token: $0) } == ["a${b}c", "plain", "q"])
    #expect(file.literalString(tokens: strings[0]..<(strings[0] + 1)) == nil)
    #expect(file.literalString(tokens: strings[1]..<(strings[1] + 1)) == "plain")
  }

  @Test func tokenPredicatesAndText() {
    let file = tsFile("a === b")
    #expect(file.isName(0, "a"))
    #expect(!file.isName(0, "b"))
    #expect(file.isOp(1, "==="))
    #expect(!file.isOp(1, "=="))
    #expect(!file.isOp(0, "a"))
    #expect(file.token(2, is: "b"))
    #expect(!file.token(99, is: "b"))
    #expect(!file.isName(-1, "a"))
    #expect(file.firstByte(of: 1) == UInt8(ascii: "="))
    #expect(file.firstByte(of: 99) == 0)
    #expect(file.text(tokens: 0..<3) == "a === b")
    #expect(file.text(tokens: 1..<1) == "")
    #expect(file.byteRange(tokens: 0..<99) == nil)
    #expect(file.text(TextRange(start: 4, end: 500)) == "= b")
    #expect(file.text(TextRange(start: -3, end: 1)) == "a")
  }

  @Test func textRepairsInvalidUTF8() {
    let file = SourceFile(path: "a.py", bytes: [UInt8(ascii: "a"), 0xFF, UInt8(ascii: "b")])
    #expect(file.text(TextRange(start: 0, end: 3)) == "a\u{FFFD}b")
  }

  @Test func linesColumnsAndCommentTokens() {
    let file = pyFile("x = 1  # c\n    y = 2\n")
    #expect(file.commentTokens.map { file.text(token: $0) } == ["# c"])
    let y = file.tokens.firstIndex { file.text($0.range) == "y" }!
    #expect(file.line(of: Int(file.tokens[y].start)) == 1)
    #expect(file.column(ofToken: y) == 4)
    #expect(file.startsLine(y))
    #expect(!file.startsLine(y + 1))
  }

  @Test func bracketMatching() {
    let file = tsFile("f(a[1], {b: (c)})")
    let texts = file.tokens.indices.map { file.text(token: $0) }
    let open = texts.firstIndex(of: "(")!
    #expect(file.closer(of: open) == (texts.lastIndex(of: ")")!, true))
    let bracket = texts.firstIndex(of: "[")!
    #expect(file.closer(of: bracket) == (texts.firstIndex(of: "]")!, true))
    #expect(Int(file.matching[texts.firstIndex(of: "]")!]) == bracket)
    #expect(file.matching[0] == -1)
  }

  @Test func unclosedAndStrayBrackets() {
    let file = pyFile("f(a, [b\nx = 1)\n")
    let texts = file.tokens.indices.map { file.text(token: $0) }
    let open = texts.firstIndex(of: "(")!
    let square = texts.firstIndex(of: "[")!
    // The Python lexer ignores the line end inside brackets, so `)` closes `(` and gives up `[` there.
    let close = texts.firstIndex(of: ")")!
    #expect(file.closer(of: open) == (close, true))
    #expect(file.closer(of: square) == (close, false))
  }

  @Test func pythonOpenerIsGivenUpAtTheStatementEnd() {
    let file = pyFile("f(a\ndef g(): pass\n")
    let newline = file.tokens.firstIndex { $0.kind == .newline }!
    #expect(file.closer(of: 1) == (newline, false))
  }

  @Test func openerNeverClosedInTypeScript() {
    let file = tsFile("f({a")
    #expect(file.closer(of: 1) == (file.tokens.count, false))
    #expect(file.closer(of: 2) == (file.tokens.count, false))
    #expect(file.calls.first?.isClosed == false)
    #expect(file.calls.first?.range == TextRange(start: 0, end: 4))
  }

  @Test func typeScriptOpenerGivenUpAtADeclaration() {
    let file = tsFile("f(a\nfunction g() {}\n")
    let function = file.tokens.firstIndex { file.text($0.range) == "function" }!
    #expect(file.closer(of: 1) == (function, false))
    #expect(file.functions.map(\.name) == ["g"])
  }
}
