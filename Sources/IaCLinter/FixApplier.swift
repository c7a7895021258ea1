import IaCModel
import IaCRules
import IaCSyntax

/// Applies fixes to a file's bytes: edits are applied from the end of the file backwards, and a fix whose edits
/// overlap an edit already taken is left for a later pass (after the file is checked again).
public enum FixApplier {
  /// The outcome of one pass.
  public struct Result: Sendable {
    /// The new bytes.
    public var bytes: [UInt8]
    /// The diagnostics whose fixes were applied.
    public var applied: [Diagnostic]
  }

  /// Applies the in-file edits of every fix in `diagnostics` whose applicability is allowed, skipping fixes that
  /// create files or touch other files, and fixes that overlap one already taken.
  public static func apply(_ diagnostics: [Diagnostic], to bytes: [UInt8], path: String, allowing: Set<Applicability>) -> Result {
    var taken: [Edit] = []
    var applied: [Diagnostic] = []
    let candidates = diagnostics.filter { diagnostic in
      guard let fix = diagnostic.fix, allowing.contains(fix.applicability), !fix.edits.isEmpty else { return false }
      return fix.edits.allSatisfy { !$0.createsFile && ($0.path == nil || $0.path == path) && $0.range.end <= bytes.count }
    }
    for diagnostic in candidates {
      let edits = diagnostic.fix!.edits
      let conflicts = edits.contains { edit in
        taken.contains { other in edit.range.overlaps(other.range) || (edit.range.isEmpty && other.range.isEmpty && edit.range.start == other.range.start) }
      }
      // Edits of one fix must not overlap each other either.
      let selfOverlap = edits.indices.contains { i in edits.indices.contains { j in i < j && edits[i].range.overlaps(edits[j].range) } }
      guard !conflicts, !selfOverlap else { continue }
      taken.append(contentsOf: edits)
      applied.append(diagnostic)
    }
    return Result(bytes: applyEdits(taken, to: bytes), applied: applied)
  }

  /// Applies non-overlapping edits to `bytes`, from the last to the first.
  public static func applyEdits(_ edits: [Edit], to bytes: [UInt8]) -> [UInt8] {
    var result = bytes
    for edit in edits.sorted(by: { ($0.range.start, $0.range.end) > ($1.range.start, $1.range.end) }) {
      let start = min(edit.range.start, result.count)
      let end = min(max(edit.range.end, start), result.count)
      result.replaceSubrange(start..<end, with: Array(edit.newText.utf8))
    }
    return result
  }
}

extension Linter {
  /// The result of fixing one file until no more fixes apply.
  public struct FixOutcome: Sendable {
    /// The fixed text.
    public var bytes: [UInt8]
    /// Every diagnostic whose fix was applied, across passes.
    public var fixed: [Diagnostic]
    /// The diagnostics left after the last pass.
    public var remaining: [Diagnostic]
    /// The fixes that broke the file: re-lexed, the fixed text has more unbalanced brackets, unterminated strings
    /// or stray commas than the original. Empty when the fixed text is as sound as the original.
    public var breaking: [Diagnostic] = []
    /// What the breaking fixes broke ("unbalanced brackets", "unterminated strings", "stray commas").
    public var broken: [String] = []
  }

  /// Where `position` moves to once `edits` are applied: edits that end before it shift it by what they add or
  /// remove; an insertion at the position itself (the fix's own edit) does not.
  static func position(_ position: Int, after edits: [Edit]) -> Int {
    var moved = position
    for edit in edits where edit.range.end < position || (edit.range.end == position && edit.range.start < position) {
      moved += edit.newText.utf8.count - (edit.range.end - edit.range.start)
    }
    return moved
  }

  /// Fixes `file` in memory: checks it, applies the allowed fixes, checks again, and repeats (at most 10 passes)
  /// until nothing more applies. `extra` adds project findings in the file to each pass. The fixed text is re-lexed
  /// and compared with the original; `breaking` names the fixes that made it worse.
  public func fix(
    _ file: SourceFile,
    context: RuleContext = RuleContext(),
    allowing: Set<Applicability> = [.safe],
    extra: (SourceFile) -> [Diagnostic] = { _ in [] }
  ) -> FixOutcome {
    var current = file
    var fixed: [Diagnostic] = []
    var passes: [(before: SourceFile, applied: [Diagnostic], errors: LexicalErrors)] = []
    var diagnostics = check(current, context: context) + extra(current)
    // A fix that comes back with the same edits at the same place after it was applied did not fix its finding:
    // applying it again would repeat it on every pass, so it is applied once in a run. Each applied fix is
    // remembered with where its first edit starts, carried through the later passes' edits.
    var appliedFixes: [(key: String, start: Int)] = []
    func key(_ diagnostic: Diagnostic) -> (key: String, start: Int)? {
      guard let fix = diagnostic.fix, let first = fix.edits.map(\.range.start).min() else { return nil }
      return (([diagnostic.code, fix.title] + fix.edits.map(\.newText)).joined(separator: "\u{0}"), first)
    }
    for _ in 0..<10 {
      for index in diagnostics.indices {
        if let key = key(diagnostics[index]), appliedFixes.contains(where: { $0 == key }) { diagnostics[index].fix = nil }
      }
      let result = FixApplier.apply(diagnostics, to: current.bytes, path: current.path, allowing: allowing)
      guard !result.applied.isEmpty, result.bytes != current.bytes else { break }
      let edits = result.applied.flatMap { $0.fix?.edits ?? [] }
      appliedFixes = (appliedFixes + result.applied.compactMap(key)).map { ($0.key, Self.position($0.start, after: edits)) }
      fixed += result.applied
      let next = SourceFile(path: current.path, bytes: result.bytes, language: current.language)
      passes.append((current, result.applied, next.lexicalErrors))
      current = next
      diagnostics = check(current, context: context) + extra(current)
    }
    var outcome = FixOutcome(bytes: current.bytes, fixed: fixed, remaining: diagnostics)
    let original = file.lexicalErrors
    guard let last = passes.last, !last.errors.raised(over: original).isEmpty else { return outcome }
    outcome.broken = last.errors.raised(over: original)
    // The first pass that made things worse, and in it the fixes that do so on their own (all of the pass's
    // fixes when none does alone).
    let pass = passes.first { !$0.errors.raised(over: original).isEmpty }!
    let before = pass.before.lexicalErrors
    outcome.breaking = pass.applied.filter { diagnostic in
      let alone = FixApplier.apply([diagnostic], to: pass.before.bytes, path: file.path, allowing: allowing).bytes
      return !SourceFile(path: file.path, bytes: alone, language: file.language).lexicalErrors.raised(over: before).isEmpty
    }
    if outcome.breaking.isEmpty { outcome.breaking = pass.applied }
    return outcome
  }
}
