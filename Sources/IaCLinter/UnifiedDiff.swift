/// A unified diff of two texts, line by line, with three lines of context (as `diff -u` prints it).
public enum UnifiedDiff {
  /// The diff of `old` and `new` for `path`, or an empty string when they are equal. A file that does not exist
  /// yet is shown against `/dev/null`.
  public static func render(path: String, old: [UInt8]?, new: [UInt8], context: Int = 3) -> String {
    if let old, old == new { return "" }
    let a = lines(old ?? [])
    let b = lines(new)
    let operations = diff(a, b)
    var output = "--- \(old == nil ? "/dev/null" : "a/" + path)\n+++ b/\(path)\n"
    // Group operations into hunks.
    var index = 0
    while index < operations.count {
      guard let change = operations[index...].firstIndex(where: { $0.kind != .equal }) else { break }
      let start = max(index, change - context)
      var end = change
      var lastChange = change
      while end < operations.count {
        if operations[end].kind != .equal {
          lastChange = end
        } else if end - lastChange > context * 2 {
          break
        }
        end += 1
      }
      end = min(operations.count, lastChange + context + 1)
      let hunk = operations[start..<end]
      let oldStart = hunk.first!.oldIndex
      let newStart = hunk.first!.newIndex
      let oldCount = hunk.filter { $0.kind != .insert }.count
      let newCount = hunk.filter { $0.kind != .delete }.count
      output += "@@ -\(oldCount == 0 ? oldStart : oldStart + 1),\(oldCount) +\(newCount == 0 ? newStart : newStart + 1),\(newCount) @@\n"
      for operation in hunk {
        switch operation.kind {
        case .equal: output += " " + text(a[operation.oldIndex])
        case .delete: output += "-" + text(a[operation.oldIndex])
        case .insert: output += "+" + text(b[operation.newIndex])
        }
      }
      index = end
    }
    return output
  }

  static func text(_ line: ArraySlice<UInt8>) -> String {
    let string = String(decoding: line, as: UTF8.self)
    return string.hasSuffix("\n") ? string : string + "\n\\ No newline at end of file\n"
  }

  static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = []
    var start = 0
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      result.append(bytes[start...index])
      start = index + 1
    }
    if start < bytes.count { result.append(bytes[start...]) }
    return result
  }

  struct Operation {
    enum Kind { case equal, delete, insert }
    var kind: Kind
    var oldIndex: Int
    var newIndex: Int
  }

  /// A shortest edit script. Common prefix and suffix are trimmed first; the middle uses an LCS table when small,
  /// and a plain replacement when the middle is too large for one.
  static func diff(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Operation] {
    var prefix = 0
    while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
      suffix += 1
    }
    var operations: [Operation] = (0..<prefix).map { Operation(kind: .equal, oldIndex: $0, newIndex: $0) }
    let aMiddle = Array(a[prefix..<(a.count - suffix)])
    let bMiddle = Array(b[prefix..<(b.count - suffix)])
    if aMiddle.count * bMiddle.count <= 4_000_000 {
      let n = aMiddle.count
      let m = bMiddle.count
      var table = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
      if n > 0 && m > 0 {
        for i in stride(from: n - 1, through: 0, by: -1) {
          for j in stride(from: m - 1, through: 0, by: -1) {
            table[i][j] = aMiddle[i] == bMiddle[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
          }
        }
      }
      var i = 0
      var j = 0
      while i < n || j < m {
        if i < n && j < m && aMiddle[i] == bMiddle[j] {
          operations.append(Operation(kind: .equal, oldIndex: prefix + i, newIndex: prefix + j))
          i += 1
          j += 1
        } else if j < m && (i == n || table[i][j + 1] > table[i + 1][j]) {
          operations.append(Operation(kind: .insert, oldIndex: prefix + i, newIndex: prefix + j))
          j += 1
        } else {
          operations.append(Operation(kind: .delete, oldIndex: prefix + i, newIndex: prefix + j))
          i += 1
        }
      }
    } else {
      for i in aMiddle.indices { operations.append(Operation(kind: .delete, oldIndex: prefix + i, newIndex: prefix)) }
      for j in bMiddle.indices { operations.append(Operation(kind: .insert, oldIndex: a.count - suffix, newIndex: prefix + j)) }
    }
    for k in 0..<suffix {
      operations.append(Operation(kind: .equal, oldIndex: a.count - suffix + k, newIndex: b.count - suffix + k))
    }
    return operations
  }
}
