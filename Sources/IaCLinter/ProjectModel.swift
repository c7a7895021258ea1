import IaCModel
import IaCRules
import IaCSyntax

/// Groups checked files into projects, with the ``ProjectLoader``: a project's root is found from each file (the
/// nearest directory above it with `cdk.json`, `cdktf.json` or `Pulumi.yaml`, else the nearest that looks like a
/// project root, up to the repository root), whether or not it lies inside the checked paths. Files with neither
/// above them are grouped under the directory the user named.
public struct ProjectModel: Sendable {
  /// One project: its root (display path), marker files and member source paths.
  public struct Project: Sendable {
    public var root: String
    public var markers: [ProjectSnapshot.Marker]
    public var sourcePaths: [String]
    /// Whether the check covered the whole root directory.
    public var isComplete: Bool
    /// Region files, Pulumi stack files and manifests at the root, by display path.
    public var auxiliaryFiles: [String: [UInt8]] = [:]
    /// Everything the loader read at the root.
    public var facts: ProjectLoader.Facts
  }

  public private(set) var projects: [Project] = []
  /// Problems reading marker files.
  public private(set) var problems: [FileError] = []

  /// Builds the projects for the sources of a discovery.
  public init(discovery: Discovery.Result, loader: ProjectLoader = ProjectLoader()) {
    let walkedDirectories = discovery.roots.filter(\.isDirectory).map { ProjectModel.absolute($0.path) }
    var byRoot: [String: Project] = [:]
    var order: [String] = []
    for source in discovery.sources {
      let absoluteFile = ProjectModel.absolute(source)
      let root = loader.root(ofFile: absoluteFile, fallbacks: walkedDirectories)
      if byRoot[root] == nil {
        let display = Discovery.displayPath(root)
        let isComplete = walkedDirectories.contains { root == $0 || root.hasPrefix($0 == "/" ? "/" : $0 + "/") }
        let facts = loader.facts(root: display)
        problems += facts.problems
        byRoot[root] = Project(
          root: display, markers: facts.markers, sourcePaths: [], isComplete: isComplete, auxiliaryFiles: facts.auxiliaryFiles,
          facts: facts)
        order.append(root)
      }
      byRoot[root]!.sourcePaths.append(source)
    }
    projects = order.map { byRoot[$0]! }
  }

  /// Lets go of the bytes of a project's marker and manifest files, once a streaming check is done with it.
  mutating func releaseFileBytes(ofProject index: Int) {
    projects[index].markers = projects[index].markers.map { ProjectSnapshot.Marker(kind: $0.kind, path: $0.path, bytes: []) }
    projects[index].auxiliaryFiles = [:]
    projects[index].facts.markers = projects[index].markers
    projects[index].facts.auxiliaryFiles = [:]
  }

  /// `path` made absolute against the working directory, with `.` and `..` resolved lexically.
  public static func absolute(_ path: String) -> String {
    let joined = path.hasPrefix("/") ? path : FileSystem.currentDirectory + "/" + path
    var parts: [Substring] = []
    for part in joined.split(separator: "/") {
      if part == "." || part.isEmpty { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }

  /// The parent directory of an absolute path, or nil at `/`.
  public static func parent(of path: String) -> String? {
    guard path != "/", let slash = path.lastIndex(of: "/") else { return nil }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
