import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

@Suite("Fix application")
struct FixApplierTests {
  func diagnostic(_ edits: [Edit], applicability: Applicability = .safe) -> Diagnostic {
    Diagnostic(
      code: "IAC101", name: "deprecated-s3-origin", severity: .warning, path: "a.py", range: TextRange(start: 0, end: 1),
      message: "m", url: "https://example.org", fix: Fix(title: "t", applicability: applicability, edits: edits))
  }

  @Test func appliesFromTheEndBackwards() {
    let bytes = Array("abcdef".utf8)
    let result = FixApplier.apply([
      diagnostic([.replace(TextRange(start: 0, end: 1), with: "XX")]),
      diagnostic([.insert("!", at: 6), .delete(TextRange(start: 3, end: 4))]),
    ], to: bytes, path: "a.py", allowing: [.safe])
    #expect(String(decoding: result.bytes, as: UTF8.self) == "XXbcef!")
    #expect(result.applied.count == 2)
  }

  @Test func overlappingFixIsLeftForALaterPass() {
    let bytes = Array("abcdef".utf8)
    let result = FixApplier.apply([
      diagnostic([.replace(TextRange(start: 1, end: 4), with: "-")]),
      diagnostic([.replace(TextRange(start: 3, end: 5), with: "+")]),
      diagnostic([.insert("i", at: 0)]),
      diagnostic([.insert("j", at: 0)]),
    ], to: bytes, path: "a.py", allowing: [.safe])
    #expect(String(decoding: result.bytes, as: UTF8.self) == "ia-ef")
    #expect(result.applied.count == 2)
  }

  @Test func unsafeFixesNeedPermission() {
    let bytes = Array("abc".utf8)
    let unsafe = diagnostic([.replace(TextRange(start: 0, end: 1), with: "z")], applicability: .unsafe)
    #expect(FixApplier.apply([unsafe], to: bytes, path: "a.py", allowing: [.safe]).applied.isEmpty)
    #expect(FixApplier.apply([unsafe], to: bytes, path: "a.py", allowing: [.safe, .unsafe]).bytes == Array("zbc".utf8))
  }

  @Test func fileCreationAndOtherFilesAreNotAppliedInPlace() {
    let bytes = Array("abc".utf8)
    let result = FixApplier.apply([
      diagnostic([.createFile("cdk.json", contents: "{}")]),
      diagnostic([Edit(path: "other.py", range: TextRange(start: 0, end: 1), newText: "q")]),
      diagnostic([.replace(TextRange(start: 2, end: 9), with: "out of range")]),
    ], to: bytes, path: "a.py", allowing: [.safe, .unsafe])
    #expect(result.bytes == bytes)
    #expect(result.applied.isEmpty)
  }

  @Test func linterFixIteratesUntilStable() {
    // Two findings whose fixes both add the same import: the second applies after the file is checked again.
    let text = """
      from aws_cdk import aws_lambda as lambda_
      group = lambda_.LogGroup(self, "L", retention=lambda_.RetentionDays.ONE_WEEK)
      """
    let outcome = Linter().fix(SourceFile(path: "lib/stack.py", text: text))
    #expect(String(decoding: outcome.bytes, as: UTF8.self) == """
      from aws_cdk import aws_lambda as lambda_, aws_logs as logs
      group = logs.LogGroup(self, "L", retention=logs.RetentionDays.ONE_WEEK)
      """)
    #expect(outcome.fixed.count == 2)
    #expect(outcome.remaining.isEmpty)
  }

  @Test func fixingKeepsCRLFLineEndings() {
    let text = "from aws_cdk import (\r\n    Stack,\r\n    aws_cloudwatch as cloudwatch,\r\n)\r\nalarm.add_alarm_action(cloudwatch_actions.SnsAction(topic))\r\n"
    let outcome = Linter().fix(SourceFile(path: "lib/stack.py", text: text))
    let fixed = String(decoding: outcome.bytes, as: UTF8.self)
    #expect(fixed.contains("    aws_cloudwatch_actions as cloudwatch_actions,\r\n"))
    #expect(!fixed.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }
}
