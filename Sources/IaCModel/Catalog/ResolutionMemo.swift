import Foundation
import IaCSyntax

/// Answers to ``APICatalog`` name look-ups, which depend only on the spelling looked up and the language, and which
/// the model and the rules repeat for every reference of every file (`s3.Bucket`, `cdk.Duration.days`). Kept small,
/// since the spellings come from the checked code; safe to use from several threads.
final class ResolutionMemo: @unchecked Sendable {
  struct Key: Hashable {
    var head: String
    var rest: [String]
    var language: Language
  }

  static let shared = ResolutionMemo()
  static let limit = 8192

  private let lock = NSLock()
  private var resolutions: [Key: APIResolution?] = [:]
  private var chains: [Key: APIChain?] = [:]
  /// Constructors by type record, one table per language; each holds its record, so no identity is reused.
  private var constructors: [ObjectIdentifier: APIConstructor] = [:]
  private var typeScriptConstructors: [ObjectIdentifier: APIConstructor] = [:]

  func resolution(_ key: Key, _ compute: () -> APIResolution?) -> APIResolution? {
    lock.lock()
    if let known = resolutions[key] {
      lock.unlock()
      return known
    }
    lock.unlock()
    let value = compute()
    lock.lock()
    if resolutions.count >= ResolutionMemo.limit { resolutions.removeAll(keepingCapacity: true) }
    resolutions[key] = value
    lock.unlock()
    return value
  }

  func chain(_ key: Key, _ compute: () -> APIChain?) -> APIChain? {
    lock.lock()
    if let known = chains[key] {
      lock.unlock()
      return known
    }
    lock.unlock()
    let value = compute()
    lock.lock()
    if chains.count >= ResolutionMemo.limit { chains.removeAll(keepingCapacity: true) }
    chains[key] = value
    lock.unlock()
    return value
  }

  func constructor(of type: APITypeRecord, language: Language, _ compute: () -> APIConstructor) -> APIConstructor {
    let key = ObjectIdentifier(type)
    lock.lock()
    if let known = language == .python ? constructors[key] : typeScriptConstructors[key] {
      lock.unlock()
      return known
    }
    lock.unlock()
    let value = compute()
    lock.lock()
    if language == .python { constructors[key] = value } else { typeScriptConstructors[key] = value }
    lock.unlock()
    return value
  }
}
