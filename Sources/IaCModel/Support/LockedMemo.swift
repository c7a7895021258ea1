import Foundation

/// Answers kept by key, each computed once (two threads asking at once may both compute it, and either answer is
/// kept); emptied when it reaches `limit` keys, if it has one. Safe to use from several threads.
package final class LockedMemo<Key: Hashable, Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Key: Value] = [:]
  private let limit: Int?

  package init(limit: Int? = nil) {
    self.limit = limit
  }

  package func value(_ key: Key, _ compute: () -> Value) -> Value {
    lock.lock()
    if let known = values[key] {
      lock.unlock()
      return known
    }
    lock.unlock()
    let value = compute()
    lock.lock()
    if let limit, values.count >= limit { values.removeAll(keepingCapacity: true) }
    values[key] = value
    lock.unlock()
    return value
  }
}
