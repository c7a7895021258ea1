import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax

/// The text of an open document, which wins over the file on disk.
public struct OpenText: Sendable {
  public var version: Int
  public var bytes: [UInt8]

  public init(version: Int, bytes: [UInt8]) {
    self.version = version
    self.bytes = bytes
  }
}

/// The projects of open documents: their roots, marker files, region files and parsed sources, read from disk
/// once and kept until a watched file, a save or a workspace change says otherwise. Safe to use from several
/// threads.
///
/// A project's root is the nearest directory above a file holding `cdk.json`, `cdktf.json` or `Pulumi.yaml`, as
/// `ProjectModel` finds it for the command line; without one, the nearest directory that looks like a project
/// (`pyproject.toml`, `package.json`, …), else the workspace folder.
public final class ProjectCache: @unchecked Sendable {
  /// Where a project starts and whether all of it is read.
  public struct Root: Sendable, Hashable {
    public var path: String
    public var isComplete: Bool
  }

  struct Entry {
    var markers: [ProjectSnapshot.Marker]
    var auxiliary: [String: [UInt8]]
    var sourcePaths: [String]
    var truncated: Bool
    var disk: [String: SourceFile] = [:]
  }

  /// Projects larger than this many sources are read in part (and project rules that need the whole project
  /// stay quiet).
  public static let maximumSources = 3000
  static let markerNames: [(String, ProjectSnapshot.Kind)] = [
    ("cdk.json", .cdk), ("cdktf.json", .cdktf), ("Pulumi.yaml", .pulumi), ("Pulumi.yml", .pulumi),
  ]
  static let rootHints = ["requirements.txt", "pyproject.toml", "setup.py", "Pipfile", "package.json"]

  let lock = NSLock()
  var roots: [String: Root] = [:]
  var entries: [String: Entry] = [:]
  var parsedOpen: [String: (version: Int, file: SourceFile)] = [:]
  var workspaceFolders: [String] = []

  public init() {}

  /// Sets the workspace folders (absolute paths); roots are worked out again.
  public func setWorkspaceFolders(_ folders: [String]) {
    lock.lock()
    defer { lock.unlock() }
    workspaceFolders = folders
    roots.removeAll()
    entries.removeAll()
  }

  /// Forgets what is known about `path` on disk: a source is read again; any other file (a marker, a region
  /// file) makes every project be read again.
  public func invalidate(path: String) {
    lock.lock()
    defer { lock.unlock() }
    if Language(path: path) != nil {
      var structural = false
      for (root, entry) in entries where path.hasPrefix(root == "/" ? "/" : root + "/") {
        entries[root]!.disk[path] = nil
        if !entry.sourcePaths.contains(path) || !FileSystem.exists(path) { structural = true }
      }
      if structural { entries.removeAll() }
    } else {
      roots.removeAll()
      entries.removeAll()
    }
  }

  /// Forgets everything.
  public func invalidateAll() {
    lock.lock()
    defer { lock.unlock() }
    roots.removeAll()
    entries.removeAll()
    parsedOpen.removeAll()
  }

  /// Forgets the parsed text of a closed document.
  public func closed(path: String) {
    lock.lock()
    defer { lock.unlock() }
    parsedOpen[path] = nil
  }

  /// The project root of the file at `path` (absolute).
  public func root(forFile path: String) -> Root {
    let directory = ProjectModel.parent(of: path) ?? "/"
    lock.lock()
    if let cached = roots[directory] {
      lock.unlock()
      return cached
    }
    let folders = workspaceFolders
    lock.unlock()
    let root = ProjectCache.findRoot(directory: directory, workspaceFolders: folders)
    lock.lock()
    roots[directory] = root
    lock.unlock()
    return root
  }

  static func findRoot(directory: String, workspaceFolders: [String]) -> Root {
    var current: String? = directory
    var hint: String?
    var depth = 0
    while let candidate = current, depth < 64 {
      if markerNames.contains(where: { FileSystem.exists(ProjectSnapshot.join(candidate, $0.0)) }) {
        return Root(path: candidate, isComplete: true)
      }
      if hint == nil && rootHints.contains(where: { FileSystem.exists(ProjectSnapshot.join(candidate, $0)) }) {
        hint = candidate
      }
      if FileSystem.exists(ProjectSnapshot.join(candidate, ".git")) || workspaceFolders.contains(candidate) { break }
      current = ProjectModel.parent(of: candidate)
      depth += 1
    }
    let folder = workspaceFolders.filter { directory == $0 || directory.hasPrefix($0 == "/" ? "/" : $0 + "/") }
      .max { $0.count < $1.count }
    if let hint, folder == nil || hint.hasPrefix(folder!) { return Root(path: hint, isComplete: true) }
    if let folder { return Root(path: folder, isComplete: true) }
    return Root(path: directory, isComplete: false)
  }

  /// The project of the file at `path`, with open documents' text in place of the files on disk.
  public func snapshot(forFile path: String, open: [String: OpenText]) -> ProjectSnapshot {
    let root = root(forFile: path)
    lock.lock()
    var cached = entries[root.path]
    lock.unlock()
    if cached == nil {
      let loaded = ProjectCache.load(root: root.path)
      lock.lock()
      entries[root.path] = loaded
      lock.unlock()
      cached = loaded
    }
    let entry = cached!
    var paths = entry.sourcePaths
    let prefix = root.path == "/" ? "/" : root.path + "/"
    var known = Set(paths)
    for openPath in open.keys.sorted() where openPath.hasPrefix(prefix) && Language(path: openPath) != nil && !known.contains(openPath) {
      paths.append(openPath)
      known.insert(openPath)
    }
    var sources: [SourceFile] = []
    sources.reserveCapacity(paths.count)
    var newlyRead: [String: SourceFile] = [:]
    for sourcePath in paths {
      if let text = open[sourcePath] {
        sources.append(parsedOpenFile(path: sourcePath, text: text))
      } else if let file = entry.disk[sourcePath] {
        sources.append(file)
      } else if let bytes = try? FileSystem.read(sourcePath, limit: 16 << 20), !TextCheck.looksBinary(bytes) {
        let file = SourceFile(path: sourcePath, bytes: bytes)
        newlyRead[sourcePath] = file
        sources.append(file)
      }
    }
    if !newlyRead.isEmpty {
      lock.lock()
      if entries[root.path] != nil {
        entries[root.path]!.disk.merge(newlyRead) { _, new in new }
      }
      lock.unlock()
    }
    var snapshot = ProjectSnapshot(
      root: root.path,
      markers: entry.markers,
      sources: sources,
      isComplete: root.isComplete && !entry.truncated,
      fileExists: { FileSystem.exists($0) }
    )
    snapshot.auxiliaryFiles = entry.auxiliary
    return snapshot
  }

  /// Parses an open document's text once per version.
  public func parsedOpenFile(path: String, text: OpenText) -> SourceFile {
    lock.lock()
    if let cached = parsedOpen[path], cached.version == text.version, cached.file.bytes.count == text.bytes.count {
      lock.unlock()
      return cached.file
    }
    lock.unlock()
    let file = SourceFile(path: path, bytes: text.bytes)
    lock.lock()
    parsedOpen[path] = (text.version, file)
    lock.unlock()
    return file
  }

  /// Records a parse of an open document made elsewhere, so the project does not parse it again.
  public func remember(_ file: SourceFile, version: Int) {
    lock.lock()
    parsedOpen[file.path] = (version, file)
    lock.unlock()
  }

  static func load(root: String) -> Entry {
    var markers: [ProjectSnapshot.Marker] = []
    for (name, kind) in markerNames {
      let path = ProjectSnapshot.join(root, name)
      if let bytes = try? FileSystem.read(path, limit: 4 << 20) {
        markers.append(ProjectSnapshot.Marker(kind: kind, path: path, bytes: bytes))
      }
    }
    var auxiliary: [String: [UInt8]] = [:]
    for name in ["AWS_REGION", "lib/AWS_REGION"] {
      let path = ProjectSnapshot.join(root, name)
      if let bytes = try? FileSystem.read(path, limit: 4096) { auxiliary[path] = bytes }
    }
    if let list = try? FileSystem.list(root) {
      for item in list where item.kind == .file && item.name.hasPrefix("Pulumi.") && item.name != "Pulumi.yaml"
        && item.name != "Pulumi.yml" && (item.name.hasSuffix(".yaml") || item.name.hasSuffix(".yml")) {
        let path = ProjectSnapshot.join(root, item.name)
        if let bytes = try? FileSystem.read(path, limit: 1 << 20) { auxiliary[path] = bytes }
      }
    }
    let discovered = sources(under: root)
    let truncated = discovered.count > maximumSources
    return Entry(markers: markers, auxiliary: auxiliary, sourcePaths: Array(discovered.prefix(maximumSources)), truncated: truncated)
  }

  /// The source files under a directory (absolute paths), as the command line would find them.
  public static func sources(under directory: String) -> [String] {
    Discovery().discover([directory]).sources.map { ProjectModel.absolute($0) }
  }
}
