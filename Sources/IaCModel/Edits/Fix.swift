import IaCSyntax

/// How safe a fix is to apply without a person reading it (as Ruff defines it).
public enum Applicability: String, Sendable, Codable, Comparable {
  /// Keeps the program's meaning; `--fix` applies it.
  case safe
  /// May change meaning or needs review; offered in editors and applied only with `--unsafe-fixes`.
  case unsafe
  /// Shown as a suggestion only; never applied by the checker.
  case displayOnly = "display-only"

  package var rank: Int {
    switch self {
    case .safe: return 0
    case .unsafe: return 1
    case .displayOnly: return 2
    }
  }

  public static func < (lhs: Applicability, rhs: Applicability) -> Bool { lhs.rank < rhs.rank }
}

/// One text replacement: a UTF-8 byte range of a file and its new text. An empty range inserts.
public struct Edit: Sendable, Hashable, Codable {
  /// The file to change; nil means the file the diagnostic is in.
  public var path: String?
  public var range: TextRange
  public var newText: String
  /// The edit creates `path`, which must not exist yet; `range` is then empty at offset 0.
  public var createsFile: Bool

  public init(path: String? = nil, range: TextRange, newText: String, createsFile: Bool = false) {
    self.path = path
    self.range = range
    self.newText = newText
    self.createsFile = createsFile
  }

  /// Replaces `range` with `text`.
  public static func replace(_ range: TextRange, with text: String) -> Edit {
    Edit(range: range, newText: text)
  }

  /// Inserts `text` at `offset`.
  public static func insert(_ text: String, at offset: Int) -> Edit {
    Edit(range: .empty(at: offset), newText: text)
  }

  /// Deletes `range`.
  public static func delete(_ range: TextRange) -> Edit {
    Edit(range: range, newText: "")
  }

  /// Creates the file at `path` with `contents`.
  public static func createFile(_ path: String, contents: String) -> Edit {
    Edit(path: path, range: .empty(at: 0), newText: contents, createsFile: true)
  }
}

/// A fix for one diagnostic: edits applied together, a title saying what they do, and how safe they are.
public struct Fix: Sendable, Hashable, Codable {
  /// What the fix does, in the imperative ("Use `S3BucketOrigin.with_origin_access_control`").
  public var title: String
  public var applicability: Applicability
  public var edits: [Edit]

  public init(title: String, applicability: Applicability, edits: [Edit]) {
    self.title = title
    self.applicability = applicability
    self.edits = edits
  }

  /// Whether any edit creates a file.
  public var createsFiles: Bool { edits.contains { $0.createsFile } }
}

/// Another place relevant to a finding.
public struct RelatedLocation: Sendable, Hashable {
  public var path: String
  public var range: TextRange
  public var message: String

  public init(path: String, range: TextRange, message: String) {
    self.path = path
    self.range = range
    self.message = message
  }
}
