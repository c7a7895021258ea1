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

  public init(maxFileSize: Int = 16 << 20, parallel: Bool = true) {
    self.maxFileSize = maxFileSize
    self.parallel = parallel
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
  /// The checked files, parsed, by path.
  public var sources: [String: SourceFile]
  /// Skipped or unreadable files.
  public var notes: [FileNote]
  /// Named paths that do not exist.
  public var missingPaths: [String]
  /// The projects the files were grouped into.
  public var projects: [ProjectSnapshot]
  /// Configuration files that could not be used; their files were not checked.
  public var configurationErrors: [ConfigurationError] = []
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

  /// Discovers, reads and checks everything under `paths`.
  public func run(paths: [String]) -> CheckReport {
    let discovery = Discovery().discover(paths)
    let projectLoader = ProjectLoader()
    let model = ProjectModel(discovery: discovery, loader: projectLoader)
    var notes = discovery.problems.map { FileNote(path: $0.path, message: $0.reason, level: .error) }
    notes += model.problems.map { FileNote(path: $0.path, message: $0.reason, level: .error) }

    // 1. Read and parse every file.
    let paths = discovery.sources
    let namedFiles = Set(discovery.roots.filter { !$0.isDirectory }.map(\.path))
    let loaded = ParallelMap.map(paths, parallel: options.parallel) { path in
      load(path, named: namedFiles.contains(path))
    }
    var sources: [String: SourceFile] = [:]
    for (path, outcome) in zip(paths, loaded) {
      switch outcome {
      case .success(let file, let note):
        sources[path] = file
        if let note { notes.append(note) }
      case .failure(let note):
        notes.append(note)
      }
    }

    // 2. Projects.
    var projects: [ProjectSnapshot] = []
    var projectOfPath: [String: Int] = [:]
    for project in model.projects {
      let members = project.sourcePaths.compactMap { sources[$0] }
      for path in project.sourcePaths { projectOfPath[path] = projects.count }
      projects.append(projectLoader.snapshot(root: project.root, facts: project.facts, sources: members, isComplete: project.isComplete))
    }

    // 3. File rules, in parallel; then project rules. A malformed configuration stops its files from being checked.
    var configurationErrors: [ConfigurationError] = []
    var linterOfPath: [String: Linter] = [:]
    for path in paths where sources[path] != nil {
      do {
        linterOfPath[path] = try linter(forFile: path)
      } catch {
        if !configurationErrors.contains(error) { configurationErrors.append(error) }
      }
    }
    let checkedPaths = paths.filter { linterOfPath[$0] != nil }
    // cdk-nag suppressions are read once per project: they name constructs in other files.
    let nagSuppressions = ParallelMap.map(projects, parallel: options.parallel) { NagSuppressionIndex(sources: $0.sources) }
    let (frozenSources, frozenProjects, frozenProjectOfPath, frozenLinters) = (sources, projects, projectOfPath, linterOfPath)
    let perFile = ParallelMap.map(checkedPaths, parallel: options.parallel) { path -> [Diagnostic] in
      var context = RuleContext(project: frozenProjectOfPath[path].map { frozenProjects[$0] })
      context.nagSuppressions = frozenProjectOfPath[path].map { nagSuppressions[$0] }
      return frozenLinters[path]!.check(frozenSources[path]!, context: context)
    }
    var diagnostics = perFile.flatMap { $0 }
    for project in projects {
      do {
        diagnostics += try linter(forDirectory: project.root).checkProject(project)
      } catch {
        if !configurationErrors.contains(error) { configurationErrors.append(error) }
      }
    }

    var documents: [String: [UInt8]] = [:]
    for (path, file) in sources { documents[path] = file.bytes }
    for project in projects {
      for marker in project.markers { documents[marker.path] = marker.bytes }
      for (path, bytes) in project.auxiliaryFiles { documents[path] = bytes }
    }
    return CheckReport(
      filesChecked: sources.count,
      diagnostics: CheckRunner.sorted(diagnostics, documents: documents),
      documents: documents,
      sources: sources,
      notes: notes.sorted { ($0.path, $0.message) < ($1.path, $1.message) },
      missingPaths: discovery.missing,
      projects: projects,
      configurationErrors: configurationErrors
    )
  }

  /// Reads and parses one source; a minified or bundled JavaScript file is skipped unless it was named.
  func load(_ path: String, named: Bool = false) -> ProjectLoader.Loaded {
    ProjectLoader.source(path, files: DiskFiles(), maxFileSize: options.maxFileSize, skipBundled: !named)
  }

  /// Sorts by path, line, column, code, then message, so output is deterministic.
  public static func sorted(_ diagnostics: [Diagnostic], documents: [String: [UInt8]]) -> [Diagnostic] {
    diagnostics.sorted { a, b in
      if a.path != b.path { return a.path < b.path }
      if a.range.start != b.range.start { return a.range.start < b.range.start }
      if a.code != b.code { return a.code < b.code }
      return a.message < b.message
    }
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
