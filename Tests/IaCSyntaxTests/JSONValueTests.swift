import IaCSyntax
import Testing

@Suite struct JSONValueTests {
  func parse(_ text: String) -> JSONValue? { JSONValue.parse(Array(text.utf8)) }

  @Test func cdkJSONWithRanges() throws {
    let text = "{\n  \"app\": \"python3 app.py\",\n  \"context\": {\"flag\": true, \"n\": [1, -2.5e3, null]}\n}\n"
    let value = try #require(parse(text))
    #expect(value.range == TextRange(start: 0, end: text.utf8.count - 1))
    #expect(value["app"]?.stringValue == "python3 app.py")
    #expect(value["app"]?.range == range(of: "\"python3 app.py\"", in: text))
    guard case .object(let members, _) = value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["app", "context"])
    #expect(members[0].keyRange == range(of: "\"app\"", in: text))
    #expect(value["context"]?["flag"] == .bool(true, range(of: "true", in: text)))
    #expect(value["context"]?["n"] == .array([
      .number("1", TextRange(start: offset(of: "[1", in: text) + 1, end: offset(of: "[1", in: text) + 2)),
      .number("-2.5e3", range(of: "-2.5e3", in: text)),
      .null(range(of: "null", in: text)),
    ], range(of: "[1, -2.5e3, null]", in: text)))
    #expect(value["missing"] == nil)
    #expect(value["app"]?["x"] == nil)
    #expect(value["context"]?.stringValue == nil)
  }

  @Test func scalarsAtTopLevel() {
    #expect(parse(" \"x\" ") == .string("x", TextRange(start: 1, end: 4)))
    #expect(parse("false") == .bool(false, TextRange(start: 0, end: 5)))
    #expect(parse("null") == .null(TextRange(start: 0, end: 4)))
    #expect(parse("0") == .number("0", TextRange(start: 0, end: 1)))
    #expect(parse("{}") == .object([], TextRange(start: 0, end: 2)))
    #expect(parse("[ ]") == .array([], TextRange(start: 0, end: 3)))
  }

  @Test(arguments: [
    "1", "-0", "0.5", "-12.25", "1e5", "1E+5", "2.5e-3", "123456789012345678901234567890",
  ])
  func validNumbers(_ text: String) {
    #expect(parse(text) == .number(text, TextRange(start: 0, end: text.utf8.count)))
  }

  @Test(arguments: ["e", "E5", "-", "+1", ".5", "1.", "01", "1e", "1e+", "--1", "1.2.3", "1-2", "0x10", "1ee5"])
  func invalidNumbers(_ text: String) {
    #expect(parse(text) == nil)
    #expect(parse("[\(text)]") == nil)
  }

  @Test func escapes() {
    #expect(parse(#""a\"b\\c\/d\n\t\r\b\f""#)?.stringValue == "a\"b\\c/d\n\t\r\u{8}\u{C}")
    #expect(parse(#""\u00e9\u0041""#)?.stringValue == "éA")
    #expect(parse(#""\uD83D\uDE00""#)?.stringValue == "😀")
    #expect(parse(#""\uD83Dx""#)?.stringValue == "\u{FFFD}x")
    #expect(parse(#""\uDE00""#)?.stringValue == "\u{FFFD}")
    #expect(parse("\"😀é\"")?.stringValue == "😀é")
    // An escape after plain text, and plain text after an escape, keep every byte in order.
    #expect(parse(#""prefix \u00e9 middle \n suffix""#)?.stringValue == "prefix é middle \n suffix")
    #expect(parse(#"{"k\"ey": "v"}"#)?["k\"ey"]?.stringValue == "v")
  }

  @Test(arguments: [#""\u12""#, #""\u+123""#, #""\uZZZZ""#, #""\x""#, #""\"#, "\"a\nb\"", "\"abc"])
  func invalidStrings(_ text: String) {
    #expect(parse(text) == nil)
  }

  @Test(arguments: [
    "", "   ", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a: 1}", "[1 2]", "tru", "nul", "truex", "[fals]", "[nulL]", "f", "{} {}",
    "// c\n{}", "{\"a\": /* c */ 1}", "'x'", "[\"a\"]]",
  ])
  func malformedDocuments(_ text: String) {
    #expect(parse(text) == nil)
  }

  @Test func byteOrderMarkIsSkipped() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8)
    #expect(JSONValue.parse(bytes)?["a"] == .number("1", TextRange(start: 9, end: 10)))
  }

  @Test func duplicateKeysResolveToTheLastAsJSONParseDoes() {
    #expect(parse("{\"a\": 1, \"a\": 2}")?["a"] == .number("2", TextRange(start: 14, end: 15)))
  }

  @Test func nestingLimit() {
    let deepButFine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
    #expect(parse(deepButFine) != nil)
    let tooDeep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
    #expect(parse(tooDeep) == nil)
    let huge = String(repeating: "{\"a\":", count: 100_000)
    #expect(parse(huge) == nil)
  }
}
