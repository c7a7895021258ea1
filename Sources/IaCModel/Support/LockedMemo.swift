import Foundation

/// Answers kept by key, each computed once (two threads asking at once may both compute it, and either answer is
/// kept); emptied when it reaches `limit` keys, if it has one. Safe to use from several threads.
///
/// A memo read from several threads at once spreads its keys over `shards` shards, each with its own lock: a large
/// document's model is read on every core, and with one lock the threads spent their time waiting for each other in
/// the kernel. One shard (the default) costs the least when one thread reads it.
package final class LockedMemo<Key: Hashable, Value>: @unchecked Sendable {
  private final class Shard {
    let lock = NSLock()
    var values: [Key: Value] = [:]
  }

  private let shards: [Shard]
  /// Keys per shard before it is emptied.
  private let limit: Int?

  /// `shards` is rounded up to a power of two.
  package init(limit: Int? = nil, shards: Int = 1) {
    var count = 1
    while count < shards { count <<= 1 }
    self.limit = limit.map { Swift.max(1, $0 / count) }
    self.shards = (0..<count).map { _ in Shard() }
  }

  package func value(_ key: Key, _ compute: () -> Value) -> Value {
    let shard = shards.count == 1 ? shards[0] : shards[key.hashValue & (shards.count - 1)]
    shard.lock.lock()
    if let known = shard.values[key] {
      shard.lock.unlock()
      return known
    }
    shard.lock.unlock()
    let value = compute()
    shard.lock.lock()
    if let limit, shard.values.count >= limit { shard.values.removeAll(keepingCapacity: true) }
    shard.values[key] = value
    shard.lock.unlock()
    return value
  }
}

/// Yes-or-no answers kept by name: a ``LockedMemo`` of `String` and `Bool` for the rules' module, specialized in this
/// one (a generic memo used from another module runs unspecialized, at about three times the cost of a look-up).
package final class NameAnswerMemo: Sendable {
  private let memo: LockedMemo<String, Bool>

  package init(limit: Int? = nil) {
    memo = LockedMemo(limit: limit)
  }

  package func value(_ name: String, _ compute: () -> Bool) -> Bool {
    memo.value(name, compute)
  }
}

/// The shards of a memo read from several threads at once.
package let concurrentMemoShards = 16
