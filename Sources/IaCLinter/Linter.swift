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
  /// Which files each of ``fileRules`` reads, in the same order, taken from the descriptions once rather than for
  /// every file.
  let fileRuleReach: [RuleReach]
  /// For each of ``fileRules``, whether its messages use Python's names (``RuleDescription/messagesUsePythonNames``).
  let fileRulesUsePythonNames: [Bool]
  /// For each language, the codes of the file rules enabled for it, which a file's unused suppressions are judged by.
  let fileRuleCodes: [Language: Set<String>]
  /// The project rules that run, in registry order.
  let projectRules: [any Rule]
  /// The resource rules that run, by the resource types they subscribe to.
  let dispatch: ResourceDispatch
  let enabledCodes: Set<String>

  /// A linter with the settings' rules (``LinterSettings/registry``) unless `registry` is given.
  public init(settings: LinterSettings = LinterSettings(), registry: RuleRegistry? = nil) {
    let registry = registry ?? settings.registry
    self.registry = registry
    self.settings = settings
    let enabled = settings.enabledCodes(in: registry)
    self.enabledCodes = enabled
    let rules = registry.rules.filter { enabled.contains($0.description.code) }
    self.fileRules = rules.filter { $0.description.scope == .file }
    let descriptions = fileRules.map(\.description)
    self.fileRuleReach = descriptions.map(RuleReach.init)
    self.fileRulesUsePythonNames = descriptions.map(\.messagesUsePythonNames)
    self.fileRuleCodes = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
      (language, Set(descriptions.filter { $0.languages.contains(language) }.map(\.code)))
    })
    self.projectRules = rules.filter { $0.description.scope == .project }
    self.dispatch = ResourceDispatch(rules: fileRules.filter { !$0.description.resourceTypes.isEmpty })
  }

  /// Checks one file with the file rules; suppressions in the file apply.
  public func check(_ file: SourceFile, context: RuleContext = RuleContext()) -> [Diagnostic] {
    check(FileModel(file), context: context)
  }

  /// Checks one file's model with the file rules: each rule that applies to the file (its language, its
  /// frameworks, test code or not), then each resource rule on the resources of the types it subscribes to.
  public func check(_ model: FileModel, context: RuleContext = RuleContext()) -> [Diagnostic] {
    lint(model, context: context).diagnostics
  }

  /// Checks one file's model as ``check(_:context:)-(FileModel,_)`` does, and keeps the findings that suppression
  /// comments silence, with their reasons.
  public func lint(_ model: FileModel, context: RuleContext = RuleContext()) -> LintResult {
    lint(model, context: context, parallel: false)
  }

  /// ``lint(_:context:)``, with the rules of the one file spread over the cores when `parallel`: each rule, and
  /// each run of resources, gives its findings apart, and they are joined in the order one thread gives them, so
  /// the result is the same. For one large file checked while nothing else runs (a document being edited).
  package func lint(_ model: FileModel, context: RuleContext, parallel: Bool) -> LintResult {
    var context = context
    if context.options == RuleOptions() { context.options = settings.options }
    let file = model.file
    // The codes of the rules enabled for this file's language, so that a suppression naming a rule that is not
    // enabled is not judged unused (a rule skipped for the file's frameworks or test scope could never fire here).
    let ran = fileRuleCodes[file.language] ?? []
    let reader = RuleReach.Reader(file)
    let rules = fileRules.indices.filter { fileRuleReach[$0].reads(reader) }
    let resources = dispatch.isEmpty ? 0 : model.resources.count
    var diagnostics: [Diagnostic] = []
    if parallel {
      // Work units: each file rule, then the resources in runs of about a sixteenth.
      let run = max(1, (resources + 15) / 16)
      let runs = stride(from: 0, to: resources, by: run).map { $0..<min(resources, $0 + run) }
      let units = Array(0..<(rules.count + runs.count))
      let context = context
      diagnostics = ParallelMap.map(units) { unit in
        var found: [Diagnostic] = []
        if unit < rules.count {
          fileRules[rules[unit]].check(model, context: context, into: &found)
          respell(&found, from: 0, if: fileRulesUsePythonNames[rules[unit]], resource: nil, in: model)
        } else {
          checkResources(runs[unit - rules.count], of: model, context: context, into: &found)
        }
        return found
      }.flatMap { $0 }
    } else {
      for index in rules {
        let first = diagnostics.count
        fileRules[index].check(model, context: context, into: &diagnostics)
        respell(&diagnostics, from: first, if: fileRulesUsePythonNames[index], resource: nil, in: model)
      }
      checkResources(0..<resources, of: model, context: context, into: &diagnostics)
    }
    let nag = applyNagSuppressions(diagnostics, model: model, context: context)
    diagnostics = nag.kept + unusedNagSuppressions(in: model, context: context)
    var result = finish(diagnostics, suppressionsFrom: [file.path: file], reportUnknownSuppressions: true, ranCodes: ran, options: context.options)
    // Findings a cdk-nag suppression silences are suppressed in source too, with its reason as the justification.
    result.suppressed += nag.suppressed.map { SuppressedDiagnostic($0.diagnostic, reason: $0.justification) }
    return result
  }

  /// Runs the resource rules on the resources at `indices`, in order, and ties their findings to the resource.
  func checkResources(_ indices: Range<Int>, of model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    // A file's resources share a few types: each type's rules, and whether each rule reads this file, are looked up
    // once.
    var rulesByType: [String: [Int]] = [:]
    var applies: [Int: Bool] = [:]
    for resource in model.resources[indices] {
      var reference: ResourceReference?
      let matched: [Int]
      if let known = rulesByType[resource.type.fqn] {
        matched = known
      } else {
        matched = dispatch.ruleIndices(for: resource.type).filter { index in
          if let known = applies[index] { return known }
          let result = Linter.applies(dispatch.rule(index).description, to: file)
          applies[index] = result
          return result
        }
        rulesByType[resource.type.fqn] = matched
      }
      for index in matched {
        let rule = dispatch.rule(index)
        let first = diagnostics.count
        rule.check(resource, in: model, context: context, into: &diagnostics)
        respell(&diagnostics, from: first, if: dispatch.messagesUsePythonNames[index], resource: resource, in: model)
        for index in first..<diagnostics.count where diagnostics[index].resource == nil {
          if reference == nil { reference = ResourceReference(resource, in: model) }
          diagnostics[index].resource = reference
        }
      }
    }
  }

  /// In a TypeScript or JavaScript file, the findings from `first` of a rule whose messages use Python's names
  /// (`usesPythonNames`), with those names spelled as the file spells them: the catalogue's name of the
  /// resource's prop (`enforceSSL`), or the camelCase of any other name (`addFlowLog`, a nested
  /// `accessLogDestination`).
  func respell(_ diagnostics: inout [Diagnostic], from first: Int, if usesPythonNames: Bool, resource: Resource?, in model: FileModel) {
    guard usesPythonNames, model.file.language == .typescript, first < diagnostics.count else { return }
    for index in first..<diagnostics.count {
      diagnostics[index].message = RuleDescription.respelled(diagnostics[index].message) { name in
        if let resource {
          let spelled = model.spelling(of: name, for: resource)
          if spelled != name { return spelled }
        }
        return PropName.camelCase(name)
      }
    }
  }

  /// Whether a rule reads a file at all: its language, a framework it covers, and test code as it says.
  static func applies(_ description: RuleDescription, to file: SourceFile) -> Bool {
    RuleReach(description).reads(RuleReach.Reader(file))
  }

  /// Checks a project with the project rules. Findings in the project's source files honour their suppressions.
  public func checkProject(_ project: ProjectSnapshot) -> [Diagnostic] {
    lintProject(project).diagnostics
  }

  /// Checks a project as ``checkProject(_:)`` does, and keeps the findings that suppression comments silence.
  public func lintProject(_ project: ProjectSnapshot) -> LintResult {
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
  /// reasons. The findings the comments silence are kept apart, with their reasons.
  func finish(
    _ diagnostics: [Diagnostic],
    suppressionsFrom files: [String: SourceFile],
    reportUnknownSuppressions: Bool,
    ranCodes: Set<String> = [],
    options: RuleOptions? = nil
  ) -> LintResult {
    var cache: [String: Suppressions] = [:]
    var result: [Diagnostic] = []
    var suppressed: [SuppressedDiagnostic] = []
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
          suppressed.append(SuppressedDiagnostic(diagnostic, reason: suppressions.reason(code: diagnostic.code, line: line)))
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
    return LintResult(diagnostics: result, suppressed: suppressed)
  }
}

/// The files a rule reads (``Linter/applies(_:to:)``): its languages and frameworks as sets of bits, so that the
/// question asked for every file and rule copies no description and hashes nothing.
struct RuleReach: Sendable {
  let languages: UInt64
  let frameworks: UInt64
  let requiresFrameworkImport: Bool
  let testFiles: RuleDescription.TestFiles

  init(_ description: RuleDescription) {
    languages = RuleReach.bits(description.languages)
    frameworks = RuleReach.bits(description.frameworks)
    requiresFrameworkImport = description.requiresFrameworkImport
    testFiles = description.testFiles
  }

  /// What a file shows of itself to ``reads(_:)``.
  struct Reader {
    let language: UInt64
    let frameworks: UInt64
    let isTestFile: Bool

    init(_ file: SourceFile) {
      language = RuleReach.bits([file.language])
      frameworks = RuleReach.bits(file.frameworks)
      isTestFile = file.isTestFile
    }
  }

  /// Whether the rule reads the file: its language, a framework it covers, and test code as it says.
  func reads(_ file: Reader) -> Bool {
    guard languages & file.language != 0 else { return false }
    if requiresFrameworkImport && frameworks & file.frameworks == 0 { return false }
    switch testFiles {
    case .include: return true
    case .exclude: return !file.isTestFile
    case .only: return file.isTestFile
    }
  }

  /// One bit for each case, by its position among all cases.
  static func bits<Element: CaseIterable & Equatable>(_ elements: some Sequence<Element>) -> UInt64 {
    var bits: UInt64 = 0
    for element in elements {
      guard let position = Element.allCases.firstIndex(of: element) else { continue }
      bits |= 1 << UInt64(Element.allCases.distance(from: Element.allCases.startIndex, to: position))
    }
    return bits
  }
}
