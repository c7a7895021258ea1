import Foundation
import JSONRPC
import LanguageServer
import Testing

/// The editor names a finding's resource by the same construct path as `--check` and `iaclsp locate`: from the
/// stack the app creates in another file, which need not be open.
@Suite struct ResourcePathTests {
  static let files = [
    "cdk.json": #"{"app": "npx ts-node --prefer-ts-exts bin/app.ts"}"#,
    "bin/app.ts": "import * as cdk from 'aws-cdk-lib';\nimport { DataStack } from '../lib/stack';\nconst app = new cdk.App();\nnew DataStack(app, 'Data-prod');\n",
    "lib/stack.ts": """
      import { Stack } from 'aws-cdk-lib';
      import * as s3 from 'aws-cdk-lib/aws-s3';
      export class DataStack extends Stack {
        constructor(scope: any, id: string) {
          super(scope, id);
          new s3.Bucket(this, 'Direct', { bucketName: 'my-fixed-bucket-name' });
        }
      }
      """,
  ]

  @Test(arguments: PositionEncoding.allCases)
  func hoverOnAResourceFindingNamesItsWholePath(_ encoding: PositionEncoding) async throws {
    let project = try TemporaryProject(Self.files)
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/stack.ts")
    _ = client.open(Self.files["lib/stack.ts"]!, uri: uri, language: "typescript")
    let published = try await client.diagnostics(uri) { $0.contains { $0.code == "IAC205" } }
    let finding = try #require(published.diagnostics.first { $0.code == "IAC205" })
    let hover = try #require(try await client.request(HoverRequest(textDocument: .init(uri: uri), position: finding.range.start)))
    #expect(hover.contents.value.contains("Resource: `Data-prod/Direct`"), "\(hover.contents.value)")

    // The stack's id changes on disk: the next check of the open document follows it.
    try project.write("bin/app.ts", Self.files["bin/app.ts"]!.replacingOccurrences(of: "Data-prod", with: "Data-dev"))
    client.notify(DidChangeWatchedFilesNotification(changes: [.init(uri: project.uri("bin/app.ts"), type: 2)]))
    client.replaceAll(Self.files["lib/stack.ts"]! + "\n", uri: uri, version: 2)
    _ = try await client.diagnostics(uri, version: 2)
    let after = try #require(try await client.request(HoverRequest(textDocument: .init(uri: uri), position: finding.range.start)))
    #expect(after.contents.value.contains("Resource: `Data-dev/Direct`"), "\(after.contents.value)")
  }
}
