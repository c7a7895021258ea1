import Foundation
import JSONRPC
@testable import LanguageServer
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

/// A client's copy of a document, kept as Unicode scalars, with positions computed here independently of the
/// server's conversions: the model the server's incremental sync must agree with.
struct ClientText {
  var scalars: [Unicode.Scalar]

  init(_ text: String) { scalars = Array(text.unicodeScalars) }

  var text: String {
    var string = ""
    string.unicodeScalars.append(contentsOf: scalars)
    return string
  }

  /// Whether scalar offset `k` splits a `\r\n` pair (no LSP position names that place).
  func splitsLineBreak(_ k: Int) -> Bool {
    k > 0 && k < scalars.count && scalars[k - 1] == "\r" && scalars[k] == "\n"
  }

  /// The LSP position of scalar offset `k`: lines end at `\n`, `\r\n` or `\r`.
  func position(_ k: Int, _ encoding: PositionEncoding) -> Position {
    var line = 0
    var character = 0
    var index = 0
    while index < k {
      let scalar = scalars[index]
      if scalar == "\n" || (scalar == "\r" && !(index + 1 < scalars.count && scalars[index + 1] == "\n")) {
        line += 1
        character = 0
      } else if scalar != "\r" {
        character += encoding == .utf8 ? String(scalar).utf8.count : String(scalar).utf16.count
      }
      index += 1
    }
    return Position(line: line, character: character)
  }

  /// Whether scalar offset `k` ends a line (a line break or the end of the text follows).
  func endsLine(_ k: Int) -> Bool {
    k == scalars.count || scalars[k] == "\n" || scalars[k] == "\r"
  }
}

/// Random documents and edits made of the characters that break position arithmetic.
struct EditGenerator {
  static let pieces: [String] = [
    "a", "b", "x", " ", "(", ")", ".", "'", "\"", "#", "é", "€", "ü", "𝒜", "🎉", "🪣", "👩‍💻", "\n", "\n", "\r\n", "\r",
    "\t", "s3.Bucket(self, \"B\")", "origins.S3Origin(bucket)", "import aws_cdk.aws_cloudfront_origins as origins\n",
    "f\"{x}\"", "\"\"\"", "`${a}`",
  ]

  var generator: SeededGenerator

  mutating func string(maxPieces: Int) -> String {
    (0..<Int.random(in: 0...maxPieces, using: &generator)).map { _ in EditGenerator.pieces.randomElement(using: &generator)! }
      .joined()
  }

  /// A scalar offset in `text` that does not split `\r\n`.
  mutating func offset(in text: ClientText) -> Int {
    while true {
      let k = Int.random(in: 0...text.scalars.count, using: &generator)
      if !text.splitsLineBreak(k) { return k }
    }
  }

  /// A random change to `text`, applied to it, as the LSP event a client sends. Some ranges end past their line's
  /// end, which the server clamps to the line's end.
  mutating func change(_ text: inout ClientText, encoding: PositionEncoding) -> TextDocumentContentChangeEvent {
    if Int.random(in: 0..<40, using: &generator) == 0 {
      let replacement = string(maxPieces: 12)
      text = ClientText(replacement)
      return TextDocumentContentChangeEvent(text: replacement)
    }
    var a = offset(in: text)
    var b = Int.random(in: 0..<3, using: &generator) == 0 ? a : offset(in: text)
    if a > b { swap(&a, &b) }
    if b - a > 40 && Bool.random(using: &generator) { b = a + Int.random(in: 0...40, using: &generator) }
    while text.splitsLineBreak(b) { b += 1 }
    let inserted = Int.random(in: 0..<4, using: &generator) == 0 ? "" : string(maxPieces: 4)
    var end = text.position(b, encoding)
    if text.endsLine(b) && Int.random(in: 0..<5, using: &generator) == 0 {
      end.character += Int.random(in: 1...4, using: &generator)
    }
    let range = LSPRange(start: text.position(a, encoding), end: end)
    text.scalars.replaceSubrange(a..<b, with: Array(inserted.unicodeScalars))
    return TextDocumentContentChangeEvent(range: range, text: inserted)
  }
}

/// Incremental sync: after any sequence of edits, the server holds exactly the client's text, and its diagnostics
/// are those of opening that text fresh.
@Suite struct IncrementalSyncPropertyTests {
  /// The document model alone: thousands of random edit sequences per encoding.
  @Test(arguments: PositionEncoding.allCases)
  func editsGiveTheClientsText(_ encoding: PositionEncoding) {
    for seed in PropertyRun.seeds(base: encoding == .utf8 ? 0x5EED_0008 : 0x5EED_0016, count: 2_000) {
      var edits = EditGenerator(generator: SeededGenerator(seed: seed))
      var client = ClientText(edits.string(maxPieces: 30))
      var document = OpenDocument(item: TextDocumentItem(uri: "file:///p/a.py", languageId: "python", version: 1, text: client.text))
      var log: [TextDocumentContentChangeEvent] = []
      for _ in 0..<Int.random(in: 1...12, using: &edits.generator) {
        let change = edits.change(&client, encoding: encoding)
        log.append(change)
        document.apply(change, encoding: encoding)
        if document.text.bytes != Array(client.text.utf8) {
          Issue.record(
            "seed \(seed) (\(encoding)): after \(log.count) change(s) the server has \(String(reflecting: String(decoding: document.text.bytes, as: UTF8.self))), the client \(String(reflecting: client.text)); changes: \(log)")
          return
        }
      }
    }
  }

  /// The whole server: edits sent as `didChange` (several per message sometimes) give the same text and the same
  /// published diagnostics as opening the final text in a new session.
  @Test(arguments: PositionEncoding.allCases)
  func serverTextAndDiagnosticsEqualAFreshOpen(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let uri = project.uri("lib/stack.py")
    let base = DocumentPositions(markedText: Fixtures.stack, encoding: encoding).text
    let edited = TestClient(encoding: encoding)
    try await edited.initialize(root: project.path)
    let fresh = TestClient(encoding: encoding)
    try await fresh.initialize(root: project.path)
    for seed in PropertyRun.seeds(base: encoding == .utf8 ? 0x5E55_0008 : 0x5E55_0016, count: 40) {
      var edits = EditGenerator(generator: SeededGenerator(seed: seed))
      var client = ClientText(base)
      edited.open(client.text, uri: uri, version: 1)
      var version = 1
      for _ in 0..<Int.random(in: 1...6, using: &edits.generator) {
        let changes = (0..<Int.random(in: 1...3, using: &edits.generator)).map { _ in edits.change(&client, encoding: encoding) }
        version += 1
        edited.notify(DidChangeTextDocumentNotification(
          textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version), contentChanges: changes))
      }
      let afterEdits = try await edited.diagnostics(uri, version: version)
      let held = await edited.connection.server.documents[uri]?.text.bytes
      #expect(held == Array(client.text.utf8), "seed \(seed) (\(encoding)): the server's text differs from the client's")

      fresh.open(client.text, uri: uri, version: version)
      let opened = try await fresh.diagnostics(uri, version: version)
      #expect(
        afterEdits.diagnostics == opened.diagnostics,
        "seed \(seed) (\(encoding)): diagnostics after edits differ from a fresh open of \(String(reflecting: client.text))")
      // Close both; once the server has answered a later request, the newest diagnostics for the URI are the
      // closing ones (no version), so the next case cannot see this one's.
      for session in [edited, fresh] {
        session.notify(DidCloseTextDocumentNotification(textDocument: .init(uri: uri)))
        try await session.sync()
      }
    }
  }
}
