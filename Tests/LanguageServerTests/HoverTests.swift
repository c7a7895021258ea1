import Foundation
import JSONRPC
import LanguageServer
import Testing

@Suite struct HoverTests {
  func hover(_ client: TestClient, _ uri: String, _ position: Position) async throws -> Hover? {
    try await client.request(HoverRequest(textDocument: .init(uri: uri), position: position))
  }

  @Test(arguments: PositionEncoding.allCases)
  func hoverOnAFindingShowsTheRuleDocumentation(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/stack.py")
    let positions = client.open(Fixtures.stack, uri: uri)
    let hover = try #require(try await hover(client, uri, positions["1️⃣"]))
    #expect(hover.contents.kind == "markdown")
    // A short summary, not the rule's whole page: the finding, the fix, the reference and the page's address.
    #expect(hover.contents.value.contains("**IAC101 deprecated-s3-origin** (warning)"))
    #expect(hover.contents.value.contains("Fix: "))
    #expect(hover.contents.value.contains("https://docs.aws.amazon.com/AmazonCloudFront/"))
    #expect(hover.contents.value.contains("Docs/rules/deprecated-s3-origin.md"))
    #expect(hover.contents.value.contains("iaclsp explain IAC101"))
    #expect(!hover.contents.value.contains("## Why is this bad?"))
    #expect(hover.contents.value.split(separator: "\n").count < 20)
    #expect(hover.range == LSPRange(start: positions["1️⃣"], end: positions["2️⃣"]))
  }

  /// A finding about one resource names it: its construct path and its type.
  @Test(arguments: PositionEncoding.allCases)
  func hoverOnAResourceFindingShowsTheResource(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/data.py")
    let positions = client.open("""
      from aws_cdk import Stack, aws_s3 as s3

      # 🎉 ünïcödé
      class DataStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              s3.Bucket(self, "Logs", bucket_name=1️⃣"logs")
      """, uri: uri)
    _ = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC205" } }
    let hover = try #require(try await hover(client, uri, positions["1️⃣"]))
    #expect(hover.contents.value.contains("**IAC205 non-unique-bucket-name**"))
    #expect(hover.contents.value.contains("Resource: `Logs` (`aws-cdk-lib.aws_s3.Bucket`)."))
  }

  @Test func plainTextClientsGetRenderedText() async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: .utf16)
    try await client.initialize(root: project.path, capabilities: client.capabilities(markdown: false))
    let uri = project.uri("lib/stack.py")
    let positions = client.open(Fixtures.stack, uri: uri)
    let hover = try #require(try await hover(client, uri, positions["1️⃣"]))
    #expect(hover.contents.kind == "plaintext")
    #expect(hover.contents.value.contains("IAC101 deprecated-s3-origin"))
    #expect(!hover.contents.value.contains("## "))
    #expect(!hover.contents.value.contains("**"))
    #expect(!hover.contents.value.contains("`"))
  }

  @Test(arguments: PositionEncoding.allCases)
  func hoverOnACDKConstructLinksItsReference(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/stack.py")
    let positions = client.open(Fixtures.stack, uri: uri)
    let hover = try #require(try await hover(client, uri, positions["3️⃣"]))
    #expect(hover.contents.value.contains("aws_cdk.aws_s3.Bucket"))
    #expect(hover.contents.value.contains("https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_s3/Bucket.html"))
  }

  @Test(arguments: PositionEncoding.allCases)
  func hoverOnDeprecatedAndOtherFrameworks(_ encoding: PositionEncoding) async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let typescript = project.uri("lib/site.ts")
    let tsPositions = client.open("""
      import * as s3 from 'aws-cdk-lib/aws-s3';
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
      const 🙂 = "é";
      const b = new s3.1️⃣Bucket(this, 'B');
      const o = new origins.2️⃣S3Origin(b);  // iaclsp: ignore[IAC101]
      """, uri: typescript, language: "typescript")
    let bucket = try #require(try await hover(client, typescript, tsPositions["1️⃣"]))
    #expect(bucket.contents.value.contains("https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_s3.Bucket.html"))
    let origin = try #require(try await hover(client, typescript, tsPositions["2️⃣"]))
    #expect(origin.contents.value.contains("Deprecated"))
    #expect(origin.contents.value.contains("aws-cdk-lib.aws_cloudfront_origins.S3Origin.html"))

    let pulumi = project.uri("pulumi/__main__.py")
    let pulumiPositions = client.open("""
      import pulumi_aws as aws
      bucket = aws.s3.1️⃣BucketV2("b")  # 🪣
      """, uri: pulumi)
    let bucketV2 = try #require(try await hover(client, pulumi, pulumiPositions["1️⃣"]))
    #expect(bucketV2.contents.value.contains("https://www.pulumi.com/registry/packages/aws/api-docs/s3/bucketv2/"))
    #expect(bucketV2.contents.value.contains("Deprecated"))

    let cdktf = project.uri("tf/main.ts")
    let tfPositions = client.open("""
      import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
      new 1️⃣KmsKey(this, "key", {});
      """, uri: cdktf, language: "typescript")
    let key = try #require(try await hover(client, cdktf, tfPositions["1️⃣"]))
    #expect(key.contents.value.contains("https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key"))
    #expect(key.contents.value.contains("aws_kms_key"))
  }

  @Test func hoverOnASuppressionCodeShowsItsRule() async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: .utf16)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/x.py")
    let positions = client.open("x = 1  # iaclsp: ignore[IAC4🔟01] -- the tests are written next\n", uri: uri)
    let hover = try #require(try await hover(client, uri, positions["🔟"]))
    #expect(hover.contents.value.contains("IAC401 placeholder-test"))
    #expect(hover.contents.value.contains("Suppressed here: the tests are written next"))
  }
}
