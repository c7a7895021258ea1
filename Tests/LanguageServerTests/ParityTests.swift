import Foundation
import IaCLinter
import JSONRPC
import LanguageServer
import Testing

/// The editor and the terminal agree: for each project, the findings the server publishes for every open file are
/// those `--check` reports for it on the same tree, whatever the editor's workspace folder is.
@Suite struct ParityTests {
  /// A project to open, and the workspace folder to open it with (relative to the project; "" for its root).
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var files: [String: String]
    var workspace = ""
    var description: String { name }
  }

  static let pythonStack = """
    from aws_cdk import Stack, aws_s3 as s3, aws_cloudfront_origins as origins
    from constructs import Construct


    class SiteStack(Stack):
        def __init__(self, scope: Construct, id: str) -> None:
            super().__init__(scope, id)
            bucket = s3.Bucket(self, "Site", bucket_name="site-assets")
            origins.S3Origin(bucket)

    """
  static let typeScriptStack = """
    import { Stack, StackProps, aws_s3 as s3 } from 'aws-cdk-lib';
    import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
    import { Construct } from 'constructs';

    export class SiteStack extends Stack {
      constructor(scope: Construct, id: string, props?: StackProps) {
        super(scope, id, props);
        const bucket = new s3.Bucket(this, 'Site', { bucketName: 'site-assets' });
        new origins.S3Origin(bucket);
      }
    }

    """

  static let cases: [Case] = [
    Case(name: "CDK Python app", files: [
      "cdk.json": #"{"app": "python3 app.py"}"#,
      "requirements.txt": "aws-cdk-lib==2.100.0\nconstructs>=10\n",
      "app.py": "import aws_cdk as cdk\nfrom site_stack.stack import SiteStack\n\napp = cdk.App()\nSiteStack(app, \"Site\")\napp.synth()\n",
      "site_stack/__init__.py": "",
      "site_stack/stack.py": pythonStack,
    ]),
    Case(name: "CDK TypeScript app", files: [
      "cdk.json": #"{"app": "npx ts-node --prefer-ts-exts bin/site.ts"}"#,
      "package.json": #"{"name": "site", "bin": {"site": "bin/site.js"}, "dependencies": {"aws-cdk-lib": "2.100.0"}}"#,
      "tsconfig.json": "{}",
      "bin/site.ts": "import * as cdk from 'aws-cdk-lib';\nimport { SiteStack } from '../lib/site-stack';\n\nconst app = new cdk.App();\nnew SiteStack(app, 'Site');\n",
      "lib/site-stack.ts": typeScriptStack,
    ]),
    Case(name: "jsii construct library", files: [
      "package.json": #"{"name": "site-constructs", "main": "lib/index.js", "jsii": {"outdir": "dist"}, "peerDependencies": {"aws-cdk-lib": "^2.160.0"}}"#,
      "tsconfig.dev.json": "{}",
      "lib/index.ts": "export * from './site-stack';\nexport * from './other-stack';\n",
      "lib/site-stack.ts": typeScriptStack,
      "lib/other-stack.ts": typeScriptStack.replacingOccurrences(of: "SiteStack", with: "OtherStack"),
    ]),
    Case(name: "Pulumi project", files: [
      "Pulumi.yaml": "name: site\nruntime: python\n",
      "Pulumi.dev.yaml": "config:\n  aws:region: eu-west-1\n",
      "requirements.txt": "pulumi>=3\npulumi-aws==6.0.0\n",
      "__main__.py": "import pulumi\nimport pulumi_aws as aws\n\nbucket = aws.s3.Bucket(\"site\", bucket=\"site-assets\")\npulumi.export(\"name\", bucket.id)\n",
    ]),
    Case(name: "workspace folder below the project", files: [
      "requirements.txt": "aws-cdk-lib==2.100.0\n",
      "app.py": "import aws_cdk as cdk\nfrom lib.stack import SiteStack\n\napp = cdk.App()\nSiteStack(app, \"Site\")\napp.synth()\n",
      "lib/__init__.py": "",
      "lib/stack.py": pythonStack,
    ], workspace: "lib"),
  ]

  /// A finding as both sides can state it: the file, the code, the byte range and the message.
  static func key(path: String, code: String, start: Int, end: Int, message: String) -> String {
    "\(path) \(code) \(start)-\(end) \(message)"
  }

  static func sources(of testCase: Case) -> [String] {
    testCase.files.keys.filter { $0.hasSuffix(".py") || $0.hasSuffix(".ts") }.sorted()
  }

  @Test(arguments: cases)
  func serverFindingsEqualCheck(_ testCase: Case) async throws {
    let project = try TemporaryProject(testCase.files)
    let report = CheckRunner(commandLine: LinterSettings()).run(paths: [project.path])
    let expected = Set(report.diagnostics.map {
      Self.key(path: $0.path, code: $0.code, start: $0.range.start, end: $0.range.end, message: $0.message)
    })
    #expect(!expected.isEmpty, "each project has findings, so that agreement means something")

    let client = TestClient(encoding: .utf8)
    try await client.initialize(root: testCase.workspace.isEmpty ? project.path : project.path + "/" + testCase.workspace)
    let sources = Self.sources(of: testCase)
    for source in sources {
      client.open(testCase.files[source]!, uri: project.uri(source), language: source.hasSuffix(".py") ? "python" : "typescript")
    }
    var actual = Set<String>()
    for source in sources {
      let published = try await client.diagnostics(project.uri(source))
      for diagnostic in published.diagnostics {
        let data = diagnostic.data ?? .null
        actual.insert(Self.key(
          path: project.path + "/" + source, code: diagnostic.code ?? "", start: data["start"].intValue ?? -1,
          end: data["end"].intValue ?? -1, message: diagnostic.message))
      }
    }
    // Project findings outside the sources (in `cdk.json`, say) are published only for open documents.
    let inSources = expected.filter { key in sources.contains { key.hasPrefix(project.path + "/" + $0 + " ") } }
    #expect(actual == inSources, "only the server: \(actual.subtracting(inSources).sorted()); only --check: \(inSources.subtracting(actual).sorted())")
  }

  @Test func aConstructLibraryHasNoAppFindings() async throws {
    let testCase = Self.cases.first { $0.name == "jsii construct library" }!
    let project = try TemporaryProject(testCase.files)
    let report = CheckRunner(commandLine: LinterSettings()).run(paths: [project.path])
    #expect(!report.diagnostics.contains { $0.code == "IAC501" || $0.code == "IAC502" })
    #expect(report.diagnostics.contains { $0.code == "IAC101" })
  }

  /// With the workspace folder at `lib/`, the project is still the folder above it: `cdk.json` would go there.
  @Test func missingCdkJsonIsFixedInTheProjectFolder() async throws {
    let testCase = Self.cases.first { $0.name == "workspace folder below the project" }!
    let project = try TemporaryProject(testCase.files)
    let client = TestClient(encoding: .utf16)
    try await client.initialize(root: project.path + "/lib")
    let uri = project.uri("app.py")
    client.open(testCase.files["app.py"]!, uri: uri)
    let published = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC501" } }
    let finding = try #require(published.diagnostics.first { $0.code == "IAC501" })
    let actions = try await client.request(CodeActionRequest(
      textDocument: .init(uri: uri), range: finding.range, context: CodeActionContext(diagnostics: [JSONAny(encodingForTest: finding)])))
    let creates = actions.compactMap { $0.edit?.documentChanges }.flatMap { $0 }.compactMap { change -> String? in
      guard case .create(let create) = change else { return nil }
      return create.uri
    }
    #expect(creates == [project.uri("cdk.json")])
  }

  static let siteStack = "from aws_cdk import Stack\n\nclass SiteStack(Stack):\n    pass\n"

  /// A CDK app without `cdk.json`, and a client initialized on it that does not watch files.
  static func appWithoutWatcher() async throws -> (TemporaryProject, TestClient) {
    let project = try TemporaryProject([
      "requirements.txt": "aws-cdk-lib\n",
      "app.py": Fixtures.app,
      "lib/stack.py": siteStack,
    ])
    let client = TestClient(encoding: .utf16)
    var capabilities = client.capabilities()
    if case .object(var top) = capabilities, case .object(var workspace)? = top["workspace"] {
      workspace["didChangeWatchedFiles"] = .object(["dynamicRegistration": .bool(false)])
      top["workspace"] = .object(workspace)
      capabilities = .object(top)
    }
    try await client.initialize(root: project.path, capabilities: capabilities)
    return (project, client)
  }

  /// A client that does not watch files: a `cdk.json` created on disk counts from the next open, save or close.
  @Test func projectFilesAreReadAgainWithoutAWatcher() async throws {
    let (project, client) = try await Self.appWithoutWatcher()
    let uri = project.uri("app.py")
    client.open(Fixtures.app, uri: uri)
    _ = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC501" } }
    try project.write("cdk.json", Fixtures.cdkJSON)
    client.notify(DidSaveTextDocumentNotification(textDocument: .init(uri: uri)))
    _ = try await client.diagnostics(uri) { !$0.contains { $0.code == "IAC501" } }
    // Removing it again is seen on the next open.
    try FileManager.default.removeItem(atPath: project.path + "/cdk.json")
    client.open("from aws_cdk import Stack\n", uri: project.uri("lib/other.py"))
    _ = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC501" } }
  }

  /// Without a watcher, closing a document reads the project files again: a `cdk.json` written while it was open
  /// clears IAC501 from the documents still open.
  @Test func projectFilesAreReadAgainOnCloseWithoutAWatcher() async throws {
    let (project, client) = try await Self.appWithoutWatcher()
    let uri = project.uri("app.py")
    let other = project.uri("lib/stack.py")
    client.open(Fixtures.app, uri: uri)
    client.open(Self.siteStack, uri: other)
    _ = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC501" } }
    try project.write("cdk.json", Fixtures.cdkJSON)
    client.notify(DidCloseTextDocumentNotification(textDocument: .init(uri: other)))
    _ = try await client.diagnostics(uri) { !$0.contains { $0.code == "IAC501" } }
  }
}
