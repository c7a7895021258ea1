import IaCModel
import IaCRules
import IaCSyntax

/// Finds the source files and project marker files under the paths a user names.
///
/// Directories that never hold a project's own sources are skipped (`node_modules`, `cdk.out`, `.git`,
/// virtual environments, `__pycache__`, `dist`, `build`, hidden directories), as are TypeScript declaration files,
/// minified JavaScript (`*.min.js`) and whatever the applicable `.gitignore` files exclude. (Bundled JavaScript,
/// known by its very long lines, is skipped when it is read.) `.mjs` and `.cjs` files are checked like `.js`. Symbolic links to directories are not followed, so
/// link loops cannot trap the walk. Files named explicitly are always checked.
public struct Discovery: Sendable {
  /// One directory or file the user named, and what was found under it.
  public struct Root: Sendable {
    /// The path as the user gave it, normalised (`./a/` → `a`).
    public var path: String
    public var isDirectory: Bool
  }

  /// What the walk found.
  public struct Result: Sendable {
    public var roots: [Root] = []
    /// Source files, as display paths, sorted and without duplicates.
    public var sources: [String] = []
    /// Problems met along the way: unreadable directories, missing paths.
    public var problems: [FileError] = []
    /// Paths that were named but do not exist.
    public var missing: [String] = []
    /// What the walk saw of the project files in each directory it listed, by absolute path, so that finding
    /// project roots need not ask the file system again.
    public var listings: [String: ProjectLoader.DirectoryListing] = [:]
  }

  static let skippedDirectories: Set<String> = [
    "node_modules", "cdk.out", "cdktf.out", "__pycache__", "dist", "build", "venv", "env", "site-packages",
    "bower_components", "coverage", "htmlcov",
  ]

  /// Whether the walk lists the directories near the top of a tree on all cores.
  public var parallel: Bool

  public init(parallel: Bool = false) {
    self.parallel = parallel
  }

  /// Normalises a path the way it is shown: no `./` prefix, no trailing slash, relative to the working directory
  /// when it lies under it.
  public static func displayPath(_ path: String) -> String {
    let slash = UInt8(ascii: "/")
    var path = Substring(path)
    while path.utf8.count > 1 && path.utf8.last == slash { path.removeLast() }
    while path.utf8.count >= 2 && path.utf8.first == UInt8(ascii: ".") && path.utf8.dropFirst().first == slash {
      path.removeFirst(2)
    }
    if path.isEmpty { return "." }
    if path.utf8.first == slash {
      let cwd = FileSystem.currentDirectory
      if path == cwd { return "." }
      if path.utf8.count > cwd.utf8.count + 1, path.utf8.starts(with: cwd.utf8),
        path.utf8.dropFirst(cwd.utf8.count).first == slash {
        return String(path.utf8.dropFirst(cwd.utf8.count + 1))!
      }
    }
    return String(path)
  }

  /// Walks `paths` and returns the sources found.
  public func discover(_ paths: [String]) -> Result {
    var result = Result()
    var seen = Set<String>()
    for raw in paths {
      let path = Discovery.displayPath(raw)
      guard FileSystem.exists(path) else {
        result.missing.append(path)
        continue
      }
      if FileSystem.isDirectory(path) {
        result.roots.append(Root(path: path, isDirectory: true))
        let ignores = Discovery.inheritedGitIgnores(above: path).map(ActiveIgnore.init)
        walk(
          path, absolute: Array(ProjectModel.absolute(path).utf8), ignores: ignores, into: &result, seen: &seen,
          parallelDepth: parallel ? 2 : 0)
      } else {
        result.roots.append(Root(path: path, isDirectory: false))
        if Language(path: path) != nil, seen.insert(path).inserted {
          result.sources.append(path)
        }
      }
    }
    result.sources.sort()
    return result
  }

  /// The `.gitignore` files of the directories above `path`, up to the repository root (the directory with `.git`).
  static func inheritedGitIgnores(above path: String) -> [GitIgnore] {
    let absolute = ProjectModel.absolute(path)
    var directories: [String] = []
    var current = ProjectModel.parent(of: absolute)
    var depth = 0
    while let directory = current, depth < 64 {
      directories.append(directory)
      if FileSystem.exists(directory + "/.git") { break }
      current = ProjectModel.parent(of: directory)
      depth += 1
    }
    if FileSystem.exists(absolute + "/.git") { return [] }
    guard let last = directories.last, FileSystem.exists(last + "/.git") else { return [] }
    var ignores: [GitIgnore] = []
    for directory in directories.reversed() {
      if let bytes = try? FileSystem.read(directory + "/.gitignore", limit: 1 << 20) {
        ignores.append(GitIgnore(directory: directory, text: bytes))
      }
    }
    return ignores
  }

  /// A `.gitignore` file in force during the walk, with the length of its directory's absolute path and the slash
  /// after it: the path of an entry relative to it is the entry's absolute path from there on.
  struct ActiveIgnore {
    var ignore: GitIgnore
    var prefixCount: Int

    init(_ ignore: GitIgnore) {
      self.ignore = ignore
      let base = ignore.directory.hasPrefix("/") ? ignore.directory : ProjectModel.absolute(ignore.directory)
      prefixCount = base == "/" ? 1 : base.utf8.count + 1
    }
  }

  /// Whether the `.gitignore` files in force exclude the entry at `absolute` (its absolute path's bytes); the last
  /// file that decides wins.
  static func isIgnored(_ absolute: [UInt8], isDirectory: Bool, ignores: [ActiveIgnore]) -> Bool {
    var ignored = false
    for active in ignores where active.prefixCount <= absolute.count {
      let decision = active.ignore.decision(forPath: absolute, from: active.prefixCount, isDirectory: isDirectory)
      if let decision { ignored = decision }
    }
    return ignored
  }

  /// Walks the directory at `directory` (a display path; `absolute` is its absolute path's bytes), adding the sources
  /// it holds to `result`. A directory that holds `pyvenv.cfg` is a virtual environment and is skipped.
  /// With `parallelDepth` above zero, the subdirectories are walked on all cores, each into a result of its own,
  /// and the results joined in order.
  func walk(
    _ directory: String, absolute: [UInt8], ignores: [ActiveIgnore], into result: inout Result, seen: inout Set<String>,
    skipsEnvironment: Bool = false, parallelDepth: Int = 0
  ) {
    let entries: [(name: String, kind: FileSystem.EntryKind)]
    do {
      entries = try FileSystem.list(directory)
    } catch {
      if skipsEnvironment && FileSystem.exists(directory + "/pyvenv.cfg") { return }
      result.problems.append(error)
      return
    }
    if skipsEnvironment, let venv = entries.first(where: { $0.name == "pyvenv.cfg" }),
      venv.kind != .other || FileSystem.exists(directory + "/pyvenv.cfg") {
      return
    }
    let absolutePath = String(decoding: absolute, as: UTF8.self)
    result.listings[absolutePath] = ProjectLoader.DirectoryListing(entries: entries, directory: absolutePath)
    var ignores = ignores
    if entries.contains(where: { $0.name == ".gitignore" && $0.kind == .file }),
      let bytes = try? FileSystem.read(ProjectSnapshot.join(directory, ".gitignore"), limit: 1 << 20) {
      var active = ActiveIgnore(GitIgnore(directory: directory, text: bytes))
      active.prefixCount = absolute == [UInt8(ascii: "/")] ? 1 : absolute.count + 1
      ignores.append(active)
    }
    var child = absolute
    if child != [UInt8(ascii: "/")] { child.append(UInt8(ascii: "/")) }
    let childStart = child.count
    let prefix = directory == "." ? "" : directory.hasSuffix("/") ? directory : directory + "/"
    var subdirectories: [(path: String, absolute: [UInt8])] = []
    defer {
      if !subdirectories.isEmpty {
        let ignores = ignores
        let parts = ParallelMap.map(subdirectories) { subdirectory -> Result in
          var part = Result()
          var partSeen = Set<String>()
          walk(
            subdirectory.path, absolute: subdirectory.absolute, ignores: ignores, into: &part, seen: &partSeen,
            skipsEnvironment: true, parallelDepth: parallelDepth - 1)
          return part
        }
        for part in parts {
          for path in part.sources where seen.insert(path).inserted { result.sources.append(path) }
          result.problems += part.problems
          result.listings.merge(part.listings) { _, new in new }
        }
      }
    }
    for entry in entries {
      var path = prefix
      path.append(entry.name)
      child.removeSubrange(childStart...)
      child.append(contentsOf: entry.name.utf8)
      switch entry.kind {
      case .directory:
        if entry.name.hasPrefix(".") || Discovery.skippedDirectories.contains(entry.name) { continue }
        if !ignores.isEmpty && Discovery.isIgnored(child, isDirectory: true, ignores: ignores) { continue }
        if parallelDepth > 0 {
          subdirectories.append((path, child))
        } else {
          walk(path, absolute: child, ignores: ignores, into: &result, seen: &seen, skipsEnvironment: true)
        }
      case .file:
        guard Language(path: entry.name) != nil, !ProjectLoader.isMinifiedName(entry.name) else { continue }
        if !ignores.isEmpty && Discovery.isIgnored(child, isDirectory: false, ignores: ignores) { continue }
        if seen.insert(path).inserted { result.sources.append(path) }
      case .other:
        // A source file's name on a link that leads nowhere (a loop, a missing target) is worth a note.
        guard Language(path: entry.name) != nil, !FileSystem.exists(path), FileSystem.isSymbolicLink(path) else {
          continue
        }
        let reason = "cannot read: a symbolic link that leads nowhere (a loop or a missing target)"
        result.problems.append(FileError(path: path, reason: reason))
      case .symlinkToDirectory:
        continue
      }
    }
  }
}
