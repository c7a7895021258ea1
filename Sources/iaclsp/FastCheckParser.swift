/// The common `iaclsp --check ...` command lines, parsed without ArgumentParser.
///
/// ArgumentParser builds its model of a command by reflection and protocol conformance look-ups, which costs more
/// than checking a small project. This parser reads only what it is sure of: the long flags and options of
/// ``CheckCommand`` (`--format json` and `--format=json`), and paths that do not start with `-`. Anything else, a
/// repeated flag or option, an empty or dash-led value, a value an option does not accept, `--help`, a bad
/// combination that ``CheckCommand/validate()`` rejects, makes ``parse(_:)`` return nil, and ArgumentParser parses
/// the command line instead; so help and every usage error stay ArgumentParser's. Tests check that both parsers
/// agree on a table of command lines.
enum FastCheckParser {
  /// The flags ``CheckCommand`` has, and how to set each.
  private static let flags: [String: @Sendable (inout CheckCommand) -> Void] = [
    "--check": { $0.check = true },
    "--exit-zero": { $0.ci.exitZero = true },
    "--statistics": { $0.ci.statistics = true },
    "--show-source": { $0.showSource = true },
    "--fix": { $0.fix = true },
    "--diff": { $0.diff = true },
    "--add-ignore": { $0.addIgnore = true },
    "--unsafe-fixes": { $0.unsafeFixes = true },
    "--no-parallel": { $0.noParallel = true },
    "--no-cache": { $0.runOptions.noCache = true },
  ]

  /// The options ``CheckCommand`` has, and how to set each from its value; false when the value is not one the
  /// option takes.
  private static let options: [String: @Sendable (inout CheckCommand, String) -> Bool] = [
    "--format": setFormat,
    "--output-format": setFormat,
    "--output": { $0.ci.output = $1; return true },
    "--fail-on": { command, value in
      guard let failOn = FailOn(rawValue: value) else { return false }
      command.ci.failOn = failOn
      return true
    },
    "--baseline": { $0.ci.baseline = $1; return true },
    "--write-baseline": { $0.ci.writeBaseline = $1; return true },
    "--diff-base": { $0.ci.diffBase = $1; return true },
    "--select": { $0.select = $1; return true },
    "--ignore": { $0.ignore = $1; return true },
    "--max-file-size": { command, value in
      guard let size = Int(value) else { return false }
      command.maxFileSize = size
      return true
    },
    "--cache-dir": { $0.runOptions.cacheDir = $1; return true },
    "--shard": { $0.runOptions.shard = $1; return true },
  ]

  @Sendable private static func setFormat(_ command: inout CheckCommand, _ value: String) -> Bool {
    guard let format = CheckOutputFormat(rawValue: value) else { return false }
    command.format = format
    return true
  }

  /// The command these arguments (without the program name) ask for, validated; nil when ArgumentParser must parse
  /// them.
  static func parse(_ arguments: [String]) -> CheckCommand? {
    var command = CheckCommand.withDefaults()
    var paths: [String] = []
    // Both spellings of `--format` count as one option.
    var seen: Set<String> = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard argument.hasPrefix("--") else {
        // A path; `-x` and `-` are ArgumentParser's to judge, and so is `help`.
        guard !argument.isEmpty, !argument.hasPrefix("-"), argument != "help" else { return nil }
        paths.append(argument)
        continue
      }
      let name: String
      let inlineValue: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      } else {
        name = argument
        inlineValue = nil
      }
      if let set = flags[name] {
        guard inlineValue == nil, seen.insert(name).inserted else { return nil }
        set(&command)
        continue
      }
      guard let set = options[name] else { return nil }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < arguments.count else { return nil }
        value = arguments[index]
        index += 1
      }
      let key = name == "--output-format" ? "--format" : name
      guard !value.isEmpty, !value.hasPrefix("-"), seen.insert(key).inserted, set(&command, value) else { return nil }
    }
    // Without `--check` the command prints help or an error; that is ArgumentParser's.
    guard command.check else { return nil }
    command.paths = paths
    do {
      try command.validate()
    } catch {
      return nil
    }
    return command
  }
}

extension CheckCommand {
  /// The command with every flag and option at its default, as ArgumentParser leaves those not given.
  static func withDefaults() -> CheckCommand {
    var command = CheckCommand()
    command.check = false
    command.stdio = false
    command.paths = []
    command.format = nil
    command.showSource = false
    command.fix = false
    command.diff = false
    command.addIgnore = false
    command.unsafeFixes = false
    command.select = nil
    command.ignore = nil
    command.maxFileSize = 16 << 20
    command.noParallel = false
    var ci = CIOptions()
    ci.output = nil
    ci.exitZero = false
    ci.failOn = .warning
    ci.baseline = nil
    ci.writeBaseline = nil
    ci.diffBase = nil
    ci.statistics = false
    command.ci = ci
    var runOptions = RunOptions()
    runOptions.noCache = false
    runOptions.cacheDir = nil
    runOptions.shard = nil
    command.runOptions = runOptions
    return command
  }
}
