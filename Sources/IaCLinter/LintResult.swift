import IaCModel
import IaCRules

/// A finding that a suppression comment in its own file silences, with the reason the comment gives.
///
/// Suppressed findings never count as findings (they fail no run and no reporter lists them), except in SARIF,
/// which records them as results with an in-source suppression and its justification.
public struct SuppressedDiagnostic: Sendable, Hashable {
  public var diagnostic: Diagnostic
  /// The reason after ` -- ` of the first comment that silences the finding and gives one; nil when none does.
  public var reason: String?

  public init(_ diagnostic: Diagnostic, reason: String?) {
    self.diagnostic = diagnostic
    self.reason = reason
  }
}

/// What checking a file or a project found: the findings, and the findings that suppression comments silence.
public struct LintResult: Sendable {
  /// The findings, after severity overrides and suppressions.
  public var diagnostics: [Diagnostic]
  /// The findings suppression comments silence, in the order the rules reported them. Findings that a
  /// configuration's per-file ignores drop are not among them.
  public var suppressed: [SuppressedDiagnostic]

  public init(diagnostics: [Diagnostic] = [], suppressed: [SuppressedDiagnostic] = []) {
    self.diagnostics = diagnostics
    self.suppressed = suppressed
  }
}

extension LintResult {
  /// Completes the construct paths of the findings' resources with a project's construct scopes; with nil, the
  /// paths stay as the files show them. Either way no finding waits for them afterwards.
  package mutating func completeResourcePaths(with scopes: ConstructScopes?) {
    for index in diagnostics.indices where diagnostics[index].awaitsResourcePath {
      diagnostics[index].completeResourcePath(with: scopes)
    }
    for index in suppressed.indices where suppressed[index].diagnostic.awaitsResourcePath {
      suppressed[index].diagnostic.completeResourcePath(with: scopes)
    }
  }
}
