extension SourceFile {
  /// Whether the path names a test file: `test_*.py`, `*_test.py`, `*.test.ts`, `*.spec.ts` (and JavaScript
  /// forms), or a TypeScript file under a `test`, `tests` or `__tests__` directory.
  public var isTestFile: Bool { isTest }

  /// Whether `path` names a test file in `language` (see ``isTestFile``).
  public static func isTestPath(_ path: String, language: Language) -> Bool {
    let components = path.split(separator: "/")
    guard let base = components.last else { return false }
    switch language {
    case .python:
      return base.hasPrefix("test_") || base.hasSuffix("_test.py")
    case .typescript:
      for marker in [".test.", ".spec."] where base.contains(marker) { return true }
      return components.dropLast().contains { $0 == "test" || $0 == "tests" || $0 == "__tests__" }
    }
  }
}
