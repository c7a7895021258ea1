import IaCLinter
import IaCRules
import IaCSyntax
import Testing

/// The AWS Solutions pack words its messages with Python's names; a TypeScript or JavaScript file reads the names it
/// writes itself.
@Suite("Message spelling")
struct MessageSpellingTests {
  let linter = Linter(settings: LinterSettings(select: ["IAC703", "IAC716", "IAC800", "IAC781"]))

  func messages(_ path: String, _ text: String) -> [String: String] {
    Dictionary(linter.check(SourceFile(path: path, text: text)).map { ($0.code, $0.message) }, uniquingKeysWith: { a, _ in a })
  }

  @Test func typeScriptFindingsNameTheFilesProps() throws {
    let found = messages("lib/stack.ts", """
      import * as cdk from 'aws-cdk-lib';
      import * as s3 from 'aws-cdk-lib/aws-s3';
      import * as ec2 from 'aws-cdk-lib/aws-ec2';
      import * as apigateway from 'aws-cdk-lib/aws-apigateway';
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

      export class Web extends cdk.Stack {
        constructor(scope: cdk.App, id: string) {
          super(scope, id);
          new s3.Bucket(this, 'Assets');
          new ec2.Vpc(this, 'Network');
          new apigateway.RestApi(this, 'Api', { deployOptions: { stageName: 'prod' } });
          new cloudfront.CloudFrontWebDistribution(this, 'Cdn', { originConfigs: [] });
        }
      }
      """)
    // The catalogue's jsii names (`enforceSSL`, `webACLId`), not a mechanical camelCase (`enforceSsl`, `webAclId`).
    #expect(try #require(found["IAC703"]).contains("`enforceSSL`"))
    #expect(try #require(found["IAC781"]).contains("`webACLId`"))
    // A method, and a prop of a nested struct, the resource's catalogue entry does not list.
    #expect(try #require(found["IAC716"]).contains("`flowLogs`"))
    #expect(try #require(found["IAC716"]).contains("`addFlowLog`"))
    #expect(try #require(found["IAC800"]).contains("`accessLogDestination`"))
    #expect(found.values.allSatisfy { !$0.contains("_") })
  }

  @Test func pythonFindingsKeepPythonNames() throws {
    let found = messages("stacks/web.py", """
      from aws_cdk import Stack, aws_s3 as s3, aws_ec2 as ec2

      class Web(Stack):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Assets")
              ec2.Vpc(self, "Network")
      """)
    #expect(try #require(found["IAC703"]).contains("`enforce_ssl`"))
    #expect(try #require(found["IAC716"]).contains("`add_flow_log`"))
  }

  @Test func onlySnakeCaseNamesInCodeSpansChange() {
    let message = "Open to `0.0.0.0/0` on `PUBLIC_AND_PRIVATE`: set `log_access_logs` (see my_notes) in `Bucket`"
    #expect(RuleDescription.respelled(message) { _ in "X" } == "Open to `0.0.0.0/0` on `PUBLIC_AND_PRIVATE`: set `X` (see my_notes) in `Bucket`")
    #expect(RuleDescription.respelled("an unclosed `enforce_ssl") { _ in "X" } == "an unclosed `enforce_ssl")
  }
}
