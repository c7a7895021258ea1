import IaCLinter
import Testing

@Suite("Text helpers")
struct TextFormatTests {
  @Test func jsonEscaping() {
    #expect(JSONText.string("a\"b\\c\nd\te\u{1}") == #""a\"b\\c\nd\te\u0001""#)
    #expect(JSONText.string("😀 ü") == "\"😀 ü\"")
    #expect(JSONText.object([("b", "1"), ("a", "null")]) == #"{"b":1,"a":null}"#)
  }

  @Test func unifiedDiff() {
    let old = Array("a\nb\nc\nd\ne\nf\ng\nh\n".utf8)
    let new = Array("a\nb\nc\nD\ne\nf\ng\nh\n".utf8)
    #expect(UnifiedDiff.render(path: "x.py", old: old, new: new) == """
      --- a/x.py
      +++ b/x.py
      @@ -1,7 +1,7 @@
       a
       b
       c
      -d
      +D
       e
       f
       g

      """)
    #expect(UnifiedDiff.render(path: "x.py", old: old, new: old).isEmpty)
    #expect(UnifiedDiff.render(path: "new.json", old: nil, new: Array("{}\n".utf8)) == "--- /dev/null\n+++ b/new.json\n@@ -0,0 +1,1 @@\n+{}\n")
  }

  @Test func binaryAndUTF8Checks() {
    #expect(TextCheck.looksBinary([0x41, 0x00, 0x42]))
    #expect(!TextCheck.looksBinary(Array("text".utf8)))
    #expect(TextCheck.isValidUTF8(Array("ü😀".utf8)))
    #expect(!TextCheck.isValidUTF8([0xC3]))
    #expect(!TextCheck.isValidUTF8([0xFF, 0x41]))
    #expect(!TextCheck.isValidUTF8([0xE2, 0x28, 0xA1]))
  }
}
