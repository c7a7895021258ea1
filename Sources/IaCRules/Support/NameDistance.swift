/// Names near a misspelt one, for "did you mean" suggestions.
package enum NameDistance {
  /// Up to three valid names nearest `name`, nearest first, within an edit distance that grows with its length.
  package static func nearest(_ name: String, in valid: [String]) -> [String] {
    let limit = max(2, name.count / 3)
    let scored = Set(valid).map { ($0, distance(name, $0)) }.filter { $0.1 <= limit }
    return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(3).map(\.0)
  }

  /// The optimal-string-alignment distance between two names (an adjacent swap counts as one edit), ignoring case:
  /// `bucket_nmae` is 1 from `bucket_name`, `maxAzs` is 1 from `max_azs`.
  package static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a.lowercased().utf8)
    let y = Array(b.lowercased().utf8)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous2 = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      previous2 = previous
      previous = current
    }
    return previous[y.count]
  }
}
