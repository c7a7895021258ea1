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

/// The projects of open documents, loaded by the same ``ProjectLoader`` as the command line's: their roots,
/// marker files, manifests, pins, region files and parsed sources, read from disk once and kept until a watched
/// file, a save, an open or a close says otherwise. Open documents' text is laid over the files on disk. Safe to
/// use from several threads.
///
/// A project's root is found from the file, as `--check` finds it, whatever the editor's workspace folders are;
/// they only serve for a file with no project root above it.
public final class ProjectCache: @unchecked Sendable {
  struct Entry {
    var facts: ProjectLoader.Facts
    var sourcePaths: [String]
    var truncated: Bool
    var disk: [String: SourceFile] = [:]
  }

  /// Projects larger than this many sources are read in part (and project rules that need the whole project
  /// stay quiet).
  public static let maximumSources = 3000

  let loader = ProjectLoader()
  let lock = NSLock()
  var roots: [String: String] = [:]
  var entries: [String: Entry] = [:]
  var parsedOpen: [String: (version: Int, file: SourceFile)] = [:]
  /// The paths of the open documents. Only their parses are kept: a check still running when a document closes
  /// parses it from the text it started with, and must not leave that parse behind.
  var openPaths: Set<String> = []
  var workspaceFolders: [String] = []
  /// The newest snapshot of each project built for a revision, by root.
  var snapshots: [String: (revision: Int, snapshot: ProjectSnapshot)] = [:]
  /// The project findings of the newest state of each project, by root and linter.
  var projectFindings: [String: (key: ProjectFindingsKey, diagnostics: [Diagnostic])] = [:]
  /// The construct facts of each source by path, with the bytes and the project's class names they were read from.
  var constructFacts: [String: (bytes: [UInt8], classes: Set<String>, facts: ConstructScopes.FileFacts)] = [:]
  /// The sources of the last snapshot built for each root, from which the next one is made by swapping in the
  /// documents whose text changed (see ``Build``).
  var builds: [String: Build] = [:]
  /// Bumped whenever what is known of the disk, or the set of open documents, changes: a ``Build`` of an older
  /// epoch is not reused.
  var epoch = 0

  /// The sources of a snapshot and the open texts they were made from. Building a snapshot is a function of the
  /// project's entry (the same while ``epoch`` stays) and of the open texts under its root; when the same paths
  /// are open, the next snapshot has the same sources in the same order, except the parses of the documents
  /// whose version changed. Reusing the rest keeps a change to one document from costing the whole project.
  struct Build {
    var epoch: Int
    /// The version and byte count of every open text under the root.
    var open: [String: (version: Int, count: Int)] = [:]
    /// The index in `sources` of each open source.
    var index: [String: Int] = [:]
    var sources: [SourceFile] = []
    var extraPaths: Set<String> = []
  }

  public init() {}

  /// Drops what is built from the entries and the open texts: project findings, snapshots and builds (a build made
  /// before this call is not kept either). Called with `lock` held.
  private func forgetDerivedState() {
    projectFindings.removeAll()
    snapshots.removeAll()
    builds.removeAll()
    epoch += 1
  }

  /// Sets the workspace folders (absolute paths), used as the root of files with no project root above them.
  public func setWorkspaceFolders(_ folders: [String]) {
    lock.withLock {
      workspaceFolders = folders
      roots.removeAll()
      entries.removeAll()
      forgetDerivedState()
    }
  }

  /// Forgets what is known about `path` on disk: a source is read again (and joins or leaves its project's list of
  /// sources); a project file (a marker, a manifest, a region file) makes every project be read again.
  public func invalidate(path: String) {
    if ProjectLoader.isProjectFile(path) || Language(path: path) == nil {
      invalidateAll(keepingOpen: true)
      return
    }
    let exists = FileSystem.exists(path)
    lock.withLock {
      forgetDerivedState()
      constructFacts[path] = nil
      for (root, entry) in entries where path.hasPrefix(root == "/" ? "/" : root + "/") {
        entries[root]!.disk[path] = nil
        let listed = entry.sourcePaths.contains(path)
        if exists && !listed && !entry.truncated {
          entries[root]!.sourcePaths.append(path)
        } else if !exists && listed {
          entries[root]!.sourcePaths.removeAll { $0 == path }
        }
      }
    }
  }

  /// Reads the project files of `path`'s project again (for clients that do not report changed files); returns
  /// whether anything changed, in which case every project is read again.
  public func refresh(forFile path: String) -> Bool {
    let directory = ProjectModel.parent(of: path) ?? "/"
    let folders = lock.withLock { workspaceFolders }
    let probe = ProjectLoader()
    let root = probe.root(ofFile: path, fallbacks: folders)
    let (cachedRoot, cachedFacts) = lock.withLock { (roots[directory], entries[root]?.facts) }
    if cachedRoot == nil || cachedRoot == root {
      // Not read yet: it will be read fresh when needed.
      guard let cachedFacts else { return false }
      if probe.facts(root: root) == cachedFacts { return false }
    }
    invalidateAll(keepingOpen: true)
    return true
  }

  /// Forgets everything read from disk (and, unless `keepingOpen`, the parses of open documents).
  public func invalidateAll(keepingOpen: Bool = false) {
    loader.forget()
    lock.withLock {
      roots.removeAll()
      entries.removeAll()
      constructFacts.removeAll()
      forgetDerivedState()
      if !keepingOpen { parsedOpen.removeAll() }
    }
  }

  /// Notes that the document at `path` is open, so that its parses are kept.
  public func opened(path: String) {
    lock.withLock { _ = openPaths.insert(path) }
  }

  /// Forgets the parsed text of a closed document.
  public func closed(path: String) {
    lock.withLock {
      openPaths.remove(path)
      parsedOpen[path] = nil
      constructFacts[path] = nil
      forgetDerivedState()
    }
  }

  /// The project root of the file at `path` (absolute).
  public func root(forFile path: String) -> String {
    let directory = ProjectModel.parent(of: path) ?? "/"
    if let cached = lock.withLock({ roots[directory] }) { return cached }
    let folders = lock.withLock { workspaceFolders }
    let root = loader.root(ofFile: path, fallbacks: folders)
    lock.withLock { roots[directory] = root }
    return root
  }

  /// The project of the file at `path`, with open documents' text in place of the files on disk. With a
  /// `revision` (see ``LintInput/revision``), the snapshot is built once for every document of the project checked
  /// at that revision.
  public func snapshot(forFile path: String, open: [String: OpenText], revision: Int? = nil) -> ProjectSnapshot {
    let root = root(forFile: path)
    if let revision, let cached = lock.withLock({ entries[root] == nil ? nil : snapshots[root] }), cached.revision == revision {
      return cached.snapshot
    }
    let snapshot = buildSnapshot(root: root, open: open)
    if let revision {
      lock.withLock {
        if (snapshots[root]?.revision ?? Int.min) <= revision, entries[root] != nil { snapshots[root] = (revision, snapshot) }
      }
    }
    return snapshot
  }

  func buildSnapshot(root: String, open: [String: OpenText]) -> ProjectSnapshot {
    let (found, epoch, previous) = lock.withLock { (entries[root], self.epoch, builds[root]) }
    var cached = found
    if cached == nil {
      let loaded = load(root: root)
      lock.withLock { entries[root] = loaded }
      cached = loaded
    }
    let entry = cached!
    let prefix = root == "/" ? "/" : root + "/"
    var build: Build
    if let previous, previous.epoch == epoch, let next = rebuild(previous, open: open, prefix: prefix) {
      build = next
    } else {
      build = fullBuild(entry: entry, root: root, open: open, prefix: prefix)
      build.epoch = epoch
    }
    lock.withLock { if self.epoch == build.epoch { builds[root] = build } }
    // Open project files (an edited `cdk.json`) win over the disk too.
    var facts = entry.facts
    for index in facts.markers.indices {
      if let text = open[facts.markers[index].path] { facts.markers[index].bytes = text.bytes }
    }
    for path in facts.auxiliaryFiles.keys {
      if let text = open[path] { facts.auxiliaryFiles[path] = text.bytes }
    }
    return loader.snapshot(
      root: root, facts: facts, sources: build.sources, isComplete: !entry.truncated, extraPaths: build.extraPaths)
  }

  /// The sources of the project at `root`: those on disk in discovery order, open texts in place of their files,
  /// then the open sources that are not on disk, by path.
  func fullBuild(entry: Entry, root: String, open: [String: OpenText], prefix: String) -> Build {
    var build = Build(epoch: 0)
    var paths = entry.sourcePaths
    var known = Set(paths)
    for openPath in open.keys.sorted() where openPath.hasPrefix(prefix) {
      build.open[openPath] = (open[openPath]!.version, open[openPath]!.bytes.count)
      guard !known.contains(openPath) else { continue }
      build.extraPaths.insert(openPath)
      guard Language(path: openPath) != nil else { continue }
      paths.append(openPath)
      known.insert(openPath)
    }
    build.sources.reserveCapacity(paths.count)
    var newlyRead: [String: SourceFile] = [:]
    for sourcePath in paths {
      if let text = open[sourcePath] {
        if !ProjectLoader.isBundledJavaScript(path: sourcePath, bytes: text.bytes) {
          build.index[sourcePath] = build.sources.count
          build.sources.append(parsedOpenFile(path: sourcePath, text: text))
        }
      } else if let file = entry.disk[sourcePath] {
        build.sources.append(file)
      } else if case .success(let file, _) = loader.source(sourcePath, maxFileSize: 16 << 20) {
        newlyRead[sourcePath] = file
        build.sources.append(file)
      }
    }
    if !newlyRead.isEmpty {
      lock.withLock {
        if entries[root] != nil { entries[root]!.disk.merge(newlyRead) { _, new in new } }
      }
    }
    return build
  }

  /// The build ``fullBuild(entry:root:open:prefix:)`` would give, made from `previous` by parsing only the open
  /// texts whose version changed; nil when a document opened or closed under the root, or one joins or leaves the
  /// sources (bundled JavaScript), so that only a full build can say.
  func rebuild(_ previous: Build, open: [String: OpenText], prefix: String) -> Build? {
    var build = previous
    var count = 0
    for (path, text) in open where path.hasPrefix(prefix) {
      count += 1
      guard let old = previous.open[path] else { return nil }
      if old.version == text.version && old.count == text.bytes.count { continue }
      build.open[path] = (text.version, text.bytes.count)
      let included = ProjectLoader.isBundledJavaScript(path: path, bytes: text.bytes) ? nil : Language(path: path)
      switch (previous.index[path], included) {
      case (let index?, _?): build.sources[index] = parsedOpenFile(path: path, text: text)
      case (nil, nil): continue
      default: return nil
      }
    }
    return count == previous.open.count ? build : nil
  }

  /// Parses an open document's text once per version.
  public func parsedOpenFile(path: String, text: OpenText) -> SourceFile {
    if let kept = keptParse(path: path, version: text.version, byteCount: text.bytes.count) { return kept }
    let file = SourceFile(path: path, bytes: text.bytes)
    lock.withLock { if openPaths.contains(path) { parsedOpen[path] = (text.version, file) } }
    return file
  }

  /// The kept parse of an open document's `version`, or nil when none is kept.
  func keptParse(path: String, version: Int, byteCount: Int) -> SourceFile? {
    guard let cached = lock.withLock({ parsedOpen[path] }), cached.version == version, cached.file.bytes.count == byteCount else {
      return nil
    }
    return cached.file
  }

  /// Records a parse of an open document made elsewhere, so the project does not parse it again.
  public func remember(_ file: SourceFile, version: Int) {
    lock.withLock { if openPaths.contains(file.path) { parsedOpen[file.path] = (version, file) } }
  }

  func load(root: String) -> Entry {
    let facts = loader.facts(root: root)
    let discovered = ProjectCache.sources(under: root)
    let truncated = discovered.count > ProjectCache.maximumSources
    return Entry(facts: facts, sourcePaths: Array(discovered.prefix(ProjectCache.maximumSources)), truncated: truncated)
  }

  // MARK: Project findings

  /// What project findings depend on: the project, the state of the open documents and of the disk, and the
  /// linter's settings.
  struct ProjectFindingsKey: Equatable {
    var revision: Int
    var generation: Int
    var linter: String
  }

  /// The project rules' findings for `project`, computed once per state of the session and shared by every
  /// document of the project checked in that state.
  func projectFindings(_ project: ProjectSnapshot, key: ProjectFindingsKey, linter: Linter) -> [Diagnostic] {
    if let cached = lock.withLock({ projectFindings[project.root] }), cached.key == key { return cached.diagnostics }
    let diagnostics = linter.checkProject(project)
    lock.withLock {
      if let current = projectFindings[project.root], current.key.revision > key.revision || current.key.generation > key.generation {
        return
      }
      projectFindings[project.root] = (key, diagnostics)
    }
    return diagnostics
  }

  /// The construct scopes of a project (see ``ConstructScopes``), with `current` for the document being checked.
  /// The facts of the other files are read once for each text of them.
  func constructScopes(_ project: ProjectSnapshot, current: ConstructScopes.FileFacts, classes: Set<String>) -> ConstructScopes {
    var facts: [ConstructScopes.FileFacts] = []
    facts.reserveCapacity(project.sources.count)
    for source in project.sources {
      if source.path == current.path {
        facts.append(current)
        continue
      }
      // A source the snapshot reused shares its bytes with the one the facts were read from: compared in O(1).
      if let known = lock.withLock({ constructFacts[source.path] }), known.classes == classes, known.bytes == source.bytes {
        facts.append(known.facts)
        continue
      }
      let read = ConstructScopes.FileFacts(FileModel(source), projectClasses: classes)
      lock.withLock { constructFacts[source.path] = (source.bytes, classes, read) }
      facts.append(read)
    }
    return ConstructScopes(facts)
  }

  /// The source files under a directory (absolute paths), as the command line would find them.
  public static func sources(under directory: String) -> [String] {
    // Absolute paths in, absolute paths out.
    Discovery().discover([directory]).sources.map { ProjectModel.absolute($0) }
  }
}
