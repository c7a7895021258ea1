import Foundation
import IaCModel
import Testing

/// `containsSequence` searches bytes in place when the collection lends them, and by copying otherwise; both give
/// what a plain search gives.
@Suite("Byte search")
struct ByteSearchTests {
  static let haystacks = ["", "a", "account", "my-account-bucket", "acc", "aaab", "abab", "xaccountx", "ACCOUNT", "naïve-account", "🪣account"]
  static let needles = ["", "a", "account", "ab", "aab", "bab", "count", "x", "naïve", "🪣", "accounts"]

  /// The answer of a plain search over arrays.
  static func expected(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    if needle.isEmpty { return true }
    guard haystack.count >= needle.count else { return false }
    return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
  }

  @Test("every pair, through native strings, arrays, slices and lazy views")
  func everyPair() {
    var wrong: [String] = []
    for haystack in ByteSearchTests.haystacks {
      for needle in ByteSearchTests.needles {
        let answer = ByteSearchTests.expected(Array(haystack.utf8), Array(needle.utf8))
        let forms = [
          haystack.utf8.containsSequence(needle.utf8),
          Array(haystack.utf8).containsSequence(Array(needle.utf8)),
          Array(haystack.utf8)[...].containsSequence(needle.utf8),
          haystack.utf8.lazy.map { $0 }.containsSequence(needle.utf8.lazy.map { $0 }),
        ]
        if forms.contains(where: { $0 != answer }) { wrong.append("\(haystack) / \(needle): \(forms), expected \(answer)") }
      }
    }
    #expect(wrong.isEmpty)
  }
}
