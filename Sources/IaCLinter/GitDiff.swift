import Foundation
import IaCModel
import IaCRules

/// The lines changed in a git repository since a revision, for `--diff-base`: what `git diff REF` reports for
/// tracked files (committed and uncommitted changes alike), and every line of files git does not track yet.
///
/// git is run with external diff drivers, text conversion and the file-system monitor turned off, so nothing a
/// repository's configuration names is executed.
public struct GitDiff: Sendable {
  /// Why the changed lines could not be found.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// The repository's top-level directory.
  public var root: String
  /// Changed line numbers (1-based) by path relative to ``root``.
  public var changedLines: [String: Set<Int>]
  /// Files that are new and untracked: every line counts as changed.
  public var newFiles: Set<String>

  public init(root: String, changedLines: [String: Set<Int>], newFiles: Set<String> = []) {
    self.root = root
    self.changedLines = changedLines
    self.newFiles = newFiles
  }

  /// The changes since `revision` in the repository that holds `directory`; throws a ``Failure`` that says so
  /// when `directory` is not in a git repository, the revision is unknown, or git cannot be run.
  public static func load(since revision: String, in directory: String = FileSystem.currentDirectory) throws(Failure) -> GitDiff {
    guard !revision.isEmpty, !revision.hasPrefix("-") else {
      throw Failure(description: "--diff-base needs a git revision, not `\(revision)`")
    }
    let topLevel = try git(["rev-parse", "--show-toplevel"], in: directory)
    guard topLevel.status == 0 else {
      throw Failure(description: "--diff-base: \(directory) is not in a git repository")
    }
    let root = String(decoding: topLevel.stdout, as: UTF8.self).trimmingCharacters(in: .newlines)
    let verify = try git(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: root)
    guard verify.status == 0 else {
      throw Failure(description: "--diff-base: unknown git revision `\(revision)`")
    }
    let diff = try git(
      [
        "diff", "--no-ext-diff", "--no-textconv", "--no-color", "--unified=0", "--diff-filter=AMRC", "--src-prefix=a/",
        "--dst-prefix=b/", revision, "--",
      ], in: root)
    guard diff.status == 0 else {
      throw Failure(description: "--diff-base: git diff failed: \(String(decoding: diff.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))")
    }
    let untracked = try git(["ls-files", "--others", "--exclude-standard", "-z"], in: root)
    let newFiles = untracked.status == 0
      ? Set(untracked.stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
      : []
    return GitDiff(root: root, changedLines: parse(String(decoding: diff.stdout, as: UTF8.self)), newFiles: newFiles)
  }

  /// Whether a finding in `path` (relative to `root`) covering `lines` touches a changed line.
  public func touches(_ path: String, lines: ClosedRange<Int>) -> Bool {
    if newFiles.contains(path) { return true }
    guard let changed = changedLines[path] else { return false }
    return lines.contains { changed.contains($0) }
  }

  /// The findings on changed lines.
  public func filter(_ diagnostics: [Diagnostic], documents: [String: [UInt8]]) -> [Diagnostic] {
    let converter = PositionConverter(documents: documents)
    let paths = ReportPaths(base: root)
    return diagnostics.filter { diagnostic in
      let (start, end) = converter.positions(diagnostic.path, diagnostic.range)
      return touches(paths.relative(diagnostic.path), lines: start.line...max(start.line, end.line))
    }
  }

  /// The added and changed lines of each file in a unified diff with no context (`git diff --unified=0`).
  public static func parse(_ diff: String) -> [String: Set<Int>] {
    var result: [String: Set<Int>] = [:]
    var current: String?
    for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("+++ ") {
        let name = unquote(String(line.dropFirst(4)))
        if name == "/dev/null" {
          current = nil
        } else {
          let path = name.hasPrefix("b/") ? String(name.dropFirst(2)) : name
          current = path
          result[path, default: []] = result[path] ?? []
        }
      } else if line.hasPrefix("@@ "), let path = current {
        // @@ -a,b +c,d @@
        guard let plus = line.split(separator: " ").first(where: { $0.hasPrefix("+") }) else { continue }
        let numbers = plus.dropFirst().split(separator: ",")
        guard let start = numbers.first.flatMap({ Int($0) }) else { continue }
        let count = numbers.count > 1 ? Int(numbers[1]) ?? 0 : 1
        if count > 0 { result[path, default: []].formUnion(start..<(start + count)) }
      }
    }
    return result
  }

  /// A path as git prints it, with C-style quotes removed when it has them (`"b/a\tb"`).
  static func unquote(_ text: String) -> String {
    var name = text
    if let tab = name.firstIndex(of: "\t"), !name.hasPrefix("\"") { name = String(name[..<tab]) }
    guard name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 else { return name }
    var bytes: [UInt8] = []
    var iterator = Array(name.utf8.dropFirst().dropLast()).makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "\\"), let escaped = iterator.next() else {
        bytes.append(byte)
        continue
      }
      switch escaped {
      case UInt8(ascii: "n"): bytes.append(0x0A)
      case UInt8(ascii: "t"): bytes.append(0x09)
      case UInt8(ascii: "r"): bytes.append(0x0D)
      case UInt8(ascii: "a"): bytes.append(0x07)
      case UInt8(ascii: "b"): bytes.append(0x08)
      case UInt8(ascii: "f"): bytes.append(0x0C)
      case UInt8(ascii: "v"): bytes.append(0x0B)
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        var value = Int(escaped - UInt8(ascii: "0"))
        for _ in 0..<2 {
          guard let digit = iterator.next() else { break }
          value = value * 8 + Int(digit - UInt8(ascii: "0"))
        }
        bytes.append(UInt8(truncatingIfNeeded: value))
      default: bytes.append(escaped)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  struct Output {
    var status: Int32
    var stdout: [UInt8]
    var stderr: [UInt8]
  }

  /// Runs git with the configuration that could run other programs turned off.
  static func git(_ arguments: [String], in directory: String) throws(Failure) -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-c", "core.fsmonitor=false", "-c", "core.quotePath=true", "-C", directory]
      + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_EXTERNAL_DIFF"] = nil
    environment["GIT_PAGER"] = "cat"
    environment["LC_ALL"] = "C"
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw Failure(description: "--diff-base: cannot run git: \(error.localizedDescription)")
    }
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    if process.terminationStatus == 127 {
      throw Failure(description: "--diff-base: git is not installed or not on PATH")
    }
    return Output(status: process.terminationStatus, stdout: Array(outData), stderr: Array(errData))
  }
}
