import IaCModel
import IaCRules
import IaCSyntax

/// Groups checked files into projects: a project's root is the nearest directory above a file that holds
/// `cdk.json`, `cdktf.json` or `Pulumi.yaml` (looking above the checked paths too, up to the repository root).
/// Files with no marker above them are grouped under the nearest directory that looks like a project root
/// (`requirements.txt`, `pyproject.toml`, `setup.py`, `Pipfile`, `package.json` or `.git`), else under the
/// directory the user named.
public struct ProjectModel: Sendable {
  /// One project: its root (display path), marker files and member source paths.
  public struct Project: Sendable {
    public var root: String
    public var markers: [ProjectSnapshot.Marker]
    public var sourcePaths: [String]
    /// Whether the check covered the whole root directory.
    public var isComplete: Bool
    /// Region files and Pulumi stack files at the root, by display path.
    public var auxiliaryFiles: [String: [UInt8]] = [:]
  }

  public private(set) var projects: [Project] = []
  /// Problems reading marker files.
  public private(set) var problems: [FileError] = []

  static let markerNames: [(String, ProjectSnapshot.Kind)] = [
    ("cdk.json", .cdk), ("cdktf.json", .cdktf), ("Pulumi.yaml", .pulumi), ("Pulumi.yml", .pulumi),
  ]
  static let rootHints = [
    "requirements.txt", "pyproject.toml", "setup.py", "Pipfile", "package.json", "tsconfig.json", "cdk.context.json", "app.py",
    ".git",
  ]

  /// Builds the projects for the sources of a discovery.
  public init(discovery: Discovery.Result) {
    let walkedDirectories = discovery.roots.filter(\.isDirectory).map { ProjectModel.absolute($0.path) }
    var byRoot: [String: Project] = [:]
    var order: [String] = []
    var markerCache: [String: [(String, ProjectSnapshot.Kind)]] = [:]
    var hintCache: [String: Bool] = [:]

    func markers(in directory: String) -> [(String, ProjectSnapshot.Kind)] {
      if let cached = markerCache[directory] { return cached }
      let found = ProjectModel.markerNames.filter { FileSystem.exists(ProjectSnapshot.join(directory, $0.0)) }
      markerCache[directory] = found
      return found
    }
    func hasHint(_ directory: String) -> Bool {
      if let cached = hintCache[directory] { return cached }
      let found = ProjectModel.rootHints.contains { FileSystem.exists(ProjectSnapshot.join(directory, $0)) }
      hintCache[directory] = found
      return found
    }

    for source in discovery.sources {
      let absoluteFile = ProjectModel.absolute(source)
      var directory = ProjectModel.parent(of: absoluteFile)
      var rootAbsolute: String?
      var hint: String?
      var depth = 0
      while let current = directory, depth < 64 {
        if !markers(in: current).isEmpty {
          rootAbsolute = current
          break
        }
        if hint == nil && hasHint(current) { hint = current }
        if FileSystem.exists(current + "/.git") { break }
        directory = ProjectModel.parent(of: current)
        depth += 1
      }
      if rootAbsolute == nil {
        // No marker: the nearest hinted directory within what was checked, else the named directory.
        let namedRoot = walkedDirectories.filter { absoluteFile.hasPrefix($0 + "/") || $0 == "/" }.max { $0.count < $1.count }
        if let hint, let namedRoot, hint.hasPrefix(namedRoot) || hint == namedRoot {
          rootAbsolute = hint
        } else {
          rootAbsolute = namedRoot ?? hint ?? ProjectModel.parent(of: absoluteFile) ?? "/"
        }
      }
      let root = rootAbsolute!
      if byRoot[root] == nil {
        let display = Discovery.displayPath(root)
        let isComplete = walkedDirectories.contains { root == $0 || root.hasPrefix($0 == "/" ? "/" : $0 + "/") }
        var found: [ProjectSnapshot.Marker] = []
        for (name, kind) in markers(in: root) {
          let path = ProjectSnapshot.join(display, name)
          do {
            found.append(ProjectSnapshot.Marker(kind: kind, path: path, bytes: try FileSystem.read(path, limit: 4 << 20)))
          } catch {
            problems.append(error)
          }
        }
        byRoot[root] = Project(
          root: display, markers: found, sourcePaths: [], isComplete: isComplete, auxiliaryFiles: ProjectModel.auxiliaryFiles(in: display))
        order.append(root)
      }
      byRoot[root]!.sourcePaths.append(source)
    }
    projects = order.map { byRoot[$0]! }
  }

  /// The region files and Pulumi stack files in a project root.
  static func auxiliaryFiles(in root: String) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for name in ["AWS_REGION", "lib/AWS_REGION", "package.json"] {
      let path = ProjectSnapshot.join(root, name)
      if let bytes = try? FileSystem.read(path, limit: 1 << 20) { files[path] = bytes }
    }
    if let entries = try? FileSystem.list(root == "" ? "." : root) {
      for entry in entries where entry.kind == .file && entry.name.hasPrefix("Pulumi.") && entry.name != "Pulumi.yaml"
        && entry.name != "Pulumi.yml" && (entry.name.hasSuffix(".yaml") || entry.name.hasSuffix(".yml")) {
        let path = ProjectSnapshot.join(root, entry.name)
        if let bytes = try? FileSystem.read(path, limit: 1 << 20) { files[path] = bytes }
      }
    }
    return files
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
