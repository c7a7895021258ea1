/// The command line of `iaclsp-bench`.
struct BenchOptions {
  /// Source files to generate (stacks, tests and app entry points together).
  var files = 10_000
  /// Timed repetitions of each measurement (after one untimed warm-up).
  var repetitions = 5
  /// Print JSON instead of a table.
  var json = false
  /// Keep the generated corpus.
  var keep = false
  /// Where to write the corpus; nil for a fresh temporary directory.
  var directory: String?
  /// The corpus seed.
  var seed: UInt64 = 2024
  /// The measurement groups to run; empty for all.
  var only: Set<String> = []
  /// Only write the corpus, measure nothing (implies `--keep`).
  var generateOnly = false
  /// Custom rules to add to the `check` group's measurements (`--custom-rules`); 0 for none.
  var customRules = 0

  static let groups = ["lex", "parse", "check", "custom", "e2e"]

  static let usage = """
    USAGE: iaclsp-bench [options] [<directory>]

    Generates a seeded corpus of CDK projects (half Python, half TypeScript) and measures lexing, parsing,
    checking and end-to-end `CheckRunner` throughput.

    OPTIONS:
      <directory>          Write the corpus here (kept). Default: a fresh temporary directory, removed afterwards.
      --files <n>          Source files to generate (default 10000).
      --repeat <n>         Timed repetitions of each measurement, after one warm-up (default 5).
      --seed <n>           Corpus seed (default 2024). The same seed writes the same bytes.
      --only <groups>      Comma-separated subset of: lex, parse, check, custom, e2e (default all). `custom`
                           is only the paired rows of --custom-rules.
      --json               Print machine-readable JSON instead of a table.
      --keep               Keep the generated corpus and print where it is.
      --generate-only      Write the corpus and stop (implies --keep).
      --custom-rules <n>   Also measure `check (parsed)` with n custom rules from a configuration.
      -h, --help           Show this help.
    """

  enum ParseError: Error, CustomStringConvertible {
    case help
    case message(String)

    var description: String {
      switch self {
      case .help: return BenchOptions.usage
      case .message(let text): return "error: \(text)\n\n\(BenchOptions.usage)"
      }
    }
  }

  /// Parses `arguments` (without the program name); throws `ParseError` on bad input or `--help`.
  static func parse(_ arguments: [String]) throws(ParseError) -> BenchOptions {
    var options = BenchOptions()
    var index = 0
    func value(for flag: String) throws(ParseError) -> String {
      index += 1
      guard index < arguments.count else { throw .message("\(flag) needs a value") }
      return arguments[index]
    }
    func positive(_ text: String, _ flag: String) throws(ParseError) -> Int {
      guard let number = Int(text), number > 0 else { throw .message("\(flag) needs a positive number, not `\(text)`") }
      return number
    }
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "-h", "--help":
        throw .help
      case "--files":
        options.files = try positive(value(for: argument), argument)
      case "--repeat":
        options.repetitions = try positive(value(for: argument), argument)
      case "--seed":
        let text = try value(for: argument)
        guard let seed = UInt64(text) else { throw .message("--seed needs a number, not `\(text)`") }
        options.seed = seed
      case "--only":
        let groups = try value(for: argument).split(separator: ",").map(String.init)
        for group in groups where !groups.isEmpty && !BenchOptions.groups.contains(group) {
          throw .message("unknown group `\(group)` for --only")
        }
        options.only = Set(groups)
      case "--custom-rules":
        options.customRules = try positive(value(for: argument), argument)
      case "--json":
        options.json = true
      case "--keep":
        options.keep = true
      case "--generate-only":
        options.generateOnly = true
        options.keep = true
      default:
        if argument.hasPrefix("-") { throw .message("unknown option `\(argument)`") }
        guard options.directory == nil else { throw .message("only one directory, please") }
        options.directory = argument
      }
      index += 1
    }
    return options
  }

  /// Whether the measurement group `name` runs.
  func runs(_ name: String) -> Bool {
    only.isEmpty || only.contains(name)
  }
}
