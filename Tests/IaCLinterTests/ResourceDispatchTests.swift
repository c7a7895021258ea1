import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// A rule that reports every bucket it is given, to watch the linter's dispatch.
struct EveryBucketRule: Rule {
  static let description = RuleDescription(
    code: "IAC990", name: "every-bucket", summary: "Reports every bucket", severity: .warning,
    frameworks: [.cdk, .pulumi], fixAvailability: .none, url: "https://example.invalid/rule", documentation: "",
    triggeringExamples: [], nonTriggeringExamples: [],
    resourceTypes: ["aws-cdk-lib.aws_s3.Bucket", "aws:s3/bucketV2:*"], testFiles: .exclude)

  func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    diagnostics.append(Self.description.diagnostic(path: model.file.path, range: resource.calleeRange, message: "a bucket"))
  }
}

/// The linter calls resource rules once per resource of the types they subscribe to, and findings carry the resource
/// into the JSON and SARIF output.
@Suite("Resource dispatch")
struct ResourceDispatchTests {
  let linter = Linter(registry: RuleRegistry(rules: [EveryBucketRule()]))

  @Test func rulesSeeOnlyTheTypesTheySubscribeTo() {
    let file = SourceFile(path: "lib/stack.py", text: """
      from aws_cdk import aws_s3 as s3, aws_sqs as sqs
      class Api(Construct):
          def __init__(self, scope, id):
              parent = s3.Bucket(self, "Assets")
              s3.Bucket(parent, "Nested")
              sqs.Queue(self, "Jobs")
      """)
    let diagnostics = linter.check(file)
    #expect(diagnostics.count == 2)
    #expect(diagnostics.map(\.resource?.id) == ["Assets", "Nested"])
    #expect(diagnostics.map(\.resource?.path) == ["Assets", "Assets/Nested"])
    #expect(diagnostics.allSatisfy { $0.resource?.type == "aws-cdk-lib.aws_s3.Bucket" })
  }

  @Test func globsMatchPulumiTokensAndTestFilesAreSkipped() {
    let pulumi = SourceFile(path: "__main__.py", text: "import pulumi_aws as aws\naws.s3.BucketV2(\"logs\")\naws.s3.Bucket(\"old\")\n")
    #expect(linter.check(pulumi).compactMap(\.resource?.id) == ["logs"])
    let test = SourceFile(path: "tests/test_stack.py", text: "from aws_cdk import aws_s3 as s3\ns3.Bucket(self, \"B\")\n")
    #expect(linter.check(test).isEmpty)
    let plain = SourceFile(path: "util.py", text: "s3.Bucket(self, \"B\")\n")
    #expect(linter.check(plain).isEmpty)
  }

  /// The path goes on from the file to the stack the app creates and the user's construct the stack holds, as
  /// `iaclsp locate` gives it; a class the app instantiates twice leaves the path its file shows.
  @Test func resourcePathsGoOnAcrossTheProjectsFiles() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("iaclsp-paths-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let files = [
      "cdk.json": #"{"app": "python3 app.py"}"#,
      "app.py": "import aws_cdk as cdk\nfrom stack import DataStack\nSTACK = 'Data-prod'\napp = cdk.App()\nDataStack(app, STACK)\n",
      "stack.py": """
        from aws_cdk import Stack, aws_s3 as s3
        from storage import Storage
        class DataStack(Stack):
            def __init__(self, scope, construct_id, **kwargs):
                super().__init__(scope, construct_id, **kwargs)
                Storage(self, "Storage")
                s3.Bucket(self, "Direct")
        """,
      "storage.py": """
        from aws_cdk import aws_s3 as s3
        from constructs import Construct
        class Storage(Construct):
            def __init__(self, scope, id):
                super().__init__(scope, id)
                s3.Bucket(self, "Data")
        class Unused(Construct):
            def __init__(self, scope, id):
                super().__init__(scope, id)
                s3.Bucket(self, "Lonely")
        """,
    ]
    for (name, text) in files {
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8)
    }
    let runner = CheckRunner(linter: linter, options: CheckOptions(parallel: false))
    let paths = runner.run(paths: [root]).diagnostics.compactMap(\.resource?.path).sorted()
    #expect(paths == ["Data-prod/Direct", "Data-prod/Storage/Data", "Lonely"])

    try "import aws_cdk as cdk\nfrom stack import DataStack\napp = cdk.App()\nDataStack(app, 'A')\nDataStack(app, 'B')\n"
      .write(toFile: root + "/app.py", atomically: true, encoding: .utf8)
    let twice = runner.run(paths: [root]).diagnostics.compactMap(\.resource?.path).sorted()
    #expect(twice == ["Data", "Direct", "Lonely"])
  }

  @Test func jsonAndSARIFNameTheResource() throws {
    let text = "from aws_cdk import aws_s3 as s3\ns3.Bucket(self, \"Assets\")\n"
    let file = SourceFile(path: "stack.py", text: text)
    let diagnostics = linter.check(file)
    let documents = ["stack.py": Array(text.utf8)]
    let json = JSONReporter().render(diagnostics, files: 1, documents: documents)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
    #expect(first["resource"] as? [String: String] == ["type": "aws-cdk-lib.aws_s3.Bucket", "id": "Assets", "path": "Assets"])

    let sarif = SARIFReporter(tool: CIFormatSnapshotTests.tool(), paths: ReportPaths(base: "/")).render(diagnostics, documents: documents)
    let errors = try SARIFSchema.validator().validate(try #require(JSONValue.parse(Array(sarif.utf8))))
    #expect(errors.isEmpty, "\(errors)")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    let result = try #require(((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
    let logical = try #require(((result["locations"] as? [[String: Any]])?.first?["logicalLocations"] as? [[String: Any]])?.first)
    #expect(logical["fullyQualifiedName"] as? String == "Assets")
    #expect(logical["kind"] as? String == "resource")
  }
}
