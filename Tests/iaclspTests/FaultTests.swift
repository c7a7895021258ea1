import Foundation
import TestSupport
import Testing

/// `iaclsp --check` when things go wrong: the process is killed while fixing, files cannot be read, files are not
/// text. Each problem is reported for its file and the run goes on.
@Suite("iaclsp --check under faults")
struct FaultTests {
  func project(_ stack: String = CheckCommandTests.mistakes) throws -> TemporaryDirectory {
    try CheckCommandTests().project(stack)
  }

  @Test func aFixAbortedBeforeTheRenameCanBeRunAgain() async throws {
    let directory = try project()
    let aborted = try await ToolRunner.run(
      ["--check", ".", "--fix"], in: directory.path, environment: ["IACLSP_TEST_ABORT_BEFORE_RENAME": "lib/stack.py"])
    #expect(aborted.status != 0 && aborted.status != 1)
    #expect(try directory.read("lib/stack.py") == CheckCommandTests.mistakes)
    // The temporary file the aborted run left is hidden and not a source file: the next run ignores it and fixes.
    let again = try await ToolRunner.run(["--check", ".", "--fix"], in: directory.path)
    #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
    #expect(try directory.read("lib/stack.py").contains("S3BucketOrigin"))
  }

  /// Kills `--fix` at seeded random moments while it rewrites a large file: the file is always either the original
  /// or the whole fixed text, never a part of either.
  @Test func killedAtRandomMomentsTheFileIsWholeOldOrWholeNew() async throws {
    // A file of 100 KB, so the write is more than one block: findings before and after a long comment block.
    let filler = String(repeating: "# " + String(repeating: "padding ", count: 12) + "\n", count: 1_000)
    let stack = CheckCommandTests.mistakes + "\n" + filler + "        origins.S3Origin(bucket)\n"
    let reference = try project(stack)
    // The reference run's length only spreads the kills over it; nothing is asserted about time.
    let started = DispatchTime.now().uptimeNanoseconds
    _ = try await ToolRunner.run(["--check", ".", "--fix", "--no-parallel"], in: reference.path)
    let span = max(1_000, (DispatchTime.now().uptimeNanoseconds - started) / 1_000)
    let fixed = try reference.read("lib/stack.py")
    #expect(fixed != stack)
    let seed = ProcessInfo.processInfo.environment["IACLSP_PROPERTY_SEED"].flatMap { UInt64($0) } ?? 0x4B11_0000
    var random = SplitMix(seed: seed)
    for round in 0..<6 {
      let directory = try project(stack)
      let path = directory.path
      let moment = UInt32(random.next() % span)
      try await onOwnThread {
        let pid = try Self.spawn([ToolRunner.binary, "--check", path, "--fix", "--no-parallel"])
        usleep(moment)
        kill(pid, SIGKILL)
        Self.reap(pid)
      }
      let now = try directory.read("lib/stack.py")
      #expect(now == stack || now == fixed, "seed \(seed), round \(round): the file is neither the original nor the fixed text")
    }
  }

  /// Starts `arguments` with its output thrown away, without Foundation's `Process`: a child killed at once can leave
  /// `Process.waitUntilExit()` waiting for a termination its monitor never saw.
  static func spawn(_ arguments: [String]) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // The child must not inherit the other tests' pipes: a copy of a pipe's read end would keep a server that
    // another test expects to see EPIPE writing into the pipe instead. glibc ignores closing a descriptor that is
    // not open.
    for descriptor in 3..<Int32(1_024) { posix_spawn_file_actions_addclose(&actions, descriptor) }
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
    guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
    return pid
  }

  /// Waits for a child to end. `ECHILD` means someone else reaped it, so it is gone too.
  static func reap(_ pid: pid_t) {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
  }

  @Test func aLinkThatLeadsNowhereIsANoteAndTheRunGoesOn() async throws {
    let directory = try project()
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/lib/loop.py", withDestinationPath: "loop.py")
    let result = try await ToolRunner.run(["--check", "."], in: directory.path)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("error: lib/loop.py: cannot read: a symbolic link that leads nowhere"))
    #expect(result.stdout.contains("IAC101"))
  }

  @Test func anUnreadableFileIsANoteAndTheRunGoesOn() async throws {
    guard getuid() != 0 else { return }  // root reads anything
    let directory = try project()
    try directory.write("lib/secret.py", "x = 1\n")
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: directory.path + "/lib/secret.py")
    let result = try await ToolRunner.run(["--check", "."], in: directory.path)
    #expect(result.status == 1)
    #expect(result.stderr.contains("lib/secret.py: cannot read: Permission denied"))
  }

  @Test func binaryAndOversizedFilesAreSkippedWithANote() async throws {
    let directory = try project()
    #expect(FileManager.default.createFile(atPath: directory.path + "/lib/blob.py", contents: Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01])))
    try directory.write("lib/huge.py", String(repeating: "x = 1\n", count: 2_000))
    let result = try await ToolRunner.run(["--check", ".", "--max-file-size", "5000"], in: directory.path)
    #expect(result.status == 1)
    #expect(result.stderr.contains("warning: lib/blob.py: skipped: binary file"))
    #expect(result.stderr.contains("warning: lib/huge.py: skipped: larger than 5000 bytes"))
  }

  @Test func nothingReadableExitsTwo() async throws {
    let directory = try TemporaryDirectory()
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/a.py", withDestinationPath: "b.py")
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/b.py", withDestinationPath: "a.py")
    let result = try await ToolRunner.run(["--check", "."], in: directory.path)
    #expect(result.status == 2)
    #expect(result.stderr.contains("no file could be read"))
  }
}

/// SplitMix64, for the seeded moments at which a run is killed.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
