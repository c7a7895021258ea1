import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// Fixes whose label or presence depends on what they change: a fix that replaces deployed resources, or that needs
/// more than the code has room for, is never offered as safe.
@Suite("Fix safety of API and naming rules")
struct APIFixSafetyTests {
  func findings(_ code: String, _ rule: String, path: String = "lib/stack.py", project: ProjectSnapshot? = nil) -> [Diagnostic] {
    let file = SourceFile(path: path, bytes: Array(code.utf8))
    return Linter(settings: LinterSettings(select: [rule])).check(file, context: RuleContext(project: project))
  }

  @Test func auroraEngineReplacementIsUnsafe() throws {
    let found = findings("""
      from aws_cdk import aws_rds as rds
      engine = rds.DatabaseClusterEngine.AURORA
      """, "IAC105")
    let fix = try #require(found.first?.fix)
    #expect(fix.applicability == .unsafe)
    #expect(fix.edits.first?.newText == "AURORA_MYSQL")
  }

  @Test func originAccessControlIsUnsafeAndIdentityIsSafe() {
    for (code, expected) in [
      ("origin = origins.S3Origin(bucket)", Applicability.unsafe),
      ("origin = origins.S3Origin(bucket, origin_access_identity=oai)", .safe),
    ] {
      let found = findings("from aws_cdk import aws_cloudfront_origins as origins\n" + code, "IAC101")
      #expect(found.count == 1)
      #expect(found.first?.fix?.applicability == expected, "\(code)")
    }
  }

  @Test func bucketNamePastSixtyThreeCharactersGetsNoFix() throws {
    func fix(for name: String) throws -> Fix? {
      let found = findings("""
        from aws_cdk import Stack, aws_s3 as s3

        class LogsStack(Stack):
            def __init__(self, scope, construct_id):
                super().__init__(scope, construct_id)
                s3.Bucket(self, "Logs", bucket_name="\(name)")
        """, "IAC205")
      return try #require(found.first).fix
    }
    // 50 characters leave room for `-` and 12 digits; 51 do not.
    let fits = String(repeating: "a", count: 45) + "-logs"
    let tooLong = String(repeating: "a", count: 46) + "-logs"
    #expect(fits.count + 13 == 63)
    #expect(try fix(for: fits) != nil)
    #expect(try fix(for: tooLong) == nil)
  }
}
