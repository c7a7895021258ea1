import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// Runs a rule's examples as tests: builds the example's project in memory, checks it with only that rule, and
/// compares findings with the `↓` markers.
struct ExampleHarness {
  let rule: any Rule
  let linter: Linter

  init(code: String) {
    rule = RuleRegistry.shared.rule(forCodeOrName: code)!
    linter = Linter(settings: LinterSettings(select: ExampleHarness.selection(for: code)))
  }

  /// The rules an example runs: the rule alone, or every rule for `unused-suppression`, which judges the
  /// suppressions of rules that ran.
  static func selection(for code: String) -> [String] {
    code == UnusedSuppressionRule.description.code ? ["ALL"] : [code]
  }

  /// The example's files without markers, and the marker offsets in each.
  struct Project {
    var files: [String: [UInt8]] = [:]
    var markers: [String: [Int]] = [:]
    var mainPath: String
  }

  /// Strips `↓` from `text`, returning the text and the byte offset of each marker.
  static func strip(_ text: String) -> (String, [Int]) {
    var output: [UInt8] = []
    var offsets: [Int] = []
    let marker = Array(Example.marker.utf8)
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      if index + marker.count <= bytes.count && Array(bytes[index..<(index + marker.count)]) == marker {
        offsets.append(output.count)
        index += marker.count
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    return (String(decoding: output, as: UTF8.self), offsets)
  }

  /// A line of emoji to put before the main file's text, so that offset bugs show (nil for JSON and YAML).
  static func emojiPrefix(for path: String) -> String? {
    switch Language(path: path) {
    case .python: return "# 😀 ünïcödé 𝄞 line\n"
    case .typescript: return "// 😀 ünïcödé 𝄞 line\n"
    case nil: return nil
    }
  }

  func project(for example: Example, prefix: String = "") -> Project {
    var project = Project(mainPath: example.path)
    var all = example.files
    all[example.path] = prefix + example.code
    for (path, text) in all {
      let (stripped, offsets) = Self.strip(text)
      project.files[path] = Array(stripped.utf8)
      project.markers[path] = offsets
    }
    return project
  }

  /// The snapshot of an in-memory project rooted at `.`, loaded as the command line and the server load projects.
  static func snapshot(_ project: Project) -> ProjectSnapshot {
    let loader = ProjectLoader(files: MemoryFiles(project.files))
    let sources = project.files.keys.sorted().compactMap { path -> SourceFile? in
      guard Language(path: path) != nil else { return nil }
      return SourceFile(path: path, bytes: project.files[path]!)
    }
    return loader.snapshot(root: ".", facts: loader.facts(root: "."), sources: sources, isComplete: true)
  }

  /// The linter for a project: only the rule, with the settings of the project's `iaclsp.toml` when it has one.
  func linter(for project: Project) -> Linter {
    guard let bytes = project.files["iaclsp.toml"] else { return linter }
    let configuration = try! Configuration.parse(String(decoding: bytes, as: UTF8.self), path: "iaclsp.toml", directory: ".")!
    return Linter(settings: configuration.settings(overriding: LinterSettings(select: Self.selection(for: rule.description.code))))
  }

  /// Every finding of the rule in the project.
  func check(_ project: Project) -> [Diagnostic] {
    let linter = linter(for: project)
    let snapshot = Self.snapshot(project)
    var diagnostics: [Diagnostic] = []
    for source in snapshot.sources {
      diagnostics += linter.check(source, context: RuleContext(project: snapshot))
    }
    diagnostics += linter.checkProject(snapshot)
    return diagnostics.filter { $0.code == rule.description.code }
  }

  /// Checks that findings start exactly at the markers, at the example's severity when it names one.
  func expectTriggers(_ example: Example, prefix: String = "") {
    let project = project(for: example, prefix: prefix)
    let diagnostics = check(project)
    let location = SourceLocation(fileID: "\(example.sourceFile)", filePath: "\(example.sourceFile)", line: Int(example.sourceLine), column: 1)
    var expected: [String] = []
    for (path, offsets) in project.markers { expected += offsets.map { "\(path)@\($0)" } }
    let actual = diagnostics.map { "\($0.path)@\($0.range.start)" }
    #expect(!expected.isEmpty, "a triggering example needs a ↓ marker", sourceLocation: location)
    #expect(actual.sorted() == expected.sorted(), "\(rule.description.code): findings \(diagnostics.map { "\($0.path)@\($0.range.start): \($0.message)" }) do not match the markers", sourceLocation: location)
    for diagnostic in diagnostics {
      #expect(diagnostic.range.end <= (project.files[diagnostic.path]?.count ?? 0), sourceLocation: location)
      #expect(!diagnostic.message.isEmpty, sourceLocation: location)
      if let severity = example.severity {
        #expect(diagnostic.severity == severity, "\(rule.description.code): \(diagnostic.message)", sourceLocation: location)
      }
    }
  }

  /// Checks that the example gives no finding, and that fixing leaves it unchanged.
  func expectSilent(_ example: Example, prefix: String = "") {
    let project = project(for: example, prefix: prefix)
    let diagnostics = check(project)
    let location = SourceLocation(fileID: "\(example.sourceFile)", filePath: "\(example.sourceFile)", line: Int(example.sourceLine), column: 1)
    #expect(diagnostics.isEmpty, "\(rule.description.code) fired on a non-triggering example: \(diagnostics.map(\.message))", sourceLocation: location)
  }

  /// Applies the fixes to the main file until nothing changes, and compares with the expected text; a second
  /// round of fixing must change nothing.
  func expectCorrection(_ correction: Correction) {
    let example = correction.before
    let location = SourceLocation(fileID: "\(example.sourceFile)", filePath: "\(example.sourceFile)", line: Int(example.sourceLine), column: 1)
    let project = project(for: example)
    let snapshot = Self.snapshot(project)
    guard let file = snapshot.sources.first(where: { $0.path == example.path }) else {
      Issue.record("the corrected file must be a source file", sourceLocation: location)
      return
    }
    let linter = linter(for: project)
    let outcome = linter.fix(file, context: RuleContext(project: snapshot), allowing: [.safe, .unsafe])
    let fixed = String(decoding: outcome.bytes, as: UTF8.self)
    #expect(fixed == correction.after, "fixing gave:\n\(fixed)", sourceLocation: location)
    #expect(!outcome.fixed.isEmpty, "no fix was applied", sourceLocation: location)
    let again = linter.fix(SourceFile(path: file.path, bytes: outcome.bytes), context: RuleContext(project: snapshot), allowing: [.safe, .unsafe])
    #expect(again.bytes == outcome.bytes, "fixing twice changed the text again", sourceLocation: location)
  }
}
