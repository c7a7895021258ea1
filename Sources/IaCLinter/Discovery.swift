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
  }

  static let skippedDirectories: Set<String> = [
    "node_modules", "cdk.out", "cdktf.out", "__pycache__", "dist", "build", "venv", "env", "site-packages",
    "bower_components", "coverage", "htmlcov",
  ]

  public init() {}

  /// Normalises a path the way it is shown: no `./` prefix, no trailing slash, relative to the working directory
  /// when it lies under it.
  public static func displayPath(_ path: String) -> String {
    var path = path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    while path.hasPrefix("./") { path.removeFirst(2) }
    if path.isEmpty { return "." }
    if path.hasPrefix("/") {
      let cwd = FileSystem.currentDirectory
      if path == cwd { return "." }
      if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
    }
    return path
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
        let ignores = Discovery.inheritedGitIgnores(above: path)
        walk(path, ignores: ignores, into: &result, seen: &seen)
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

  func isIgnored(_ path: String, isDirectory: Bool, ignores: [GitIgnore]) -> Bool {
    var ignored = false
    let absolute = ProjectModel.absolute(path)
    for ignore in ignores {
      let base = ignore.directory.hasPrefix("/") ? ignore.directory : ProjectModel.absolute(ignore.directory)
      let prefix = base == "/" ? "/" : base + "/"
      guard absolute.hasPrefix(prefix) else { continue }
      let relative = String(absolute.dropFirst(prefix.count))
      if let decision = ignore.decision(forRelativePath: relative, isDirectory: isDirectory) { ignored = decision }
    }
    return ignored
  }

  func walk(_ directory: String, ignores: [GitIgnore], into result: inout Result, seen: inout Set<String>) {
    let entries: [(name: String, kind: FileSystem.EntryKind)]
    do {
      entries = try FileSystem.list(directory)
    } catch {
      result.problems.append(error)
      return
    }
    var ignores = ignores
    if entries.contains(where: { $0.name == ".gitignore" && $0.kind == .file }),
      let bytes = try? FileSystem.read(ProjectSnapshot.join(directory, ".gitignore"), limit: 1 << 20) {
      ignores.append(GitIgnore(directory: directory, text: bytes))
    }
    for entry in entries {
      let path = directory == "." ? entry.name : ProjectSnapshot.join(directory, entry.name)
      switch entry.kind {
      case .directory:
        if entry.name.hasPrefix(".") || Discovery.skippedDirectories.contains(entry.name) { continue }
        if FileSystem.exists(path + "/pyvenv.cfg") { continue }
        if isIgnored(path, isDirectory: true, ignores: ignores) { continue }
        walk(path, ignores: ignores, into: &result, seen: &seen)
      case .file:
        guard Language(path: entry.name) != nil, !ProjectLoader.isMinifiedName(entry.name) else { continue }
        if isIgnored(path, isDirectory: false, ignores: ignores) { continue }
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
