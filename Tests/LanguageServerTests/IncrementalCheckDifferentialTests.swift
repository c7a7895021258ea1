import Foundation
import IaCLinter
import JSONRPC
@testable import LanguageServer
import Testing

/// The server reuses what it knows between checks of an open document (the project, the parse and the findings of
/// the text before an edit). Whatever it reuses, the findings it publishes after each edit must be those a fresh
/// `--check` of the same text gives: random edits (seeded, so a failure can be replayed) to realistic stacks, each
/// compared with a check of the edited text written to disk.
@Suite struct IncrementalCheckDifferentialTests {
  static let pythonStack = """
    import aws_cdk as cdk
    from aws_cdk import Stack, aws_s3 as s3, aws_lambda as lambda_, aws_cloudfront_origins as origins
    from constructs import Construct


    class SiteStack(Stack):
        \"\"\"The site: a bucket, 🪣 its origin and a function.\"\"\"

        def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
            super().__init__(scope, construct_id, **kwargs)
            # Bucket for logs — ünïcödé 𝒜
            logs = s3.Bucket(
                self,
                "Logs",
                versioned=True,
                encryption=s3.BucketEncryption.S3_MANAGED,
                removal_policy=cdk.RemovalPolicy.RETAIN,
            )
            site = s3.Bucket(self, "Site", bucket_name="site-assets", public_read_access=True)
            origin = origins.S3Origin(site)  # iaclsp: ignore[IAC101] -- kept until the move
            other = origins.S3Origin(logs)
            # site2 = s3.Bucket(self, "Site2")
            # TODO: uncomment the bucket above by hand
            fn = lambda_.Function(
                self,
                "Fn",
                runtime=lambda_.Runtime.PYTHON_3_7,
                handler="index.handler",
                code=lambda_.Code.from_asset("lambda"),
                environment={"BUCKET": site.bucket_name, "PASSWORD": "hunter2"},
            )
            site.grant_read(fn)
            cdk.CfnOutput(self, "Name", value=site.bucket_name)

    """

  static let typeScriptStack = """
    import { Stack, StackProps, RemovalPolicy, aws_s3 as s3, aws_lambda as lambda } from 'aws-cdk-lib';
    import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
    import { Construct } from 'constructs';

    /** The site: 🪣 a bucket and its origin. */
    export class SiteStack extends Stack {
      constructor(scope: Construct, id: string, props?: StackProps) {
        super(scope, id, props);
        // Bucket for logs — ünïcödé 𝒜
        const logs = new s3.Bucket(this, 'Logs', { versioned: true, removalPolicy: RemovalPolicy.RETAIN });
        const site = new s3.Bucket(this, 'Site', { bucketName: 'site-assets', publicReadAccess: true });
        new origins.S3Origin(site); // iaclsp: ignore[IAC101] -- kept until the move
        new origins.S3Origin(logs);
        const fn = new lambda.Function(this, 'Fn', {
          runtime: lambda.Runtime.NODEJS_12_X,
          handler: `index.${'handler'}`,
          code: lambda.Code.fromAsset('lambda'),
          environment: { BUCKET: site.bucketName },
        });
        site.grantRead(fn);
      }
    }

    """

  /// What edits insert: single characters that change the bracket, string and comment structure, and pieces of
  /// code that add or remove findings and suppressions.
  static let snippets = [
    "x", "x", "x", " ", "\n", "\n    ", "#", "# ", "\"", "'", "`", "(", ")", "[", "]", "{", "}", ",", "=", ":", "\\",
    "\"\"\"", "/*", "*/", "//", "🪣", "é", "s3.Bucket(self, \"B\")", "new s3.Bucket(this, 'B')", "origins.S3Origin(site)",
    "  # iaclsp: ignore[IAC101]", " // iaclsp: ignore", "# iaclsp: ignore[IAC999]", "public_read_access=True, ",
    "versioned=False, ", "bucket_name=\"x\", ", "\n            # x = s3.Bucket(self, \"C\")\n",
    "import aws_cdk.aws_s3 as s3\n", "def f():\n    pass\n", "site", "logs", "self", "cdk.RemovalPolicy.DESTROY",
  ]

  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var seed: UInt64
    var edits = 30
    var description: String { "\(name) seed \(seed)" }
  }

  /// The Python stack with its body written out again and again, to 40 KiB: large enough for the server to spread
  /// the document's rules over the cores.
  static let largePythonStack: String = {
    let head = "super().__init__(scope, construct_id, **kwargs)\n"
    let parts = pythonStack.components(separatedBy: head)
    var text = parts[0] + head
    var index = 0
    while text.utf8.count < 40 << 10 {
      text += parts[1].replacingOccurrences(of: "logs", with: "logs\(index)").replacingOccurrences(of: "site", with: "site\(index)")
        .replacingOccurrences(of: "\"Fn\"", with: "\"Fn\(index)\"")
      index += 1
    }
    return text
  }()

  static let cases: [Case] = PropertyRun.seeds(base: 0x1_C0DE, count: 3).flatMap { seed in
    [Case(name: "lib/stack.py", seed: seed), Case(name: "lib/stack.ts", seed: seed)]
  } + PropertyRun.seeds(base: 0x2_C0DE, count: 1).map { Case(name: "lib/large_stack.py", seed: $0, edits: 8) }

  @Test(arguments: cases)
  func findingsAfterEachEditEqualAFreshCheck(_ testCase: Case) async throws {
    let isPython = testCase.name.hasSuffix(".py")
    let original = testCase.name.contains("large") ? Self.largePythonStack : isPython ? Self.pythonStack : Self.typeScriptStack
    #expect(!testCase.name.contains("large") || original.utf8.count >= DocumentLinter.parallelThreshold)
    let project = try TemporaryProject([
      "cdk.json": Fixtures.cdkJSON,
      "app.py": Fixtures.app,
      "lib/__init__.py": "",
      testCase.name: original,
    ])
    let path = project.path + "/" + testCase.name
    let uri = project.uri(testCase.name)
    let client = TestClient(encoding: .utf16)
    try await client.initialize(root: project.path)
    // Another open document of the project, whose parse the server keeps while the stack changes.
    client.open(Fixtures.app, uri: project.uri("app.py"))
    client.open(original, uri: uri, language: isPython ? "python" : "typescript")
    let opened = try await client.diagnostics(uri, version: 1)
    #expect(!opened.diagnostics.isEmpty, "the stack has findings, so that agreement means something")
    var text = ClientText(original)
    var generator = SeededGenerator(seed: testCase.seed)
    for version in 2...(testCase.edits + 1) {
      var changes: [TextDocumentContentChangeEvent] = []
      for _ in 0..<(Int.random(in: 0..<5, using: &generator) == 0 ? 2 : 1) {
        changes.append(Self.randomEdit(&text, &generator))
      }
      client.notify(DidChangeTextDocumentNotification(
        textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version), contentChanges: changes))
      let published = try await client.diagnostics(uri, version: version)
      try project.write(testCase.name, text.text)
      let expected = Self.freshCheck(project: project.path, path: path, text: text)
      let actual = published.diagnostics.map { diagnostic in
        Self.key(
          code: diagnostic.code ?? "", start: diagnostic.data?["start"].intValue ?? -1,
          end: diagnostic.data?["end"].intValue ?? -1, range: diagnostic.range, message: diagnostic.message)
      }.sorted()
      #expect(
        actual == expected,
        "\(testCase), version \(version): only the server: \(Set(actual).subtracting(expected).sorted()); only --check: \(Set(expected).subtracting(actual).sorted())\n\(text.text)")
      if actual != expected { return }
    }
  }

  /// Applies a random edit to `text` and returns it as the client sends it.
  static func randomEdit(_ text: inout ClientText, _ generator: inout SeededGenerator) -> TextDocumentContentChangeEvent {
    let count = text.scalars.count
    var start = Int.random(in: 0...count, using: &generator)
    var end = start
    switch Int.random(in: 0..<10, using: &generator) {
    case 0..<3: end = min(count, start + Int.random(in: 1...8, using: &generator))
    case 3: end = min(count, start + Int.random(in: 1...40, using: &generator))
    default: break
    }
    if text.splitsLineBreak(start) { start -= 1 }
    if text.splitsLineBreak(end) { end += 1 }
    let inserted = end > start && Bool.random(using: &generator) ? "" : snippets.randomElement(using: &generator)!
    let range = LSPRange(start: text.position(start, .utf16), end: text.position(end, .utf16))
    text.scalars.replaceSubrange(start..<end, with: Array(inserted.unicodeScalars))
    return TextDocumentContentChangeEvent(range: range, text: inserted)
  }

  /// The findings `--check` reports in the file, as the server should publish them.
  static func freshCheck(project: String, path: String, text: ClientText) -> [String] {
    let report = CheckRunner(commandLine: LinterSettings()).run(paths: [project])
    let bytes = Array(text.text.utf8)
    return report.diagnostics.filter { $0.path == path }.map { diagnostic in
      let range = LSPRange(
        start: text.position(scalarOffset(of: diagnostic.range.start, in: bytes), .utf16),
        end: text.position(scalarOffset(of: diagnostic.range.end, in: bytes), .utf16))
      return key(code: diagnostic.code, start: diagnostic.range.start, end: diagnostic.range.end, range: range, message: diagnostic.message)
    }.sorted()
  }

  /// The number of Unicode scalars before UTF-8 offset `offset`.
  static func scalarOffset(of offset: Int, in bytes: [UInt8]) -> Int {
    bytes.prefix(max(0, min(offset, bytes.count))).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

  static func key(code: String, start: Int, end: Int, range: LSPRange, message: String) -> String {
    "\(code) \(start)-\(end) \(range.start.line):\(range.start.character)-\(range.end.line):\(range.end.character) \(message)"
  }
}
