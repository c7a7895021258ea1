/// The patterns of one `.gitignore` file, matched as git does: `*`, `?`, `[...]`, `**`, a trailing `/` for
/// directories only, a leading or inner `/` to anchor at the file's directory, and `!` to re-include.
public struct GitIgnore: Sendable {
  struct Pattern: Sendable {
    var glob: [UInt8]
    var negated: Bool
    var directoryOnly: Bool
    var anchored: Bool
    /// The literal bytes the glob starts with and ends with (before its first and after its last wildcard), which
    /// every path it matches starts and ends with: most paths are turned down on them without matching the glob.
    var literalPrefix: [UInt8] = []
    var literalSuffix: [UInt8] = []
    /// Whether the glob holds no wildcard, so that it matches exactly its own bytes.
    var isLiteral = false

    init(glob: [UInt8], negated: Bool, directoryOnly: Bool, anchored: Bool) {
      self.glob = glob
      self.negated = negated
      self.directoryOnly = directoryOnly
      self.anchored = anchored
      // An escape makes the next byte literal; such globs are left to the matcher.
      guard !glob.contains(UInt8(ascii: "\\")) else { return }
      let isWildcard: (UInt8) -> Bool = { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "[") }
      guard let first = glob.firstIndex(where: isWildcard) else {
        isLiteral = true
        return
      }
      // A class ends at a `]`: the literal end starts after the last wildcard or bracket.
      let last = glob.lastIndex { isWildcard($0) || $0 == UInt8(ascii: "]") } ?? first
      literalPrefix = Array(glob[..<first])
      // `**/` may match no directory at all, slash included: a glob with `**` has no suffix every path shares.
      let hasDoubleStar = zip(glob, glob.dropFirst()).contains { $0 == UInt8(ascii: "*") && $1 == UInt8(ascii: "*") }
      if !hasDoubleStar { literalSuffix = Array(glob[(last + 1)...]) }
    }

    /// Whether the glob matches `text[start...]`.
    func matches(_ text: [UInt8], from start: Int) -> Bool {
      let count = text.count - start
      if isLiteral { return count == glob.count && text[start...].elementsEqual(glob) }
      guard count >= literalPrefix.count + literalSuffix.count,
        text[start..<(start + literalPrefix.count)].elementsEqual(literalPrefix),
        text[(text.count - literalSuffix.count)...].elementsEqual(literalSuffix)
      else { return false }
      return GitIgnore.match(glob, 0, text, start)
    }
  }

  /// The directory the file sits in, as a display path (`""` for the working directory).
  public let directory: String
  let patterns: [Pattern]

  /// Parses the text of a `.gitignore` file in `directory`.
  public init(directory: String, text: [UInt8]) {
    self.directory = directory
    var patterns: [Pattern] = []
    // Every directory of a walked tree may hold one: each line is read by its bounds, and only a pattern is copied.
    text.withUnsafeBufferPointer { bytes in
      var lineStart = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        defer { lineStart = lineEnd + 1 }
        var start = lineStart
        var end = lineEnd
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        // Trailing spaces are ignored unless escaped.
        while end > start && bytes[end - 1] == UInt8(ascii: " ") && !(end - start >= 2 && bytes[end - 2] == UInt8(ascii: "\\")) {
          end -= 1
        }
        guard end > start, bytes[start] != UInt8(ascii: "#") else { continue }
        var negated = false
        if bytes[start] == UInt8(ascii: "!") {
          negated = true
          start += 1
        } else if bytes[start] == UInt8(ascii: "\\") && end - start > 1
          && (bytes[start + 1] == UInt8(ascii: "#") || bytes[start + 1] == UInt8(ascii: "!")) {
          start += 1
        }
        var directoryOnly = false
        if end > start && bytes[end - 1] == UInt8(ascii: "/") {
          directoryOnly = true
          end -= 1
        }
        guard end > start else { continue }
        func hasSlash(from: Int) -> Bool {
          var index = from
          while index < end && bytes[index] != UInt8(ascii: "/") { index += 1 }
          return index < end
        }
        var anchored = hasSlash(from: start)
        if bytes[start] == UInt8(ascii: "/") {
          start += 1
          anchored = true
        }
        if end - start >= 3 && bytes[start] == UInt8(ascii: "*") && bytes[start + 1] == UInt8(ascii: "*")
          && bytes[start + 2] == UInt8(ascii: "/") && !hasSlash(from: start + 3) {
          // `**/name` matches `name` at any depth, like an unanchored pattern.
          start += 3
          anchored = false
        }
        patterns.append(Pattern(
          glob: Array(UnsafeBufferPointer(rebasing: bytes[start..<end])), negated: negated, directoryOnly: directoryOnly,
          anchored: anchored))
      }
    }
    self.patterns = patterns
  }

  /// Whether the file's patterns decide about `path` (relative to ``directory``): `true` ignored, `false`
  /// re-included, nil when no pattern matches.
  public func decision(forRelativePath path: String, isDirectory: Bool) -> Bool? {
    decision(forPath: Array(path.utf8), from: 0, isDirectory: isDirectory)
  }

  /// ``decision(forRelativePath:isDirectory:)`` for the path `bytes[start...]`, the rest of a longer path (an
  /// absolute one whose first `start` bytes are this file's directory and a slash).
  func decision(forPath bytes: [UInt8], from start: Int, isDirectory: Bool) -> Bool? {
    var baseStart = start
    var index = bytes.count
    while index > start {
      if bytes[index - 1] == UInt8(ascii: "/") {
        baseStart = index
        break
      }
      index -= 1
    }
    var result: Bool?
    for pattern in patterns {
      if pattern.directoryOnly && !isDirectory { continue }
      if pattern.matches(bytes, from: pattern.anchored ? start : baseStart) {
        result = !pattern.negated
      }
    }
    return result
  }

  /// Glob matching over bytes; `*` and `?` never cross `/`, `**` does.
  static func match(_ pattern: [UInt8], _ pi: Int, _ text: [UInt8], _ ti: Int) -> Bool {
    var pi = pi
    var ti = ti
    while pi < pattern.count {
      let c = pattern[pi]
      if c == UInt8(ascii: "*") {
        if pi + 1 < pattern.count && pattern[pi + 1] == UInt8(ascii: "*") {
          var next = pi + 2
          if next < pattern.count && pattern[next] == UInt8(ascii: "/") { next += 1 }
          if next == pattern.count { return true }
          var k = ti
          while k <= text.count {
            if (k == ti || text[k - 1] == UInt8(ascii: "/")) && match(pattern, next, text, k) { return true }
            k += 1
          }
          return false
        }
        pi += 1
        var k = ti
        while k <= text.count {
          if match(pattern, pi, text, k) { return true }
          if k < text.count && text[k] == UInt8(ascii: "/") { return false }
          k += 1
        }
        return false
      }
      guard ti < text.count else { return false }
      if c == UInt8(ascii: "?") {
        if text[ti] == UInt8(ascii: "/") { return false }
        pi += 1
        ti += 1
        continue
      }
      if c == UInt8(ascii: "[") , let close = pattern[(pi + 1)...].firstIndex(of: UInt8(ascii: "]")), close > pi + 1 {
        var set = Array(pattern[(pi + 1)..<close])
        var negate = false
        if set.first == UInt8(ascii: "!") || set.first == UInt8(ascii: "^") {
          negate = true
          set.removeFirst()
        }
        var matched = false
        var index = 0
        while index < set.count {
          if index + 2 < set.count && set[index + 1] == UInt8(ascii: "-") {
            if text[ti] >= set[index] && text[ti] <= set[index + 2] { matched = true }
            index += 3
          } else {
            if text[ti] == set[index] { matched = true }
            index += 1
          }
        }
        if matched == negate || text[ti] == UInt8(ascii: "/") { return false }
        pi = close + 1
        ti += 1
        continue
      }
      var literal = c
      if c == UInt8(ascii: "\\") && pi + 1 < pattern.count {
        pi += 1
        literal = pattern[pi]
      }
      if literal != text[ti] { return false }
      pi += 1
      ti += 1
    }
    return ti == text.count
  }
}
