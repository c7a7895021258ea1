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
  /// Sets the flag with this name; false when ``CheckCommand`` has no such flag. (Switches rather than tables of
  /// closures: a dictionary of a new type costs the runtime a search of every conformance in the binary.)
  private static func setFlag(_ name: String, in command: inout CheckCommand) -> Bool {
    switch name {
    case "--check": command.check = true
    case "--exit-zero": command.ci.exitZero = true
    case "--statistics": command.ci.statistics = true
    case "--show-source": command.showSource = true
    case "--fix": command.fix = true
    case "--diff": command.diff = true
    case "--add-ignore": command.addIgnore = true
    case "--unsafe-fixes": command.unsafeFixes = true
    case "--no-parallel": command.noParallel = true
    case "--no-cache": command.runOptions.noCache = true
    default: return false
    }
    return true
  }

  /// Whether ``CheckCommand`` has an option with this name.
  private static func isOption(_ name: String) -> Bool {
    switch name {
    case "--format", "--output-format", "--output", "--fail-on", "--baseline", "--write-baseline", "--diff-base",
      "--select", "--ignore", "--max-file-size", "--cache-dir", "--shard":
      return true
    default:
      return false
    }
  }

  /// Sets the option with this name to this value; false when the value is not one the option takes.
  private static func setOption(_ name: String, to value: String, in command: inout CheckCommand) -> Bool {
    switch name {
    case "--format", "--output-format":
      guard let format = CheckOutputFormat(rawValue: value) else { return false }
      command.format = format
    case "--output": command.ci.output = value
    case "--fail-on":
      guard let failOn = FailOn(rawValue: value) else { return false }
      command.ci.failOn = failOn
    case "--baseline": command.ci.baseline = value
    case "--write-baseline": command.ci.writeBaseline = value
    case "--diff-base": command.ci.diffBase = value
    case "--select": command.select = value
    case "--ignore": command.ignore = value
    case "--max-file-size":
      guard let size = Int(value) else { return false }
      command.maxFileSize = size
    case "--cache-dir": command.runOptions.cacheDir = value
    case "--shard": command.runOptions.shard = value
    default: return false
    }
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
      guard isOption(name) else {
        guard inlineValue == nil, seen.insert(name).inserted, setFlag(name, in: &command) else { return nil }
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < arguments.count else { return nil }
        value = arguments[index]
        index += 1
      }
      let key = name == "--output-format" ? "--format" : name
      guard !value.isEmpty, !value.hasPrefix("-"), seen.insert(key).inserted, setOption(name, to: value, in: &command) else {
        return nil
      }
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
