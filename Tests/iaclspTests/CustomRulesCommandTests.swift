import Foundation
import Testing

/// Custom rules from the command line: `rules --test`, `rules`, `explain`, `--check --select`, SARIF.
@Suite("iaclsp custom rules")
struct CustomRulesCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let policies = root.appendingPathComponent("Docs/examples/policies.toml").path

  @Test func theShippedPoliciesPassTheirExamples() async throws {
    let result = try await ToolRunner.run(["rules", "--test", "--config", Self.policies])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasSuffix("examples of 9 custom rules pass\n"))
  }

  static let project = """
    extend-rules = ["policies/*.toml"]

    """

  static let failing = """
    [[rule]]
    code = "TEAM1"
    name = "tagged-queues"
    message = "Queues are encrypted"
    resources = ["aws-cdk-lib.aws_sqs.Queue"]
    [rule.props.encryption]
    present = true

    [[rule.examples]]
    non-triggering = \"\"\"
    from aws_cdk import aws_sqs as sqs

    sqs.Queue(self, "Jobs")
    \"\"\"

    """

  @Test func aFailingExampleExitsOneAndNamesItsLine() async throws {
    let directory = try TemporaryDirectory()
    try directory.write("iaclsp.toml", Self.project)
    try directory.write("policies/team.toml", Self.failing)
    let result = try await ToolRunner.run(["rules", "--test"], in: directory.path)
    #expect(result.status == 1)
    #expect(result.stdout.contains("policies/team.toml:9: TEAM1: a non-triggering example gives a finding at line 3"))
    #expect(result.stdout.contains("0 of 1 example of 1 custom rule pass"))
  }

  @Test func aMalformedRuleExitsTwo() async throws {
    let directory = try TemporaryDirectory()
    try directory.write("iaclsp.toml", Self.project)
    try directory.write("policies/team.toml", Self.failing.replacingOccurrences(of: "present = true", with: "presnt = true"))
    let result = try await ToolRunner.run(["rules", "--test"], in: directory.path)
    #expect(result.status == 2)
    #expect(result.stderr.contains("policies/team.toml:7: unknown key `presnt`"))
  }

  @Test func customRulesAreListedExplainedCheckedAndInSARIF() async throws {
    let directory = try TemporaryDirectory()
    try directory.write("iaclsp.toml", Self.project)
    try directory.write("policies/acme.toml", try String(contentsOfFile: Self.policies, encoding: .utf8))
    try directory.write("cdk.json", #"{"app": "python3 app.py"}"#)
    try directory.write("app.py", """
      import aws_cdk as cdk
      from aws_cdk import aws_s3 as s3

      app = cdk.App()
      stack = cdk.Stack(app, "Logs")
      s3.Bucket(stack, "Logs", versioned=False)
      s3.Bucket(stack, "Kept", versioned=False)  # iaclsp: ignore[versioned-buckets]
      app.synth()
      """)
    let rules = try await ToolRunner.run(["rules"], in: directory.path)
    #expect(rules.stdout.contains("ACME001  versioned-buckets"))
    let explain = try await ToolRunner.run(["explain", "ACME001", "--markdown"], in: directory.path)
    #expect(explain.status == 0)
    #expect(explain.stdout.contains("- `versioned` equals `true` (an unsafe fix sets it)"))
    #expect(explain.stdout.contains("https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html"))
    #expect(explain.stdout.contains("s3.Bucket(self, \"Logs\", versioned=True)"))
    let check = try await ToolRunner.run(["--check", "--select", "ACME", "."], in: directory.path)
    #expect(check.status == 1, "\(check.stderr)")
    #expect(check.stdout.contains("app.py:6:36: ACME001 [warning] Team policy: every bucket is versioned"))
    #expect(check.stdout.components(separatedBy: "ACME001").count == 2)
    let sarif = try await ToolRunner.run(["--check", "--select", "ACME001", "--output-format", "sarif", "."], in: directory.path)
    #expect(sarif.stdout.contains(#""id" : "ACME001""#) || sarif.stdout.contains(#""id":"ACME001""#), "\(sarif.stdout.prefix(2000))")
    // The rule's `url` is its SARIF help link.
    let sarifJSON = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
    let runs = try #require(sarifJSON["runs"] as? [[String: Any]])
    let driver = try #require((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let descriptors = try #require(driver["rules"] as? [[String: Any]])
    let acme = try #require(descriptors.first { $0["id"] as? String == "ACME001" })
    #expect(acme["helpUri"] as? String == "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html")
  }
}
