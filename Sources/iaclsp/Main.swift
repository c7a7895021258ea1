import Foundation
import ArgumentParser
import LanguageServer
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `iaclsp` executable: `iaclsp --check PATH...` checks files; `iaclsp rules` and `iaclsp explain` describe the
/// catalogue. With no arguments, or with `--stdio`, it is the language server (LSP over standard input and output).
@main
enum Main {
  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    let status: Int32
    // Editors start the server with no arguments or with `--stdio` (VS Code's client may add `--clientProcessId=N`).
    if arguments.isEmpty || (arguments.contains("--stdio") && !arguments.contains("--check")) {
      StdioServer.run()
    }
    switch arguments.first {
    case "rules":
      arguments.removeFirst()
      status = Command.run(RulesCommand.self, arguments)
    case "explain":
      arguments.removeFirst()
      status = Command.run(ExplainCommand.self, arguments)
    case "locate":
      arguments.removeFirst()
      status = Command.run(LocateCommand.self, arguments)
    default:
      // The common command lines skip ArgumentParser, whose set-up costs more than a small check (FastCheckParser).
      if arguments == ["--version"] {
        Output.out(Version.full + "\n")
        status = 0
      } else if var command = FastCheckParser.parse(arguments) {
        status = command.status()
      } else {
        status = Command.run(CheckCommand.self, arguments)
      }
    }
    exit(status)
  }
}

/// Runs a command, mapping ArgumentParser's outcomes to iaclsp's exit codes: 0 for help and version,
/// 2 for usage errors.
enum Command {
  static func run<C: ParsableCommand>(_ type: C.Type, _ arguments: [String]) -> Int32 {
    do {
      var command = try type.parseAsRoot(arguments)
      if var runnable = command as? StatusCommand {
        return runnable.status()
      }
      try command.run()
      return 0
    } catch {
      let code = type.exitCode(for: error)
      if code == .success {
        print(type.fullMessage(for: error))
        return 0
      }
      Output.error(type.fullMessage(for: error))
      if !(error is ExitCode) { Output.error("Run `iaclsp --help` for usage.") }
      return 2
    }
  }
}

/// A command that returns its exit status instead of throwing.
protocol StatusCommand {
  mutating func status() -> Int32
}

/// Writes to standard output and standard error.
enum Output {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }
}
