import IaCModel
import IaCRules
import IaCSyntax

extension Linter {
  /// Whether the finding comes from a project rule.
  func isProjectFinding(_ diagnostic: Diagnostic) -> Bool {
    registry.rule(forCodeOrName: diagnostic.code)?.description.scope == .project
  }
}

/// Fixes the files of a check report: computes the fixed text of each file (safe fixes, or unsafe ones too), and
/// either writes it atomically or renders it as a diff. Files that fixes would create are created only when
/// asked for and never overwrite an existing file.
public struct FixSession: Sendable {
  public let runner: CheckRunner
  public let allowing: Set<Applicability>

  public init(runner: CheckRunner, unsafeFixes: Bool) {
    self.runner = runner
    self.allowing = unsafeFixes ? [.safe, .unsafe] : [.safe]
  }

  /// One file's planned change.
  public struct Change: Sendable {
    public var path: String
    /// The bytes now, or nil when the file would be created.
    public var original: [UInt8]?
    public var fixed: [UInt8]
    /// The findings the change resolves.
    public var fixedDiagnostics: [Diagnostic]
  }

  /// A file left as it was because its fixes would break it.
  public struct Refusal: Sendable {
    public var path: String
    /// The findings whose fixes broke the file.
    public var diagnostics: [Diagnostic]
    /// What they broke ("unbalanced brackets", "unterminated strings", "stray commas").
    public var problems: [String]

    /// The rule codes of the refused fixes, sorted, without repeats.
    public var codes: [String] { Set(diagnostics.map(\.code)).sorted() }

    /// A note for standard error: which rule's fix was refused, and why.
    public var note: String {
      let rules = codes.map { "`\($0)`" }.joined(separator: ", ")
      return "\(path): not fixed: the fix of \(rules) would leave \(problems.joined(separator: " and ")); the file is left as it was"
    }
  }

  /// The changes fixing a report would make, and the files left alone because their fixes would break them.
  public struct Plan: Sendable {
    public var changes: [Change]
    public var refusals: [Refusal]
  }

  /// The changes fixing `report` would make, in path order.
  public func plan(_ report: CheckReport) -> [Change] {
    planned(report).changes
  }

  /// The changes fixing `report` would make, in path order, and the files whose fixes are refused. Each fixed
  /// file is re-lexed first: when the fixes raised the number of unbalanced brackets, unterminated strings or stray
  /// commas, nothing is written to it, and the refusal names the rules whose fixes did it.
  public func planned(_ report: CheckReport) -> Plan {
    var changes: [Change] = []
    var refusals: [Refusal] = []
    let projectOf = Dictionary(report.projects.flatMap { project in project.sources.map { ($0.path, project) } }, uniquingKeysWith: { a, _ in a })
    let pathsWithFixes = Set(report.diagnostics.filter { diagnostic in
      guard let fix = diagnostic.fix else { return false }
      return allowing.contains(fix.applicability)
    }.map(\.path))
    for path in pathsWithFixes.sorted() {
      guard let file = report.sources[path], let linter = try? runner.linter(forFile: path) else { continue }
      let project = projectOf[path]
      // Project findings that sit in this file join each pass (their in-file edits only).
      let outcome = linter.fix(file, context: RuleContext(project: project), allowing: allowing) { current in
        report.diagnostics.filter { $0.path == current.path && linter.isProjectFinding($0) && current.bytes == file.bytes }
      }
      if !outcome.breaking.isEmpty {
        refusals.append(Refusal(path: path, diagnostics: outcome.breaking, problems: outcome.broken))
      } else if outcome.bytes != file.bytes {
        changes.append(Change(path: path, original: file.bytes, fixed: outcome.bytes, fixedDiagnostics: outcome.fixed))
      }
    }
    // Fixes that create files.
    var created = Set<String>()
    for diagnostic in report.diagnostics {
      guard let fix = diagnostic.fix, allowing.contains(fix.applicability), fix.createsFiles else { continue }
      for edit in fix.edits where edit.createsFile {
        guard let path = edit.path, !created.contains(path), !FileSystem.exists(path) else { continue }
        created.insert(path)
        changes.append(Change(path: path, original: nil, fixed: Array(edit.newText.utf8), fixedDiagnostics: [diagnostic]))
      }
    }
    return Plan(changes: changes.sorted { $0.path < $1.path }, refusals: refusals)
  }

  /// Writes `changes`: existing files atomically (refusing files that changed since they were read), new files
  /// exclusively. Returns the failures; the other changes are written.
  public func write(_ changes: [Change]) -> [FileError] {
    var failures: [FileError] = []
    for change in changes {
      do {
        if let original = change.original {
          try FileSystem.writeAtomically(change.path, change.fixed, expected: original)
        } else {
          try FileSystem.createNew(change.path, change.fixed)
        }
      } catch {
        failures.append(error)
      }
    }
    return failures
  }
}
