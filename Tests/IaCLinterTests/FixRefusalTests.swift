import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// Rules whose fixes exist only to test `--fix`'s last line of defence: each edits every call of `Bucket`.
enum TestRules {
  static func description(code: String, name: String) -> RuleDescription {
    RuleDescription(
      code: code, name: name, summary: "A test rule", severity: .warning, frameworks: [.cdk], fixAvailability: .always,
      url: "https://example.org", documentation: "", triggeringExamples: [], nonTriggeringExamples: [])
  }

  /// Adds a diagnostic at each `Bucket(...)` call with `edit` as its safe fix.
  static func check(_ file: SourceFile, _ description: RuleDescription, into diagnostics: inout [Diagnostic], _ edit: (Call) -> Edit) {
    for call in file.calls where call.callee?.last.name == "Bucket" && call.isClosed {
      diagnostics.append(description.diagnostic(
        path: file.path, range: call.callee!.range, message: "test",
        fix: Fix(title: "Edit the call", applicability: .safe, edits: [edit(call)])))
    }
  }

  /// Adds a comment after each call, which never resolves its finding: the fix would come back on every pass.
  struct NeverResolves: Rule {
    static let description = TestRules.description(code: "TEST905", name: "test-never-resolves")
    func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
      let file = model.file
      TestRules.check(file, Self.description, into: &diagnostics) { call in
        .insert(" # checked", at: call.range.end)
      }
    }
  }

  /// Leaves an opening bracket without a partner: `Bucket(self, "B", extra=(`.
  struct UnbalancedBracket: Rule {
    static let description = TestRules.description(code: "TEST901", name: "test-unbalanced-bracket")
    func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
      let file = model.file
      TestRules.check(file, Self.description, into: &diagnostics) { call in
        .insert(", extra=(", at: Int(file.tokens[call.closeToken].start))
      }
    }
  }

  /// Puts a comma straight after the opening parenthesis: `Bucket(, self, "B")`.
  struct StrayComma: Rule {
    static let description = TestRules.description(code: "TEST902", name: "test-stray-comma")
    func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
      let file = model.file
      TestRules.check(file, Self.description, into: &diagnostics) { call in
        .insert(", ", at: Int(file.tokens[call.openToken].end))
      }
    }
  }

  /// Opens a string and never closes it.
  struct UnterminatedString: Rule {
    static let description = TestRules.description(code: "TEST903", name: "test-unterminated-string")
    func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
      let file = model.file
      TestRules.check(file, Self.description, into: &diagnostics) { call in
        .insert("\"", at: Int(file.tokens[call.closeToken].start))
      }
    }
  }

  /// A sound fix: adds a keyword argument to each call of `Bucket` or `Table`.
  struct AddsKeyword: Rule {
    static let description = TestRules.description(code: "TEST904", name: "test-adds-keyword")
    func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
      let file = model.file
      for call in file.calls where ["Bucket", "Table"].contains(call.callee?.last.name ?? "") && call.keyword(anyOf: ["versioned"]) == nil {
        guard let edit = ArgumentInserter(file).edit(adding: "versioned", value: "True", to: call) else { continue }
        diagnostics.append(Self.description.diagnostic(
          path: file.path, range: call.callee!.range, message: "test",
          fix: Fix(title: "Set `versioned`", applicability: .safe, edits: [edit])))
      }
    }
  }

  /// Adds `tags=None` to the last call of `Bucket`, at the same place where `AddsKeyword` adds its keyword, so the
  /// two fixes conflict there and one waits for the next pass.
  struct TagsLastBucket: Rule {
    static let description = TestRules.description(code: "TEST900", name: "test-tags-last-bucket")
    func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
      let file = model.file
      guard let call = file.calls.last(where: { $0.callee?.last.name == "Bucket" }), call.keyword(anyOf: ["tags"]) == nil,
        let edit = ArgumentInserter(file).edit(adding: "tags", value: "None", to: call)
      else { return }
      diagnostics.append(Self.description.diagnostic(
        path: file.path, range: call.callee!.range, message: "test",
        fix: Fix(title: "Set `tags`", applicability: .safe, edits: [edit])))
    }
  }

  static func linter(_ rules: [any Rule]) -> Linter {
    Linter(registry: RuleRegistry(rules: rules))
  }
}

/// `--fix` re-lexes each fixed file and writes nothing to a file whose fixes raised the number of unbalanced
/// brackets, unterminated strings or stray commas; the refusal names the rule.
@Suite struct FixRefusalTests {
  static let source = """
    from aws_cdk import aws_s3 as s3

    bucket = s3.Bucket(self, "Logs")

    """

  @Test(arguments: [
    (TestRules.UnbalancedBracket() as any Rule, "unbalanced brackets"),
    (TestRules.StrayComma(), "stray commas"),
    (TestRules.UnterminatedString(), "unterminated strings"),
  ])
  func aBreakingFixIsNamed(rule: any Rule, problem: String) {
    let linter = TestRules.linter([TestRules.AddsKeyword(), rule])
    let outcome = linter.fix(SourceFile(path: "stack.py", bytes: Array(Self.source.utf8)))
    #expect(outcome.breaking.map(\.code) == [rule.description.code])
    // An unterminated Python string runs to the end of its line, so it takes a closing bracket with it.
    #expect(outcome.broken.contains(problem))
  }

  @Test func soundFixesAreNotRefused() {
    let linter = TestRules.linter([TestRules.AddsKeyword()])
    let outcome = linter.fix(SourceFile(path: "stack.py", bytes: Array(Self.source.utf8)))
    #expect(String(decoding: outcome.bytes, as: UTF8.self).contains("s3.Bucket(self, \"Logs\", versioned=True)"))
    #expect(outcome.breaking.isEmpty && outcome.broken.isEmpty)
  }

  /// A fix that comes back unchanged after it was applied is applied once in a run, not once per pass.
  @Test func aFixThatComesBackIsAppliedOnce() {
    let linter = TestRules.linter([TestRules.NeverResolves()])
    let once = linter.fix(SourceFile(path: "stack.py", bytes: Array(Self.source.utf8)))
    let text = String(decoding: once.bytes, as: UTF8.self)
    #expect(text.components(separatedBy: " # checked").count - 1 == Self.source.components(separatedBy: "Bucket(").count - 1)
  }

  /// The same fix on two calls is two fixes: when one of them waits for a later pass, it is applied there.
  @Test func theSameFixElsewhereIsNotHeldBack() {
    let source = """
      from aws_cdk import aws_s3 as s3

      site = s3.Bucket(self, "Site")
      logs = s3.Bucket(self, "Logs")

      """
    let linter = TestRules.linter([TestRules.TagsLastBucket(), TestRules.AddsKeyword()])
    let outcome = linter.fix(SourceFile(path: "stack.py", bytes: Array(source.utf8)))
    let text = String(decoding: outcome.bytes, as: UTF8.self)
    #expect(outcome.fixed.map(\.code).sorted() == ["TEST900", "TEST904", "TEST904"])
    #expect(text.contains(#"s3.Bucket(self, "Site", versioned=True)"#))
    #expect(text.contains("versioned=True, tags=None") || text.contains("tags=None, versioned=True"))
  }

  /// Errors the file had before fixing are not held against the fixes.
  @Test func errorsAlreadyThereAreNotTheFixesFault() {
    let linter = TestRules.linter([TestRules.AddsKeyword()])
    let broken = Self.source + "print((\"unclosed\n"
    let outcome = linter.fix(SourceFile(path: "stack.py", bytes: Array(broken.utf8)))
    #expect(outcome.fixed.map(\.code) == ["TEST904"])
    #expect(outcome.breaking.isEmpty)
  }

  @Test func aRefusedFileIsNotWrittenAndOtherFilesAre() throws {
    let directory = try TemporaryDirectory()
    try directory.write("cdk.json", #"{"app": "python3 app.py"}"#)
    try directory.write("broken.py", Self.source)
    // TEST901 breaks every `Bucket` call it fixes; sound.py has a `Table` instead, which only the sound rule fixes.
    try directory.write("sound.py", Self.source.replacingOccurrences(of: "s3.Bucket", with: "s3.Table"))
    let runner = CheckRunner(linter: TestRules.linter([TestRules.AddsKeyword(), TestRules.UnbalancedBracket()]))
    let report = runner.run(paths: [directory.path])
    let session = FixSession(runner: runner, unsafeFixes: false)
    let plan = session.planned(report)
    #expect(plan.changes.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["sound.py"])
    #expect(plan.refusals.count == 1)
    let refusal = try #require(plan.refusals.first)
    #expect(refusal.path.hasSuffix("broken.py"))
    #expect(refusal.codes == ["TEST901"])
    #expect(refusal.note.hasSuffix("broken.py: not fixed: the fix of `TEST901` would leave unbalanced brackets; the file is left as it was"))
    #expect(session.write(plan.changes).isEmpty)
    #expect(try directory.read("broken.py") == Self.source)
    #expect(try directory.read("sound.py").contains("versioned=True"))
  }
}
