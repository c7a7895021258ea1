#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import IaCModel
import IaCRules

/// Where a batch check keeps what it found, and which build of iaclsp found it.
public struct CacheSettings: Sendable, Equatable {
  /// The name of the cache directory at the root of a run.
  public static let directoryName = ".iaclsp_cache"

  /// The cache directory (created on first use).
  public var directory: String
  /// The version of iaclsp and its catalogue; a cache written by another version is ignored.
  public var toolVersion: String

  public init(directory: String, toolVersion: String) {
    self.directory = directory
    self.toolVersion = toolVersion
  }

  /// The cache directory of a run from the working directory: the `cache-dir` of the configuration file at or
  /// above it (relative to that file), else `.iaclsp_cache` next to that file, else in the working directory.
  public static func defaultDirectory(loader: ConfigurationLoader = ConfigurationLoader()) -> String {
    let workingDirectory = FileSystem.currentDirectory
    guard let configuration = try? loader.configuration(inOrAbove: ProjectModel.absolute(workingDirectory)) else {
      return ProjectSnapshot.join(workingDirectory, directoryName)
    }
    return ProjectModel.absolute(ProjectSnapshot.join(configuration.directory, configuration.cacheDirectory ?? directoryName))
  }

  /// The size and modification time of the running executable, so that a rebuilt binary of the same version number
  /// does not trust findings its predecessor wrote; empty when the executable cannot be found.
  public static func executableIdentity() -> String {
    let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "" }
    let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(size)@\(modified)"
  }
}

/// The findings of each project a batch check has checked, one file per project root in the cache directory.
///
/// A file holds the digest of everything the project's findings were computed from (see
/// ``CheckRunner/cacheDigest(of:index:plan:namedFiles:sources:)``), the paths whose existence project rules asked about, and the
/// findings. A file that is truncated, corrupt, or written by another version reads as absent and is replaced. Each
/// run replaces the files of the projects it checks, and deletes those whose project root no longer exists.
struct CheckCache: Sendable {
  /// What is cached for one project.
  struct Entry: Sendable {
    var digest: CacheDigest
    /// The digest of the same inputs with each source file's `stat` identity in place of its bytes, when no source
    /// had changed just before it was read (``FileIdentity/isRacy(now:window:)``): while it matches, the findings are
    /// reused without reading the sources.
    var identityDigest: CacheDigest?
    /// Paths rules asked about, and whether each existed.
    var existence: [(path: String, exists: Bool)]
    var diagnostics: [Diagnostic]
    /// What reading the project's checked sources said (a skipped bundle, invalid UTF-8), given again on a reuse
    /// that does not read them.
    var notes: [FileNote] = []
    /// The checked sources that could be read.
    var readable: [String] = []
  }

  static let magic = Array("iaclsp-cache\n".utf8)
  static let formatVersion = 2
  static let filePrefix = "project-"
  static let temporaryPrefix = ".tmp-"

  let settings: CacheSettings

  init(_ settings: CacheSettings) {
    self.settings = settings
  }

  /// The cache file of the project at `root` (an absolute path).
  func fileName(root: String) -> String {
    var builder = CacheDigest.Builder()
    builder.add(root)
    return CheckCache.filePrefix + builder.finish().hex
  }

  func path(_ name: String) -> String {
    settings.directory + "/" + name
  }

  /// The entry of the project at `root`, or nil when there is none this version can trust.
  func load(root: String) -> Entry? {
    guard let bytes = try? FileSystem.read(path(fileName(root: root)), limit: 1 << 30) else { return nil }
    return try? decode(bytes, root: root)
  }

  func decode(_ bytes: [UInt8], root: String?) throws(CacheReader.Malformed) -> Entry {
    guard bytes.count > CheckCache.magic.count + 8, bytes.starts(with: CheckCache.magic) else { throw CacheReader.Malformed() }
    let body = bytes.count - 8
    let stored = bytes[body...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    let computed = bytes.withUnsafeBytes { ContentHash.hash(UnsafeRawBufferPointer(rebasing: $0[..<body])) }
    guard stored == computed else { throw CacheReader.Malformed() }
    var reader = CacheReader(Array(bytes[..<body]), offset: CheckCache.magic.count)
    guard try reader.int() == CheckCache.formatVersion, try reader.string() == settings.toolVersion else {
      throw CacheReader.Malformed()
    }
    let storedRoot = try reader.string()
    if let root, storedRoot != root { throw CacheReader.Malformed() }
    let digest = CacheDigest(high: UInt64(bitPattern: Int64(try reader.int())), low: UInt64(bitPattern: Int64(try reader.int())))
    var existence: [(path: String, exists: Bool)] = []
    for _ in 0..<(try reader.count()) {
      let path = try reader.string()
      existence.append((path, try reader.bool()))
    }
    var identityDigest: CacheDigest?
    if try reader.bool() {
      identityDigest = CacheDigest(high: UInt64(bitPattern: Int64(try reader.int())), low: UInt64(bitPattern: Int64(try reader.int())))
    }
    var diagnostics: [Diagnostic] = []
    for _ in 0..<(try reader.count()) { diagnostics.append(try reader.diagnostic()) }
    var notes: [FileNote] = []
    for _ in 0..<(try reader.count()) {
      let path = try reader.string()
      let message = try reader.string()
      guard let level = FileNote.Level(rawValue: try reader.string()) else { throw CacheReader.Malformed() }
      notes.append(FileNote(path: path, message: message, level: level))
    }
    var readable: [String] = []
    for _ in 0..<(try reader.count()) { readable.append(try reader.string()) }
    guard reader.isAtEnd else { throw CacheReader.Malformed() }
    return Entry(
      digest: digest, identityDigest: identityDigest, existence: existence, diagnostics: diagnostics, notes: notes,
      readable: readable)
  }

  func encode(_ entry: Entry, root: String) -> [UInt8] {
    var writer = CacheWriter(bytes: CheckCache.magic)
    writer.int(CheckCache.formatVersion)
    writer.string(settings.toolVersion)
    writer.string(root)
    writer.int(Int(Int64(bitPattern: entry.digest.high)))
    writer.int(Int(Int64(bitPattern: entry.digest.low)))
    writer.int(entry.existence.count)
    for (path, exists) in entry.existence {
      writer.string(path)
      writer.bool(exists)
    }
    writer.bool(entry.identityDigest != nil)
    if let identityDigest = entry.identityDigest {
      writer.int(Int(Int64(bitPattern: identityDigest.high)))
      writer.int(Int(Int64(bitPattern: identityDigest.low)))
    }
    writer.int(entry.diagnostics.count)
    for diagnostic in entry.diagnostics { writer.diagnostic(diagnostic) }
    writer.int(entry.notes.count)
    for note in entry.notes {
      writer.string(note.path)
      writer.string(note.message)
      writer.string(note.level.rawValue)
    }
    writer.int(entry.readable.count)
    for path in entry.readable { writer.string(path) }
    let checksum = ContentHash.hash(writer.bytes)
    withUnsafeBytes(of: checksum.littleEndian) { writer.bytes.append(contentsOf: $0) }
    return writer.bytes
  }

  /// Creates the cache directory, tagged as a cache (`CACHEDIR.TAG`) and ignored by git; false when it cannot.
  func prepareDirectory() -> Bool {
    let manager = FileManager.default
    if !FileSystem.isDirectory(settings.directory) {
      do {
        try manager.createDirectory(atPath: settings.directory, withIntermediateDirectories: true)
      } catch {
        return false
      }
    }
    let markers: [(String, String)] = [
      ("CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by iaclsp.\n"),
      (".gitignore", "# Automatically created by iaclsp.\n*\n"),
    ]
    for (name, text) in markers where !FileSystem.exists(path(name)) {
      try? Data(text.utf8).write(to: URL(fileURLWithPath: path(name)), options: .atomic)
    }
    return true
  }

  /// Replaces the entry of the project at `root`: the bytes go to a temporary file in the cache directory, which is
  /// renamed over the old entry, so a reader never sees half a file. Failures are ignored: the cache is an
  /// optimisation.
  func store(_ entry: Entry, root: String) {
    let bytes = encode(entry, root: root)
    var template = Array(path(CheckCache.temporaryPrefix + "XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return }
    let temporary = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      written += count
    }
    close(descriptor)
    if written != bytes.count || rename(temporary, path(fileName(root: root))) != 0 { unlink(temporary) }
  }

  /// Deletes entries other than `kept` whose project root no longer exists or that cannot be read, and temporary
  /// files left by an interrupted write.
  func prune(keeping kept: Set<String>) {
    guard let entries = try? FileSystem.list(settings.directory) else { return }
    for (name, kind) in entries where kind == .file && !kept.contains(name) {
      if name.hasPrefix(CheckCache.filePrefix) {
        let file = path(name)
        guard let bytes = try? FileSystem.read(file, limit: 1 << 30), let root = try? rootOfEntry(bytes) else {
          unlink(file)
          continue
        }
        if !FileSystem.isDirectory(root) { unlink(file) }
      } else if name.hasPrefix(CheckCache.temporaryPrefix), isStale(path(name)) {
        unlink(path(name))
      }
    }
  }

  /// Whether a file was last modified more than an hour ago (a temporary file no run is still writing).
  func isStale(_ file: String) -> Bool {
    guard let modified = (try? FileManager.default.attributesOfItem(atPath: file))?[.modificationDate] as? Date else {
      return false
    }
    return modified.timeIntervalSinceNow < -3600
  }

  /// The project root an entry was written for, without checking the rest of it.
  func rootOfEntry(_ bytes: [UInt8]) throws(CacheReader.Malformed) -> String {
    guard bytes.starts(with: CheckCache.magic) else { throw CacheReader.Malformed() }
    var reader = CacheReader(bytes, offset: CheckCache.magic.count)
    _ = try reader.int()
    _ = try reader.string()
    return try reader.string()
  }
}
