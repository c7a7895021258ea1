import Foundation
import Testing

/// `iaclsp --check --add-ignore`: every current finding gets a suppression comment, and the next check is clean.
@Suite("iaclsp --check --add-ignore")
struct AddIgnoreTests {
  @Test func addsCommentsThenTheCheckIsClean() async throws {
    let directory = try TemporaryDirectory()
    try directory.write("cdk.json", #"{"app": "python3 app.py"}"#)
    try directory.write("app.py", "import aws_cdk as cdk\nfrom lib.stack import TapStack\napp = cdk.App()\nTapStack(app, 'T')\napp.synth()\n")
    try directory.write("lib/stack.py", CheckCommandTests.mistakes + "\n")
    try directory.write("lib/site.ts", """
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
      // iaclsp: ignore[IAC102]
      const a = new origins.S3Origin(bucket); const b = new origins.S3Origin(other);

      """)
    let before = try await ToolRunner.run(["--check", "."], in: directory.path)
    #expect(before.status == 1)

    let add = try await ToolRunner.run(["--check", ".", "--add-ignore"], in: directory.path)
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stderr.contains("Suppressed 4 findings in 2 files."), "\(add.stderr)")
    let stack = try directory.read("lib/stack.py")
    #expect(stack.contains("origins.S3Origin(bucket, origin_access_identity=identity)  # iaclsp: ignore[IAC101]\n"))
    #expect(stack.contains("lambda_.LogGroup(self, \"Logs\")  # iaclsp: ignore[IAC102]\n"))
    // Two findings on one line share one comment; the unused IAC102 above stays as it was.
    let site = try directory.read("lib/site.ts")
    #expect(site.contains("new origins.S3Origin(other);  // iaclsp: ignore[IAC101]\n"))
    #expect(site.components(separatedBy: "IAC101").count == 2)

    let after = try await ToolRunner.run(["--check", "."], in: directory.path)
    #expect(after.status == 1, "only the unused suppression remains: \(after.stdout)")
    #expect(after.stdout.contains("IAC002"))
    #expect(!after.stdout.contains("IAC101"))

    // Running it again adds nothing.
    let again = try await ToolRunner.run(["--check", ".", "--add-ignore"], in: directory.path)
    #expect(again.stderr.contains("Suppressed 0 findings in 0 files."), "\(again.stderr)")
  }

  @Test func cannotBeCombinedWithFix() async throws {
    let directory = try TemporaryDirectory()
    let result = try await ToolRunner.run(["--check", ".", "--add-ignore", "--fix"], in: directory.path)
    #expect(result.status == 2)
  }
}
