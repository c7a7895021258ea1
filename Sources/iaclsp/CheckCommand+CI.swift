import Foundation
import ArgumentParser
import IaCDocs
import IaCLinter
import IaCModel
import IaCRules

/// Output formats of `iaclsp --check`.
enum CheckOutputFormat: String, ExpressibleByArgument, CaseIterable {
  /// `path:line:col: CODE [severity] message (name)` lines and a summary.
  case text
  /// One JSON object: `{"version": 1, "files": N, "diagnostics": [...]}`.
  case json
  /// One diagnostic object per line.
  case jsonLines = "json-lines"
  /// GitHub Actions workflow commands (annotations).
  case github
  /// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
  case sarif
  /// GitLab Code Quality JSON.
  case gitlab
  /// JUnit XML.
  case junit
}

/// The least serious severity that makes `--check` exit 1.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
  case error
  case warning
  case info
  case hint

  var severity: Severity {
    switch self {
    case .error: return .error
    case .warning: return .warning
    case .info: return .info
    case .hint: return .hint
    }
  }
}

/// The options a CI job uses: where the report goes, when the run fails, and which findings count.
struct CIOptions: ParsableArguments {
  @Option(name: .customLong("output"), help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
  var output: String?

  @Flag(name: .customLong("exit-zero"), help: "Exit 0 even when there are findings (2 still means a usage or I/O error).")
  var exitZero = false

  @Option(name: .customLong("fail-on"), help: "Exit 1 only for findings at or above this severity.")
  var failOn: FailOn = .warning

  @Option(help: ArgumentHelp("Report only findings not recorded in this baseline file.", valueName: "file"))
  var baseline: String?

  @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record the current findings in this file and exit 0.", valueName: "file"))
  var writeBaseline: String?

  @Option(name: .customLong("diff-base"), help: ArgumentHelp("Report only findings on lines changed since this git revision.", valueName: "ref"))
  var diffBase: String?

  @Flag(help: "Print how many findings each rule has instead of the findings.")
  var statistics = false
}

/// Where iaclsp lives; the SARIF `informationUri`, and the base of rule documentation links.
enum ProjectLinks {
  static let homepage = "https://github.com/iaclsp/iaclsp"

  /// Where a rule's finding points people: the AWS (or Pulumi, Terraform) reference the rule links to. The rule's
  /// full page travels inside SARIF as `help.markdown`, and `iaclsp explain CODE` prints it.
  static func documentation(_ rule: RuleDescription) -> String {
    rule.url
  }
}

extension CheckCommand {
  /// The format asked for; when none was, annotations in GitHub Actions (`GITHUB_ACTIONS=true`) unless
  /// `--statistics` is given, and text elsewhere.
  var resolvedFormat: CheckOutputFormat {
    if let format { return format }
    if ci.statistics { return .text }
    return Environment.value("GITHUB_ACTIONS") == "true" ? .github : .text
  }

  /// Checks the CI options against each other; throws a usage error.
  func validateCI() throws {
    if ci.statistics && ![.text, .json].contains(resolvedFormat) {
      throw ValidationError("--statistics prints text or json; it cannot be combined with --format \(resolvedFormat.rawValue).")
    }
    if ci.writeBaseline != nil && (fix || diff) {
      throw ValidationError("--write-baseline records findings; run it without --fix or --diff.")
    }
    if ci.output != nil && diff {
      throw ValidationError("--output writes a report; --diff prints a diff to standard output.")
    }
  }

  /// Writes the baseline when asked, then drops the findings the baseline records and those (suppressed or not)
  /// not on changed lines.
  /// Returns an exit status when the run ends here (the baseline was written, or an error).
  func applyCIFilters(_ report: inout CheckReport) -> Int32? {
    let paths = ReportPaths.repositoryOrWorkingDirectory()
    if let file = ci.writeBaseline {
      let baseline = Baseline(report.diagnostics, documents: report.documents, paths: paths)
      guard writeFile(file, baseline.render()) else { return 2 }
      let count = baseline.entries.count
      Output.error("Wrote \(count) finding\(count == 1 ? "" : "s") to the baseline \(file).")
      return report.missingPaths.isEmpty ? 0 : 2
    }
    if let file = ci.baseline {
      let baseline: Baseline
      do {
        baseline = try Baseline.read(file)
      } catch {
        Output.error("iaclsp: \(file): \(error.reason)")
        return 2
      }
      let filtered = baseline.filter(report.diagnostics, documents: report.documents, paths: paths)
      report.diagnostics = filtered.new
      if filtered.hidden > 0 {
        Output.error("\(filtered.hidden) finding\(filtered.hidden == 1 ? "" : "s") hidden by the baseline \(file).")
      }
      if filtered.unmatched > 0 {
        Output.error("\(filtered.unmatched) baseline entr\(filtered.unmatched == 1 ? "y no longer matches" : "ies no longer match"); "
          + "refresh it with --write-baseline \(file).")
      }
    }
    if let revision = ci.diffBase {
      do {
        let diff = try GitDiff.load(since: revision)
        report.diagnostics = diff.filter(report.diagnostics, documents: report.documents)
        let changed = Set(diff.filter(report.suppressed.map(\.diagnostic), documents: report.documents))
        report.suppressed.removeAll { !changed.contains($0.diagnostic) }
      } catch {
        Output.error("iaclsp: \(error)")
        return 2
      }
    }
    return nil
  }

  /// The report in a CI format or as statistics; nil for the text and json formats, which `status()` renders.
  func renderCI(_ report: CheckReport) -> String? {
    let format = resolvedFormat
    if ci.statistics {
      let reporter = StatisticsReporter()
      return format == .json ? reporter.renderJSON(report.diagnostics) : reporter.render(report.diagnostics)
    }
    let paths = ReportPaths.repositoryOrWorkingDirectory()
    switch format {
    case .text, .json:
      return nil
    case .jsonLines:
      return JSONLinesReporter().render(report.diagnostics, documents: report.documents)
    case .github:
      appendStepSummary(report, paths: paths)
      return GitHubReporter(paths: paths).render(report.diagnostics, documents: report.documents)
    case .sarif:
      let tool = SARIFReporter.Tool(
        version: Version.number,
        informationURI: ProjectLinks.homepage,
        helpMarkdown: { RuleDocumentation.markdown(for: $0) },
        helpURI: { ProjectLinks.documentation($0) })
      let rules = CheckRunner.registry(for: self.paths).rules.map(\.description)
      return SARIFReporter(tool: tool, rules: rules, paths: paths)
        .render(report.diagnostics, suppressed: report.suppressed, documents: report.documents)
    case .gitlab:
      return GitLabReporter(paths: paths).render(report.diagnostics, documents: report.documents)
    case .junit:
      return JUnitReporter(paths: paths).render(report.diagnostics, checkedFiles: report.checkedFiles, documents: report.documents)
    }
  }

  /// Appends the Markdown summary to `$GITHUB_STEP_SUMMARY` when it is set; a failure is a warning only.
  func appendStepSummary(_ report: CheckReport, paths: ReportPaths) {
    guard let file = Environment.value("GITHUB_STEP_SUMMARY"), !file.isEmpty else { return }
    let summary = GitHubStepSummary(
      registry: CheckRunner.registry(for: self.paths), paths: paths, documentationURL: { ProjectLinks.documentation($0) })
      .render(report.diagnostics, files: report.filesChecked)
    guard let handle = FileHandle(forWritingAtPath: file) ?? createAndOpen(file) else {
      Output.error("warning: cannot write the step summary to \(file)")
      return
    }
    defer { try? handle.close() }
    do {
      try handle.seekToEnd()
      try handle.write(contentsOf: Data(summary.utf8))
    } catch {
      Output.error("warning: cannot write the step summary to \(file): \(error.localizedDescription)")
    }
  }

  func createAndOpen(_ file: String) -> FileHandle? {
    guard FileManager.default.createFile(atPath: file, contents: nil) else { return nil }
    return FileHandle(forWritingAtPath: file)
  }

  /// Sends the report to `--output` or standard output; false (with a message) when the file cannot be written.
  func emit(_ text: String) -> Bool {
    guard let file = ci.output, file != "-" else {
      Output.out(text)
      return true
    }
    return writeFile(file, text)
  }

  func writeFile(_ file: String, _ text: String) -> Bool {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: file))
      return true
    } catch {
      Output.error("iaclsp: cannot write \(file): \((error as NSError).localizedDescription)")
      return false
    }
  }

  /// 0 when `--exit-zero` is given or no finding is at or above `--fail-on`; 1 otherwise.
  func findingsStatus(_ diagnostics: [Diagnostic]) -> Int32 {
    if ci.exitZero { return 0 }
    return diagnostics.contains { $0.severity <= ci.failOn.severity } ? 1 : 0
  }
}
