import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

@Suite("Suppressions")
struct SuppressionTests {
  // Unused codes (IAC002) are tested in UnusedSuppressionTests; here only what is silenced.
  let linter = Linter(settings: LinterSettings(ignore: ["IAC002"]))

  func codes(_ text: String, path: String = "lib/stack.py") -> [String] {
    linter.check(SourceFile(path: path, text: text)).map(\.code)
  }

  let python = """
    from aws_cdk import aws_cloudfront_origins as origins
    origin = origins.S3Origin(bucket)
    """

  @Test func unsuppressedFindingIsReported() {
    #expect(codes(python) == ["IAC101"])
  }

  @Test func sameLineByCodeOrName() {
    #expect(codes(python + "  # iaclsp: ignore[IAC101]").isEmpty)
    #expect(codes(python + "  # iaclsp: ignore[deprecated-s3-origin]").isEmpty)
    #expect(codes(python + "  # iaclsp: ignore[ IAC102 , iac101 ]").isEmpty)
  }

  @Test func otherCodeDoesNotSuppress() {
    #expect(codes(python + "  # iaclsp: ignore[IAC102]") == ["IAC101"])
  }

  @Test func bareIgnoreSuppressesAll() {
    #expect(codes(python + "  # iaclsp: ignore").isEmpty)
  }

  @Test func commentOnTheLineAbove() {
    let text = """
      from aws_cdk import aws_cloudfront_origins as origins
      # iaclsp: ignore[IAC101]
      origin = origins.S3Origin(bucket)
      """
    #expect(codes(text).isEmpty)
  }

  @Test func trailingCommentDoesNotReachTheNextLine() {
    let text = """
      from aws_cdk import aws_cloudfront_origins as origins
      x = 1  # iaclsp: ignore[IAC101]
      origin = origins.S3Origin(bucket)
      """
    #expect(codes(text) == ["IAC101"])
  }

  @Test func commentTwoLinesAboveDoesNotApply() {
    let text = """
      from aws_cdk import aws_cloudfront_origins as origins
      # iaclsp: ignore[IAC101]

      origin = origins.S3Origin(bucket)
      """
    #expect(codes(text) == ["IAC101"])
  }

  @Test func ignoreFileNearTheTop() {
    #expect(codes("# iaclsp: ignore-file\n" + python).isEmpty)
    #expect(codes("# iaclsp: ignore-file[IAC101]\n" + python).isEmpty)
    #expect(codes("# iaclsp: ignore-file[IAC102]\n" + python) == ["IAC101"])
  }

  @Test func ignoreFileFarDownDoesNotApply() {
    let filler = String(repeating: "x = 1\n", count: 40)
    #expect(codes(python + "\n" + filler + "# iaclsp: ignore-file\n") == ["IAC101"])
  }

  @Test func stringThatLooksLikeASuppressionIsNotOne() {
    #expect(codes(python + "; note = '# iaclsp: ignore'") == ["IAC101"])
  }

  @Test func unknownCodeIsReportedAndDoesNotHideOthers() {
    let diagnostics = linter.check(SourceFile(path: "lib/stack.py", text: python + "  # iaclsp: ignore[IAC9999]"))
    #expect(diagnostics.map(\.code).sorted() == ["IAC001", "IAC101"])
    let unknown = diagnostics.first { $0.code == "IAC001" }!
    let file = SourceFile(path: "lib/stack.py", text: python + "  # iaclsp: ignore[IAC9999]")
    #expect(file.text(unknown.range) == "IAC9999")
  }

  @Test func typeScriptComments() {
    let text = """
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
      // iaclsp: ignore[IAC101]
      const a = new origins.S3Origin(bucket);
      const b = new origins.S3Origin(bucket); // iaclsp: ignore[deprecated-s3-origin]
      /* iaclsp: ignore[IAC101] */ const c = new origins.S3Origin(bucket);
      const d = new origins.S3Origin(bucket);
      """
    let diagnostics = linter.check(SourceFile(path: "lib/stack.ts", text: text))
    #expect(diagnostics.count == 1)
    #expect(SourceFile(path: "lib/stack.ts", text: text).line(of: diagnostics[0].range.start) == 5)
  }

  @Test func settingsSelectIgnoreAndSeverity() {
    let ignoring = Linter(settings: LinterSettings(ignore: ["IAC1"]))
    #expect(ignoring.check(SourceFile(path: "lib/stack.py", text: python)).isEmpty)
    let selecting = Linter(settings: LinterSettings(select: ["deprecated-s3-origin"], severities: ["IAC101": .error]))
    let found = selecting.check(SourceFile(path: "lib/stack.py", text: python))
    #expect(found.map(\.severity) == [.error])
    #expect(LinterSettings(select: ["IAC9"], ignore: ["bogus"]).unknownSelectors(in: .shared) == ["IAC9", "bogus"])
  }
}
