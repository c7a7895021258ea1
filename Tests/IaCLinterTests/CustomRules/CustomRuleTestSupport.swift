import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import TestSupport

/// Checks code against a configuration's custom rules.
enum CustomRuleSupport {
  /// The configuration parsed from `toml` (as `iaclsp.toml` in `directory`).
  static func configuration(_ toml: String, directory: String = ".") throws -> Configuration {
    try Configuration.parse(toml, path: "iaclsp.toml", directory: directory) ?? Configuration()
  }

  /// The linter of a configuration, running only its custom rules (and `banned-api`).
  static func linter(_ toml: String) throws -> Linter {
    let configuration = try configuration(toml)
    let codes = configuration.customRules.map(\.code) + ["IAC107"]
    return Linter(settings: configuration.settings(overriding: LinterSettings(select: codes)))
  }

  /// The findings of the configuration's custom rules in `code` (Python unless `path` ends in `.ts`).
  static func findings(_ toml: String, _ code: String, path: String = "app/stack.py") throws -> [Diagnostic] {
    try linter(toml).check(SourceFile(path: path, text: code))
  }

  /// The configuration error `toml` raises, or nil when it parses.
  static func error(_ toml: String) -> ConfigurationError? {
    do {
      _ = try Configuration.parse(toml, path: "iaclsp.toml", directory: ".")
      return nil
    } catch {
      return error
    }
  }
}

/// Parses fixed code with the languages' own parsers: CPython's `ast`, and the TypeScript compiler through node
/// (Debian's `node-typescript`). Nil when the parser is not installed.
enum RealParsers {
  static func pythonParses(_ code: String) async -> Bool? {
    await run(["python3", "-c", "import ast, sys; ast.parse(sys.stdin.read())"], input: code)
  }

  static func typeScriptParses(_ code: String) async -> Bool? {
    let script = """
      let ts;
      try { ts = require('typescript'); } catch (e) { try { ts = require('/usr/share/nodejs/typescript'); } catch (e2) { process.exit(3); } }
      const text = require('fs').readFileSync(0, 'utf8');
      const file = ts.createSourceFile('stack.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      process.exit(file.parseDiagnostics.length === 0 ? 0 : 1);
      """
    return await run(["node", "-e", script], input: code, missingStatus: 3)
  }

  /// True when the command exits 0, false on another status, nil when it cannot run (or exits `missingStatus`).
  /// The command runs, and is waited for, on a thread of its own.
  static func run(_ arguments: [String], input: String, missingStatus: Int32? = nil) async -> Bool? {
    let status = try? await onOwnThread { () throws -> Int32 in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = arguments
      let stdin = Pipe()
      process.standardInput = stdin
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      stdin.fileHandleForWriting.write(Data(input.utf8))
      try? stdin.fileHandleForWriting.close()
      process.waitUntilExit()
      return process.terminationStatus
    }
    guard let status, status != 127, status != missingStatus else { return nil }
    return status == 0
  }
}
