import IaCModel
import IaCRules
import IaCSyntax

/// Runs the selected rules over files and projects, applies suppressions and severity overrides, and applies fixes.
///
/// A `Linter` is an immutable value: share one across threads and check files in parallel.
public struct Linter: Sendable {
  public let registry: RuleRegistry
  public let settings: LinterSettings
  /// The file rules that run, in registry order.
  let fileRules: [any Rule]
  /// The project rules that run, in registry order.
  let projectRules: [any Rule]
  let enabledCodes: Set<String>

  public init(settings: LinterSettings = LinterSettings(), registry: RuleRegistry = .shared) {
    self.registry = registry
    self.settings = settings
    let enabled = settings.enabledCodes(in: registry)
    self.enabledCodes = enabled
    let rules = registry.rules.filter { enabled.contains($0.description.code) }
    self.fileRules = rules.filter { $0.description.scope == .file }
    self.projectRules = rules.filter { $0.description.scope == .project }
  }

  /// Checks one file with the file rules; suppressions in the file apply.
  public func check(_ file: SourceFile, context: RuleContext = RuleContext()) -> [Diagnostic] {
    var context = context
    if context.options == RuleOptions() { context.options = settings.options }
    var diagnostics: [Diagnostic] = []
    var ran = Set<String>()
    for rule in fileRules where rule.description.languages.contains(file.language) {
      rule.check(file, context: context, into: &diagnostics)
      ran.insert(rule.description.code)
    }
    return finish(diagnostics, suppressionsFrom: [file.path: file], reportUnknownSuppressions: true, ranCodes: ran, options: context.options)
  }

  /// Checks a project with the project rules. Findings in the project's source files honour their suppressions.
  public func checkProject(_ project: ProjectSnapshot) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for rule in projectRules {
      rule.check(project: project, into: &diagnostics)
    }
    var sources: [String: SourceFile] = [:]
    for source in project.sources { sources[source.path] = source }
    return finish(diagnostics, suppressionsFrom: sources, reportUnknownSuppressions: false)
  }

  /// Applies severity overrides, drops suppressed findings and, for a file checked by the file rules, reports
  /// the suppression comments themselves: unknown names, unused codes (of the rules in `ranCodes`) and missing
  /// reasons.
  func finish(
    _ diagnostics: [Diagnostic],
    suppressionsFrom files: [String: SourceFile],
    reportUnknownSuppressions: Bool,
    ranCodes: Set<String> = [],
    options: RuleOptions? = nil
  ) -> [Diagnostic] {
    var cache: [String: Suppressions] = [:]
    var result: [Diagnostic] = []
    result.reserveCapacity(diagnostics.count)
    var ignoredByPath: [String: Set<String>] = [:]
    var usage = SuppressionUsage()
    for var diagnostic in diagnostics {
      let ignored = ignoredByPath[diagnostic.path] ?? settings.perFileIgnoredCodes(for: diagnostic.path, in: registry)
      ignoredByPath[diagnostic.path] = ignored
      if ignored.contains(diagnostic.code) { continue }
      if let severity = settings.severities[diagnostic.code] { diagnostic.severity = severity }
      if let file = files[diagnostic.path] {
        let suppressions = cache[file.path] ?? Suppressions(file: file, registry: registry)
        cache[file.path] = suppressions
        let line = file.line(of: diagnostic.range.start)
        if suppressions.suppresses(code: diagnostic.code, line: line) {
          usage.record(code: diagnostic.code, line: line, in: suppressions)
          continue
        }
      }
      result.append(diagnostic)
    }
    if reportUnknownSuppressions, let file = files.values.first {
      let suppressions = cache[file.path] ?? Suppressions(file: file, registry: registry)
      result += suppressionFindings(
        file, suppressions, usage: usage, ranCodes: ranCodes, options: options ?? settings.options)
    }
    return result
  }
}
