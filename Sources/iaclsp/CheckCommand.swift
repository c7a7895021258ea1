import Foundation
import ArgumentParser
import IaCLinter
import IaCModel
import IaCRules

/// Output formats of a check.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}

/// `iaclsp --check PATH...`: the batch checker.
struct CheckCommand: ParsableCommand, StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "iaclsp",
    abstract: "Checks AWS CDK, Pulumi and CDK for Terraform programs for mistakes that break deployments.",
    discussion: """
      Usage:
        iaclsp --check PATH...            check files and directories
        iaclsp rules                      list the rules
        iaclsp explain CODE|NAME          show a rule's documentation
        iaclsp [--stdio]                  run the language server on stdin/stdout (see Docs/editors.md)

      Exit status: 0 no finding at or above --fail-on (default warning), 1 such findings, 2 usage or I/O error.
      """,
    version: Version.full
  )

  @Flag(help: "Check the given files and directories.")
  var check = false

  @Flag(help: "Run the language server on stdin/stdout.")
  var stdio = false

  @Argument(help: "Files or directories to check.")
  var paths: [String] = []

  @Option(
    name: [.customLong("format"), .customLong("output-format")],
    help: "Output format: text, json, json-lines, github, sarif, gitlab or junit (github when GITHUB_ACTIONS=true).")
  var format: CheckOutputFormat?

  @OptionGroup(title: "CI")
  var ci: CIOptions

  @Flag(name: .customLong("show-source"), help: "Show the source line under each finding, with the fix title.")
  var showSource = false

  @Flag(help: "Apply safe fixes in place, then report what remains.")
  var fix = false

  @Flag(help: "Print the fixes as a unified diff and write nothing.")
  var diff = false

  @Flag(name: .customLong("add-ignore"), help: "Add an `iaclsp: ignore[...]` comment for every finding, then exit.")
  var addIgnore = false

  @Flag(name: .customLong("unsafe-fixes"), help: "Also apply (or show) fixes marked unsafe.")
  var unsafeFixes = false

  @Option(help: "Rules to enable: codes, names or code prefixes, comma separated.")
  var select: String?

  @Option(help: "Rules to disable: codes, names or code prefixes, comma separated.")
  var ignore: String?

  @Option(name: .customLong("max-file-size"), help: "Skip files larger than this many bytes.")
  var maxFileSize: Int = 16 << 20

  @Flag(name: .customLong("no-parallel"), help: "Check files on one core.")
  var noParallel = false

  @OptionGroup(title: "Cache and sharding")
  var runOptions: RunOptions

  mutating func validate() throws {
    if !check && !stdio && !paths.isEmpty {
      throw ValidationError("Pass --check to check files: iaclsp --check \(paths.joined(separator: " "))")
    }
    if check && paths.isEmpty {
      throw ValidationError("--check needs at least one file or directory.")
    }
    if fix && diff {
      throw ValidationError("--fix writes files and --diff writes nothing; use one of them.")
    }
    if addIgnore && (fix || diff) {
      throw ValidationError("--add-ignore writes suppression comments; use it without --fix and --diff.")
    }
    if maxFileSize <= 0 {
      throw ValidationError("--max-file-size must be positive.")
    }
    try validateCI()
    try runOptions.validate()
  }

  mutating func status() -> Int32 {
    guard check else {
      if stdio {
        Output.error("iaclsp: --stdio runs the language server and takes no other options; use `iaclsp --stdio` alone.")
      } else {
        Output.error(CheckCommand.helpMessage())
      }
      return 2
    }
    let settings = LinterSettings(select: split(select), ignore: split(ignore) ?? [])
    // SARIF also records the findings suppression comments silence, which the cache does not keep.
    let options = CheckOptions(
      maxFileSize: maxFileSize, parallel: !noParallel,
      cache: runOptions.cache(checksAfresh: fix || diff || addIgnore || resolvedFormat == .sarif),
      shard: runOptions.parsedShard,
      // Fixes and `--add-ignore` edit the parsed files; a plain check streams the tree and keeps only its findings.
      keepsSources: fix || diff || addIgnore)
    let runner = CheckRunner(commandLine: settings, options: options)
    let unknown = settings.unknownSelectors(in: settings.select == nil && settings.ignore.isEmpty ? .shared : runner.registry(for: paths))
    if !unknown.isEmpty {
      Output.error("iaclsp: unknown rule selector\(unknown.count == 1 ? "" : "s"): \(unknown.joined(separator: ", ")) (see `iaclsp rules`)")
      return 2
    }
    var report = runner.run(paths: paths)
    if !report.configurationErrors.isEmpty {
      for error in report.configurationErrors {
        Output.error("error: \(error)")
      }
      return 2
    }
    for missing in report.missingPaths {
      Output.error("iaclsp: \(missing): No such file or directory")
    }
    for note in report.notes {
      Output.error("\(note.level.rawValue): \(note.path): \(note.message)")
    }
    if report.filesChecked == 0 && !report.notes.isEmpty && report.missingPaths.isEmpty
      && report.notes.allSatisfy({ $0.level == .error }) {
      Output.error("iaclsp: no file could be read")
      return 2
    }

    let session = FixSession(runner: runner, unsafeFixes: unsafeFixes)
    if addIgnore {
      let changes = IgnoreAdder.plan(report)
      let failures = session.write(changes)
      for failure in failures {
        Output.error("error: \(failure.path): \(failure.reason)")
      }
      let failed = Set(failures.map(\.path))
      let written = changes.filter { !failed.contains($0.path) }
      let count = written.reduce(0) { $0 + $1.fixedDiagnostics.count }
      Output.error("Suppressed \(count) finding\(count == 1 ? "" : "s") in \(written.count) file\(written.count == 1 ? "" : "s").")
      return failures.isEmpty && report.missingPaths.isEmpty ? 0 : 2
    }
    var refusals: [FixSession.Refusal] = []
    if diff {
      let plan = session.planned(report)
      let changes = plan.changes
      for refusal in plan.refusals { Output.error("warning: \(refusal.note)") }
      for change in changes {
        Output.out(UnifiedDiff.render(path: change.path, old: change.original, new: change.fixed))
      }
      let count = changes.reduce(0) { $0 + $1.fixedDiagnostics.count }
      Output.error(count == 0 ? "No fixes available." : "Would fix \(count) finding\(count == 1 ? "" : "s") in \(changes.count) file\(changes.count == 1 ? "" : "s").")
      if !report.missingPaths.isEmpty { return 2 }
      return changes.isEmpty ? 0 : 1
    }
    var fixedCount = 0
    var writeFailures = false
    if fix {
      let plan = session.planned(report)
      let changes = plan.changes
      refusals = plan.refusals
      for refusal in refusals { Output.error("warning: \(refusal.note)") }
      let failures = session.write(changes)
      for failure in failures {
        Output.error("error: \(failure.path): \(failure.reason)")
      }
      writeFailures = !failures.isEmpty
      let failed = Set(failures.map(\.path))
      fixedCount = changes.filter { !failed.contains($0.path) }.reduce(0) { $0 + $1.fixedDiagnostics.count }
      if !changes.isEmpty {
        report = runner.run(paths: paths)
      }
    }

    if let status = applyCIFilters(&report) { return status }
    var output = renderCI(report) ?? ""
    switch resolvedFormat {
    case .text where !ci.statistics:
      let reporter = TextReporter()
      if showSource {
        output += CodeFrameReporter().render(report.diagnostics, documents: report.documents)
      } else {
        output += reporter.renderDiagnostics(report.diagnostics, documents: report.documents)
      }
      if fix {
        output += "Fixed \(fixedCount) finding\(fixedCount == 1 ? "" : "s"); \(report.diagnostics.count) remaining.\n"
        if !refusals.isEmpty {
          let files = refusals.map { "\($0.codes.joined(separator: ", ")) in \($0.path)" }.joined(separator: "; ")
          output += "Refused the fixes that would break \(refusals.count) file\(refusals.count == 1 ? "" : "s"): \(files).\n"
        }
      }
      output += reporter.renderSummary(report.diagnostics, files: report.filesChecked, unsafeFixes: unsafeFixes)
    case .json where !ci.statistics:
      output += JSONReporter().render(report.diagnostics, files: report.filesChecked, documents: report.documents)
    default:
      break
    }
    if !emit(output) { return 2 }
    if !report.missingPaths.isEmpty || writeFailures { return 2 }
    return findingsStatus(report.diagnostics)
  }

  func run() throws {}

  func split(_ value: String?) -> [String]? {
    guard let value else { return nil }
    return value.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}
