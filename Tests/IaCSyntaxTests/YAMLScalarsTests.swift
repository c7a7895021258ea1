// `@testable` for the memberwise initializer of `YAMLScalars.Entry`, which is internal.
@testable import IaCSyntax
import Testing

@Suite struct YAMLScalarsTests {
  func read(_ text: String) -> [String: YAMLScalars.Entry] { YAMLScalars.read(Array(text.utf8)) }

  @Test func pulumiYAML() {
    let text = "name: my-app\nruntime:\n  name: python\n  options:\n    virtualenv: venv\ndescription: A demo\n"
    let entries = read(text)
    #expect(entries.keys.sorted() == ["description", "name", "runtime"])
    #expect(entries["name"] == .init(value: "my-app", range: range(of: "my-app", in: text), keyRange: range(of: "name", in: text)))
    #expect(entries["runtime"] == .init(
      value: "python", range: range(of: "python", in: text), keyRange: range(of: "runtime", in: text)))
    #expect(entries["description"]?.value == "A demo")
  }

  @Test func quotesAndComments() {
    let text = "a: \"quoted\"\nb: 'single'  # note\nc: plain # note\nd: no#comment\n# e: skipped\n"
    let entries = read(text)
    #expect(entries["a"] == .init(value: "quoted", range: range(of: "quoted", in: text), keyRange: range(of: "a", in: text)))
    #expect(entries["b"]?.value == "single")
    #expect(entries["b"]?.range == range(of: "single", in: text))
    #expect(entries["c"]?.value == "plain")
    #expect(entries["d"]?.value == "no#comment")
    #expect(entries["e"] == nil)
    #expect(entries["# e"] == nil)
  }

  @Test func quotedValueMayContainAHash() {
    let text = "description: \"Ship # one\" # trailing\nname: 'x # y'\n"
    let entries = read(text)
    #expect(entries["description"]?.value == "Ship # one")
    #expect(entries["description"]?.range == range(of: "Ship # one", in: text))
    #expect(entries["name"]?.value == "x # y")
  }

  @Test func inlineRuntimeAndCRLF() {
    let text = "name: app\r\nruntime: nodejs\r\n"
    let entries = read(text)
    #expect(entries["runtime"] == .init(
      value: "nodejs", range: range(of: "nodejs", in: text), keyRange: range(of: "runtime", in: text)))
    #expect(entries["name"]?.value == "app")
  }

  @Test func onlyTheDirectChildNameCounts() {
    let text = "runtime:\n  options:\n    name: nested\n  name: python\nbackend:\n  url: s3://x\n"
    let entries = read(text)
    #expect(entries["runtime"]?.value == "python")
    #expect(entries["backend"] == nil)
    let other = "runtime:\n  options:\n    name: nested\n"
    #expect(read(other)["runtime"] == nil)
  }

  @Test func nameUnderAnEarlierKeyDoesNotLeakAcrossKeys() {
    let text = "runtime:\n  name: python\nname: app\nconfig:\n  name: other\n"
    let entries = read(text)
    #expect(entries["runtime"]?.value == "python")
    #expect(entries["name"]?.value == "app")
    #expect(entries["config"]?.value == "other")
  }

  @Test func byteOrderMarkAndTabs() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("name:\tapp\n".utf8)
    let entries = YAMLScalars.read(bytes)
    #expect(entries["name"] == .init(value: "app", range: TextRange(start: 9, end: 12), keyRange: TextRange(start: 3, end: 7)))
  }

  @Test func linesWithoutColonsAndEmptyInput() {
    #expect(read("").isEmpty)
    #expect(read("---\njust text\n- item\n").isEmpty)
    #expect(read("key:\n").isEmpty)
  }

  @Test func valueWithColons() {
    #expect(read("url: http://example.com:8080/x\n")["url"]?.value == "http://example.com:8080/x")
  }
}
