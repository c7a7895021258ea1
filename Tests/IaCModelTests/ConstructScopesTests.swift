import IaCModel
import IaCSyntax
import Testing

/// The paths the bodies of a project's own classes stand for, put together across its files.
@Suite("Construct scopes")
struct ConstructScopesTests {
  static func scopes(_ files: [String: String]) -> ConstructScopes {
    let sources = files.keys.sorted().map { SourceFile(path: $0, text: files[$0]!) }
    let classes = ConstructScopes.classNames(of: sources)
    return ConstructScopes(sources.map { ConstructScopes.FileFacts(FileModel($0), projectClasses: classes) })
  }

  static let python: [String: String] = [
    "app.py": """
      import aws_cdk as cdk
      from storage.stack import StorageStack
      STACK_ID = "StorageProd"
      app = cdk.App()
      StorageStack(app, STACK_ID, env=cdk.Environment(region="eu-west-1"))
      app.synth()
      """,
    "storage/stack.py": """
      from aws_cdk import Stack
      from storage.archive import Archive, Site
      class StorageStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              Archive(self, "Archive")
              Site(scope=self, construct_id="Web")
      """,
    "storage/archive.py": """
      from aws_cdk import aws_s3 as s3
      from constructs import Construct
      class Archive(Construct):
          def __init__(self, scope, id):
              super().__init__(scope, id)
              s3.Bucket(self, "Objects")
      class Site(Construct):
          def __init__(self, scope, construct_id):
              super().__init__(scope, construct_id)
              s3.Bucket(self, "Assets")
      """,
  ]

  @Test func stacksAndConstructsAcrossFiles() {
    let scopes = Self.scopes(Self.python)
    #expect(scopes.prefixes(of: "StorageStack").map(\.path) == [["StorageProd"]])
    let archive = scopes.prefixes(of: "Archive")
    #expect(archive.map(\.path) == [["StorageProd", "Archive"]])
    #expect(archive.first?.startsAtStack == true)
    #expect(archive.first?.stackIndex == 0)
    #expect(archive.first?.ambiguous == false)
    // The scope given by keyword.
    #expect(scopes.prefixes(of: "Site").map(\.path) == [["StorageProd", "Web"]])
  }

  @Test func onlyConstructClassesAreFollowed() {
    let sources = [
      SourceFile(path: "lib/errors.ts", text: """
        export class PackageUpdateError extends Error {
          constructor(message: string, pkg: string) { super(message); }
        }
        export class Plain {}
        """),
      SourceFile(path: "lib/base.ts", text: """
        import { Construct } from 'constructs';
        import { NagPackSuppression } from 'cdk-nag';
        export class Base extends Construct {}
        export class Checked extends NagPackSuppression {}
        """),
      SourceFile(path: "lib/service.ts", text: """
        import { Base } from './base';
        import { PackageUpdateError } from './errors';
        export class Service extends Base {
          constructor(scope: Base, id: string) {
            super(scope, id);
            throw new PackageUpdateError('failed', 'aws-cdk-lib');
          }
        }
        """),
      SourceFile(path: "stacks/config.py", text: """
        from enum import Enum
        import aws_cdk as cdk
        class Settings:
            pass
        class Tier(Enum):
            GOLD = 1
        class ConfigError(Exception):
            pass
        class Web(cdk.Stack):
            pass
        """),
    ]
    // Direct subclasses of a construct library's classes, and a subclass of one of them in another file.
    #expect(ConstructScopes.classNames(of: sources) == ["Base", "Checked", "Service", "Web"])
    let scopes = ConstructScopes(sources.map { ConstructScopes.FileFacts(FileModel($0), projectClasses: ConstructScopes.classNames(of: sources)) })
    #expect(scopes.instantiations["PackageUpdateError"] == nil)
  }

  @Test func aClassInstantiatedTwiceHasTwoPaths() {
    var files = Self.python
    files["app.py"] = """
      import aws_cdk as cdk
      from storage.stack import StorageStack
      app = cdk.App()
      StorageStack(app, "StorageDev")
      StorageStack(app, "StorageProd")
      """
    let archive = Self.scopes(files).prefixes(of: "Archive")
    #expect(Set(archive.map(\.path)) == [["StorageDev", "Archive"], ["StorageProd", "Archive"]])
    // Each path names one instance for certain: two stacks, not a loop.
    #expect(archive.allSatisfy { !$0.ambiguous })
  }

  @Test func typeScriptInALoop() {
    let scopes = Self.scopes([
      "bin/app.ts": """
        import * as cdk from 'aws-cdk-lib';
        import { ApiStack } from '../lib/api-stack';
        const app = new cdk.App();
        for (const stage of ['dev', 'prod']) {
          new ApiStack(app, `Api-${stage}`);
        }
        """,
      "lib/api-stack.ts": """
        import { Stack } from 'aws-cdk-lib';
        import * as s3 from 'aws-cdk-lib/aws-s3';
        export class ApiStack extends Stack {
          constructor(scope: Construct, id: string) {
            super(scope, id);
            new s3.Bucket(this, 'Assets');
          }
        }
        """,
    ])
    let api = scopes.prefixes(of: "ApiStack")
    #expect(api.map(\.path) == [["Api-{stage}"]])
    #expect(api.first?.ambiguous == true)
  }

  @Test func testFilesAndUninstantiatedClassesGiveNothing() {
    var files = Self.python
    files["tests/test_stack.py"] = """
      from storage.stack import StorageStack
      def test_stack():
          StorageStack(App(), "Test")
      """
    let scopes = Self.scopes(files)
    #expect(scopes.prefixes(of: "StorageStack").map(\.path) == [["StorageProd"]])
    files["app.py"] = "import aws_cdk as cdk\napp = cdk.App()\n"
    #expect(Self.scopes(files).prefixes(of: "Archive").isEmpty)
  }
}
