import Foundation
import IaCLinter

/// A check that waits for its turn. Until then it holds only its document's URI, version and settings generation:
/// its input (the text of every open document) is taken when the turn comes.
struct QueuedCheck {
  var id: Int
  var version: Int
  var generation: Int
  /// The check's task, once it waits for its turn.
  var continuation: CheckedContinuation<LintInput?, Never>?
  /// The input, when the turn came before the task asked for it.
  var granted: LintInput?
}

extension LanguageServer {
  // MARK: Taking turns

  /// Queues check `id` of the document's current version and starts it at once if there is room. Checks run at most
  /// ``ServerOptions/maximumConcurrentChecks`` at a time, oldest first, and those a request waits for (see
  /// ``hurry(_:)``) before the others.
  func enqueueCheck(id: Int, uri: String, version: Int) {
    queuedChecks[uri] = QueuedCheck(id: id, version: version, generation: generation)
    if urgentChecks.contains(uri) { checkOrder.insert(uri, at: 0) } else { checkOrder.append(uri) }
    admitWaiting()
  }

  /// The input of check `id` once its turn comes; nil, at once, when a newer version, a close, new settings or
  /// `shutdown` made it stale before it started. A check that gets an input counts as running until
  /// ``checkEnded()``.
  func admit(check id: Int, uri: String) async -> LintInput? {
    guard var queued = queuedChecks[uri], queued.id == id else { return nil }
    if let input = queued.granted {
      queuedChecks[uri] = nil
      return input
    }
    return await withCheckedContinuation { continuation in
      queued.continuation = continuation
      queuedChecks[uri] = queued
    }
  }

  /// A check that ran has ended: the next one waiting takes its turn.
  func checkEnded() {
    checksRunning -= 1
    admitWaiting()
  }

  /// Starts waiting checks while there is room; stale ones end without running.
  func admitWaiting() {
    while checksRunning < options.maximumConcurrentChecks, !checkOrder.isEmpty {
      let uri = checkOrder.removeFirst()
      guard var queued = queuedChecks[uri], queued.granted == nil else { continue }
      guard state == .running, let document = documents[uri], document.version == queued.version,
        queued.generation == generation, lints[uri]?.id == queued.id else {
        queuedChecks[uri] = nil
        queued.continuation?.resume(returning: nil)
        continue
      }
      urgentChecks.remove(uri)
      checksRunning += 1
      peakChecksRunning = max(peakChecksRunning, checksRunning)
      let input = lintInput(document)
      if let continuation = queued.continuation {
        queuedChecks[uri] = nil
        continuation.resume(returning: input)
      } else {
        queued.granted = input
        queuedChecks[uri] = queued
      }
    }
  }

  /// Cancels the document's check. One still waiting for its turn ends at once, without running.
  func supersede(_ uri: String) {
    lints[uri]?.task.cancel()
    urgentChecks.remove(uri)
    guard let queued = queuedChecks.removeValue(forKey: uri) else { return }
    queued.continuation?.resume(returning: nil)
    if queued.granted != nil {
      // Its turn had come but it had not started: the turn goes to the next one.
      checkEnded()
    }
  }

  /// Moves the document's waiting check ahead of the others: a request waits for it.
  func hurry(_ uri: String) {
    guard let queued = queuedChecks[uri], queued.granted == nil, urgentChecks.insert(uri).inserted else { return }
    checkOrder.insert(uri, at: 0)
  }

  /// Ends every waiting check without running it (at `shutdown`).
  func dropWaitingChecks() {
    for uri in Array(queuedChecks.keys) { supersede(uri) }
    checkOrder.removeAll()
  }
}
