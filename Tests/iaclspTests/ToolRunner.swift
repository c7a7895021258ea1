import Foundation
import TestSupport
import Testing

/// Runs the built `iaclsp` binary as a user would.
struct ToolRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The binary beside the test bundle (the build directory), unless `IACLSP_BINARY` names one.
  static let binary: String = {
    if let path = ProcessInfo.processInfo.environment["IACLSP_BINARY"] { return path }
    var candidates: [URL] = []
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var directory = executable.deletingLastPathComponent()
    for _ in 0..<4 {
      candidates.append(directory.appendingPathComponent("iaclsp"))
      directory = directory.deletingLastPathComponent()
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(root.appendingPathComponent(".build/debug/iaclsp"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path ?? candidates.last!.path
  }()

  /// Runs the binary and waits for it on threads of their own, so that a test waiting for it never holds a thread
  /// of the test runner's pool.
  static func run(
    _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]
  ) async throws -> Result {
    try await onOwnThread { try runBlocking(arguments, in: directory, environment: environment) }
  }

  static func runBlocking(_ arguments: [String], in directory: String?, environment: [String: String]) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var env = ProcessInfo.processInfo.environment
    // Run as outside CI, so a test run inside GitHub Actions does not switch the default format to annotations.
    env["GITHUB_ACTIONS"] = nil
    env["GITHUB_STEP_SUMMARY"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // A guard against a hang, so a broken build fails the test instead of stalling the suite (not a measurement).
    DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(300)) {
      // SIGKILL: the test process blocks SIGTERM in its threads, and children inherit that mask.
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
    // Read both pipes while the process runs so a full pipe cannot block it (standard error on a thread of its own:
    // Dispatch's global queues have one thread per core, and other tests' blocking reads could hold them all).
    nonisolated(unsafe) var errData = Data()
    let errRead = NSCondition()
    nonisolated(unsafe) var errDone = false
    Thread {
      let data = err.fileHandleForReading.readDataToEndOfFile()
      errRead.lock()
      errData = data
      errDone = true
      errRead.signal()
      errRead.unlock()
    }.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    errRead.lock()
    while !errDone { errRead.wait() }
    errRead.unlock()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
