import IaCSyntax
import Testing

@Suite struct PythonLexerTests {
  // MARK: Names and numbers

  @Test func namesKeywordsAndNonASCIIIdentifiers() {
    #expect(python("def café(x_1): pass") == [
      "name:def", "name:café", "op:(", "name:x_1", "op:)", "op::", "name:pass", "newline:",
    ])
    #expect(python("_private __dunder__") == ["name:_private", "name:__dunder__", "newline:"])
  }

  @Test(arguments: [
    "0", "42", "1_000_000", "0xFF", "0XdeadBEEF", "0x_ff_ff", "0o777", "0b1010_1010", "1.5", ".5", "5.", "1e10",
    "1E10", "1e-5", "1.5e+10", "3j", "1.5J", "1_0.0_1e1_0",
  ])
  func numbers(_ literal: String) {
    #expect(python("x = \(literal)") == ["name:x", "op:=", "number:\(literal)", "newline:"])
  }

  @Test func hexDigitEIsNotAnExponent() {
    #expect(python("0xE+1") == ["number:0xE", "op:+", "number:1", "newline:"])
    #expect(python("1e+1") == ["number:1e+1", "newline:"])
    #expect(python("2-1") == ["number:2", "op:-", "number:1", "newline:"])
  }

  @Test func ellipsisAndAttributeAccessAreNotNumbers() {
    #expect(python("x[...]") == ["name:x", "op:[", "op:...", "op:]", "newline:"])
    #expect(python("a.b") == ["name:a", "op:.", "name:b", "newline:"])
  }

  // MARK: Strings

  @Test(arguments: [
    ("'a'", TokenFlags()),
    ("\"a\"", TokenFlags()),
    ("r'a\\d'", TokenFlags.raw),
    ("R'a'", TokenFlags.raw),
    ("b'a'", TokenFlags.bytes),
    ("B\"a\"", TokenFlags.bytes),
    ("u'a'", TokenFlags()),
    ("U'a'", TokenFlags()),
    ("f'a'", TokenFlags.interpolated),
    ("F'a'", TokenFlags.interpolated),
    ("t'a'", TokenFlags.interpolated),
    ("rb'a'", [TokenFlags.raw, .bytes]),
    ("Rb'a'", [TokenFlags.raw, .bytes]),
    ("bR'a'", [TokenFlags.raw, .bytes]),
    ("BR'a'", [TokenFlags.raw, .bytes]),
    ("br'a'", [TokenFlags.raw, .bytes]),
    ("fr'a'", [TokenFlags.raw, .interpolated]),
    ("Rf'a'", [TokenFlags.raw, .interpolated]),
    ("rF'a'", [TokenFlags.raw, .interpolated]),
    ("tr'a'", [TokenFlags.raw, .interpolated]),
    ("'''a'''", TokenFlags.triple),
    ("\"\"\"a\"\"\"", TokenFlags.triple),
    ("rb'''a'''", [TokenFlags.raw, .bytes, .triple]),
    ("f\"\"\"a{b}\"\"\"", [TokenFlags.interpolated, .triple]),
  ] as [(String, TokenFlags)])
  func stringPrefixes(_ literal: String, _ flags: TokenFlags) {
    let bytes = Array(literal.utf8)
    let token = single(PythonLexer.tokenize(bytes))
    #expect(token?.kind == .string)
    #expect(token?.flags == flags)
    #expect(token?.range == TextRange(start: 0, end: bytes.count))
  }

  @Test(arguments: ["ur'a'", "bu'a'", "fb'a'", "bf'a'", "rr'a'", "xyz'a'", "ft'a'", "tf'a'", "bt'a'"])
  func invalidPrefixesAreNames(_ literal: String) {
    let tokens = python(literal)
    #expect(tokens.count == 3)
    #expect(tokens.first?.hasPrefix("name:") == true)
    #expect(tokens.dropFirst().first == "string:'a'")
  }

  @Test func escapesDoNotCloseStrings() {
    #expect(python(#"x = "a\"b" + 'c\'d'"#) == [
      "name:x", "op:=", #"string:"a\"b""#, "op:+", #"string:'c\'d'"#, "newline:",
    ])
    #expect(python(#"r"\\" 'x'"#) == [#"string:r"\\""#, "string:'x'", "newline:"])
  }

  @Test func tripleQuotedStringsSpanLines() {
    let text = "x = '''one\n'two'\n\"\"\"\n'''\ny = 1"
    #expect(python(text) == [
      "name:x", "op:=", "string:'''one\n'two'\n\"\"\"\n'''", "newline:\n", "name:y", "op:=", "number:1", "newline:",
    ])
  }

  @Test func tripleQuoteEndingWithExtraQuotes() {
    let tokens = python("'''a''''")
    #expect(tokens.first == "string:'''a'''")
    #expect(tokens.dropFirst().first?.hasPrefix("string:'") == true)
  }

  @Test func lineContinuationInsideString() {
    #expect(python("'a\\\nb'") == ["string:'a\\\nb'", "newline:"])
    let crlf = Array("'a\\\r\nb'\r\nx".utf8)
    let tokens = PythonLexer.tokenize(crlf)
    #expect(render(tokens, crlf) == ["string:'a\\\r\nb'", "newline:\r\n", "name:x", "newline:"])
    #expect(!tokens[0].flags.contains(.unterminated))
  }

  // MARK: f-strings

  @Test(arguments: [
    #"f"{x}""#,
    #"f"{{literal}}""#,
    #"f"{x["k"]}""#,
    #"f'{x['k']}'"#,
    #"f"{f"{x}"}""#,
    #"f"{f"{f"{x}"}"}""#,
    #"f"{'}'}""#,
    #"f"{x:>10}""#,
    #"f"{x:{width}.{precision}}""#,
    #"f"{x!r:^{w}}""#,
    #"f"{x:'>10}""#,
    #"f"{d[1:2]}""#,
    #"f"{(lambda: 1)()}""#,
    #"f"{ {'a': 1}['a'] }""#,
    #"f"{x if y else 'z'}""#,
    #"f"{rf'{x}'}""#,
    #"f"{a:%Y-%m-%d}""#,
    #"f"{x=}""#,
    #"t"{x}""#,
  ])
  func fStringsAreOneToken(_ literal: String) {
    let bytes = Array(literal.utf8)
    let tokens = PythonLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == ["string:" + literal, "newline:"])
    #expect(tokens.first?.flags == .interpolated)
  }

  @Test func fStringFollowedByCode() {
    #expect(python(#"print(f"{a["b"]}", c)"#) == [
      "name:print", "op:(", #"string:f"{a["b"]}""#, "op:,", "name:c", "op:)", "newline:",
    ])
  }

  @Test func tripleQuotedFStringWithNestedTripleString() {
    let text = "f'''{x + '''\n'''}''' + y"
    #expect(python(text) == ["string:f'''{x + '''\n'''}'''", "op:+", "name:y", "newline:"])
  }

  @Test func newlineInsideSingleQuotedFStringFieldEndsIt() {
    let bytes = Array("f'{x\ny = 1".utf8)
    let tokens = PythonLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == ["string:f'{x", "newline:\n", "name:y", "op:=", "number:1", "newline:"])
    #expect(tokens[0].flags == [.interpolated, .unterminated])
  }

  // MARK: Unterminated strings

  @Test func unterminatedStringEndsAtItsLine() {
    let bytes = Array("x = 'abc\ny = 2".utf8)
    let tokens = PythonLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == [
      "name:x", "op:=", "string:'abc", "newline:\n", "name:y", "op:=", "number:2", "newline:",
    ])
    #expect(tokens[2].flags == .unterminated)
  }

  @Test func unterminatedTripleStringRunsToTheEnd() {
    let bytes = Array("x = '''abc\ny = 2\n".utf8)
    let tokens = PythonLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == ["name:x", "op:=", "string:'''abc\ny = 2\n", "newline:"])
    #expect(tokens[2].flags == [.triple, .unterminated])
    #expect(tokens[2].end == UInt32(bytes.count))
  }

  @Test func unterminatedFStringAtEndOfFile() {
    let bytes = Array(#"f"{x["#.utf8)
    let tokens = PythonLexer.tokenize(bytes)
    #expect(tokens.first?.range == TextRange(start: 0, end: bytes.count))
    #expect(tokens.first?.flags == [.interpolated, .unterminated])
  }

  @Test func backslashAtEndOfFileInString() {
    let bytes = Array("'abc\\".utf8)
    let tokens = PythonLexer.tokenize(bytes)
    #expect(tokens.first?.range == TextRange(start: 0, end: 5))
    #expect(tokens.first?.flags == .unterminated)
  }

  // MARK: Comments, decorators, operators

  @Test func commentsRunToTheLineEnd() {
    let bytes = Array("x = 1  # note: 'quote\ny".utf8)
    let tokens = PythonLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == [
      "name:x", "op:=", "number:1", "comment:# note: 'quote", "newline:\n", "name:y", "newline:",
    ])
  }

  @Test func commentOnlyLinesGiveNoNewlines() {
    #expect(python("# a\n\n# b\nx\n# c\n") == ["comment:# a", "comment:# b", "name:x", "newline:\n", "comment:# c"])
  }

  @Test func decorators() {
    #expect(python("@pytest.mark.skip(reason='x')\ndef f(): pass") == [
      "op:@", "name:pytest", "op:.", "name:mark", "op:.", "name:skip", "op:(", "name:reason", "op:=",
      "string:'x'", "op:)", "newline:\n", "name:def", "name:f", "op:(", "op:)", "op::", "name:pass", "newline:",
    ])
  }

  @Test func operatorsTakeTheLongestMatch() {
    #expect(python("a == b != c <= d >= e -> f ** g // h") == [
      "name:a", "op:==", "name:b", "op:!=", "name:c", "op:<=", "name:d", "op:>=", "name:e", "op:->", "name:f",
      "op:**", "name:g", "op://", "name:h", "newline:",
    ])
    #expect(python("a **= 2; b //= 3; c >>= 1; d <<= 1; e := 5; f @= g; h %= 2") == [
      "name:a", "op:**=", "number:2", "op:;", "name:b", "op://=", "number:3", "op:;", "name:c", "op:>>=", "number:1",
      "op:;", "name:d", "op:<<=", "number:1", "op:;", "name:e", "op::=", "number:5", "op:;", "name:f", "op:@=",
      "name:g", "op:;", "name:h", "op:%=", "number:2", "newline:",
    ])
    #expect(python("a|=b&=c^=d-=e+=f~g") == [
      "name:a", "op:|=", "name:b", "op:&=", "name:c", "op:^=", "name:d", "op:-=", "name:e", "op:+=", "name:f",
      "op:~", "name:g", "newline:",
    ])
  }

  // MARK: Newlines

  @Test func noNewlinesInsideBrackets() {
    #expect(python("f(\n  a,\n  [b,\n   {c: d}],\n)\nx") == [
      "name:f", "op:(", "name:a", "op:,", "op:[", "name:b", "op:,", "op:{", "name:c", "op::", "name:d", "op:}",
      "op:]", "op:,", "op:)", "newline:\n", "name:x", "newline:",
    ])
  }

  @Test func lineContinuations() {
    #expect(python("x = 1 + \\\n    2\ny") == [
      "name:x", "op:=", "number:1", "op:+", "number:2", "newline:\n", "name:y", "newline:",
    ])
    #expect(python("x = 1 + \\\r\n    2\r\ny") == [
      "name:x", "op:=", "number:1", "op:+", "number:2", "newline:\r\n", "name:y", "newline:",
    ])
  }

  @Test func crlfAndLoneCRNewlines() {
    let bytes = Array("a\r\nb\rc\nd".utf8)
    let tokens = PythonLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == [
      "name:a", "newline:\r\n", "name:b", "newline:\r", "name:c", "newline:\n", "name:d", "newline:",
    ])
    #expect(tokens[1].range == TextRange(start: 1, end: 3))
    #expect(tokens[3].range == TextRange(start: 4, end: 5))
    #expect(tokens.last?.range == TextRange.empty(at: bytes.count))
  }

  @Test func blankLinesGiveOneNewline() {
    #expect(python("a\n\n\n   \nb") == ["name:a", "newline:\n", "name:b", "newline:"])
  }

  @Test func emptyInputGivesNoTokens() {
    #expect(PythonLexer.tokenize([]).isEmpty)
    #expect(PythonLexer.tokenize(Array("\n\n  \n".utf8)).isEmpty)
    #expect(PythonLexer.tokenize([0xEF, 0xBB, 0xBF]).isEmpty)
  }

  @Test func byteOrderMarkIsSkipped() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("x = 1".utf8)
    let tokens = PythonLexer.tokenize(bytes)
    #expect(tokens.map(\.range) == [
      TextRange(start: 3, end: 4), TextRange(start: 5, end: 6), TextRange(start: 7, end: 8),
      TextRange.empty(at: 8),
    ])
  }

  // MARK: Recovery

  @Test(arguments: ["def", "class", "import", "from", "async", "@"])
  func unclosedBracketIsGivenUpAtAStatementKeyword(_ keyword: String) {
    let head = "x = foo(1,\n"
    let tail = keyword == "@" ? "@decorator" : "\(keyword) name"
    let bytes = Array((head + tail + "\n").utf8)
    let tokens = PythonLexer.tokenize(bytes)
    let newlines = tokens.filter { $0.kind == .newline }.map(\.range)
    #expect(newlines == [TextRange(start: 10, end: 11), TextRange(start: bytes.count - 1, end: bytes.count)])
  }

  @Test func indentedKeywordDoesNotRecover() {
    let tokens = python("x = foo(1,\n  def = 2\n)\ny")
    #expect(tokens.filter { $0.hasPrefix("newline:") }.count == 2)
    #expect(tokens.firstIndex(of: "newline:\n") == 10)
  }

  @Test func keywordPrefixAloneDoesNotRecover() {
    // `classes` and `definitely` are names, not keywords.
    #expect(python("f(\nclasses\n)").filter { $0.hasPrefix("newline:") } == ["newline:"])
    #expect(python("f(\ndefinitely\n)").filter { $0.hasPrefix("newline:") } == ["newline:"])
  }

  @Test func strayClosersDoNotUnderflow() {
    #expect(python(")))\nx\n") == ["op:)", "op:)", "op:)", "newline:\n", "name:x", "newline:\n"])
  }

  // MARK: Bytes

  @Test func multiByteCharactersKeepByteRanges() {
    let text = "s = '😀é' # ü 🚀\nnäme = 1"
    let bytes = Array(text.utf8)
    let tokens = PythonLexer.tokenize(bytes)
    #expect(render(tokens, bytes) == [
      "name:s", "op:=", "string:'😀é'", "comment:# ü 🚀", "newline:\n", "name:näme", "op:=", "number:1", "newline:",
    ])
    #expect(tokens[2].range == TextRange(start: 4, end: 12))
    #expect(tokens[3].range == TextRange(start: 13, end: 22))
    #expect(tokens[5].range == TextRange(start: 23, end: 28))
  }

  @Test func emojiIdentifierIsOneName() {
    let bytes = Array("🚀x = 1".utf8)
    let tokens = PythonLexer.tokenize(bytes)
    #expect(tokens.first?.kind == .name)
    #expect(tokens.first?.range == TextRange(start: 0, end: 5))
  }

  @Test func invalidUTF8AndNULBytes() {
    let bytes: [UInt8] = [UInt8(ascii: "a"), 0xFF, 0xC3, UInt8(ascii: " "), 0x00, UInt8(ascii: " "),
                          UInt8(ascii: "'"), 0x80, 0x00, UInt8(ascii: "'")]
    let tokens = PythonLexer.tokenize(bytes)
    #expect(tokens.map(\.kind) == [.name, .op, .string, .newline])
    #expect(tokens.map(\.range) == [
      TextRange(start: 0, end: 3), TextRange(start: 4, end: 5), TextRange(start: 6, end: 10), TextRange.empty(at: 10),
    ])
  }
}
