import Foundation
import IaCLinter
import IaCModel
import IaCRules
import Testing

/// A plain check streams the tree: projects are checked in batches and let go, and the report keeps only the bytes
/// of the files its findings are in. It must report exactly what a run that keeps everything reports.
@Suite("Streaming check")
struct StreamingCheckTests {
  static let seeds = FixtureSnapshotTests.seedsDirectory.path

  func run(keepsSources: Bool, batchFiles: Int = 256) -> CheckReport {
    let options = CheckOptions(keepsSources: keepsSources, batchFiles: batchFiles)
    return CheckRunner(commandLine: LinterSettings(select: ["IAC"]), options: options).run(paths: [Self.seeds])
  }

  func summary(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.path):\($0.range.start)-\($0.range.end) \($0.code) \($0.message) \($0.fix?.edits.count ?? -1)" }
  }

  @Test func batchesOfOneFileReportWhatOneBatchReports() throws {
    let kept = run(keepsSources: true)
    let streamed = run(keepsSources: false, batchFiles: 1)
    #expect(kept.diagnostics.count > 20)
    #expect(Set(kept.diagnostics.map(\.path)).count > 5)
    #expect(summary(streamed.diagnostics) == summary(kept.diagnostics))
    #expect(summary(streamed.suppressed.map(\.diagnostic)) == summary(kept.suppressed.map(\.diagnostic)))
    #expect(streamed.checkedFiles == kept.checkedFiles)
    #expect(streamed.filesChecked == kept.filesChecked)
    #expect(streamed.notes == kept.notes)
    #expect(streamed.missingPaths == kept.missingPaths)
  }

  @Test func aStreamedReportKeepsOnlyTheFilesItsFindingsAreIn() throws {
    let kept = run(keepsSources: true)
    let streamed = run(keepsSources: false, batchFiles: 3)
    var reported = Set<String>()
    for diagnostic in streamed.diagnostics + streamed.suppressed.map(\.diagnostic) {
      reported.insert(diagnostic.path)
      for related in diagnostic.related { reported.insert(related.path) }
      for edit in diagnostic.fix?.edits ?? [] { if let path = edit.path { reported.insert(path) } }
    }
    #expect(Set(streamed.documents.keys) == reported.intersection(kept.documents.keys))
    #expect(streamed.documents.count < kept.documents.count)
    for (path, bytes) in streamed.documents { #expect(kept.documents[path] == bytes, "\(path)") }
    // Reporters read positions and lines from the documents: they render the same text.
    #expect(
      JSONReporter().render(streamed.diagnostics, files: streamed.filesChecked, documents: streamed.documents)
        == JSONReporter().render(kept.diagnostics, files: kept.filesChecked, documents: kept.documents))
    #expect(streamed.sources.isEmpty && streamed.projects.isEmpty)
    #expect(!kept.sources.isEmpty && !kept.projects.isEmpty)
  }
}
