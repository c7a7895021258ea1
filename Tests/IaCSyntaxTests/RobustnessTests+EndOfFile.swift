import Foundation
import IaCSyntax
import Testing

/// Inputs that end in the middle of something, and the 20 MB single line (with `IACLSP_LONG_TESTS=1`).
@Suite struct EndOfFileRobustnessTests {
  static let long = ProcessInfo.processInfo.environment["IACLSP_LONG_TESTS"] == "1"

  @Test(arguments: [
    ("s = 'open", Language.python), ("s = \"\"\"open\r\n", .python), ("s = f\"{x", .python), ("s = f'{x:{", .python),
    ("s = rb'\\", .python), ("x = (\\\r", .python), ("\u{FEFF}x = 1\r\ry = [\r", .python),
    ("const s = `open ${", .typescript), ("const s = `${`${`", .typescript), ("/* open", .typescript),
    ("const r = /[/", .typescript), ("const s = 'a\\", .typescript), ("\u{FEFF}#!node\rx\r\n`", .typescript),
  ])
  func unterminatedAtTheEndOfTheFile(_ text: String, _ language: Language) {
    let bytes = Array(text.utf8)
    let file = SourceFile(path: "eof", bytes: bytes, language: language)
    #expect(tokenProblem(file.tokens, count: bytes.count) == nil, "\(String(reflecting: text))")
    #expect(structureProblem(file) == nil)
    let last = file.tokens.last { $0.kind != .newline }
    #expect(last == nil || Int(last!.end) <= bytes.count)
  }

  @Test(.enabled(if: long), arguments: [Language.python, .typescript])
  func twentyMegabyteSingleLine(_ language: Language) {
    let unit = language == .python ? "s3.Bucket(self, 'b', versioned=True) + x.y[0] * " : "s3.Bucket(this, `b${i}`, { v: 1 }) + x?.y[0] * "
    let repeats = 20_000_000 / unit.utf8.count
    let bytes = Array(("v = " + String(repeating: unit, count: repeats) + "1").utf8)
    let file = SourceFile(path: "big", bytes: bytes, language: language)
    #expect(file.lineTable.lineCount == 1)
    #expect(file.calls.count == repeats)
    #expect(tokenProblem(file.tokens, count: bytes.count) == nil)
  }
}
