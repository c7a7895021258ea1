import IaCModel
import IaCSyntax

/// A finding: which rule, where (a UTF-8 byte range in a file), what is wrong, and how to fix it.
public struct Diagnostic: Sendable, Hashable {
  /// The rule code, `IAC101`.
  public var code: String
  /// The rule name, `deprecated-s3-origin`.
  public var name: String
  public var severity: Severity
  /// The file the finding is in, as the linter was given it.
  public var path: String
  public var range: TextRange
  /// What is wrong, in one sentence.
  public var message: String
  /// The reference the finding links to (the AWS, Pulumi or Terraform documentation).
  public var url: String
  public var fix: Fix?
  /// Extra meaning editors show (`deprecated` strikes the range through).
  public var tags: Set<DiagnosticTag>
  /// Other places that explain the finding.
  public var related: [RelatedLocation]

  public init(
    code: String,
    name: String,
    severity: Severity,
    path: String,
    range: TextRange,
    message: String,
    url: String,
    fix: Fix? = nil,
    tags: Set<DiagnosticTag> = [],
    related: [RelatedLocation] = []
  ) {
    self.code = code
    self.name = name
    self.severity = severity
    self.path = path
    self.range = range
    self.message = message
    self.url = url
    self.fix = fix
    self.tags = tags
    self.related = related
  }
}

/// Tags with a meaning in editors.
public enum DiagnosticTag: String, Sendable, Hashable, Codable {
  case deprecated
  case unnecessary
}
