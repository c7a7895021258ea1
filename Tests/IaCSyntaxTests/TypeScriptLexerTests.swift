import IaCSyntax
import Testing

@Suite struct TypeScriptLexerTests {
  // MARK: Names and numbers

  @Test func namesDollarsAndPrivateNames() {
    #expect(typescript("$el _x #secret this.#count") == [
      "name:$el", "name:_x", "name:#secret", "name:this", "op:.", "name:#count", "newline:",
    ])
    #expect(typescript("a$b$") == ["name:a$b$", "newline:"])
  }

  @Test(arguments: [
    "0", "42", "1_000_000", "0xFF", "0XAB_CD", "0o17", "0b1010", "1.5", ".5", "1e10", "1e-7", "2.5E+3", "10n",
    "0xFFn",
  ])
  func numbers(_ literal: String) {
    #expect(typescript("x = \(literal)") == ["name:x", "op:=", "number:\(literal)", "newline:"])
  }

  // MARK: Strings and templates

  @Test func quotedStrings() {
    #expect(typescript(#"'a' "b" 'it\'s' "q\"q""#) == [
      "string:'a'", #"string:"b""#, #"string:'it\'s'"#, #"string:"q\"q""#, "newline:",
    ])
  }

  @Test func escapedLineEndsContinueQuotedStrings() {
    #expect(typescript("'a\\\nb'") == ["string:'a\\\nb'", "newline:"])
    #expect(typescript("'a\\\r\nb'") == ["string:'a\\\r\nb'", "newline:"])
  }

  @Test func unterminatedQuotedStringEndsAtItsLine() {
    let bytes = Array("x = 'abc\ny = 1".utf8)
    let tokens = TypeScriptLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == [
      "name:x", "op:=", "string:'abc", "newline:\n", "name:y", "op:=", "number:1", "newline:",
    ])
    #expect(tokens[2].flags == .unterminated)
  }

  @Test(arguments: [
    ("`plain`", TokenFlags.template),
    ("`a ${b} c`", [TokenFlags.template, .interpolated]),
    ("`multi\nline`", TokenFlags.template),
    ("`${ `inner ${ `deepest ${x}` }` }`", [TokenFlags.template, .interpolated]),
    ("`${ {a: 1}.a }`", [TokenFlags.template, .interpolated]),
    ("`${ '}' + \"`\" }`", [TokenFlags.template, .interpolated]),
    ("`${ x /* } ` */ }`", [TokenFlags.template, .interpolated]),
    ("`${ x // } `\n}`", [TokenFlags.template, .interpolated]),
    ("`\\${notField} \\` still`", TokenFlags.template),
    ("`$notField {x}`", TokenFlags.template),
    ("`${a}${b}`", [TokenFlags.template, .interpolated]),
  ] as [(String, TokenFlags)])
  func templateLiteralsAreOneToken(_ literal: String, _ flags: TokenFlags) {
    let bytes = Array(literal.utf8)
    let tokens = TypeScriptLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == ["string:" + literal, "newline:"])
    #expect(tokens.first?.flags == flags)
  }

  @Test func templateFollowedByCode() {
    #expect(typescript("f(`${a}`, b)") == ["name:f", "op:(", "string:`${a}`", "op:,", "name:b", "op:)", "newline:"])
  }

  @Test func unterminatedTemplatesRunToTheEnd() {
    for text in ["`abc\nx = 1", "`a ${ b ", "`a ${ `b ${c}` ", "`${ '"] {
      let bytes = Array(text.utf8)
      let tokens = TypeScriptLexer.tokenize(bytes)
      #expect(tokens.first?.kind == .string, "\(text)")
      #expect(tokens.first?.range == TextRange(start: 0, end: bytes.count), "\(text)")
      #expect(tokens.first?.flags.contains([.template, .unterminated]) == true, "\(text)")
    }
  }

  // MARK: Regular expressions

  @Test func divisionAfterValues() {
    #expect(typescript("a / b / c") == ["name:a", "op:/", "name:b", "op:/", "name:c", "newline:"])
    #expect(typescript("(a) / 2 / x[1] / 3") == [
      "op:(", "name:a", "op:)", "op:/", "number:2", "op:/", "name:x", "op:[", "number:1", "op:]", "op:/", "number:3",
      "newline:",
    ])
    #expect(typescript("x /= 2") == ["name:x", "op:/=", "number:2", "newline:"])
    #expect(typescript("i++ / 2") == ["name:i", "op:++", "op:/", "number:2", "newline:"])
  }

  @Test func regexAfterOperatorsAndKeywords() {
    #expect(typescript("return /x/g") == ["name:return", "regex:/x/g", "newline:"])
    #expect(typescript("x = /[/]/") == ["name:x", "op:=", "regex:/[/]/", "newline:"])
    #expect(typescript("f(/a\\/b/i, /=/)") == [
      "name:f", "op:(", "regex:/a\\/b/i", "op:,", "regex:/=/", "op:)", "newline:",
    ])
    #expect(typescript("typeof /x/") == ["name:typeof", "regex:/x/", "newline:"])
    #expect(typescript("a && /x/.test(s)") == [
      "name:a", "op:&&", "regex:/x/", "op:.", "name:test", "op:(", "name:s", "op:)", "newline:",
    ])
    #expect(typescript("x += /y/") == ["name:x", "op:+=", "regex:/y/", "newline:"])
  }

  @Test func slashWithoutClosingOnItsLineIsDivision() {
    #expect(typescript("x = /abc\ny") == ["name:x", "op:=", "op:/", "name:abc", "newline:\n", "name:y", "newline:"])
    #expect(typescript("x = /a\\\n/") == ["name:x", "op:=", "op:/", "name:a", "op:\\", "newline:\n", "op:/", "newline:"])
  }

  // MARK: Comments

  @Test func lineAndBlockComments() {
    let bytes = Array("a // one /* two\nb /* three\n four */ c".utf8)
    let tokens = TypeScriptLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == [
      "name:a", "comment:// one /* two", "newline:\n", "name:b", "comment:/* three\n four */", "name:c", "newline:",
    ])
    #expect(tokens[1].flags == [])
    #expect(tokens[4].flags == .block)
  }

  @Test func unterminatedBlockComment() {
    let bytes = Array("x /* never\nclosed".utf8)
    let tokens = TypeScriptLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == ["name:x", "comment:/* never\nclosed", "newline:"])
    #expect(tokens[1].flags == [.block, .unterminated])
  }

  @Test func commentMarkersInStringsAreText() {
    #expect(typescript("'// no' \"/* no */\"") == ["string:'// no'", "string:\"/* no */\"", "newline:"])
  }

  @Test func shebangAndByteOrderMark() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("#!/usr/bin/env node\nx".utf8)
    let tokens = TypeScriptLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == ["comment:#!/usr/bin/env node", "name:x", "newline:"])
    #expect(tokens.first?.range == TextRange(start: 3, end: 22))
  }

  // MARK: Operators and decorators

  @Test func operatorsTakeTheLongestMatch() {
    #expect(typescript("a === b !== c == d != e => f ** g **= h") == [
      "name:a", "op:===", "name:b", "op:!==", "name:c", "op:==", "name:d", "op:!=", "name:e", "op:=>", "name:f",
      "op:**", "name:g", "op:**=", "name:h", "newline:",
    ])
    #expect(typescript("a ?? b ??= c || d ||= e && f &&= g >>> h >>= i ... j") == [
      "name:a", "op:??", "name:b", "op:??=", "name:c", "op:||", "name:d", "op:||=", "name:e", "op:&&", "name:f",
      "op:&&=", "name:g", "op:>>>", "name:h", "op:>>=", "name:i", "op:...", "name:j", "newline:",
    ])
  }

  @Test func optionalChainingVersusConditionalWithDecimal() {
    #expect(typescript("a?.b?.[0]?.(x)") == [
      "name:a", "op:?.", "name:b", "op:?.", "op:[", "number:0", "op:]", "op:?.", "op:(", "name:x", "op:)", "newline:",
    ])
    #expect(typescript("a ? .5 : 1") == ["name:a", "op:?", "number:.5", "op::", "number:1", "newline:"])
    #expect(typescript("a?.5:1") == ["name:a", "op:?", "number:.5", "op::", "number:1", "newline:"])
  }

  @Test func decorators() {
    #expect(typescript("@Component({ a: 1 })\nclass A {}") == [
      "op:@", "name:Component", "op:(", "op:{", "name:a", "op::", "number:1", "op:}", "op:)", "newline:\n",
      "name:class", "name:A", "op:{", "op:}", "newline:",
    ])
  }

  // MARK: Newlines

  @Test func newlinesInsideParenthesesAndBracketsAreSpace() {
    #expect(typescript("f(a,\n  [b,\n  c])\nx") == [
      "name:f", "op:(", "name:a", "op:,", "op:[", "name:b", "op:,", "name:c", "op:]", "op:)", "newline:\n", "name:x",
      "newline:",
    ])
  }

  @Test func newlinesInsideBracesCount() {
    #expect(typescript("{\n  a\n}") == ["op:{", "newline:\n", "name:a", "newline:\n", "op:}", "newline:"])
    #expect(typescript("f({\n  a: 1,\n})") == [
      "name:f", "op:(", "op:{", "newline:\n", "name:a", "op::", "number:1", "op:,", "newline:\n", "op:}", "op:)",
      "newline:",
    ])
  }

  @Test func crlfAndLoneCR() {
    let bytes = Array("a\r\nb\rc".utf8)
    let tokens = TypeScriptLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == ["name:a", "newline:\r\n", "name:b", "newline:\r", "name:c", "newline:"])
    #expect(tokens[1].range == TextRange(start: 1, end: 3))
  }

  @Test func emptyInput() {
    #expect(TypeScriptLexer.tokenize([]).isEmpty)
    #expect(TypeScriptLexer.tokenize(Array(" \n\t\n".utf8)).isEmpty)
  }

  // MARK: Recovery

  @Test(arguments: ["import", "export", "class", "function"])
  func unclosedParenthesisIsGivenUpAtADeclaration(_ keyword: String) {
    let text = "foo(1,\n\(keyword) x\n"
    let bytes = Array(text.utf8)
    let newlines = TypeScriptLexer.tokenize(bytes).filter { $0.kind == .newline }.map(\.range)
    #expect(newlines == [TextRange(start: 6, end: 7), TextRange(start: bytes.count - 1, end: bytes.count)])
  }

  @Test func indentedDeclarationDoesNotRecover() {
    let newlines = typescript("foo(1,\n  function x\n)").filter { $0.hasPrefix("newline:") }
    #expect(newlines == ["newline:"])
  }

  @Test func mismatchedClosersFindTheirPartner() {
    // `)` closes the `(` under the stray `[`, so the line ends are statement boundaries again.
    #expect(typescript("f([)\nx").filter { $0.hasPrefix("newline:") } == ["newline:\n", "newline:"])
    #expect(typescript("}}}\nx") == ["op:}", "op:}", "op:}", "newline:\n", "name:x", "newline:"])
  }

  // MARK: Bytes

  @Test func multiByteCharactersKeepByteRanges() {
    let text = "const s = '😀' // ü\nconst é = `🚀${x}`"
    let bytes = Array(text.utf8)
    let tokens = TypeScriptLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == [
      "name:const", "name:s", "op:=", "string:'😀'", "comment:// ü", "newline:\n", "name:const", "name:é", "op:=",
      "string:`🚀${x}`", "newline:",
    ])
    #expect(tokens[3].range == TextRange(start: 10, end: 16))
    #expect(tokens[4].range == TextRange(start: 17, end: 22))
    #expect(tokens[7].range == TextRange(start: 29, end: 31))
    #expect(tokens[9].range == TextRange(start: 34, end: 44))
  }

  @Test func invalidUTF8AndNULBytes() {
    let bytes: [UInt8] = [0xFE, 0x00, UInt8(ascii: "\""), 0xC0, 0x00, UInt8(ascii: "\""), UInt8(ascii: "`"), 0xFF]
    let tokens = TypeScriptLexer.tokenize(bytes)
    #expect(tokens.map(\.kind) == [.name, .op, .string, .string, .newline])
    #expect(tokens.map(\.range) == [
      TextRange(start: 0, end: 1), TextRange(start: 1, end: 2), TextRange(start: 2, end: 6),
      TextRange(start: 6, end: 8), TextRange.empty(at: 8),
    ])
    #expect(tokens[3].flags == [.template, .unterminated])
  }
}
