import IaCSyntax

/// What the linter knows about one project: its root, its marker files (`cdk.json`, `cdktf.json`, `Pulumi.yaml`),
/// its source files, and which paths exist. Project rules read it; file rules may consult it.
public struct ProjectSnapshot: Sendable {
  /// The kind of project a marker file declares.
  public enum Kind: String, Sendable, CaseIterable {
    case cdk
    case cdktf
    case pulumi

    /// The marker file name.
    public var markerName: String {
      switch self {
      case .cdk: return "cdk.json"
      case .cdktf: return "cdktf.json"
      case .pulumi: return "Pulumi.yaml"
      }
    }
  }

  /// A marker file found at the root.
  public struct Marker: Sendable {
    public var kind: Kind
    /// The path as the linter reports it (the root joined with the marker's name).
    public var path: String
    public var bytes: [UInt8]

    public init(kind: Kind, path: String, bytes: [UInt8]) {
      self.kind = kind
      self.path = path
      self.bytes = bytes
    }
  }

  /// The project directory as the linter reports paths (`.` or a relative or absolute directory), no trailing slash.
  public var root: String
  public var markers: [Marker]
  /// The project's source files that were read.
  public var sources: [SourceFile]
  /// Whether a path (as the linter reports paths) exists; answers from the file system or, in tests, a list.
  public var fileExists: @Sendable (String) -> Bool
  /// Whether `sources` holds every source file of the project (the check covered its whole root). Rules that
  /// conclude something is missing from the whole project only report when this is true.
  public var isComplete: Bool
  /// Small project files rules read besides the markers, by path: `AWS_REGION` and `lib/AWS_REGION` region files
  /// and Pulumi stack files (`Pulumi.<stack>.yaml`).
  public var auxiliaryFiles: [String: [UInt8]] = [:]
  /// The library versions the project's manifests pin, as the project loader read them; nil when the snapshot
  /// was built without the loader (the pins are then read from the manifests in `auxiliaryFiles`).
  public var pins: DependencyPins?

  public init(
    root: String,
    markers: [Marker],
    sources: [SourceFile],
    isComplete: Bool = true,
    fileExists: @escaping @Sendable (String) -> Bool
  ) {
    self.root = root
    self.markers = markers
    self.sources = sources
    self.isComplete = isComplete
    self.fileExists = fileExists
  }

  /// `relative` joined to the root.
  public func path(_ relative: String) -> String {
    ProjectSnapshot.join(root, relative)
  }

  /// The marker of `kind`, if the project has one.
  public func marker(_ kind: Kind) -> Marker? {
    markers.first { $0.kind == kind }
  }

  /// Joins two path pieces with one slash; `.` as the directory is dropped.
  public static func join(_ directory: String, _ relative: String) -> String {
    let slash = UInt8(ascii: "/")
    if relative.utf8.first == slash { return relative }
    var relative = Substring(relative)
    while relative.utf8.count >= 2 && relative.utf8.first == UInt8(ascii: ".") && relative.utf8.dropFirst().first == slash {
      relative = relative.dropFirst(2)
    }
    if directory.isEmpty || directory == "." { return String(relative) }
    var joined = directory
    joined.reserveCapacity(directory.utf8.count + relative.utf8.count + 1)
    if directory.utf8.last != slash { joined.append("/") }
    joined.append(contentsOf: relative)
    return joined
  }

  /// The path of `path` relative to the root, when it lies under it.
  public func relativePath(_ path: String) -> String {
    if root.isEmpty || root == "." { return path }
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
