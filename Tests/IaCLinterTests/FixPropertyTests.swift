import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing
import TestSupport

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

/// How many random cases a property test runs, and from which seed: `IACLSP_PROPERTY_SEED` replays one case
/// (the seed a failure prints), `IACLSP_LONG_TESTS=1` runs fifty times as many.
enum PropertyRun {
  static func seeds(base: UInt64, count: Int) -> [UInt64] {
    let environment = ProcessInfo.processInfo.environment
    if let text = environment["IACLSP_PROPERTY_SEED"], let seed = UInt64(text) { return [seed] }
    let total = environment["IACLSP_LONG_TESTS"] == "1" ? count * 50 : count
    return (0..<UInt64(total)).map { base &+ $0 }
  }
}

/// Fix application on random edits and on random sources: the result is what the accepted edits say, nothing
/// overlaps, and fixing a fixed file changes nothing.
@Suite struct FixPropertyTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").path

  func diagnostic(_ edits: [Edit]) -> Diagnostic {
    Diagnostic(
      code: "IAC101", name: "deprecated-s3-origin", severity: .warning, path: "a.py", range: TextRange(start: 0, end: 0),
      message: "m", url: "https://example.org", fix: Fix(title: "t", applicability: .safe, edits: edits))
  }

  @Test func randomFixesApplyExactlyTheirAcceptedEdits() {
    let pieces = ["a", "é", "🎉", "\n", "\r\n", "(", ")"]
    for seed in PropertyRun.seeds(base: 0xF1_0000, count: 5_000) {
      var generator = SeededGenerator(seed: seed)
      let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
      let bytes = Array(text.utf8)
      func range() -> TextRange {
        let a = Int.random(in: 0...bytes.count, using: &generator)
        let b = Bool.random(using: &generator) ? a : Int.random(in: 0...bytes.count, using: &generator)
        return TextRange(start: min(a, b), end: max(a, b))
      }
      let diagnostics = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
        diagnostic((0..<Int.random(in: 1...3, using: &generator)).map { _ in
          Edit(range: range(), newText: pieces.randomElement(using: &generator)! + "·")
        })
      }
      let result = FixApplier.apply(diagnostics, to: bytes, path: "a.py", allowing: [.safe])
      let edits = result.applied.flatMap { $0.fix!.edits }
      // No two accepted edits overlap, and no two insert at the same place (their order would be arbitrary).
      for (i, a) in edits.enumerated() {
        for b in edits[(i + 1)...] where a.range.overlaps(b.range) {
          Issue.record("seed \(seed): accepted edits \(a.range) and \(b.range) overlap")
          return
        }
      }
      // The reference: copy the text left to right, replacing each accepted range.
      var expected: [UInt8] = []
      var cursor = 0
      for edit in edits.sorted(by: { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }) {
        expected += bytes[cursor..<edit.range.start]
        expected += Array(edit.newText.utf8)
        cursor = max(cursor, edit.range.end)
      }
      expected += bytes[cursor...]
      if result.bytes != expected {
        Issue.record("seed \(seed): got \(String(decoding: result.bytes, as: UTF8.self)), expected \(String(decoding: expected, as: UTF8.self))")
        return
      }
      // A fix is left out only when it conflicts with one taken before it.
      for diagnostic in diagnostics where !result.applied.contains(diagnostic) {
        let own = diagnostic.fix!.edits
        let conflicts = own.contains { edit in edits.contains { $0.range.overlaps(edit.range) } }
          || own.indices.contains { i in own.indices.contains { j in i < j && own[i].range.overlaps(own[j].range) } }
        if !conflicts {
          Issue.record("seed \(seed): a fix that conflicts with nothing was left out")
          return
        }
      }
    }
  }

  /// The fixture sources, mutated (lines dropped or repeated, CRLF line ends, an emoji line first), fixed once and
  /// then again: the second fix changes nothing, line endings stay as they were, and valid UTF-8 stays valid.
  /// One mutated fixture source.
  struct MutatedSource {
    var seed: UInt64
    var path: String
    var bytes: [UInt8]
    var crlf: Bool
  }

  /// The mutated fixture sources of the property runs: lines dropped or repeated, an emoji line first, CRLF.
  static func mutatedSources(base: UInt64, count: Int) throws -> [MutatedSource] {
    let paths = (FileManager.default.enumerator(atPath: Self.fixtures)?.allObjects as? [String] ?? [])
      .filter { ($0.hasSuffix(".py") || $0.hasSuffix(".ts")) && $0.contains("/mistaken/") }.sorted()
    #expect(paths.count > 10)
    let sources = try paths.map { ($0, Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/" + $0)))) }
    return PropertyRun.seeds(base: base, count: count).map { seed in
      var generator = SeededGenerator(seed: seed)
      let (path, original) = sources.randomElement(using: &generator)!
      var lines = original.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
      for _ in 0..<Int.random(in: 0...3, using: &generator) where lines.count > 1 {
        let index = Int.random(in: 0..<lines.count, using: &generator)
        if Bool.random(using: &generator) { lines.remove(at: index) } else { lines.insert(lines[index], at: index) }
      }
      if Bool.random(using: &generator) { lines.insert(Array(path.hasSuffix(".py") ? "# 🚀 ünïcödé 𝒜".utf8 : "// 🚀 ünïcödé 𝒜".utf8), at: 0) }
      let crlf = Bool.random(using: &generator)
      return MutatedSource(seed: seed, path: path, bytes: Array(lines.joined(separator: crlf ? [0x0D, 0x0A] : [0x0A])), crlf: crlf)
    }
  }

  @Test func fixingTwiceChangesNothingAndKeepsLineEndings() throws {
    let linter = Linter()
    for source in try Self.mutatedSources(base: 0xF1_C5ED, count: 150) {
      let (seed, path, bytes, crlf) = (source.seed, source.path, source.bytes, source.crlf)
      let once = linter.fix(SourceFile(path: path, bytes: bytes), allowing: [.safe, .unsafe]).bytes
      let twice = linter.fix(SourceFile(path: path, bytes: once), allowing: [.safe, .unsafe]).bytes
      if twice != once {
        Issue.record("seed \(seed) (\(path)): the second fix changed the file:\n\(String(decoding: once, as: UTF8.self))")
        return
      }
      if crlf && once.indices.contains(where: { once[$0] == 0x0A && ($0 == 0 || once[$0 - 1] != 0x0D) }) {
        Issue.record("seed \(seed) (\(path)): fixing a CRLF file added a bare LF:\n\(String(reflecting: String(decoding: once, as: UTF8.self)))")
        return
      }
      if !crlf && once.contains(0x0D) {
        Issue.record("seed \(seed) (\(path)): fixing an LF file added a CR")
        return
      }
      #expect(TextCheck.isValidUTF8(once), "seed \(seed) (\(path))")
    }
  }

  /// The same mutated sources, fixed with every fix (safe and unsafe): whenever the real parser (CPython `ast`, the
  /// TypeScript compiler) accepts the mutated source, it accepts the fixed one.
  @Test(.enabled(if: ParserOracle.isAvailable, Comment(rawValue: ParserOracle.skipMessage)))
  func fixedSourcesStillParse() async throws {
    let linter = Linter()
    var changes: [ParserOracle.Change] = []
    for source in try Self.mutatedSources(base: 0xF1_0A5E, count: 150) {
      let outcome = linter.fix(SourceFile(path: source.path, bytes: source.bytes), allowing: [.safe, .unsafe])
      guard outcome.bytes != source.bytes else { continue }
      let name = "seed \(source.seed) \(source.path)"
      changes.append(ParserOracle.Change(
        before: ParserOracle.Input(name: name, path: source.path, text: String(decoding: source.bytes, as: UTF8.self)),
        after: ParserOracle.Input(name: name + " fixed by " + outcome.fixed.map(\.code).joined(separator: ","),
          path: source.path, text: String(decoding: outcome.bytes, as: UTF8.self))))
    }
    #expect(changes.count > 15, "too few fixed sources: \(changes.count)")
    for failure in try await ParserOracle.broken(by: changes) {
      Issue.record("the fixed source does not parse: \(failure)")
    }
  }
}
