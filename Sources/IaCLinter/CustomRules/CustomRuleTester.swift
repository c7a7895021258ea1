import IaCModel
import IaCRules
import IaCSyntax

/// Runs the `[[rule.examples]]` of custom rules (`iaclsp rules --test`): a triggering example must give at least
/// one finding of its rule (at each `↓` when it has markers), a non-triggering one none.
public enum CustomRuleTester {
  /// The outcome of one example.
  public struct Outcome: Sendable {
    public var code: String
    /// The file and line of the `[[rule.examples]]` table.
    public var path: String
    public var line: Int
    public var triggers: Bool
    /// Nil when the example passes; else what went wrong.
    public var failure: String?
  }

  /// The outcome of every example of every rule, in definition order.
  public static func run(_ definitions: [CustomRuleDefinition]) -> [Outcome] {
    var outcomes: [Outcome] = []
    for definition in definitions {
      let rule = CustomRule(definition)
      var settings = LinterSettings(select: [definition.code])
      settings.registry = RuleRegistry.shared.adding([rule])
      let linter = Linter(settings: settings)
      for example in definition.examples {
        outcomes.append(Outcome(
          code: definition.code, path: definition.path, line: example.line, triggers: example.triggers,
          failure: failure(of: example, linter: linter, code: definition.code)))
      }
    }
    return outcomes
  }

  static func failure(of example: CustomRuleExample, linter: Linter, code: String) -> String? {
    let (text, markers) = strip(example.code)
    let file = SourceFile(path: example.example.path, text: text, language: example.language)
    let findings = linter.check(file).filter { $0.code == code }
    if !example.triggers {
      guard let first = findings.first else { return nil }
      return "a non-triggering example gives a finding at line \(file.line(of: first.range.start) + 1): \(first.message)"
    }
    if findings.isEmpty { return "a triggering example gives no finding" }
    guard !markers.isEmpty else { return nil }
    let starts = findings.map(\.range.start).sorted()
    guard starts == markers else {
      let lines = starts.map { "\(file.line(of: $0) + 1)" }.joined(separator: ", ")
      return "the findings (at lines \(lines)) are not where the `↓` markers are"
    }
    return nil
  }

  /// The text without `↓` markers, and the UTF-8 offsets where they stood.
  static func strip(_ code: String) -> (String, [Int]) {
    var bytes: [UInt8] = []
    var markers: [Int] = []
    let marker = Array(Example.marker.utf8)
    let source = Array(code.utf8)
    var index = 0
    while index < source.count {
      if source[index...].starts(with: marker) {
        markers.append(bytes.count)
        index += marker.count
      } else {
        bytes.append(source[index])
        index += 1
      }
    }
    return (String(decoding: bytes, as: UTF8.self), markers)
  }
}

extension Configuration {
  /// The configuration in one file (an `iaclsp.toml`, a rules file, or a `pyproject.toml` with `[tool.iaclsp]`), its
  /// `extend-rules` relative to the file's directory.
  public static func load(file path: String) throws(ConfigurationError) -> Configuration {
    let text = try CustomRuleFiles.text(ofFile: path)
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let table = path.hasSuffix("pyproject.toml") ? ["tool", "iaclsp"] : nil
    return try parse(text, path: path, directory: directory, table: table)
      ?? Configuration(path: path, directory: directory)
  }
}
