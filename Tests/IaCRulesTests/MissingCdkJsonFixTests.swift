import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// The `cdk.json` that IAC501's fix creates: its place, and an `app` command that runs the project's entry point in
/// the project's language.
@Suite("IAC501 fix contents")
struct MissingCdkJsonFixTests {
  /// The files IAC501's fixes create in a project, by path.
  func createdFiles(_ files: [String: String], main: String) -> [String: String] {
    let harness = ExampleHarness(code: "IAC501")
    let example = Example(files[main]!, path: main, files: files.filter { $0.key != main })
    let diagnostics = harness.check(harness.project(for: example))
    var created: [String: String] = [:]
    for diagnostic in diagnostics {
      for edit in diagnostic.fix?.edits ?? [] where edit.createsFile {
        created[edit.path ?? diagnostic.path] = edit.newText
      }
    }
    return created
  }

  @Test func typeScriptAppRunsItsEntryPointThroughTsNode() {
    let created = createdFiles([
      "bin/payments.ts": """
        import * as cdk from 'aws-cdk-lib';
        import { PaymentsStack } from '../lib/payments-stack';
        const app = new cdk.App();
        new PaymentsStack(app, 'Payments');
        """,
      "lib/payments-stack.ts": """
        import * as cdk from 'aws-cdk-lib';
        export class PaymentsStack extends cdk.Stack {}
        """,
    ], main: "bin/payments.ts")
    #expect(created == ["cdk.json": "{\n  \"app\": \"npx ts-node --prefer-ts-exts bin/payments.ts\"\n}\n"])
  }

  @Test func pythonAppRunsItsEntryPointThroughPython() {
    let created = createdFiles([
      "app.py": """
        import aws_cdk as cdk
        from payments.payments_stack import PaymentsStack
        app = cdk.App()
        PaymentsStack(app, "Payments")
        app.synth()
        """,
      "payments/payments_stack.py": "from aws_cdk import Stack\n\nclass PaymentsStack(Stack):\n    pass\n",
    ], main: "app.py")
    #expect(created == ["cdk.json": "{\n  \"app\": \"python3 app.py\"\n}\n"])
  }

  /// Without an entry point, the command runs the one IAC502 would create, in the stack's language.
  @Test func stackWithoutAppRunsThePlannedEntryPoint() {
    #expect(createdFiles([
      "lib/payments-stack.ts": """
        import * as cdk from 'aws-cdk-lib';
        export class PaymentsStack extends cdk.Stack {}
        """,
    ], main: "lib/payments-stack.ts") == ["cdk.json": "{\n  \"app\": \"npx ts-node --prefer-ts-exts bin/payments.ts\"\n}\n"])
    #expect(createdFiles([
      "payments/payments_stack.py": "from aws_cdk import Stack\n\nclass PaymentsStack(Stack):\n    pass\n",
    ], main: "payments/payments_stack.py") == ["cdk.json": "{\n  \"app\": \"python3 payments.py\"\n}\n"])
  }
}
