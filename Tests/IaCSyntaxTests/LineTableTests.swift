import IaCSyntax
import Testing

@Suite struct LineTableTests {
  @Test func lineStartsForEveryTerminator() {
    let table = LineTable(Array("a\nbc\r\nd\re\n".utf8))
    #expect(table.lineStarts == [0, 2, 6, 8, 10])
    #expect(table.lineCount == 5)
    #expect(table.length == 10)
  }

  @Test func emptyAndTerminatorOnlyBuffers() {
    #expect(LineTable([]).lineStarts == [0])
    #expect(LineTable(Array("\r\n".utf8)).lineStarts == [0, 2])
    #expect(LineTable(Array("\n\r".utf8)).lineStarts == [0, 1, 2])
    #expect(LineTable(Array("\r\r\n\n".utf8)).lineStarts == [0, 1, 3, 4])
  }

  @Test func lineContainingClampsOutOfRangeOffsets() {
    let table = LineTable(Array("ab\ncd\nef".utf8))
    #expect(table.line(containing: -5) == 0)
    #expect(table.line(containing: 0) == 0)
    #expect(table.line(containing: 2) == 0)
    #expect(table.line(containing: 3) == 1)
    #expect(table.line(containing: 5) == 1)
    #expect(table.line(containing: 6) == 2)
    #expect(table.line(containing: 8) == 2)
    #expect(table.line(containing: 1_000) == 2)
  }

  @Test func locationIsLineAndByteColumn() {
    let table = LineTable(Array("ab\r\ncd".utf8))
    #expect(table.location(of: 5) == (1, 1))
    #expect(table.location(of: 3) == (0, 3))
    #expect(table.location(of: 99) == (1, 2))
    #expect(table.location(of: -1) == (0, 0))
  }

  @Test func rangeOfLineExcludesTheTerminator() {
    let bytes = Array("one\r\ntwo\n\nfour\rfive".utf8)
    let table = LineTable(bytes)
    #expect(table.range(ofLine: 0, in: bytes) == TextRange(start: 0, end: 3))
    #expect(table.range(ofLine: 1, in: bytes) == TextRange(start: 5, end: 8))
    #expect(table.range(ofLine: 2, in: bytes) == TextRange(start: 9, end: 9))
    #expect(table.range(ofLine: 3, in: bytes) == TextRange(start: 10, end: 14))
    #expect(table.range(ofLine: 4, in: bytes) == TextRange(start: 15, end: 19))
    #expect(table.range(ofLine: 5, in: bytes) == nil)
    #expect(table.range(ofLine: -1, in: bytes) == nil)
  }

  @Test func columnsInScalarsAndUTF16() {
    // "é" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 UTF-16 units.
    let bytes = Array("x\né😀z".utf8)
    let table = LineTable(bytes)
    let z = 2 + 2 + 4
    #expect(table.location(of: z) == (1, 6))
    #expect(table.characterColumn(of: z, in: bytes) == 2)
    #expect(table.utf16Column(of: z, in: bytes) == 3)
    #expect(table.characterColumn(of: 4, in: bytes) == 1)
    #expect(table.utf16Column(of: 4, in: bytes) == 1)
    #expect(table.characterColumn(of: 100, in: bytes) == 3)
  }

  @Test func invalidUTF8CountsOneColumnPerLeadByte() {
    let bytes: [UInt8] = [0xFF, 0x80, 0x80, UInt8(ascii: "a")]
    let table = LineTable(bytes)
    #expect(table.characterColumn(of: 3, in: bytes) == 1)
    #expect(table.characterColumn(of: 4, in: bytes) == 2)
  }

  @Test func offsetFromLineAndCharacterColumn() {
    let bytes = Array("ab\né😀z\nlast".utf8)
    let table = LineTable(bytes)
    #expect(table.offset(line: 1, characterColumn: 0, in: bytes) == 3)
    #expect(table.offset(line: 1, characterColumn: 1, in: bytes) == 5)
    #expect(table.offset(line: 1, characterColumn: 2, in: bytes) == 9)
    #expect(table.offset(line: 1, characterColumn: 3, in: bytes) == 10)
    #expect(table.offset(line: 1, characterColumn: 50, in: bytes) == 10)
    #expect(table.offset(line: 9, characterColumn: 0, in: bytes) == bytes.count)
    #expect(table.offset(line: -1, characterColumn: 3, in: bytes) == 0)
  }

  @Test func offsetAndColumnRoundTrip() {
    let bytes = Array("é😀 a\r\nb🚀c\rd".utf8)
    let table = LineTable(bytes)
    for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
      let line = table.line(containing: offset)
      let column = table.characterColumn(of: offset, in: bytes)
      let back = table.offset(line: line, characterColumn: column, in: bytes)
      // Offsets inside a line terminator clamp to the end of the line's text.
      let lineEnd = table.range(ofLine: line, in: bytes)!.end
      #expect(back == min(offset, lineEnd), "offset \(offset)")
    }
  }
}

@Suite struct TextRangeTests {
  @Test func initNeverInverts() {
    #expect(TextRange(start: 5, end: 2) == TextRange(start: 5, end: 5))
    #expect(TextRange(start: 5, end: 2).isEmpty)
    #expect(TextRange(start: 2, end: 5).length == 3)
    #expect(TextRange.empty(at: 7) == TextRange(start: 7, end: 7))
  }

  @Test func containsOffsetsAndRanges() {
    let range = TextRange(start: 2, end: 5)
    #expect(!range.contains(1))
    #expect(range.contains(2))
    #expect(range.contains(4))
    #expect(!range.contains(5))
    #expect(range.contains(TextRange(start: 2, end: 5)))
    #expect(range.contains(TextRange.empty(at: 5)))
    #expect(!range.contains(TextRange(start: 1, end: 3)))
  }

  @Test func overlaps() {
    let range = TextRange(start: 2, end: 5)
    #expect(range.overlaps(TextRange(start: 4, end: 9)))
    #expect(!range.overlaps(TextRange(start: 5, end: 9)))
    #expect(!range.overlaps(TextRange(start: 0, end: 2)))
    #expect(range.overlaps(TextRange.empty(at: 3)))
    #expect(TextRange.empty(at: 3).overlaps(range))
    #expect(!range.overlaps(TextRange.empty(at: 2)))
    #expect(!range.overlaps(TextRange.empty(at: 5)))
    #expect(TextRange.empty(at: 4).overlaps(TextRange.empty(at: 4)))
    #expect(!TextRange.empty(at: 4).overlaps(TextRange.empty(at: 5)))
  }

  @Test func coverOrderAndDescription() {
    #expect(TextRange(start: 4, end: 6).cover(TextRange(start: 1, end: 2)) == TextRange(start: 1, end: 6))
    #expect(TextRange(start: 1, end: 9) < TextRange(start: 2, end: 3))
    #expect(TextRange(start: 1, end: 2) < TextRange(start: 1, end: 3))
    #expect(!(TextRange(start: 1, end: 3) < TextRange(start: 1, end: 3)))
    #expect(TextRange(start: 3, end: 8).description == "3..<8")
  }
}

@Suite struct TokenTests {
  @Test func rangeAndFlags() {
    let token = Token(kind: .string, flags: [.triple, .unterminated], start: 3, end: 10)
    #expect(token.range == TextRange(start: 3, end: 10))
    #expect(token.flags.contains(.triple))
    #expect(!token.flags.contains(.raw))
    #expect(MemoryLayout<Token>.size <= 12)
  }
}

@Suite struct LanguageAndFrameworkTests {
  @Test(arguments: [
    ("app.py", Language.python), ("stack.ts", .typescript), ("a.mts", .typescript), ("a.cts", .typescript),
    ("a.js", .typescript), ("a.mjs", .typescript), ("a.cjs", .typescript),
  ] as [(String, Language)])
  func languageFromPath(_ path: String, _ language: Language) {
    #expect(Language(path: path) == language)
  }

  @Test func declarationFilesAndOthersAreNotRead() {
    for path in ["types.d.ts", "a.d.mts", "a.d.cts", "README.md", "cdk.json", "py", "x.pyc"] {
      #expect(Language(path: path) == nil, "\(path)")
    }
    #expect(Language.python.lineCommentMarker == "#")
    #expect(Language.typescript.lineCommentMarker == "//")
  }

  /// The byte test agrees with comparing suffixes as strings, on names near every case.
  @Test func languageAgreesWithSuffixes() {
    func bySuffix(_ path: String) -> Language? {
      if path.hasSuffix(".py") { return .python }
      if path.hasSuffix(".d.ts") || path.hasSuffix(".d.mts") || path.hasSuffix(".d.cts") { return nil }
      return [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"].contains(where: path.hasSuffix) ? .typescript : nil
    }
    let stems = ["", "a", "d", ".d", "a.d", "ad", "x/", "x.d/", "é", "a\u{301}", "лист", "🪣"]
    let endings = [
      ".py", "py", ".p", ".pyi", ".ts", "ts", ".d.ts", "d.ts", ".mts", "mts", ".d.mts", "d.mts", ".cts", ".d.cts",
      ".js", "js", ".mjs", "mjs", ".cjs", ".d.js", ".tsx", ".jsx", ".json", ".py\u{301}", "", ".", "s",
    ]
    for stem in stems {
      for ending in endings {
        let path = stem + ending
        #expect(Language(path: path) == bySuffix(path), "\(path)")
      }
    }
  }

  @Test(arguments: [
    ("aws_cdk", Framework.cdk), ("aws_cdk.aws_s3", .cdk), ("aws-cdk-lib", .cdk), ("aws-cdk-lib/aws-s3", .cdk),
    ("@aws-cdk/aws-s3", .cdk), ("pulumi", .pulumi), ("pulumi_aws", .pulumi), ("@pulumi/aws", .pulumi),
    ("pulumi.output", .pulumi), ("cdktf", .cdktf), ("@cdktf/provider-aws", .cdktf),
    ("cdktf_cdktf_provider_aws", .cdktf), ("aws-cdk-lib.assertions", .cdk), ("pulumi/x", .pulumi),
    ("pulumi_é", .pulumi), ("aws_cdk.é/x", .cdk),
  ] as [(String, Framework)])
  func frameworkFromModule(_ module: String, _ framework: Framework) {
    #expect(Framework(module: module) == framework)
  }

  @Test func unrelatedModulesHaveNoFramework() {
    for module in ["constructs", "node:fs", "os", "aws_cdk_extra", "pulumiish", "@types/node", "boto3", "", "aws_cdké", "node:aws_cdk"] {
      #expect(Framework(module: module) == nil, "\(module)")
    }
    #expect(Framework.allCases.sorted() == [.cdk, .cdktf, .pulumi])
  }

  @Test func testPaths() {
    #expect(SourceFile.isTestPath("tests/test_stack.py", language: .python))
    #expect(SourceFile.isTestPath("stack_test.py", language: .python))
    #expect(!SourceFile.isTestPath("tests/stack.py", language: .python))
    #expect(SourceFile.isTestPath("lib/stack.test.ts", language: .typescript))
    #expect(SourceFile.isTestPath("lib/stack.spec.js", language: .typescript))
    #expect(SourceFile.isTestPath("test/stack.ts", language: .typescript))
    #expect(SourceFile.isTestPath("a/__tests__/b.ts", language: .typescript))
    #expect(!SourceFile.isTestPath("lib/testing.ts", language: .typescript))
    #expect(SourceFile(path: "test_x.py", text: "").isTestFile)
  }

  /// ASCII paths are read as bytes, others as characters: both readings give the same answers.
  @Test(arguments: [
    ("test_x.py", Language.python, true), ("/a/test_x.py", .python, true), ("a/test_x.py/", .python, true),
    ("_test.py", .python, true), ("test_", .python, true), ("test.py", .python, false), ("a_test.pyc", .python, false),
    ("test_/x.py", .python, false), ("", .python, false), ("/", .python, false), ("a/b.test.ts", .typescript, true),
    (".spec.", .typescript, true), ("a/b.spec", .typescript, false), ("test", .typescript, false),
    ("test/", .typescript, false), ("/test/a.ts", .typescript, true), ("x/tests//a.ts", .typescript, true),
    ("tests_/a.ts", .typescript, false), ("a/__tests__/", .typescript, false), ("x/atest/a.ts", .typescript, false),
  ])
  func testPathsAsBytesAndCharacters(path: String, language: Language, isTest: Bool) {
    #expect(SourceFile.isTestPath(path, language: language) == isTest, "\(path)")
    // The same path under a directory with a non-ASCII name takes the character reading.
    let prefixed = path.hasPrefix("/") ? "/é" + path : "é/" + path
    #expect(SourceFile.isTestPath(prefixed, language: language) == isTest, "\(prefixed)")
  }
}
