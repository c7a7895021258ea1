import ArgumentParser
import Foundation
import Testing

@testable import iaclsp

/// The parser of common `--check` command lines against ArgumentParser: on every command line it accepts, both give
/// the same command; every line ArgumentParser rejects, it leaves to ArgumentParser.
@Suite("FastCheckParser")
struct FastCheckParserTests {
  /// Command lines the fast parser must handle itself.
  static let handled: [[String]] = [
    ["--check", "app.py"],
    ["--check", "."],
    ["app.py", "--check"],
    ["--check", "a.py", "lib", "b.ts"],
    ["--check", "app.py", "--no-cache", "--exit-zero", "--no-parallel"],
    ["--check", "app.py", "--format", "json"],
    ["--check", "app.py", "--format=json"],
    ["--check", "app.py", "--output-format", "sarif"],
    ["--check", "app.py", "--output-format=json-lines"],
    ["--check", "src", "--format", "github", "--fail-on", "error"],
    ["--check", "src", "--fail-on=hint"],
    ["--check", "src", "--select", "IAC1,IAC2", "--ignore", "IAC101"],
    ["--check", "src", "--select=ALL"],
    ["--check", "src", "--max-file-size", "1024"],
    ["--check", "src", "--max-file-size=+7"],
    ["--check", "src", "--output", "report.txt"],
    ["--check", "src", "--baseline", "base.json", "--diff-base", "main"],
    ["--check", "src", "--write-baseline", "base.json"],
    ["--check", "src", "--statistics"],
    ["--check", "src", "--statistics", "--format", "json"],
    ["--check", "src", "--show-source", "--unsafe-fixes"],
    ["--check", "src", "--fix"],
    ["--check", "src", "--diff"],
    ["--check", "src", "--add-ignore"],
    ["--check", "src", "--cache-dir", "/tmp/cache", "--shard", "2/4"],
    ["--check", "src", "--cache-dir=cache", "--shard=1/1"],
    ["--check", "a=b.py"],
  ]

  /// Usage errors, help and the version among other arguments: ArgumentParser rejects each (tested), so the fast
  /// parser must leave them to it.
  static let usageErrors: [[String]] = [
    ["--help"],
    ["-h"],
    ["help"],
    ["--check", "--help"],
    ["--check", "app.py", "-h"],
    ["--check", "app.py", "--version"],
    ["app.py"],
    ["--check"],
    ["--check", "app.py", "--bogus"],
    ["--check", "app.py", "-x"],
    ["--check", "app.py", "--format"],
    ["--check", "app.py", "--format", "xml"],
    ["--check", "app.py", "--format="],
    ["--check", "app.py", "--format", "--fix"],
    ["--check", "app.py", "--fail-on", "fatal"],
    ["--check", "app.py", "--max-file-size", "0"],
    ["--check", "app.py", "--max-file-size", "-1"],
    ["--check", "app.py", "--max-file-size", "lots"],
    ["--check", "app.py", "--fix", "--diff"],
    ["--check", "app.py", "--fix=true"],
    ["--check", "app.py", "--add-ignore", "--diff"],
    ["--check", "app.py", "--statistics", "--format", "sarif"],
    ["--check", "app.py", "--write-baseline", "b.json", "--fix"],
    ["--check", "app.py", "--output", "r.txt", "--diff"],
    ["--check", "app.py", "--shard", "3/2"],
    ["--check", "app.py", "--shard", "x"],
    ["--check", "app.py", "--select", "-IAC1"],
    ["--check", "app.py", "--generate-completion-script", "bash"],
    ["--CHECK", "app.py"],
  ]

  /// Forms ArgumentParser accepts that the fast parser does not read, leaving them to ArgumentParser: no `--check`,
  /// `--` and dash-led or empty paths, repeated flags and options (the last value wins), `--stdio`.
  static let otherForms: [[String]] = [
    [],
    ["--version"],
    ["--check", "-"],
    ["--check", "--", "app.py"],
    ["--check", "--", "-app.py"],
    ["--check", ""],
    ["--check", "app.py", "--format", "json", "--format", "text"],
    ["--check", "app.py", "--format", "json", "--output-format", "text"],
    ["--check", "app.py", "--fix", "--fix"],
    ["--check", "app.py", "--stdio"],
  ]

  /// What ArgumentParser makes of a command line: the command, or nil for an error, help or the version.
  static func argumentParser(_ arguments: [String]) -> CheckCommand? {
    try? CheckCommand.parseAsRoot(arguments) as? CheckCommand
  }

  /// Every flag and option's value, as text (a property ArgumentParser did not set reads `*definition*`).
  static func fields(_ command: CheckCommand) -> String {
    String(describing: command)
  }

  @Test(arguments: handled)
  func handledLinesMatchArgumentParser(_ arguments: [String]) throws {
    let expected = try #require(Self.argumentParser(arguments), "ArgumentParser rejects \(arguments)")
    let fast = try #require(FastCheckParser.parse(arguments), "the fast parser declines \(arguments)")
    #expect(Self.fields(fast) == Self.fields(expected))
    #expect(!Self.fields(fast).contains("definition"))
  }

  @Test(arguments: usageErrors + otherForms)
  func declinedLinesAreLeftToArgumentParser(_ arguments: [String]) {
    #expect(FastCheckParser.parse(arguments) == nil)
  }

  @Test(arguments: usageErrors)
  func usageErrorsAreArgumentParsersErrors(_ arguments: [String]) {
    #expect(Self.argumentParser(arguments) == nil)
  }

  @Test func defaultsMatchArgumentParser() throws {
    let parsed = try #require(Self.argumentParser(["--check", "x"]))
    var defaults = CheckCommand.withDefaults()
    defaults.check = true
    defaults.paths = ["x"]
    #expect(Self.fields(defaults) == Self.fields(parsed))
  }

  /// `--version` alone is answered without ArgumentParser; the binary prints what ArgumentParser would.
  @Test func versionMatchesArgumentParser() async throws {
    var message = ""
    do {
      _ = try CheckCommand.parseAsRoot(["--version"])
    } catch {
      message = CheckCommand.fullMessage(for: error)
    }
    #expect(message == Version.full)
    let result = try await ToolRunner.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == message + "\n")
    #expect(result.stderr.isEmpty)
  }

  /// Usage errors still come from ArgumentParser, with exit status 2.
  @Test func errorsComeFromArgumentParser() async throws {
    let result = try await ToolRunner.run(["--check", "app.py", "--format", "xml"])
    #expect(result.status == 2)
    var expected = ""
    do {
      _ = try CheckCommand.parseAsRoot(["--check", "app.py", "--format", "xml"])
    } catch {
      expected = CheckCommand.fullMessage(for: error)
    }
    #expect(!expected.isEmpty)
    #expect(result.stderr.hasPrefix(expected))
    #expect(result.stdout.isEmpty)
  }

  /// `--help` is ArgumentParser's help, exit status 0.
  @Test func helpIsArgumentParsers() async throws {
    let result = try await ToolRunner.run(["--help"], environment: ["COLUMNS": "80"])
    #expect(result.status == 0)
    #expect(result.stdout == CheckCommand.helpMessage(columns: 80) + "\n")
  }
}
