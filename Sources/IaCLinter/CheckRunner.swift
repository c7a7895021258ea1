import Foundation
import Dispatch
import IaCModel
import IaCRules
import IaCSyntax

/// Options of a batch check.
public struct CheckOptions: Sendable {
  /// Files larger than this are skipped with a note.
  public var maxFileSize: Int
  /// Check files on all cores.
  public var parallel: Bool
  /// Where to keep findings between runs, so that a project whose files, facts and settings are unchanged is not
  /// checked again; nil checks everything. Only a runner that reads configuration files uses it.
  public var cache: CacheSettings?
  /// The part of the tree to check; nil checks all of it.
  public var shard: Shard?
  /// Whether the report keeps every file's bytes, parse and project snapshot (fixes and `--add-ignore` edit them).
  /// Without them a run checks the tree in batches and keeps only what reporting its findings needs.
  public var keepsSources: Bool
  /// About how many source files one batch holds when ``keepsSources`` is off.
  public var batchFiles: Int
  /// A source changed less than this many nanoseconds before it was read has an identity that does not stand for
  /// its bytes in the cache (``FileIdentity/isRacy(now:window:)``).
  package var racyWindow: Int64 = 2_000_000_000

  public init(
    maxFileSize: Int = 16 << 20, parallel: Bool = true, cache: CacheSettings? = nil, shard: Shard? = nil,
    keepsSources: Bool = true, batchFiles: Int = 256
  ) {
    self.maxFileSize = maxFileSize
    self.parallel = parallel
    self.cache = cache
    self.shard = shard
    self.keepsSources = keepsSources
    self.batchFiles = batchFiles
  }
}

/// Something about a file the user should know that is not a finding: it was skipped, or could not be read.
public struct FileNote: Sendable, Hashable {
  public enum Level: String, Sendable {
    case warning
    case error
  }

  public var path: String
  public var message: String
  public var level: Level

  public init(path: String, message: String, level: Level) {
    self.path = path
    self.message = message
    self.level = level
  }
}

/// The result of checking paths: findings, the text of the files they are in, and notes.
public struct CheckReport: Sendable {
  /// How many source files were read and checked.
  public var filesChecked: Int
  /// Sorted by path, line, column and code.
  public var diagnostics: [Diagnostic]
  /// The bytes of every checked file and marker file, by path, for positions, code frames and fixes.
  public var documents: [String: [UInt8]]
  /// The checked files parsed in this run, by path (files whose findings came from the cache are not parsed).
  public var sources: [String: SourceFile]
  /// Every checked file that could be read, sorted.
  public var checkedFiles: [String] = []
  /// Skipped or unreadable files.
  public var notes: [FileNote]
  /// Named paths that do not exist.
  public var missingPaths: [String]
  /// The projects the files were grouped into.
  public var projects: [ProjectSnapshot]
  /// Configuration files that could not be used; their files were not checked.
  public var configurationErrors: [ConfigurationError] = []
  /// The findings that suppression comments silence, sorted as ``diagnostics`` are. Only SARIF reports them.
  public var suppressed: [SuppressedDiagnostic] = []
  /// How many source files were read to be checked or looked up in the cache by their bytes (those of findings
  /// reused by their identities are read only for the report).
  package var sourcesRead = 0
}

/// Checks files and projects in parallel and gathers one report.
///
/// Each file is checked with the settings of the configuration file that applies to it (the nearest
/// `iaclsp.toml` or `pyproject.toml` with `[tool.iaclsp]`), with the command line's choices on top; a runner made
/// with a fixed ``Linter`` ignores configuration files.
public struct CheckRunner: Sendable {
  public let linter: Linter
  public let options: CheckOptions
  let commandLine: LinterSettings?
  let loader: ConfigurationLoader?
  let linters: LinterCache

  /// A runner that checks every file with `linter` and reads no configuration file.
  public init(linter: Linter, options: CheckOptions = CheckOptions()) {
    self.linter = linter
    self.options = options
    self.commandLine = nil
    self.loader = nil
    self.linters = LinterCache()
  }

  /// A runner that reads configuration files and applies `commandLine` on top of them.
  public init(commandLine: LinterSettings, options: CheckOptions = CheckOptions(), loader: ConfigurationLoader = ConfigurationLoader()) {
    self.linter = Linter(settings: commandLine)
    self.options = options
    self.commandLine = commandLine
    self.loader = loader
    self.linters = LinterCache()
  }

  /// The linter for a file, from the configuration that applies to it.
  public func linter(forFile path: String) throws(ConfigurationError) -> Linter {
    guard let loader else { return linter }
    let configuration = try loader.configuration(forFile: path)
    return linters.linter(for: configuration, commandLine: commandLine)
  }

  /// The linter for a file that the run's walk found (`walked`) or that was named.
  func linter(forFile path: String, walked: Bool) throws(ConfigurationError) -> Linter {
    guard let loader else { return linter }
    let configuration = try loader.configuration(forFile: path, walked: walked)
    return linters.linter(for: configuration, commandLine: commandLine)
  }

  /// The linter for a project, from the configuration at or above its root.
  func linter(forProject project: ProjectModel.Project, namedFiles: Set<String>) throws(ConfigurationError) -> Linter {
    guard let loader else { return linter }
    let configuration = try loader.configuration(forProject: project, namedFiles: namedFiles)
    return linters.linter(for: configuration, commandLine: commandLine)
  }

  /// Discovers, reads and checks everything under `paths` (the part ``CheckOptions/shard`` names, if any).
  ///
  /// Projects are checked in batches of about ``CheckOptions/batchFiles`` files, each read, parsed, checked and let go
  /// before the next, so that memory follows the largest batch rather than the tree. Unless
  /// ``CheckOptions/keepsSources`` asks for every parse (fixes need them), the report keeps the bytes of the files
  /// its findings are in, and no parses or snapshots.
  public func run(paths: [String]) -> CheckReport {
    var discovery = Discovery(parallel: options.parallel).discover(paths)
    let projectLoader = ProjectLoader()
    // Each batch reads its projects' facts, and a streaming run lets them go with the batch.
    var model = ProjectModel(discovery: discovery, loader: projectLoader, loadsFacts: false)
    // Configuration files are looked for in what the walk listed, too.
    loader?.seed(roots: discovery.roots.filter(\.isDirectory).map(\.path), listings: discovery.listings)
    let plan = CheckPlan.part(model, shard: options.shard, loader: projectLoader)
    // Roots are found: keep only what the walk saw at the roots, where the batches read facts.
    discovery.listings = [:]
    projectLoader.keepListings(ofRoots: model.projects.map { ProjectModel.absolute($0.root) })
    let touched = model.projects.indices.filter { plan.touches(model.projects[$0], index: $0) }
    let namedFiles = Set(discovery.roots.filter { !$0.isDirectory }.map(\.path))
    let cache = options.cache.flatMap { loader == nil ? nil : CheckCache($0) }

    var run = RunState()
    run.notes = discovery.problems.map { FileNote(path: $0.path, message: $0.reason, level: .error) }
    // A marker file that cannot be read is reported by every run, whichever shard checks its project.
    let untouched = Set(model.projects.indices).subtracting(touched).sorted()
    for index in untouched {
      let problems = projectLoader.markers(root: model.projects[index].root).problems
      run.notes += problems.map { FileNote(path: $0.path, message: $0.reason, level: .error) }
    }
    for batch in batches(of: touched, in: model) {
      let problems = model.loadFacts(ofProjects: batch, loader: projectLoader, parallel: options.parallel)
      run.notes += problems.map { FileNote(path: $0.path, message: $0.reason, level: .error) }
      check(batch, of: model, plan: plan, namedFiles: namedFiles, cache: cache, loader: projectLoader, into: &run)
      for index in batch {
        let facts = model.projects[index].facts
        for marker in facts.markers where keeps(marker.path, in: run) { run.documents[marker.path] = marker.bytes }
        for (path, bytes) in facts.auxiliaryFiles where keeps(path, in: run) { run.documents[path] = bytes }
        if !options.keepsSources { model.releaseFacts(ofProject: index) }
      }
      if !options.keepsSources { loader?.forgetResolved() }
    }
    if let cache {
      record(run.found, of: run.missed, model: model, lookups: run.lookups, recorders: run.recorders, in: cache)
    }
    let diagnostics = run.found.values.flatMap { $0 } + run.cacheHits
    // A streaming run kept only the bytes of reported paths as it went (`keeps`, and step 5 of `check`).
    let documents = run.documents
    return CheckReport(
      filesChecked: run.checkedFiles.count,
      diagnostics: CheckRunner.sorted(diagnostics, documents: documents),
      documents: documents,
      sources: run.sources,
      checkedFiles: run.checkedFiles.sorted(),
      notes: run.notes.sorted { ($0.path, $0.message) < ($1.path, $1.message) },
      missingPaths: discovery.missing,
      projects: run.projects,
      configurationErrors: run.configurationErrors,
      suppressed: run.suppressed.sorted { CheckRunner.precedes($0.diagnostic, $1.diagnostic) },
      sourcesRead: run.sourcesRead
    )
  }

  /// What a run gathers, batch by batch.
  struct RunState {
    var notes: [FileNote] = []
    var documents: [String: [UInt8]] = [:]
    var sources: [String: SourceFile] = [:]
    var projects: [ProjectSnapshot] = []
    var checkedFiles: [String] = []
    var sourcesRead = 0
    var configurationErrors: [ConfigurationError] = []
    var found: [Int: [Diagnostic]] = [:]
    var cacheHits: [Diagnostic] = []
    var suppressed: [SuppressedDiagnostic] = []
    var lookups: [Int: CacheLookup] = [:]
    var missed: [Int] = []
    var recorders: [Int: ExistenceRecorder] = [:]
    /// The paths findings (and the places and edits they name) are in: the files a report needs the bytes of.
    var reportedPaths: Set<String> = []

    mutating func noteReported(_ diagnostic: Diagnostic) {
      reportedPaths.insert(diagnostic.path)
      for related in diagnostic.related { reportedPaths.insert(related.path) }
      for edit in diagnostic.fix?.edits ?? [] { if let path = edit.path { reportedPaths.insert(path) } }
    }
  }

  /// Whether the report keeps the bytes of a marker or auxiliary file.
  func keeps(_ path: String, in run: RunState) -> Bool {
    options.keepsSources || run.reportedPaths.contains(path)
  }

  /// The touched projects in batches of about ``CheckOptions/batchFiles`` source files (a larger project is a batch
  /// of its own); one batch when the report keeps every parse anyway.
  func batches(of touched: [Int], in model: ProjectModel) -> [[Int]] {
    guard !options.keepsSources, options.batchFiles > 0 else { return touched.isEmpty ? [] : [touched] }
    var result: [[Int]] = []
    var current: [Int] = []
    var files = 0
    for index in touched {
      current.append(index)
      files += model.projects[index].sourcePaths.count
      if files >= options.batchFiles {
        result.append(current)
        current = []
        files = 0
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// Reads, looks up in the cache, parses and checks one batch of projects.
  func check(
    _ batch: [Int], of model: ProjectModel, plan: CheckPlan, namedFiles: Set<String>, cache: CheckCache?,
    loader projectLoader: ProjectLoader, into run: inout RunState
  ) {
    // 1. The findings of projects whose sources have the identities (size, times, inode) the cache recorded: their
    // sources are not read. A report that keeps every parse reads them all.
    let unread = (cache != nil && !options.keepsSources)
      ? lookUpByIdentity(batch, of: model, plan: plan, namedFiles: namedFiles, in: cache!) : [:]
    for index in batch {
      guard let entry = unread[index] else { continue }
      run.lookups[index] = CacheLookup(digest: entry.digest, hit: entry.diagnostics)
      run.cacheHits += entry.diagnostics
      entry.diagnostics.forEach { run.noteReported($0) }
      run.notes += entry.notes
      run.checkedFiles += entry.readable
    }
    let toRead = batch.filter { unread[$0] == nil }

    // 2. Read every file of the other projects, each after its identity.
    let paths = toRead.flatMap { model.projects[$0].sourcePaths }
    var reads = SourceReads(began: FileIdentity.now())
    let read = ParallelMap.map(paths, parallel: options.parallel) { path in
      (cache == nil ? nil : FileSystem.identity(path),
       ProjectLoader.read(path, files: DiskFiles(), maxFileSize: options.maxFileSize, skipBundled: !namedFiles.contains(path)))
    }
    for (path, (identity, outcome)) in zip(paths, read) {
      reads.identities[path] = identity
      switch outcome {
      case .success(let bytes, let note):
        reads.bytes[path] = bytes
        reads.notes[path] = note
      case .failure(let note):
        reads.notes[path] = note
      }
      if let note = reads.notes[path], plan.checkedPaths.contains(path) { run.notes.append(note) }
    }
    var bytesOfPath = reads.bytes
    run.sourcesRead += paths.count
    run.checkedFiles += paths.filter { plan.checkedPaths.contains($0) && bytesOfPath[$0] != nil }

    // 3. The findings of projects whose sources' bytes are those the cache recorded.
    let lookups = cache.map { lookUp(toRead, of: model, reads: reads, plan: plan, namedFiles: namedFiles, in: $0) } ?? [:]
    reads = SourceReads()
    run.lookups.merge(lookups) { _, new in new }
    for hit in lookups.values.compactMap(\.hit) {
      run.cacheHits += hit
      hit.forEach { run.noteReported($0) }
    }
    let missed = toRead.filter { lookups[$0]?.hit == nil }
    run.missed += missed

    // 4. Parse the files of the other projects and build their snapshots.
    let parsePaths = missed.flatMap { model.projects[$0].sourcePaths }.filter { bytesOfPath[$0] != nil }
    let frozenBytes = bytesOfPath
    let parsed = ParallelMap.map(parsePaths, parallel: options.parallel) { SourceFile(path: $0, bytes: frozenBytes[$0]!) }
    let sources = Dictionary(uniqueKeysWithValues: zip(parsePaths, parsed))
    var projects: [ProjectSnapshot] = []
    var snapshotOfProject: [Int: Int] = [:]
    var projectOfPath: [String: Int] = [:]
    for index in missed {
      let project = model.projects[index]
      let members = project.sourcePaths.compactMap { sources[$0] }
      var snapshot = projectLoader.snapshot(root: project.root, facts: project.facts, sources: members, isComplete: project.isComplete)
      if cache != nil {
        let recorder = ExistenceRecorder(snapshot.fileExists)
        snapshot.fileExists = { recorder.exists($0) }
        run.recorders[index] = recorder
      }
      snapshotOfProject[index] = projects.count
      for path in project.sourcePaths { projectOfPath[path] = index }
      projects.append(snapshot)
    }

    // 5. File rules, in parallel; then project rules. A malformed configuration stops its files from being checked.
    var linterOfPath: [String: Linter] = [:]
    let configured = parsePaths.filter { plan.checkedPaths.contains($0) }
    for (path, outcome) in zip(configured, linters(forFiles: configured, namedFiles: namedFiles)) {
      switch outcome {
      case .success(let linter): linterOfPath[path] = linter
      case .failure(let error): if !run.configurationErrors.contains(error) { run.configurationErrors.append(error) }
      }
    }
    let checkedPaths = parsePaths.filter { linterOfPath[$0] != nil }
    // cdk-nag suppressions are read once per project: they name constructs in other files.
    let nagSuppressions = ParallelMap.map(projects, parallel: options.parallel) { NagSuppressionIndex(sources: $0.sources) }
    let (frozenProjects, frozenSnapshotOf, frozenProjectOfPath, frozenLinters) = (projects, snapshotOfProject, projectOfPath, linterOfPath)
    let classesOfProject = projects.map { ConstructScopes.classNames(of: $0.sources) }
    let perFile = ParallelMap.map(checkedPaths, parallel: options.parallel) { path -> (LintResult, ConstructScopes.FileFacts) in
      let snapshot = frozenProjectOfPath[path].flatMap { frozenSnapshotOf[$0] }
      var context = RuleContext(project: snapshot.map { frozenProjects[$0] })
      context.nagSuppressions = snapshot.map { nagSuppressions[$0] }
      // A project with cdk-nag suppressions has already modelled its files; the file's model is reused.
      let source = sources[path]!
      let model = context.nagSuppressions.flatMap { index in
        index.model(path: path).map { index.models[$0] }.flatMap { $0.file.bytes == source.bytes ? $0 : nil }
      } ?? FileModel(source)
      let classes = snapshot.map { classesOfProject[$0] } ?? []
      return (frozenLinters[path]!.lint(model, context: context), ConstructScopes.FileFacts(model, projectClasses: classes))
    }
    // Resource paths go on from the file to the stacks and the user's constructs the project's other files show.
    var factsOfPath: [String: ConstructScopes.FileFacts] = [:]
    for (path, (_, facts)) in zip(checkedPaths, perFile) { factsOfPath[path] = facts }
    var results: [String: LintResult] = [:]
    for (path, (result, _)) in zip(checkedPaths, perFile) { results[path] = result }
    for index in missed {
      let paths = model.projects[index].sourcePaths.filter { results[$0] != nil }
      guard paths.contains(where: { path in
        results[path]!.diagnostics.contains(where: \.awaitsResourcePath) || results[path]!.suppressed.contains(where: \.diagnostic.awaitsResourcePath)
      }) else { continue }
      let facts = model.projects[index].sourcePaths.compactMap { path -> ConstructScopes.FileFacts? in
        if let known = factsOfPath[path] { return known }
        guard results[path] == nil, let source = sources[path] else { return nil }
        return ConstructScopes.FileFacts(FileModel(source), projectClasses: classesOfProject[snapshotOfProject[index]!])
      }
      let scopes = ConstructScopes(facts)
      for path in paths {
        results[path]!.completeResourcePaths(with: scopes)
      }
    }
    for path in checkedPaths {
      var result = results[path]!
      result.completeResourcePaths(with: nil)
      run.found[projectOfPath[path]!, default: []] += result.diagnostics
      run.suppressed += result.suppressed
      result.diagnostics.forEach { run.noteReported($0) }
      result.suppressed.forEach { run.noteReported($0.diagnostic) }
    }
    let projectRuns = missed.filter { plan.projectRules.contains($0) }
    let projectResults = ParallelMap.map(projectRuns, parallel: options.parallel) { index in
      Result { () throws(ConfigurationError) -> LintResult in
        try linter(forProject: model.projects[index], namedFiles: namedFiles).lintProject(frozenProjects[frozenSnapshotOf[index]!])
      }
    }
    for (index, outcome) in zip(projectRuns, projectResults) {
      switch outcome {
      case .success(let result):
        run.found[index, default: []] += result.diagnostics
        run.suppressed += result.suppressed
        result.diagnostics.forEach { run.noteReported($0) }
        result.suppressed.forEach { run.noteReported($0.diagnostic) }
      case .failure(let error):
        if !run.configurationErrors.contains(error) { run.configurationErrors.append(error) }
      }
    }

    // 6. Keep what the report needs; the files of findings reused without reading their sources are read now.
    for index in batch where unread[index] != nil {
      for path in model.projects[index].sourcePaths where run.reportedPaths.contains(path) && bytesOfPath[path] == nil {
        if let bytes = try? FileSystem.read(path, limit: options.maxFileSize) { bytesOfPath[path] = bytes }
      }
    }
    if options.keepsSources {
      run.documents.merge(bytesOfPath) { _, new in new }
      run.sources.merge(sources.filter { plan.checkedPaths.contains($0.key) }) { _, new in new }
      run.projects += projects
    } else {
      for (path, bytes) in bytesOfPath where run.reportedPaths.contains(path) { run.documents[path] = bytes }
    }
  }

  /// ``linter(forFile:walked:)`` of each of `paths`, looked up once per directory: the configuration that applies
  /// to a file is that of its directory, and the files of a batch share a few hundred directories at most.
  func linters(forFiles paths: [String], namedFiles: Set<String>) -> [Result<Linter, ConfigurationError>] {
    struct Key: Hashable {
      var directory: Substring
      var walked: Bool
    }
    var groupOfKey: [Key: Int] = [:]
    var representatives: [(path: String, walked: Bool)] = []
    let groups = paths.map { path -> Int in
      let walked = !namedFiles.contains(path)
      let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
      let key = Key(directory: slash.map { path[..<$0] } ?? "", walked: walked)
      if let group = groupOfKey[key] { return group }
      groupOfKey[key] = representatives.count
      representatives.append((path, walked))
      return representatives.count - 1
    }
    let outcomes = representatives.map { path, walked in
      Result { () throws(ConfigurationError) -> Linter in try linter(forFile: path, walked: walked) }
    }
    return groups.map { outcomes[$0] }
  }

  /// Reads and parses one source; a minified or bundled JavaScript file is skipped unless it was named.
  func load(_ path: String, named: Bool = false) -> ProjectLoader.Loaded {
    ProjectLoader.source(path, files: DiskFiles(), maxFileSize: options.maxFileSize, skipBundled: !named)
  }

  /// Sorts by path, line, column, code, then message, so output is deterministic.
  public static func sorted(_ diagnostics: [Diagnostic], documents: [String: [UInt8]]) -> [Diagnostic] {
    diagnostics.sorted(by: precedes)
  }

  /// Whether `a` comes before `b` in a report: by path, start, code, then message.
  static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    if a.path != b.path { return a.path < b.path }
    if a.range.start != b.range.start { return a.range.start < b.range.start }
    if a.code != b.code { return a.code < b.code }
    return a.message < b.message
  }
}

/// One linter per configuration, built on first use.
final class LinterCache: @unchecked Sendable {
  let lock = NSLock()
  var linters: [String: Linter] = [:]

  func linter(for configuration: Configuration?, commandLine: LinterSettings?) -> Linter {
    let key = configuration?.path ?? ""
    lock.lock()
    defer { lock.unlock() }
    if let linter = linters[key] { return linter }
    let settings = configuration?.settings(overriding: commandLine) ?? commandLine ?? LinterSettings()
    let linter = Linter(settings: settings)
    linters[key] = linter
    return linter
  }
}

/// Checks on raw bytes that decide how a file is treated.
public enum TextCheck {
  /// A NUL byte in the first 8 KiB marks a binary file, as git decides.
  public static func looksBinary(_ bytes: [UInt8]) -> Bool {
    bytes.prefix(8192).contains(0)
  }

  /// Whether `bytes` is well-formed UTF-8.
  public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { isValidUTF8($0) }
  }

  static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      // Source is mostly ASCII: step over eight ASCII bytes at a time.
      if index + 8 <= count && bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        index += 8
        continue
      }
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      let length: Int
      if byte & 0xE0 == 0xC0 && byte >= 0xC2 {
        length = 2
      } else if byte & 0xF0 == 0xE0 {
        length = 3
      } else if byte & 0xF8 == 0xF0 && byte <= 0xF4 {
        length = 4
      } else {
        return false
      }
      guard index + length <= count else { return false }
      for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
      index += length
    }
    return true
  }
}

/// `map` over an array on all cores, keeping order.
public enum ParallelMap {
  final class Box<T>: @unchecked Sendable {
    var values: [T?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
  }

  public static func map<T: Sendable, R: Sendable>(_ items: [T], parallel: Bool = true, _ transform: @Sendable (T) -> R) -> [R] {
    guard parallel, items.count > 1 else { return items.map(transform) }
    let box = Box<R>(count: items.count)
    // Chunks keep scheduling overhead low for many small files.
    let chunk = max(1, items.count / 64)
    let chunks = (items.count + chunk - 1) / chunk
    box.values.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: chunks) { part in
        let start = part * chunk
        let end = min(items.count, start + chunk)
        for index in start..<end { output[index] = transform(items[index]) }
      }
    }
    return box.values.map { $0! }
  }
}
