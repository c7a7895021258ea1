import Foundation
import ArgumentParser
import IaCLinter

/// How a check run reuses earlier findings (the cache) and which part of the tree it checks (`--shard`).
struct RunOptions: ParsableArguments {
  @Flag(name: .customLong("no-cache"), help: "Neither read nor write the cache (also IACLSP_NO_CACHE=1).")
  var noCache = false

  @Option(
    name: .customLong("cache-dir"),
    help: ArgumentHelp(
      "Keep the cache here (default: IACLSP_CACHE_DIR, else `cache-dir` in iaclsp.toml, else .iaclsp_cache at the root of the run).",
      valueName: "dir"))
  var cacheDir: String?

  @Option(
    help: ArgumentHelp("Check only part i of n of the tree, split by project, for parallel CI jobs (as 2/4).", valueName: "i/n"))
  var shard: String?

  /// The shard asked for; nil when there is none or it is malformed (``validate()`` rejects that).
  var parsedShard: Shard? { shard.flatMap(Shard.init(parsing:)) }

  func validate() throws {
    if let shard, Shard(parsing: shard) == nil {
      throw ValidationError("--shard takes i/n, the part i (1 to n) of n parts, as --shard 2/4; `\(shard)` is not that.")
    }
  }

  /// Where the run keeps its cache; nil with `--no-cache` or `IACLSP_NO_CACHE`, and for runs that write files or
  /// show fixes, and for SARIF, which records suppressed findings too (`checksAfresh`).
  func cache(checksAfresh writesFiles: Bool) -> CacheSettings? {
    if noCache || writesFiles { return nil }
    if let value = Environment.value("IACLSP_NO_CACHE"), ["1", "true", "yes"].contains(value.lowercased()) { return nil }
    let directory: String
    if let cacheDir {
      directory = cacheDir
    } else if let value = Environment.value("IACLSP_CACHE_DIR"), !value.isEmpty {
      directory = value
    } else {
      directory = CacheSettings.defaultDirectory()
    }
    return CacheSettings(
      directory: ProjectModel.absolute(directory), toolVersion: Version.full + " " + Environment.executableIdentity())
  }
}

/// What the process reads of its environment, without Foundation's copy of the whole environment.
enum Environment {
  /// The value of an environment variable, or nil when it is not set.
  static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// The size and modification time of the running executable, so that a rebuilt binary does not reuse the cache
  /// of another: as ``CacheSettings/executableIdentity()``, without Foundation's main bundle, which reads the
  /// executable's directory.
  static func executableIdentity() -> String {
    #if os(Linux)
    // The path the link names, as Foundation reads it (stat of the link itself would see through to the binary
    // too, but not under tools such as valgrind, which answer only readlink for the program they run).
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    var info = stat()
    guard length > 0, stat(buffer, &info) == 0 else { return CacheSettings.executableIdentity() }
    let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1_000_000_000
    return "\(info.st_size)@\(modified)"
    #else
    return CacheSettings.executableIdentity()
    #endif
  }
}
