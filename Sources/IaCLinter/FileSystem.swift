#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A failure to read or write a file, with the operating system's reason.
public struct FileError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "\(path): \(reason)" }
}

/// Thin POSIX file access: whole-file reads into bytes, directory listings, and atomic writes.
public enum FileSystem {
  /// What a directory entry is.
  public enum EntryKind: Sendable {
    case file
    case directory
    case symlinkToDirectory
    case other
  }

  static func errnoReason(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
  }

  /// The whole file, or the reason it cannot be read. Files larger than `limit` bytes are not read, and neither are
  /// pipes, devices and sockets (opening a FIFO that nobody writes would block forever).
  public static func read(_ path: String, limit: Int = Int.max) throws(FileError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw FileError(path: path, reason: errnoReason()) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw FileError(path: path, reason: errnoReason()) }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw FileError(path: path, reason: "is a directory") }
    if (info.st_mode & S_IFMT) != S_IFREG { throw FileError(path: path, reason: "not a regular file") }
    let expected = Int(info.st_size)
    if expected > limit { throw FileError(path: path, reason: "larger than \(limit) bytes") }
    // The array is allocated at the size `fstat` gives and kept at exactly the bytes read: reports keep the bytes of
    // many files, and spare capacity would double what they hold. Whether the file grew since is probed through a
    // small buffer, which is appended only when it holds something.
    var bytes = [UInt8](repeating: 0, count: max(expected, 0))
    var total = 0
    while true {
      let count: Int
      if total < bytes.count {
        count = bytes.withUnsafeMutableBytes { buffer in
          Glibc_read(descriptor, buffer.baseAddress! + total, buffer.count - total)
        }
      } else {
        count = withUnsafeTemporaryAllocation(byteCount: 4096, alignment: 1) { probe in
          let read = Glibc_read(descriptor, probe.baseAddress!, probe.count)
          if read > 0 { bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: probe[0..<read])) }
          return read
        }
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path: path, reason: errnoReason())
      }
      if count == 0 { break }
      total += count
      if total > limit { throw FileError(path: path, reason: "larger than \(limit) bytes") }
    }
    if total < bytes.count { bytes = Array(bytes[0..<total]) }
    return bytes
  }

  /// The entries of a directory (without `.` and `..`), sorted by name.
  public static func list(_ path: String) throws(FileError) -> [(name: String, kind: EntryKind)] {
    guard let directory = opendir(path) else { throw FileError(path: path, reason: errnoReason()) }
    defer { closedir(directory) }
    var entries: [(String, EntryKind)] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      var kind: EntryKind
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_REG): kind = .file
      case Int32(DT_DIR): kind = .directory
      case Int32(DT_LNK): kind = symlinkTargetKind(path + "/" + name)
      default: kind = kindByStat(path + "/" + name)
      }
      entries.append((name, kind))
    }
    return entries.sorted { $0.0 < $1.0 }
  }

  static func symlinkTargetKind(_ path: String) -> EntryKind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .other }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return .symlinkToDirectory
    case S_IFREG: return .file
    default: return .other
    }
  }

  static func kindByStat(_ path: String) -> EntryKind {
    var info = stat()
    guard lstat(path, &info) == 0 else { return .other }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return .directory
    case S_IFREG: return .file
    case S_IFLNK: return symlinkTargetKind(path)
    default: return .other
    }
  }

  /// What `stat` says of a file that changes whenever its content may have: its size, its modification and status
  /// change times, its inode, device and mode. Nil when it cannot be read.
  package static func identity(_ path: String) -> FileIdentity? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
    let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
    #else
    let (modified, changed) = (info.st_mtim, info.st_ctim)
    #endif
    return FileIdentity(
      size: Int64(info.st_size), modified: FileIdentity.nanoseconds(modified), changed: FileIdentity.nanoseconds(changed),
      inode: UInt64(info.st_ino), device: UInt64(info.st_dev), mode: UInt32(info.st_mode))
  }

  /// Whether anything exists at `path`.
  public static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Whether `path` is a symbolic link (not following it).
  public static func isSymbolicLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }

  /// Whether `path` is a directory (following links).
  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The process's working directory. It is read once: iaclsp never changes it, and paths are made absolute against
  /// it for every file of a run.
  public static var currentDirectory: String { workingDirectory }

  static let workingDirectory: String = FileManager.default.currentDirectoryPath

  /// Replaces the file at `path` with `bytes` atomically: the bytes go to a temporary file in the same directory,
  /// which is flushed, given the original's permissions, and renamed over the original. A reader sees the old file
  /// or the new one, never a part. When `expected` is given and the file no longer holds exactly those bytes, nothing
  /// is written and the error says the file changed. A symbolic link is written through: its target is replaced and
  /// the link stays.
  public static func writeAtomically(_ path: String, _ bytes: [UInt8], expected: [UInt8]? = nil) throws(FileError) {
    let shownPath = path
    var path = path
    if let resolved = realpath(path, nil) {
      path = String(cString: resolved)
      free(resolved)
    }
    do {
      try replace(path, bytes, expected: expected, shownPath: shownPath)
    } catch {
      throw FileError(path: shownPath, reason: error.reason)
    }
  }

  /// ``writeAtomically(_:_:expected:)`` on a path without links; errors name `path`.
  static func replace(_ path: String, _ bytes: [UInt8], expected: [UInt8]?, shownPath: String) throws(FileError) {
    var info = stat()
    let existed = stat(path, &info) == 0
    if let expected {
      let current = try read(path)
      guard current == expected else { throw FileError(path: path, reason: "changed on disk since it was read; not written") }
    }
    if existed && access(path, W_OK) != 0 { throw FileError(path: path, reason: errnoReason()) }
    let directory = (path as NSString).deletingLastPathComponent
    let base = (path as NSString).lastPathComponent
    var template = Array(((directory.isEmpty ? "." : directory) + "/.\(base).iaclsp-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw FileError(path: path, reason: "cannot create a temporary file: " + errnoReason()) }
    let temporary = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
    var failure: String?
    var written = 0
    while written < bytes.count && failure == nil {
      let count = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress! + written, buffer.count - written)
      }
      if count < 0 {
        if errno != EINTR { failure = errnoReason() }
      } else {
        written += count
      }
    }
    if failure == nil && fsync(descriptor) != 0 { failure = errnoReason() }
    if failure == nil && existed && fchmod(descriptor, info.st_mode & 0o7777) != 0 { failure = errnoReason() }
    close(descriptor)
    if failure == nil, let hook = ProcessInfo.processInfo.environment["IACLSP_TEST_ABORT_BEFORE_RENAME"],
      hook == shownPath || hook == path {
      // Fault injection for tests: die between writing the temporary file and renaming it.
      abort()
    }
    if failure == nil && rename(temporary, path) != 0 { failure = errnoReason() }
    if let failure {
      unlink(temporary)
      throw FileError(path: path, reason: failure)
    }
  }

  /// Creates a new file with `bytes`, with parent directories; fails if it exists.
  public static func createNew(_ path: String, _ bytes: [UInt8]) throws(FileError) {
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty && !exists(directory) {
      do {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      } catch {
        throw FileError(path: path, reason: "cannot create \(directory)")
      }
    }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw FileError(path: path, reason: errnoReason()) }
    defer { close(descriptor) }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress! + written, buffer.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        let reason = errnoReason()
        unlink(path)
        throw FileError(path: path, reason: reason)
      }
      written += count
    }
  }
}

@inline(__always)
func Glibc_read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}

/// A file's `stat` identity (see ``FileSystem/identity(_:)``).
package struct FileIdentity: Sendable, Hashable {
  package var size: Int64
  /// Nanoseconds since the epoch.
  package var modified: Int64
  package var changed: Int64
  package var inode: UInt64
  package var device: UInt64
  package var mode: UInt32

  static func nanoseconds(_ time: timespec) -> Int64 {
    Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
  }

  /// Whether the file changed less than `window` nanoseconds before `now` (nanoseconds since the epoch), so that a
  /// later change could leave the same times behind on a file system whose clock is coarse: such a file's identity
  /// does not stand for its content (git's "racily clean" entries).
  package func isRacy(now: Int64, window: Int64) -> Bool {
    max(modified, changed) >= now &- window
  }

  /// Nanoseconds since the epoch, now.
  package static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return nanoseconds(time)
  }
}
