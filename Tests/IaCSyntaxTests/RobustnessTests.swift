import IaCSyntax
import Testing

/// SplitMix64: a small seeded generator, so every random case can be reproduced from its seed.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Checks that tokens lie inside the buffer, are non-inverted and come in order without overlapping.
func tokenProblem(_ tokens: [Token], count: Int) -> String? {
  var previousEnd = 0
  for (index, token) in tokens.enumerated() {
    let start = Int(token.start)
    let end = Int(token.end)
    if start > end { return "token \(index) inverted: \(start)..<\(end)" }
    if end > count { return "token \(index) past the end: \(end) > \(count)" }
    if start < previousEnd { return "token \(index) overlaps the previous one: \(start) < \(previousEnd)" }
    if start == end && token.kind != .newline { return "token \(index) is empty" }
    previousEnd = end
  }
  return nil
}

/// Checks the structure's ranges against the buffer.
func structureProblem(_ file: SourceFile) -> String? {
  let count = file.bytes.count
  let ranges: [TextRange] = file.calls.map(\.range) + file.imports.map(\.range) + file.classes.map(\.range)
    + file.functions.map(\.range) + file.assignments.map(\.value) + file.references.map(\.range)
  for range in ranges where range.start < 0 || range.end > count || range.start > range.end {
    return "range \(range) out of 0..<\(count)"
  }
  for call in file.calls where call.openToken >= file.tokens.count || call.closeToken > file.tokens.count {
    return "call tokens \(call.openToken)...\(call.closeToken) out of \(file.tokens.count)"
  }
  return nil
}

@Suite struct RobustnessTests {
  /// Bytes that make lexers and parsers change state, weighted above plain noise.
  static let interesting: [UInt8] = Array("()[]{}'\"`#/\\*=:.,;@$!?<>\n\r\t fbrux0123e_ defclassimportfromconstexport".utf8)
    + [0x00, 0x80, 0xBF, 0xC3, 0xA9, 0xE2, 0xF0, 0x9F, 0xFF, 0xEF, 0xBB]

  static func randomBytes(seed: UInt64) -> [UInt8] {
    var generator = SeededGenerator(seed: seed)
    let length = Int.random(in: 0...200, using: &generator)
    return (0..<length).map { _ in
      Bool.random(using: &generator)
        ? interesting[Int.random(in: 0..<interesting.count, using: &generator)]
        : UInt8.random(in: 0...255, using: &generator)
    }
  }

  @Test(arguments: [Language.python, .typescript])
  func randomBytesNeverBreakTheLexersOrTheParser(_ language: Language) {
    let baseSeed: UInt64 = 0x1AC_15B
    for number in 0..<3_000 {
      let seed = baseSeed &+ UInt64(number)
      let bytes = Self.randomBytes(seed: seed)
      let file = SourceFile(path: "random", bytes: bytes, language: language)
      if let problem = tokenProblem(file.tokens, count: bytes.count) {
        Issue.record("seed \(seed) (\(language)): \(problem)")
        return
      }
      if let problem = structureProblem(file) {
        Issue.record("seed \(seed) (\(language)): \(problem)")
        return
      }
      #expect(file.lineTable.lineStarts.last! <= bytes.count, "seed \(seed)")
    }
  }

  @Test(arguments: [Language.python, .typescript])
  func mutatedRealisticSourcesNeverBreak(_ language: Language) {
    let source = language == .python
      ? "from aws_cdk import (aws_s3 as s3, Stack)\nclass S(Stack):\n    def __init__(self, scope, id):\n        self.b = s3.Bucket(self, f\"{id!r:>{w}}\", versioned=True)\n"
      : "import * as s3 from 'aws-cdk-lib/aws-s3';\nexport class S extends cdk.Stack {\n  constructor(scope: Construct) {\n    const b = new s3.Bucket(this, `B${x}`, { versioned: true, ...rest });\n  }\n}\n"
    let original = Array(source.utf8)
    for number in 0..<2_000 {
      let seed = 0xC0FFEE &+ UInt64(number)
      var generator = SeededGenerator(seed: seed)
      var bytes = original
      for _ in 0..<Int.random(in: 1...6, using: &generator) {
        let position = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: bytes.remove(at: position)
        case 1: bytes.insert(Self.interesting.randomElement(using: &generator)!, at: position)
        default: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...20, using: &generator)))
        }
        if bytes.isEmpty { bytes = [UInt8(ascii: "(")] }
      }
      let file = SourceFile(path: "mutated", bytes: bytes, language: language)
      if let problem = tokenProblem(file.tokens, count: bytes.count) ?? structureProblem(file) {
        Issue.record("seed \(seed) (\(language)): \(problem)")
        return
      }
    }
  }

  @Test(arguments: [Language.python, .typescript], ["(", "[", "{", "f(", "a.b(", "`${"])
  func deepNestingFinishes(_ language: Language, _ opener: String) {
    let bytes = Array(String(repeating: opener, count: 100_000).utf8)
    let file = SourceFile(path: "deep", bytes: bytes, language: language)
    #expect(tokenProblem(file.tokens, count: bytes.count) == nil)
    #expect(!file.tokens.isEmpty)
    if opener == "f(" {
      #expect(file.calls.count == 100_000)
      #expect(file.calls.allSatisfy { !$0.isClosed })
    }
  }

  @Test(arguments: [Language.python, .typescript])
  func balancedDeepNestingFinishes(_ language: Language) {
    let bytes = Array((String(repeating: "f(", count: 100_000) + String(repeating: ")", count: 100_000)).utf8)
    let file = SourceFile(path: "deep", bytes: bytes, language: language)
    #expect(file.calls.count == 100_000)
    #expect(file.calls.allSatisfy { $0.isClosed })
    #expect(file.calls.first?.range == TextRange(start: 0, end: bytes.count))
    #expect(file.calls.last?.arguments.isEmpty == true)
    #expect(file.calls.first?.arguments.count == 1)
  }

  @Test(arguments: [Language.python, .typescript], [")", "]", "}", ")\n", "}\n"])
  func strayClosersFinish(_ language: Language, _ closer: String) {
    let bytes = Array(String(repeating: closer, count: 100_000).utf8)
    let file = SourceFile(path: "stray", bytes: bytes, language: language)
    #expect(tokenProblem(file.tokens, count: bytes.count) == nil)
    #expect(file.tokens.filter { $0.kind == .op }.count == 100_000)
    #expect(file.matching.allSatisfy { $0 == -1 })
  }

  @Test func manyUnclosedClassHeadersFinish() {
    let bytes = Array(String(repeating: "class A<\n", count: 10_000).utf8)
    let file = SourceFile(path: "a.ts", bytes: bytes)
    #expect(file.tokens.count > 30_000)
  }

  @Test(arguments: [Language.python, .typescript])
  func fiveMegabyteSingleLine(_ language: Language) {
    let unit = language == .python ? "s3.Bucket(self, 'b', versioned=True) + x.y[0] * " : "s3.Bucket(this, 'b', { v: 1 }) + x?.y[0] * "
    let repeats = 5_000_000 / unit.utf8.count
    let text = "v = " + String(repeating: unit, count: repeats) + "1"
    let bytes = Array(text.utf8)
    #expect(bytes.count > 4_900_000)
    let file = SourceFile(path: "big", bytes: bytes, language: language)
    #expect(file.lineTable.lineCount == 1)
    #expect(file.calls.count == repeats)
    #expect(file.assignments.map(\.target) == ["v"])
    #expect(file.tokens.last?.kind == .newline)
  }

  @Test func fiveMegabyteStringAndComment() {
    let body = String(repeating: "é😀x", count: 700_000)
    for (text, language) in [("s = '\(body)'", Language.python), ("// \(body)", .typescript), ("`\(body)", .typescript)] {
      let bytes = Array(text.utf8)
      let file = SourceFile(path: "big", bytes: bytes, language: language)
      let tokens = file.tokens.filter { $0.kind != .newline }
      #expect(tokens.last?.end == UInt32(bytes.count))
    }
  }
}
