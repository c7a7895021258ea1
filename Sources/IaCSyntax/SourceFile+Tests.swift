extension SourceFile {
  /// Whether the path names a test file: `test_*.py`, `*_test.py`, `*.test.ts`, `*.spec.ts` (and JavaScript
  /// forms), or a TypeScript file under a `test`, `tests` or `__tests__` directory.
  public var isTestFile: Bool { isTest }

  /// Whether `path` names a test file in `language` (see ``isTestFile``).
  public static func isTestPath(_ path: String, language: Language) -> Bool {
    // The last component, found from the end without splitting the whole path (this runs for every file read).
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
}
