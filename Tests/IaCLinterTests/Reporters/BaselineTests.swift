import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// Baselines and changed-line filtering.
@Suite("Baselines and changed lines")
struct BaselineTests {
  static let paths = ReportPaths(base: "/repo")

  /// The finding on every `S3Origin` in `text`.
  static func findings(_ text: String, path: String = "/repo/lib/stack.py") -> ([Diagnostic], [String: [UInt8]]) {
    let bytes = Array(text.utf8)
    var diagnostics: [Diagnostic] = []
    var searchStart = text.startIndex
    while let range = text.range(of: "S3Origin(", range: searchStart..<text.endIndex) {
      let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
      diagnostics.append(Diagnostic(
        code: "IAC101", name: "deprecated-s3-origin", severity: .warning, path: path,
        range: TextRange(start: start, end: start + 8), message: "`S3Origin` is deprecated", url: "https://example.com"))
      searchStart = range.upperBound
    }
    return (diagnostics, [path: bytes])
  }

  @Test func matchingSurvivesLineShiftsAndReindentation() throws {
    let before = "a = S3Origin(one)\nb = S3Origin(two)\n"
    let (old, oldDocuments) = Self.findings(before)
    let baseline = Baseline(old, documents: oldDocuments, paths: Self.paths)
    let reread = try roundTrip(baseline)
    #expect(reread == baseline)

    // Lines added above, the old code re-indented, and one new finding.
    let after = "import x\n\n\n    a = S3Origin(one)\nc = S3Origin(three)\n  b  =  S3Origin(two)\n"
    let (new, newDocuments) = Self.findings(after)
    let filtered = reread.filter(new, documents: newDocuments, paths: Self.paths)
    #expect(filtered.new.count == 1)
    // The new finding is the one on `S3Origin(three)`.
    #expect(filtered.new.first?.range.start == after.utf8.count - "S3Origin(three)\n  b  =  S3Origin(two)\n".utf8.count)
    #expect(filtered.hidden == 2)
    #expect(filtered.unmatched == 0)
  }

  @Test func duplicatesAreCounted() throws {
    let (old, documents) = Self.findings("a = S3Origin(x)\n")
    let baseline = Baseline(old, documents: documents, paths: Self.paths)
    let (new, newDocuments) = Self.findings("a = S3Origin(x)\na = S3Origin(x)\n")
    let filtered = baseline.filter(new, documents: newDocuments, paths: Self.paths)
    #expect(filtered.new.count == 1 && filtered.hidden == 1)
  }

  @Test func anotherFileOrRuleIsNew() {
    let (old, documents) = Self.findings("a = S3Origin(x)\n")
    let baseline = Baseline(old, documents: documents, paths: Self.paths)
    let (moved, movedDocuments) = Self.findings("a = S3Origin(x)\n", path: "/repo/lib/other.py")
    #expect(baseline.filter(moved, documents: movedDocuments, paths: Self.paths).new.count == 1)
    var renamed = old
    renamed[0].code = "IAC102"
    #expect(baseline.filter(renamed, documents: documents, paths: Self.paths).new.count == 1)
    // Fixed findings leave unmatched entries.
    #expect(baseline.filter([], documents: [:], paths: Self.paths).unmatched == 1)
  }

  @Test func malformedBaselinesAreRefused() throws {
    let directory = try TemporaryDirectory()
    for (text, reason) in [("[]", "\"version\": 1"), ("{\"version\": 1}", "\"findings\""), ("{", "not valid JSON"),
                           ("{\"version\": 1, \"findings\": [{}]}", "finding 1")] {
      try directory.write("b.json", text)
      #expect(throws: FileError.self) { try Baseline.read(directory.path + "/b.json") }
      do {
        _ = try Baseline.read(directory.path + "/b.json")
      } catch {
        #expect(error.reason.contains(reason), "\(error.reason)")
      }
    }
  }

  func roundTrip(_ baseline: Baseline) throws -> Baseline {
    let directory = try TemporaryDirectory()
    try directory.write("baseline.json", baseline.render())
    #expect(try JSONSerialization.jsonObject(with: Data(try directory.read("baseline.json").utf8)) is [String: Any])
    return try Baseline.read(directory.path + "/baseline.json")
  }

  // MARK: git diff

  @Test func parsesUnifiedDiffs() {
    let diff = """
      diff --git a/lib/stack.py b/lib/stack.py
      index 1..2 100644
      --- a/lib/stack.py
      +++ b/lib/stack.py
      @@ -3,0 +4,2 @@ class A:
      +x
      +y
      @@ -10 +12 @@
      -a
      +b
      @@ -20,3 +22,0 @@
      diff --git a/gone.py b/gone.py
      --- a/gone.py
      +++ /dev/null
      @@ -1 +0,0 @@
      diff --git "a/we\\"ird\\tname.py" "b/we\\"ird\\tname.py"
      --- "a/we\\"ird\\tname.py"
      +++ "b/we\\"ird\\tname.py"
      @@ -1 +1 @@
      diff --git a/caf\\303\\251.py b/caf\\303\\251.py
      +++ "b/caf\\303\\251.py"
      @@ -0,0 +1,3 @@
      """
    let lines = GitDiff.parse(diff)
    #expect(lines["lib/stack.py"] == [4, 5, 12])
    #expect(lines["gone.py"] == nil)
    #expect(lines["we\"ird\tname.py"] == [1])
    #expect(lines["café.py"] == [1, 2, 3])
  }

  @Test func filtersToChangedLines() {
    let (diagnostics, documents) = Self.findings("a = S3Origin(x)\nb = S3Origin(y)\nc = S3Origin(z)\n")
    let diff = GitDiff(root: "/repo", changedLines: ["lib/stack.py": [2]])
    #expect(diff.filter(diagnostics, documents: documents).map(\.range.start) == [diagnostics[1].range.start])
    let untracked = GitDiff(root: "/repo", changedLines: [:], newFiles: ["lib/stack.py"])
    #expect(untracked.filter(diagnostics, documents: documents).count == 3)
  }
}
