import Foundation
import IaCModel
import IaCSyntax

/// Where the project loader reads files: the disk, or a set of files held in memory.
public protocol ProjectFiles: Sendable {
  /// Whether a file or directory exists at `path`.
  func exists(_ path: String) -> Bool
  /// The bytes of the regular file at `path`, or nil when it is missing, unreadable or larger than `limit`.
  func read(_ path: String, limit: Int) throws(FileError) -> [UInt8]
  /// The names of the regular files in `directory`.
  func fileNames(in directory: String) -> [String]
}

/// The file system.
public struct DiskFiles: ProjectFiles {
  public init() {}

  public func exists(_ path: String) -> Bool { FileSystem.exists(path) }

  public func read(_ path: String, limit: Int) throws(FileError) -> [UInt8] { try FileSystem.read(path, limit: limit) }

  public func fileNames(in directory: String) -> [String] {
    ((try? FileSystem.list(directory.isEmpty ? "." : directory)) ?? []).filter { $0.kind == .file }.map(\.name)
  }
}

/// Files held in memory, by path (`./` prefixes are ignored); a directory exists when a file lies under it.
public struct MemoryFiles: ProjectFiles {
  public var files: [String: [UInt8]]

  public init(_ files: [String: [UInt8]]) {
    var normalised: [String: [UInt8]] = [:]
    for (path, bytes) in files { normalised[MemoryFiles.normalise(path)] = bytes }
    self.files = normalised
  }

  static func normalise(_ path: String) -> String {
    var path = path
    while path.hasPrefix("./") { path.removeFirst(2) }
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return path
  }

  public func exists(_ path: String) -> Bool {
    let path = MemoryFiles.normalise(path)
    if path == "." || path.isEmpty { return true }
    return files[path] != nil || files.keys.contains { $0.hasPrefix(path + "/") }
  }

  public func read(_ path: String, limit: Int) throws(FileError) -> [UInt8] {
    guard let bytes = files[MemoryFiles.normalise(path)] else { throw FileError(path: path, reason: "No such file or directory") }
    if bytes.count > limit { throw FileError(path: path, reason: "larger than \(limit) bytes") }
    return bytes
  }

  public func fileNames(in directory: String) -> [String] {
    let directory = MemoryFiles.normalise(directory)
    let prefix = directory == "." || directory.isEmpty ? "" : directory + "/"
    return files.keys.compactMap { path -> String? in
      guard path.hasPrefix(prefix) else { return nil }
      let rest = path.dropFirst(prefix.count)
      return rest.contains("/") ? nil : String(rest)
    }.sorted()
  }
}

/// Loads what the linter knows about projects, the same way for the command line, the language server and the
/// tests: where a project starts, its marker files (`cdk.json`, `cdktf.json`, `Pulumi.yaml`), its manifests
/// (`package.json`, `package-lock.json`, `requirements*.txt`, `pyproject.toml`, `Pipfile`, `setup.py`) and the
/// library versions they pin, region files and Pulumi stack files.
///
/// A project's root is found from the file alone: the nearest directory above it that holds a marker; without
/// one, the nearest directory that looks like a project root (a manifest, `tsconfig.json`, `cdk.context.json`,
/// `app.py`). The search stops at the repository root (the directory with `.git`). Only a file with neither
/// above it falls back to a directory the caller names (the directory checked, the editor's workspace folder), then
/// to the repository root.
///
/// Lookups are cached; ``forget()`` drops the cache when files may have changed. Safe to use from several threads.
public final class ProjectLoader: @unchecked Sendable {
  /// What a project root holds, read once.
  public struct Facts: Sendable, Equatable {
    public var markers: [ProjectSnapshot.Marker]
    /// Region files, Pulumi stack files and manifests (except lock files, which only give pins), by path.
    public var auxiliaryFiles: [String: [UInt8]]
    public var pins: DependencyPins
    /// Marker files that could not be read.
    public var problems: [FileError]

    /// No markers, files, pins or problems: the facts of a project not read yet.
    public static let none = Facts(markers: [], auxiliaryFiles: [:], pins: DependencyPins(), problems: [])

    public static func == (a: Facts, b: Facts) -> Bool {
      a.markers.map { [$0.kind.rawValue, $0.path] } == b.markers.map { [$0.kind.rawValue, $0.path] }
        && a.markers.map(\.bytes) == b.markers.map(\.bytes) && a.auxiliaryFiles == b.auxiliaryFiles && a.pins == b.pins
        && a.problems.map(\.description) == b.problems.map(\.description)
    }
  }

  public static let markerNames: [(String, ProjectSnapshot.Kind)] = [
    ("cdk.json", .cdk), ("cdktf.json", .cdktf), ("Pulumi.yaml", .pulumi), ("Pulumi.yml", .pulumi),
  ]
  /// Manifests kept in the snapshot's `auxiliaryFiles`.
  public static let manifestNames = ["package.json", "pyproject.toml", "Pipfile", "setup.py", "requirements.txt"]
  /// Files that mark a directory as a project root when no marker is found. (The repository root, with `.git`,
  /// is a root only for files that lie in no directory the caller names.)
  public static let rootHints = manifestNames + ["tsconfig.json", "cdk.context.json", "app.py"]
  /// Names of project files whose change changes project facts (besides markers and manifests).
  public static let projectFileNames: Set<String> = Set(
    markerNames.map(\.0) + manifestNames + ["package-lock.json", "AWS_REGION", "tsconfig.json", "cdk.context.json"])

  /// What a directory listing says about the files that mark a project root: whether the directory holds a marker,
  /// a root hint, `.git`. Seeded from a walk, it spares one `stat` per name and directory.
  public struct DirectoryListing: Sendable {
    public var hasMarker: Bool
    public var hasHint: Bool
    public var hasGit: Bool
    /// The entries a project's facts may be read from (see ``ProjectLoader/facts(root:)``), each with whether it is a
    /// regular file, so that facts are not looked for where the walk saw nothing.
    var factEntries: [String: Bool] = [:]
    /// The entries named like a configuration file (``ConfigurationLoader/fileNames``), each with whether it is a
    /// regular file, so that configurations are not looked for where the walk saw none.
    var configurationNames: [String: Bool] = [:]

    /// From the entries of the directory at `directory`. An entry of another kind (a link that leads nowhere, a
    /// pipe) is asked about again, since a dangling link does not exist.
    init(entries: [(name: String, kind: FileSystem.EntryKind)], directory: String) {
      var hasMarker = false
      var hasHint = false
      var hasGit = false
      for entry in entries {
        let isMarker = ProjectLoader.markerNames.contains { $0.0 == entry.name }
        let isHint = !isMarker && ProjectLoader.rootHints.contains(entry.name)
        let isGit = entry.name == ".git"
        if ProjectLoader.mayHoldFacts(entry.name) { factEntries[entry.name] = entry.kind == .file }
        if ConfigurationLoader.fileNames.contains(entry.name) { configurationNames[entry.name] = entry.kind == .file }
        guard isMarker || isHint || isGit else { continue }
        guard entry.kind != .other || FileSystem.exists(ProjectSnapshot.join(directory, entry.name)) else { continue }
        if isMarker { hasMarker = true }
        if isHint { hasHint = true }
        if isGit { hasGit = true }
      }
      self.hasMarker = hasMarker
      self.hasHint = hasHint
      self.hasGit = hasGit
    }
  }

  public let files: any ProjectFiles
  let lock = NSLock()
  var hasMarkers: [String: Bool] = [:]
  var hasHints: [String: Bool] = [:]
  var hasGit: [String: Bool] = [:]
  /// What walks saw in the directories they listed, by absolute path (see ``seed(_:)``).
  var listings: [String: DirectoryListing] = [:]
  /// The outcome of ``search(from:)`` by the directory searched from.
  var searches: [String: (root: String?, repository: String?)] = [:]

  public init(files: any ProjectFiles = DiskFiles()) {
    self.files = files
  }

  /// Forgets every cached lookup.
  public func forget() {
    lock.withLock {
      hasMarkers.removeAll()
      hasHints.removeAll()
      hasGit.removeAll()
      searches.removeAll()
      listings.removeAll()
    }
  }

  /// Takes what a walk of the disk saw in the directories it listed (by absolute path), so that finding roots under
  /// them asks the file system nothing more. Only for a loader that reads the disk.
  public func seed(_ listings: [String: DirectoryListing]) {
    guard files is DiskFiles else { return }
    lock.withLock {
      if self.listings.isEmpty {
        self.listings = listings
      } else {
        self.listings.merge(listings) { _, new in new }
      }
    }
  }

  /// Forgets the roots found so far and what walks saw, except at the project roots `roots` (absolute paths) and in
  /// their `lib` directories, which ``facts(root:)`` reads.
  func keepListings(ofRoots roots: [String]) {
    lock.withLock {
      var kept: [String: DirectoryListing] = [:]
      for root in roots {
        for directory in [root, ProjectSnapshot.join(root, "lib")] {
          if let listing = listings[directory] { kept[directory] = listing }
        }
      }
      listings = kept
      searches.removeAll()
      hasMarkers.removeAll()
      hasHints.removeAll()
      hasGit.removeAll()
    }
  }

  /// What a walk saw in `directory`, if it listed it.
  func listing(of directory: String) -> DirectoryListing? {
    lock.withLock { listings.isEmpty ? nil : listings[directory] }
  }

  /// The names ``facts(root:)`` reads at a project root, besides Pulumi stack files and `requirements*.txt`; `lib`
  /// holds a region file.
  static let factNames: Set<String> = Set(markerNames.map(\.0) + manifestNames + ["AWS_REGION", "package-lock.json", "lib"])

  /// Whether ``facts(root:)`` may read a directory entry of this name (or, for `lib`, under it).
  static func mayHoldFacts(_ name: String) -> Bool {
    factNames.contains(name) || name.hasPrefix("Pulumi.") || name.hasPrefix("requirements")
  }

  /// Whether a project file name (a marker, manifest, region or stack file) changes project facts.
  public static func isProjectFile(_ path: String) -> Bool {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    if projectFileNames.contains(name) { return true }
    if name.hasPrefix("requirements") && name.hasSuffix(".txt") { return true }
    return name.hasPrefix("Pulumi.") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
  }

  func cached(_ directory: String, in keyPath: ReferenceWritableKeyPath<ProjectLoader, [String: Bool]>, _ compute: () -> Bool) -> Bool {
    if let known = lock.withLock({ self[keyPath: keyPath][directory] }) { return known }
    let value = compute()
    lock.withLock { self[keyPath: keyPath][directory] = value }
    return value
  }

  func directoryHasMarker(_ directory: String) -> Bool {
    cached(directory, in: \.hasMarkers) { ProjectLoader.markerNames.contains { files.exists(ProjectSnapshot.join(directory, $0.0)) } }
  }

  func directoryHasHint(_ directory: String) -> Bool {
    cached(directory, in: \.hasHints) { ProjectLoader.rootHints.contains { files.exists(ProjectSnapshot.join(directory, $0)) } }
  }

  func directoryHasGit(_ directory: String) -> Bool {
    cached(directory, in: \.hasGit) { files.exists(ProjectSnapshot.join(directory, ".git")) }
  }

  /// The project root of the file at `path` (absolute): the nearest directory above it with a marker, else the
  /// nearest with a manifest or another sign of a project, up to the repository root; nil when there is neither.
  public func root(ofFile path: String) -> String? {
    search(from: path).root
  }

  /// The project root of the file at `path` (absolute): ``root(ofFile:)``, else the deepest of `fallbacks` that
  /// holds the file, else the repository root, else the file's directory.
  public func root(ofFile path: String, fallbacks: [String]) -> String {
    let found = search(from: path)
    if let root = found.root { return root }
    let holding = fallbacks.filter { $0 == "/" || path.hasPrefix($0 + "/") }.max { $0.count < $1.count }
    return holding ?? found.repository ?? ProjectModel.parent(of: path) ?? "/"
  }

  func search(from path: String) -> (root: String?, repository: String?) {
    guard let start = ProjectModel.parent(of: path) else { return (nil, nil) }
    // The files of a directory share its answer.
    if let known = lock.withLock({ searches[start] }) { return known }
    let found = search(fromDirectory: start)
    lock.withLock { searches[start] = found }
    return found
  }

  func search(fromDirectory start: String) -> (root: String?, repository: String?) {
    var directory: String? = start
    var hint: String?
    var depth = 0
    while let current = directory, depth < 64 {
      let listing = listing(of: current)
      if listing?.hasMarker ?? directoryHasMarker(current) { return (current, nil) }
      if hint == nil && listing?.hasHint ?? directoryHasHint(current) { hint = current }
      if listing?.hasGit ?? directoryHasGit(current) { return (hint, current) }
      directory = ProjectModel.parent(of: current)
      depth += 1
    }
    return (hint, nil)
  }

  /// The facts of the project at `root` (a path as the linter reports paths).
  public func facts(root: String) -> Facts {
    // What a walk listed at the root says which files are there to read.
    let listing = listing(of: ProjectModel.absolute(root))
    func isListed(_ relative: String) -> Bool {
      guard let listing else { return true }
      guard let slash = relative.utf8.firstIndex(of: UInt8(ascii: "/")) else { return listing.factEntries[relative] != nil }
      let directory = String(relative[..<slash])
      guard listing.factEntries[directory] != nil else { return false }
      guard let inner = self.listing(of: ProjectModel.absolute(ProjectSnapshot.join(root, directory))) else { return true }
      return inner.factEntries[String(relative[relative.utf8.index(after: slash)...])] != nil
    }
    let (markers, problems) = markers(root: root, isListed: isListed)
    var auxiliary: [String: [UInt8]] = [:]
    var manifests: [String: [UInt8]] = [:]
    func keep(_ relative: String, limit: Int = 1 << 20) {
      guard isListed(relative) else { return }
      let path = ProjectSnapshot.join(root, relative)
      guard let bytes = try? files.read(path, limit: limit) else { return }
      auxiliary[path] = bytes
      // The manifests among them give the pins (by file name; `lib/AWS_REGION` is none).
      if ProjectLoader.manifestNames.contains(relative) || relative.hasPrefix("requirements") { manifests[relative] = bytes }
    }
    for name in ["AWS_REGION", "lib/AWS_REGION"] + ProjectLoader.manifestNames { keep(name) }
    let names = listing.map { $0.factEntries.filter(\.value).map(\.key) } ?? files.fileNames(in: root)
    for name in names.sorted() {
      if name.hasPrefix("Pulumi.") && name != "Pulumi.yaml" && name != "Pulumi.yml" && (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) {
        keep(name)
      } else if name.hasPrefix("requirements") && name.hasSuffix(".txt") && name != "requirements.txt" {
        keep(name)
      }
    }
    if isListed("package-lock.json"), let lock = try? files.read(ProjectSnapshot.join(root, "package-lock.json"), limit: 32 << 20) {
      manifests["package-lock.json"] = lock
    }
    return Facts(markers: markers, auxiliaryFiles: auxiliary, pins: DependencyPins.parse(manifests), problems: problems)
  }

  /// The marker files of the project at `root`, and the problems met reading those that exist.
  public func markers(root: String) -> (markers: [ProjectSnapshot.Marker], problems: [FileError]) {
    markers(root: root) { _ in true }
  }

  /// ``markers(root:)``, looking only for the names `isListed` lets through.
  func markers(root: String, isListed: (String) -> Bool) -> (markers: [ProjectSnapshot.Marker], problems: [FileError]) {
    var markers: [ProjectSnapshot.Marker] = []
    var problems: [FileError] = []
    for (name, kind) in ProjectLoader.markerNames where isListed(name) {
      let path = ProjectSnapshot.join(root, name)
      guard files.exists(path) else { continue }
      do {
        markers.append(ProjectSnapshot.Marker(kind: kind, path: path, bytes: try files.read(path, limit: 4 << 20)))
      } catch {
        problems.append(error)
      }
    }
    return (markers, problems)
  }

  /// A snapshot of the project at `root` with `facts` and `sources`. Whether a path exists is answered from the
  /// loader's files, with `extraPaths` (open documents not yet saved) counted as existing.
  public func snapshot(root: String, facts: Facts, sources: [SourceFile], isComplete: Bool, extraPaths: Set<String> = []) -> ProjectSnapshot {
    let files = self.files
    var snapshot = ProjectSnapshot(root: root, markers: facts.markers, sources: sources, isComplete: isComplete) { path in
      extraPaths.contains(path) || files.exists(path)
    }
    snapshot.auxiliaryFiles = facts.auxiliaryFiles
    snapshot.pins = facts.pins
    return snapshot
  }

  // MARK: Sources

  /// The outcome of reading one source file.
  public enum Loaded: Sendable {
    case success(SourceFile, FileNote?)
    case failure(FileNote)
  }

  /// Reads and parses the source at `path`, or says why it is not checked: too large, binary, minified or bundled.
  public func source(_ path: String, maxFileSize: Int) -> Loaded {
    ProjectLoader.source(path, files: files, maxFileSize: maxFileSize)
  }

  /// Reads and parses the source at `path` from `files`, or says why it is not checked: too large, binary, or
  /// (with `skipBundled`) minified or bundled JavaScript.
  public static func source(_ path: String, files: any ProjectFiles, maxFileSize: Int, skipBundled: Bool = true) -> Loaded {
    switch read(path, files: files, maxFileSize: maxFileSize, skipBundled: skipBundled) {
    case .success(let bytes, let note): return .success(SourceFile(path: path, bytes: bytes), note)
    case .failure(let note): return .failure(note)
    }
  }

  /// The outcome of reading one source file, before it is parsed.
  public enum Read: Sendable {
    case success([UInt8], FileNote?)
    case failure(FileNote)
  }

  /// Reads the source at `path` from `files` without parsing it, or says why it is not checked (as
  /// ``source(_:files:maxFileSize:skipBundled:)``).
  public static func read(_ path: String, files: any ProjectFiles, maxFileSize: Int, skipBundled: Bool = true) -> Read {
    let bytes: [UInt8]
    do {
      bytes = try files.read(path, limit: maxFileSize)
    } catch {
      if error.reason.hasPrefix("larger than") {
        return .failure(FileNote(path: path, message: "skipped: \(error.reason) (the limit is --max-file-size)", level: .warning))
      }
      return .failure(FileNote(path: path, message: "cannot read: \(error.reason)", level: .error))
    }
    if TextCheck.looksBinary(bytes) {
      return .failure(FileNote(path: path, message: "skipped: binary file", level: .warning))
    }
    if skipBundled && ProjectLoader.isBundledJavaScript(path: path, bytes: bytes) {
      return .failure(FileNote(path: path, message: "skipped: minified or bundled JavaScript (a line longer than \(ProjectLoader.bundledLineLength) characters)", level: .warning))
    }
    var note: FileNote?
    if !TextCheck.isValidUTF8(bytes) {
      note = FileNote(path: path, message: "not valid UTF-8; checked as bytes, invalid sequences shown as U+FFFD", level: .warning)
    }
    return .success(bytes, note)
  }

  /// Lines longer than this mark a JavaScript file as minified or bundled.
  public static let bundledLineLength = 2_000

  /// Whether a file is minified or bundled JavaScript, which is generated and not checked: a `.min.js` name, or a
  /// JavaScript file (not TypeScript) with a line longer than ``bundledLineLength`` bytes.
  public static func isBundledJavaScript(path: String, bytes: [UInt8]) -> Bool {
    if isMinifiedName(path) { return true }
    guard path.hasSuffix(".js") || path.hasSuffix(".mjs") || path.hasSuffix(".cjs") else { return false }
    var lineStart = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      if index - lineStart > bundledLineLength { return true }
      lineStart = index + 1
    }
    return bytes.count - lineStart > bundledLineLength
  }

  /// Whether a file name says it is minified (`app.min.js`, `vendor.min.mjs`).
  public static func isMinifiedName(_ path: String) -> Bool {
    path.hasSuffix(".min.js") || path.hasSuffix(".min.mjs") || path.hasSuffix(".min.cjs")
  }
}
