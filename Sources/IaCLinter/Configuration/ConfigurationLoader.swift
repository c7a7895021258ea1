import Foundation
import IaCModel
import IaCRules
import IaCSyntax

/// Finds the configuration that applies to a file: the nearest `iaclsp.toml` (or `.iaclsp.toml`, or a
/// `pyproject.toml` with a `[tool.iaclsp]` table) in the file's directory or above it. The loader is safe to use
/// from several threads.
///
/// Each configuration file is read once. Which configuration a directory resolves to is remembered until
/// ``forgetResolved()``. A loader seeded with a walk's listings (``seed(roots:listings:)``) asks the file system
/// nothing about directories the walk listed: it knows which of them hold a configuration file's name.
public final class ConfigurationLoader: @unchecked Sendable {
  /// The names a configuration is read from, in the order they are looked for in one directory.
  public static let fileNames = ["iaclsp.toml", ".iaclsp.toml", "pyproject.toml"]

  let lock = NSLock()
  /// Which configuration each directory resolves to (its own or its nearest ancestor's); a memo.
  var byDirectory: [String: Result<Configuration?, ConfigurationError>] = [:]
  /// What each directory's own configuration file gave, by the directories that were looked in on disk or that a
  /// walk saw a configuration file's name in; nil when the directory holds none.
  var ownConfigurations: [String: Result<Configuration?, ConfigurationError>?] = [:]
  /// The directories walks started from, as absolute paths, deepest first.
  var walkRoots: [String] = []
  /// For the directories walks listed that hold an entry named like a configuration file: each such name, and
  /// whether it is a regular file (any other kind is asked about again).
  var listedNames: [String: [String: Bool]] = [:]
  let registry: RuleRegistry

  public init(registry: RuleRegistry = .shared) {
    self.registry = registry
  }

  /// Takes what a walk saw: the directories it started from (`roots`, display or absolute paths) and its listings by
  /// absolute path. Only the listings that name a configuration file are kept. Afterwards a file the walk found can
  /// be looked up with `walked: true`, and every directory from the file's up to the walk's start is answered from
  /// the listings.
  package func seed(roots: [String], listings: [String: ProjectLoader.DirectoryListing]) {
    let usable = roots.filter(ConfigurationLoader.isLexicallyExact).map(ProjectModel.absolute)
    lock.withLock {
      walkRoots = Array(Set(walkRoots + usable)).sorted { $0.utf8.count > $1.utf8.count }
      for (directory, listing) in listings where !listing.configurationNames.isEmpty {
        listedNames[directory] = listing.configurationNames
      }
    }
  }

  /// Forgets which configuration each directory resolves to, keeping the configuration files read: a batch check
  /// calls it between batches so that the memo follows a batch, not the tree.
  package func forgetResolved() {
    lock.withLock { byDirectory.removeAll(keepingCapacity: true) }
  }

  /// The configuration for the file at `path` (a display path), nil when none applies, or the error of the
  /// nearest configuration file when it is malformed.
  public func configuration(forFile path: String) throws(ConfigurationError) -> Configuration? {
    try configuration(forFile: path, walked: false)
  }

  /// As ``configuration(forFile:)``; `walked` says that a walk this loader was seeded with found the file.
  package func configuration(forFile path: String, walked: Bool) throws(ConfigurationError) -> Configuration? {
    let absolute = ProjectModel.absolute(path)
    guard let directory = ProjectModel.parent(of: absolute) else { return nil }
    return try resolve(directory, listedUpTo: walked ? walkRoot(containing: directory) : nil)
  }

  /// The configuration found in `directory` (absolute) or its nearest ancestor.
  public func configuration(inOrAbove directory: String) throws(ConfigurationError) -> Configuration? {
    try resolve(directory, listedUpTo: nil)
  }

  /// As ``configuration(inOrAbove:)``, where `walkedFile` (a display path under `directory`) is a file that a walk
  /// this loader was seeded with found.
  package func configuration(inOrAbove directory: String, walkedFile: String) throws(ConfigurationError) -> Configuration? {
    let file = ProjectModel.absolute(walkedFile)
    var floor: String?
    if let fileDirectory = ProjectModel.parent(of: file), ConfigurationLoader.isAtOrBelow(fileDirectory, directory) {
      floor = walkRoot(containing: fileDirectory)
    }
    return try resolve(directory, listedUpTo: floor)
  }

  /// The configuration at or above the root of `project`, one of the projects of a seeded walk; `namedFiles` are
  /// the files that were named rather than found by the walk.
  package func configuration(forProject project: ProjectModel.Project, namedFiles: Set<String>) throws(ConfigurationError) -> Configuration? {
    let root = ProjectModel.absolute(project.root)
    guard let walked = project.sourcePaths.first(where: { !namedFiles.contains($0) }) else {
      return try configuration(inOrAbove: root)
    }
    return try configuration(inOrAbove: root, walkedFile: walked)
  }

  /// Whether a path names the same directory lexically (as ``ProjectModel/absolute(_:)`` resolves it) as on disk:
  /// no `..` after a name, which could lead back out of a symbolic link.
  static func isLexicallyExact(_ path: String) -> Bool {
    var afterName = false
    for part in path.split(separator: "/") where part != "." {
      if part == ".." {
        if afterName { return false }
      } else {
        afterName = true
      }
    }
    return true
  }

  /// Whether the absolute path `directory` is `ancestor` or lies under it, compared as bytes.
  static func isAtOrBelow(_ directory: String, _ ancestor: String) -> Bool {
    var directory = directory
    var ancestor = ancestor
    return directory.withUTF8 { path in
      ancestor.withUTF8 { prefix in
        guard path.count >= prefix.count, path.first == UInt8(ascii: "/") else { return false }
        guard prefix.count == 0 || memcmp(path.baseAddress!, prefix.baseAddress!, prefix.count) == 0 else { return false }
        return path.count == prefix.count || prefix.count == 1 || path[prefix.count] == UInt8(ascii: "/")
      }
    }
  }

  /// The deepest walk root at or above `directory`, a directory a walk listed: the walk listed every directory
  /// between the two.
  func walkRoot(containing directory: String) -> String? {
    lock.withLock { walkRoots.first { ConfigurationLoader.isAtOrBelow(directory, $0) } }
  }

  /// The configuration of `directory` or its nearest ancestor; the directories at or below `floor` were listed by a
  /// seeded walk.
  func resolve(_ directory: String, listedUpTo floor: String?) throws(ConfigurationError) -> Configuration? {
    var chain: [String] = []
    var current: String? = directory
    var found: Result<Configuration?, ConfigurationError> = .success(nil)
    while let candidate = current {
      if let cached = cached(candidate) {
        found = cached
        break
      }
      chain.append(candidate)
      let listed = floor.map { ConfigurationLoader.isAtOrBelow(candidate, $0) } ?? false
      if let result = ownConfiguration(in: candidate, listed: listed) {
        found = result
        break
      }
      current = ProjectModel.parent(of: candidate)
    }
    lock.lock()
    for directory in chain { byDirectory[directory] = found }
    lock.unlock()
    return try found.get()
  }

  func cached(_ directory: String) -> Result<Configuration?, ConfigurationError>? {
    lock.lock()
    defer { lock.unlock() }
    return byDirectory[directory]
  }

  /// What the configuration file in `directory` gives, or nil when it holds none; read once. A directory a seeded
  /// walk `listed` without a configuration file's name in it is answered without asking the file system.
  func ownConfiguration(in directory: String, listed: Bool) -> Result<Configuration?, ConfigurationError>? {
    enum Known {
      case read(Result<Configuration?, ConfigurationError>?)
      case listed([String: Bool]?)
      case unknown
    }
    let known: Known = lock.withLock {
      // Most listed directories hold no configuration file's name: one look-up answers them.
      if listed && listedNames[directory] == nil { return .listed(nil) }
      if let own = ownConfigurations[directory] { return .read(own) }
      return listed ? .listed(listedNames[directory]) : .unknown
    }
    let result: Result<Configuration?, ConfigurationError>?
    switch known {
    case .read(let own):
      return own
    case .listed(nil):
      return nil
    case .listed(let names?):
      result = load(in: directory) { name in
        guard let isFile = names[name] else { return false }
        return isFile || FileSystem.exists(ProjectSnapshot.join(directory, name))
      }
    case .unknown:
      result = load(in: directory) { FileSystem.exists(ProjectSnapshot.join(directory, $0)) }
    }
    lock.withLock { ownConfigurations[directory] = result }
    return result
  }

  /// The result of reading a configuration file in `directory`, or nil when it holds none; `exists` says whether
  /// the directory holds an entry of a name.
  func load(in directory: String, exists: (String) -> Bool) -> Result<Configuration?, ConfigurationError>? {
    let display = Discovery.displayPath(directory)
    for name in ["iaclsp.toml", ".iaclsp.toml"] {
      guard exists(name) else { continue }
      let path = ProjectSnapshot.join(directory, name)
      return read(path, display: ProjectSnapshot.join(display, name), directory: display, table: nil)
    }
    if exists("pyproject.toml") {
      let pyproject = ProjectSnapshot.join(directory, "pyproject.toml")
      let result = read(pyproject, display: ProjectSnapshot.join(display, "pyproject.toml"), directory: display, table: ["tool", "iaclsp"])
      if case .success(nil) = result { return nil }
      return result
    }
    return nil
  }

  func read(_ path: String, display: String, directory: String, table: [String]?) -> Result<Configuration?, ConfigurationError> {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path, limit: 1 << 20)
    } catch {
      return .failure(ConfigurationError(path: display, line: nil, message: "cannot read: \(error.reason)"))
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(ConfigurationError(path: display, line: nil, message: "not valid UTF-8"))
    }
    do {
      return .success(try Configuration.parse(text, path: display, directory: directory, table: table, registry: registry))
    } catch {
      return .failure(error)
    }
  }
}
