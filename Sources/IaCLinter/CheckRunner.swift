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

  public init(maxFileSize: Int = 16 << 20, parallel: Bool = true, cache: CacheSettings? = nil, shard: Shard? = nil) {
    self.maxFileSize = maxFileSize
    self.parallel = parallel
    self.cache = cache
    self.shard = shard
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

  /// The linter for a project, from the configuration at or above its root.
  func linter(forDirectory directory: String) throws(ConfigurationError) -> Linter {
    guard let loader else { return linter }
    let configuration = try loader.configuration(inOrAbove: ProjectModel.absolute(directory))
    return linters.linter(for: configuration, commandLine: commandLine)
  }

  /// Discovers, reads and checks everything under `paths` (the part ``CheckOptions/shard`` names, if any).
  public func run(paths: [String]) -> CheckReport {
    let discovery = Discovery().discover(paths)
    let projectLoader = ProjectLoader()
    let model = ProjectModel(discovery: discovery, loader: projectLoader)
    var notes = discovery.problems.map { FileNote(path: $0.path, message: $0.reason, level: .error) }
    notes += model.problems.map { FileNote(path: $0.path, message: $0.reason, level: .error) }
    let plan = CheckPlan.part(model, shard: options.shard, loader: projectLoader)
    let touched = model.projects.indices.filter { plan.touches(model.projects[$0], index: $0) }

    // 1. Read every file of the projects the run needs.
    let paths = touched.flatMap { model.projects[$0].sourcePaths }
    let namedFiles = Set(discovery.roots.filter { !$0.isDirectory }.map(\.path))
    let read = ParallelMap.map(paths, parallel: options.parallel) { path in
      ProjectLoader.read(path, files: DiskFiles(), maxFileSize: options.maxFileSize, skipBundled: !namedFiles.contains(path))
    }
    var bytesOfPath: [String: [UInt8]] = [:]
    for (path, outcome) in zip(paths, read) {
      switch outcome {
      case .success(let bytes, let note):
        bytesOfPath[path] = bytes
        if let note, plan.checkedPaths.contains(path) { notes.append(note) }
      case .failure(let note):
        if plan.checkedPaths.contains(path) { notes.append(note) }
      }
    }

    // 2. The findings of projects unchanged since the cache recorded them.
    let cache = options.cache.flatMap { loader == nil ? nil : CheckCache($0) }
    let lookups = cache.map { lookUp(touched, of: model, bytes: bytesOfPath, plan: plan, in: $0) } ?? [:]
    var diagnostics = lookups.values.compactMap(\.hit).flatMap { $0 }
    let missed = touched.filter { lookups[$0]?.hit == nil }

    // 3. Parse the files of the other projects and build their snapshots.
    let parsePaths = missed.flatMap { model.projects[$0].sourcePaths }.filter { bytesOfPath[$0] != nil }
    let frozenBytes = bytesOfPath
    let parsed = ParallelMap.map(parsePaths, parallel: options.parallel) { SourceFile(path: $0, bytes: frozenBytes[$0]!) }
    let sources = Dictionary(uniqueKeysWithValues: zip(parsePaths, parsed))
    var projects: [ProjectSnapshot] = []
    var snapshotOfProject: [Int: Int] = [:]
    var projectOfPath: [String: Int] = [:]
    var recorders: [Int: ExistenceRecorder] = [:]
    for index in missed {
      let project = model.projects[index]
      let members = project.sourcePaths.compactMap { sources[$0] }
      var snapshot = projectLoader.snapshot(root: project.root, facts: project.facts, sources: members, isComplete: project.isComplete)
      if cache != nil {
        let recorder = ExistenceRecorder(snapshot.fileExists)
        snapshot.fileExists = { recorder.exists($0) }
        recorders[index] = recorder
      }
      snapshotOfProject[index] = projects.count
      for path in project.sourcePaths { projectOfPath[path] = index }
      projects.append(snapshot)
    }

    // 4. File rules, in parallel; then project rules. A malformed configuration stops its files from being checked.
    var configurationErrors: [ConfigurationError] = []
    var linterOfPath: [String: Linter] = [:]
    for path in parsePaths where plan.checkedPaths.contains(path) {
      do {
        linterOfPath[path] = try linter(forFile: path)
      } catch {
        if !configurationErrors.contains(error) { configurationErrors.append(error) }
      }
    }
    let checkedPaths = parsePaths.filter { linterOfPath[$0] != nil }
    // cdk-nag suppressions are read once per project: they name constructs in other files.
    let nagSuppressions = ParallelMap.map(projects, parallel: options.parallel) { NagSuppressionIndex(sources: $0.sources) }
    let (frozenProjects, frozenSnapshotOf, frozenProjectOfPath, frozenLinters) = (projects, snapshotOfProject, projectOfPath, linterOfPath)
    let perFile = ParallelMap.map(checkedPaths, parallel: options.parallel) { path -> LintResult in
      let snapshot = frozenProjectOfPath[path].flatMap { frozenSnapshotOf[$0] }
      var context = RuleContext(project: snapshot.map { frozenProjects[$0] })
      context.nagSuppressions = snapshot.map { nagSuppressions[$0] }
      return frozenLinters[path]!.lint(FileModel(sources[path]!), context: context)
    }
    var found: [Int: [Diagnostic]] = [:]
    var suppressed: [SuppressedDiagnostic] = []
    for (path, result) in zip(checkedPaths, perFile) {
      found[projectOfPath[path]!, default: []] += result.diagnostics
      suppressed += result.suppressed
    }
    for index in missed where plan.projectRules.contains(index) {
      do {
        let result = try linter(forDirectory: model.projects[index].root).lintProject(projects[snapshotOfProject[index]!])
        found[index, default: []] += result.diagnostics
        suppressed += result.suppressed
      } catch {
        if !configurationErrors.contains(error) { configurationErrors.append(error) }
      }
    }
    for list in found.values { diagnostics += list }
    if let cache {
      record(found, of: missed, model: model, lookups: lookups, recorders: recorders, in: cache)
    }

    var documents = bytesOfPath
    for index in touched {
      for marker in model.projects[index].facts.markers { documents[marker.path] = marker.bytes }
      for (path, bytes) in model.projects[index].facts.auxiliaryFiles { documents[path] = bytes }
    }
    let checkedFiles = paths.filter { plan.checkedPaths.contains($0) && bytesOfPath[$0] != nil }.sorted()
    return CheckReport(
      filesChecked: checkedFiles.count,
      diagnostics: CheckRunner.sorted(diagnostics, documents: documents),
      documents: documents,
      sources: sources.filter { plan.checkedPaths.contains($0.key) },
      checkedFiles: checkedFiles,
      notes: notes.sorted { ($0.path, $0.message) < ($1.path, $1.message) },
      missingPaths: discovery.missing,
      projects: projects,
      configurationErrors: configurationErrors,
      suppressed: suppressed.sorted { CheckRunner.precedes($0.diagnostic, $1.diagnostic) }
    )
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
    var index = 0
    let count = bytes.count
    while index < count {
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
