extension SourceFile {
  /// Whether the path names a test file: `test_*.py`, `*_test.py`, `*.test.ts`, `*.spec.ts` (and JavaScript
  /// forms), or a TypeScript file under a `test`, `tests` or `__tests__` directory.
  public var isTestFile: Bool { isTest }

  /// Whether `path` names a test file in `language` (see ``isTestFile``).
  public static func isTestPath(_ path: String, language: Language) -> Bool {
    // This runs for every file read: an ASCII path (nearly all of them) is read as bytes. Other paths keep the
    // `Character` comparisons, which differ from bytes where combining marks follow.
    var path = path
    if let answer = path.withUTF8({ isTestPath(asciiBytes: $0, language: language) }) { return answer }
    // The last component, found from the end without splitting the whole path.
    var trimmed = Substring(path)
    while trimmed.utf8.last == UInt8(ascii: "/") { trimmed = trimmed.dropLast() }
    let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/"))
    let base = slash.map { trimmed[trimmed.utf8.index(after: $0)...] } ?? trimmed
    guard !base.isEmpty else { return false }
    switch language {
    case .python:
      return base.hasPrefix("test_") || base.hasSuffix("_test.py")
    case .typescript:
      for marker in [".test.", ".spec."] where base.contains(marker) { return true }
      guard let slash else { return false }
      return trimmed[..<slash].split(separator: "/").contains { $0 == "test" || $0 == "tests" || $0 == "__tests__" }
    }
  }

  /// ``isTestPath(_:language:)`` on the bytes of an ASCII path; nil when the path is not ASCII.
  private static func isTestPath(asciiBytes path: UnsafeBufferPointer<UInt8>, language: Language) -> Bool? {
    for byte in path where byte >= 0x80 { return nil }
    var end = path.count
    while end > 0 && path[end - 1] == UInt8(ascii: "/") { end -= 1 }
    var slash = end - 1
    while slash >= 0 && path[slash] != UInt8(ascii: "/") { slash -= 1 }
    let base = (slash + 1)..<end
    guard !base.isEmpty else { return false }
    func matches(_ word: StaticString, at start: Int) -> Bool {
      let length = word.utf8CodeUnitCount
      guard start >= 0 && start + length <= end else { return false }
      for offset in 0..<length where path[start + offset] != word.utf8Start[offset] { return false }
      return true
    }
    switch language {
    case .python:
      return matches("test_", at: base.lowerBound) || matches("_test.py", at: end - 8)
    case .typescript:
      for start in base where matches(".test.", at: start) || matches(".spec.", at: start) { return true }
      // A directory component `test`, `tests` or `__tests__`.
      var componentStart = 0
      for index in 0...max(0, slash) where index == slash || path[index] == UInt8(ascii: "/") {
        if index > componentStart {
          let length = index - componentStart
          if length == 4 && matches("test", at: componentStart) || length == 5 && matches("tests", at: componentStart)
            || length == 9 && matches("__tests__", at: componentStart) {
            return true
          }
        }
        componentStart = index + 1
      }
      return false
    }
  }
}
