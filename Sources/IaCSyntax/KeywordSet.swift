/// A small, fixed set of ASCII words, looked up by the bytes of a token without making a `String` or hashing.
struct KeywordSet: Sendable, ExpressibleByArrayLiteral {
  /// The words' bytes, grouped by length: `words[starts[n]..<starts[n + 1]]` are the words of `n` bytes.
  private let words: [[UInt8]]
  private let starts: [Int]

  init(arrayLiteral elements: StaticString...) {
    let sorted = elements.map { word in word.withUTF8Buffer { Array($0) } }.sorted { $0.count < $1.count }
    let longest = sorted.last?.count ?? 0
    var starts = [Int](repeating: sorted.count, count: longest + 2)
    for length in stride(from: longest, through: 0, by: -1) {
      starts[length] = sorted.firstIndex { $0.count >= length } ?? sorted.count
    }
    self.words = sorted
    self.starts = starts
  }

  /// Whether `bytes[start..<end]` is one of the words; false for a range outside `bytes`.
  func contains(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
    let length = end - start
    guard length >= 0 && length + 1 < starts.count && start >= 0 && end <= bytes.count else { return false }
    candidates: for word in words[starts[length]..<starts[length + 1]] {
      for offset in 0..<length where bytes[start + offset] != word[offset] { continue candidates }
      return true
    }
    return false
  }
}
