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
  /// The resource the finding is about, for findings on one resource.
  public var resource: ResourceReference?

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
    related: [RelatedLocation] = [],
    resource: ResourceReference? = nil
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
    self.resource = resource
  }
}

/// Tags with a meaning in editors.
public enum DiagnosticTag: String, Sendable, Hashable, Codable {
  case deprecated
  case unnecessary
}

/// Which resource a finding is about: its type, its construct id or resource name, and its construct path as far as
/// the source shows it (`Api/Handler`: the ids of the constructs it is created in, then its own).
public struct ResourceReference: Sendable, Hashable {
  /// The fully qualified type (`aws-cdk-lib.aws_s3.Bucket`, `aws:s3/bucketV2:BucketV2`).
  public var type: String
  /// The construct id or Pulumi resource name when the source spells it out.
  public var id: String?
  /// The construct path as far as the source shows it; the id alone when nothing encloses the resource.
  public var path: String
  /// The class whose `self`/`this` the resource's outermost scope is, until the engine has put the paths that class
  /// stands for in front of ``path`` (``complete(with:)``); not part of the reference's identity.
  package var enclosingClass: String?

  public init(type: String, id: String?, path: String) {
    self.type = type
    self.id = id
    self.path = path
  }

  /// The reference to a resource of a file's model, with the construct path its own file shows.
  public init(_ resource: Resource, in model: FileModel) {
    self.init(type: resource.type.fqn, id: resource.idText, path: model.constructPath(of: resource).joined(separator: "/"))
    enclosingClass = model.enclosingClass(of: resource)
  }

  public static func == (lhs: ResourceReference, rhs: ResourceReference) -> Bool {
    lhs.type == rhs.type && lhs.id == rhs.id && lhs.path == rhs.path
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(type)
    hasher.combine(id)
    hasher.combine(path)
  }

  /// Puts in front of the path the one path the project's sources give the class the resource is created in (its
  /// stack and the user's own constructs, across files); a class with several paths, or none the sources show,
  /// leaves the path its own file shows.
  package mutating func complete(with scopes: ConstructScopes?) {
    defer { enclosingClass = nil }
    guard let className = enclosingClass, let scopes else { return }
    let found = scopes.prefixes(of: className)
    guard found.count == 1, !found[0].path.isEmpty else { return }
    path = (found[0].path + [path]).joined(separator: "/")
  }
}

extension Diagnostic {
  /// Completes the construct path of the finding's resource (see ``ResourceReference/complete(with:)``).
  package mutating func completeResourcePath(with scopes: ConstructScopes?) {
    resource?.complete(with: scopes)
  }

  /// Whether the finding's resource path waits for the project's construct scopes.
  package var awaitsResourcePath: Bool { resource?.enclosingClass != nil }
}
