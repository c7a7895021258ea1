import Foundation

/// A write to a pipe whose reader is gone (a child that exited, or that a hang guard killed) fails with EPIPE, which
/// the test sees, instead of SIGPIPE, which would end the whole test process.
private let ignoringBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

/// Runs `work` on a thread of its own and returns what it returns, or throws what it throws.
///
/// For work that blocks: reading a child process's pipe, waiting for a child to exit, sleeping. The test runner
/// runs tests on Swift's task pool, which has one thread per core (two on a small machine), and Dispatch's global
/// queues are as narrow on Linux. A test that blocks one of those threads stalls every other test that needs it,
/// such as one that drives an in-process language server. A thread of its own costs the others nothing while it
/// waits.
package func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
  _ = ignoringBrokenPipes
  return try await withCheckedThrowingContinuation { continuation in
    Thread { continuation.resume(with: Result { try work() }) }.start()
  }
}

/// Waits on a thread of its own until `process` has exited.
package func exited(_ process: Process) async {
  _ = try? await onOwnThread { process.waitUntilExit() }
}
