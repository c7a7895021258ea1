import IaCLinter
import Testing

@Suite("gitignore patterns")
struct GitIgnoreTests {
  func ignored(_ patterns: String, _ path: String, directory: Bool = false) -> Bool? {
    GitIgnore(directory: "", text: Array(patterns.utf8)).decision(forRelativePath: path, isDirectory: directory)
  }

  @Test func basenamesMatchAtAnyDepth() {
    #expect(ignored("*.js", "lib/app.js") == true)
    #expect(ignored("*.js", "lib/app.ts") == nil)
    #expect(ignored("generated", "a/b/generated", directory: true) == true)
  }

  @Test func anchoredPatterns() {
    #expect(ignored("/build.py", "build.py") == true)
    #expect(ignored("/build.py", "lib/build.py") == nil)
    #expect(ignored("lib/*.py", "lib/x.py") == true)
    #expect(ignored("lib/*.py", "lib/sub/x.py") == nil)
  }

  @Test func doubleStar() {
    #expect(ignored("**/gen/*.ts", "a/b/gen/x.ts") == true)
    #expect(ignored("**/gen/*.ts", "gen/x.ts") == true)
    #expect(ignored("docs/**", "docs/a/b.py") == true)
    #expect(ignored("a/**/z.py", "a/z.py") == true)
    #expect(ignored("a/**/z.py", "a/b/c/z.py") == true)
  }

  @Test func literalStartsAndEndsDoNotChangeWhatMatches() {
    #expect(ignored("**/x/b.py", "x/b.py") == true)
    #expect(ignored("**/x/b.py", "a/x/b.py") == true)
    #expect(ignored("**/x/b.py", "a/xx/b.py") == nil)
    #expect(ignored("a/**/b", "a/b") == true)
    #expect(ignored("a/**", "a") == nil)
    #expect(ignored("generated", "generated") == true)
    #expect(ignored("generated", "generated2") == nil)
    #expect(ignored("generated", "a/generated") == true)
    #expect(ignored("gen*ed", "gened") == true)
    #expect(ignored("gen*ed", "gen") == nil)
    #expect(ignored("*.py", ".py") == true)
    #expect(ignored("*.py", "x.pyc") == nil)
    #expect(ignored("[ab]c.py", "bc.py") == true)
    #expect(ignored("[ab]c.py", "c.py") == nil)
    #expect(ignored("x[", "x[") == true)
    #expect(ignored("\\*.py", "*.py") == true)
    #expect(ignored("\\*.py", "a.py") == nil)
  }

  @Test func directoryOnlyAndNegation() {
    #expect(ignored("out/", "out", directory: true) == true)
    #expect(ignored("out/", "out", directory: false) == nil)
    #expect(ignored("*.py\n!keep.py", "keep.py") == false)
    #expect(ignored("*.py\n!keep.py", "drop.py") == true)
  }

  @Test func classesQuestionMarksCommentsAndEscapes() {
    #expect(ignored("file[0-9].py", "file3.py") == true)
    #expect(ignored("file[!0-9].py", "file3.py") == nil)
    #expect(ignored("?.py", "a.py") == true)
    #expect(ignored("?.py", "ab.py") == nil)
    #expect(ignored("# comment\n\n", "comment") == nil)
    #expect(ignored("\\#x.py", "#x.py") == true)
  }

  /// Each line's ending, spaces, escapes and slashes, as git reads them.
  @Test func linesAreReadAsGitReadsThem() {
    // `\r\n` endings, and trailing spaces, are not part of a pattern; an escaped trailing space is.
    #expect(ignored("*.log\r\nbuild/  \r\n", "a.log") == true)
    #expect(ignored("*.log\r\nbuild/  \r\n", "build", directory: true) == true)
    #expect(ignored("name\\ ", "name ") == true)
    #expect(ignored("name\\ ", "name") == nil)
    // `\!` is a literal `!`; `!` alone re-includes; an empty or slash-only line is no pattern.
    #expect(ignored("\\!important.py", "!important.py") == true)
    #expect(ignored("*.py\n!\n/\n\r\n", "a.py") == true)
    // A leading or inner slash anchors; `**/name` does not.
    #expect(ignored("/top.py", "sub/top.py") == nil)
    #expect(ignored("/top.py", "top.py") == true)
    #expect(ignored("lib/gen.py", "x/lib/gen.py") == nil)
    #expect(ignored("**/gen.py", "x/y/gen.py") == true)
    #expect(ignored("**/lib/gen.py", "x/lib/gen.py") == true)
    // The last line needs no newline; a file of only comments and blank lines decides nothing.
    #expect(ignored("# a\n\n   \n*.tmp", "x.tmp") == true)
    #expect(ignored("# a\n\n   \n", "x.tmp") == nil)
  }
}
