import Foundation

/// The real parsers as test oracles: CPython's `ast.parse` for Python and the TypeScript compiler's parser
/// (`ts.createSourceFile(...).parseDiagnostics`) for TypeScript, through the scripts in `Scripts/oracles`.
///
/// Checking is batched: one call starts one `python3` and one `node` process for all the texts given, so a suite
/// collects its fixed texts first and checks them together.
package enum ParserOracle {
  /// One text to parse: `name` names it in the answer, and `path` says the language by its extension (`.py`,
  /// `.ts`, `.tsx`, `.js`).
  package struct Input: Sendable {
    package var name: String
    package var path: String
    package var text: String

    package init(name: String, path: String, text: String) {
      self.name = name
      self.path = path
      self.text = text
    }

    var isPython: Bool { path.hasSuffix(".py") }
  }

  /// One text the parser rejected.
  package struct Failure: Sendable, CustomStringConvertible {
    package var name: String
    package var errors: [String]
    package var text: String

    package var description: String { "\(name): \(errors.joined(separator: "; "))\n\(text)" }
  }

  /// The package root (the oracle scripts live in its `Scripts/oracles`).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Why the oracles cannot run here, or nil when both can.
  package static let unavailableReason: String? = {
    if run(["python3", "-c", "import ast"], input: Data()) == nil {
      return "python3 is not installed, so fixed Python is not re-parsed"
    }
    guard let output = run(["node", script("ts-parse.js"), "--version"], input: Data()), !output.isEmpty else {
      return "node or the TypeScript compiler is missing (apt-get install nodejs node-typescript), so fixed TypeScript is not re-parsed"
    }
    return nil
  }()

  /// Whether both parsers can run.
  package static var isAvailable: Bool { unavailableReason == nil }

  /// The message tests show when they are skipped.
  package static var skipMessage: String { "real-parser checks skipped: \(unavailableReason ?? "")" }

  static func script(_ name: String) -> String {
    packageRoot.appendingPathComponent("Scripts/oracles/\(name)").path
  }

  /// The inputs a parser rejects. Throws when a parser could not be run or answered something unreadable.
  package static func failures(_ inputs: [Input]) throws -> [Failure] {
    let python = inputs.filter(\.isPython)
    let typescript = inputs.filter { !$0.isPython }
    var failures: [Failure] = []
    if !python.isEmpty { failures += try batch(python, command: ["python3", script("py-parse.py"), "--batch"]) }
    if !typescript.isEmpty { failures += try batch(typescript, command: ["node", script("ts-parse.js"), "--batch"]) }
    return failures
  }

  /// One text before and after a change (a fix).
  package struct Change: Sendable {
    package var before: Input
    package var after: Input

    package init(before: Input, after: Input) {
      self.before = before
      self.after = after
    }
  }

  /// The changed texts the parser rejects although it accepted them before the change. Texts that did not parse
  /// to begin with are not the change's fault, so they are left out.
  ///
  /// The parsers run on a thread of their own, so that waiting for them never holds a thread of the test runner's
  /// pool, which other tests (an in-process language server) need.
  package static func broken(by changes: [Change]) async throws -> [Failure] {
    try await onOwnThread { try brokenNow(by: changes) }
  }

  static func brokenNow(by changes: [Change]) throws -> [Failure] {
    let brokenBefore = Set(try failures(changes.map(\.before)).map(\.name))
    let after = changes.filter { !brokenBefore.contains($0.before.name) }.map(\.after)
    return try failures(after)
  }

  struct OracleError: Error, CustomStringConvertible {
    var description: String
  }

  static func batch(_ inputs: [Input], command: [String]) throws -> [Failure] {
    let request = try JSONSerialization.data(withJSONObject: inputs.map { ["name": $0.path, "text": $0.text] })
    guard let output = run(command, input: request) else {
      throw OracleError(description: "\(command.joined(separator: " ")) failed")
    }
    guard let answers = try JSONSerialization.jsonObject(with: output) as? [[String: Any]], answers.count == inputs.count else {
      throw OracleError(description: "\(command.joined(separator: " ")) gave an unreadable answer")
    }
    return zip(inputs, answers).compactMap { input, answer in
      let errors = answer["errors"] as? [String] ?? ["no answer"]
      return errors.isEmpty ? nil : Failure(name: input.name, errors: errors, text: input.text)
    }
  }

  /// Runs `command` (found on PATH) with `input` on standard input; its standard output, or nil when it could not
  /// start or exited with a status other than 0.
  static func run(_ command: [String], input: Data) -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = command
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return nil
    }
    // Write from another thread, so that a large input and a large answer cannot block each other.
    let writer = Thread {
      stdin.fileHandleForWriting.write(input)
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? output : nil
  }
}
