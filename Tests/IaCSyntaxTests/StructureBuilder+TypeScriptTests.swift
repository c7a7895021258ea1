import IaCSyntax
import Testing

@Suite struct TypeScriptStructureTests {
  // MARK: Imports

  @Test func namespaceImport() throws {
    let text = "import * as s3 from 'aws-cdk-lib/aws-s3';\n"
    let file = tsFile(text)
    let statement = try #require(file.imports.first)
    #expect(statement.kind == .esImport)
    #expect(statement.module == "aws-cdk-lib/aws-s3")
    #expect(statement.range == range(of: "import * as s3 from 'aws-cdk-lib/aws-s3'", in: text))
    #expect(statement.specifiers.map(\.alias) == ["s3"])
    #expect(statement.specifiers[0].member == nil)
    #expect(statement.specifiers[0].range == range(of: "* as s3", in: text))
    #expect(statement.specifiers[0].aliasRange == range(of: "s3", in: text))
    #expect(file.importBindings == ["s3": "aws-cdk-lib/aws-s3"])
    #expect(file.frameworks == [.cdk])
  }

  @Test func namedImportsWithAliases() throws {
    let text = "import { aws_logs as logs, Stack, type StackProps } from 'aws-cdk-lib';\n"
    let file = tsFile(text)
    let statement = try #require(file.imports.first)
    #expect(statement.specifiers.map(\.member) == ["aws_logs", "Stack", "StackProps"])
    #expect(statement.specifiers.map(\.alias) == ["logs", "Stack", "StackProps"])
    #expect(statement.specifiers.map(\.qualifiedName) == ["aws-cdk-lib.aws_logs", "aws-cdk-lib.Stack", "aws-cdk-lib.StackProps"])
    #expect(statement.brackets == range(of: "{ aws_logs as logs, Stack, type StackProps }", in: text))
    #expect(statement.specifiers[0].range == range(of: "aws_logs as logs", in: text))
    #expect(statement.specifiers[0].aliasRange == range(of: "logs", in: text, occurrence: 1))
    #expect(!statement.isTypeOnly)
  }

  @Test func defaultTypeAndSideEffectImports() {
    let text = """
      import cdk, { App as A, default as D } from 'aws-cdk-lib';
      import type { Construct } from 'constructs';
      import type Foo from "foo";
      import "./side-effect";
      import {
        a,
        b as c,
      } from '@pulumi/aws';
      """
    let file = tsFile(text)
    #expect(file.imports.map(\.module) == ["aws-cdk-lib", "constructs", "foo", "./side-effect", "@pulumi/aws"])
    #expect(file.imports.map(\.isTypeOnly) == [false, true, true, false, false])
    #expect(file.imports[0].specifiers.map(\.alias) == ["cdk", "A", "D"])
    #expect(file.imports[0].specifiers.map(\.member) == [nil, "App", "default"])
    #expect(file.imports[0].specifiers.map(\.qualifiedName) == ["aws-cdk-lib", "aws-cdk-lib.App", "aws-cdk-lib"])
    #expect(file.imports[2].specifiers.map(\.alias) == ["Foo"])
    #expect(file.imports[3].specifiers.isEmpty)
    #expect(file.imports[4].specifiers.map(\.alias) == ["a", "c"])
    #expect(file.imports[4].range == TextRange(start: offset(of: "import {", in: text), end: text.utf8.count - 1))
    #expect(file.frameworks == [.cdk, .pulumi])
  }

  @Test func importEqualsRequire() throws {
    let file = tsFile("import cdk = require('aws-cdk-lib');\n")
    let statement = try #require(file.imports.first)
    #expect(statement.kind == .require)
    #expect(statement.module == "aws-cdk-lib")
    #expect(statement.specifiers.map(\.alias) == ["cdk"])
    #expect(file.importBindings == ["cdk": "aws-cdk-lib"])
  }

  @Test func constRequire() throws {
    let text = "const cdk = require('aws-cdk-lib');\nconst { aws_s3, Stack: S } = require(\"aws-cdk-lib\");\n"
    let file = tsFile(text)
    #expect(file.imports.map(\.kind) == [.require, .require])
    #expect(file.imports[0].range == range(of: "const cdk = require('aws-cdk-lib')", in: text))
    #expect(file.imports[1].specifiers.map(\.member) == ["aws_s3", "Stack"])
    #expect(file.imports[1].specifiers.map(\.alias) == ["aws_s3", "S"])
    #expect(file.imports[1].brackets == range(of: "{ aws_s3, Stack: S }", in: text))
    #expect(file.importBindings == ["cdk": "aws-cdk-lib", "aws_s3": "aws-cdk-lib.aws_s3", "S": "aws-cdk-lib.Stack"])
    #expect(file.assignments.isEmpty)
    #expect(file.calls.map(\.calleeName) == ["require", "require"])
  }

  @Test func requireFollowedByAMemberIsNotAModuleBinding() {
    let file = tsFile("const Bucket = require('aws-cdk-lib/aws-s3').Bucket;\n")
    #expect(file.importBindings["Bucket"] != "aws-cdk-lib/aws-s3")
    #expect(file.boundNames.contains("Bucket"))
  }

  @Test func dynamicImportAndImportMetaAreNotImports() {
    let file = tsFile("const m = await import('m');\nconst u = import.meta.url;\n")
    #expect(file.imports.isEmpty)
    #expect(file.calls.map(\.calleeName) == ["import"])
  }

  @Test func incompleteImportRequireAtEndOfFile() {
    for text in ["import x = require(", "import x = require('m'", "import {", "import { a", "import", "const { a } = require("] {
      let file = tsFile(text)
      #expect(file.imports.allSatisfy { $0.range.end <= text.utf8.count }, "\(text)")
    }
  }

  // MARK: Calls

  @Test func newWithObjectLiteralProperties() throws {
    let text = "const b = new s3.Bucket(this, 'B', { versioned: true, 'quoted-key': 1, shorthand, ...rest, method() { return 1 } });\n"
    let file = tsFile(text)
    let call = try #require(file.calls.first)
    #expect(call.calleeName == "s3.Bucket")
    #expect(call.newKeyword == range(of: "new", in: text))
    #expect(call.range == TextRange(start: offset(of: "new", in: text), end: offset(of: ");", in: text) + 1))
    #expect(call.arguments.count == 3)
    #expect(call.positional.map { file.text($0.value) }.prefix(2) == ["this", "'B'"])
    #expect(call.properties.map { $0.label?.name } == ["versioned", "quoted-key", "shorthand", nil, "method"])
    #expect(call.properties.map(\.isSpread) == [false, false, false, true, false])
    #expect(call.properties.allSatisfy { $0.isObjectProperty })
    #expect(call.keyword("versioned").map { file.text($0.value) } == "true")
    #expect(call.keyword("versioned")?.range == range(of: "versioned: true", in: text))
    #expect(call.keyword("shorthand").map { file.text($0.value) } == "shorthand")
    #expect(file.text(call.properties[3].value) == "rest")
    #expect(file.assignments.first?.valueCall == 0)
  }

  @Test func receiverCallsAndOptionalCalls() {
    let file = tsFile("expect(x).toBe(y);\nfoo?.bar?.(1);\nobj!.run();\n")
    #expect(file.calls.map { $0.calleeName ?? "-" } == ["expect", "toBe", "foo.bar", "obj.run"])
    #expect(file.calls[1].receiverCall == 0)
    #expect(file.calls[1].callee?.hasReceiverExpression == true)
    #expect(file.calls[0].receiverCall == nil)
  }

  @Test func genericCalls() {
    let text = "new Foo<Bar>(x);\nuse<Map<string, Array<number>>>(y);\na < b > (c);\n"
    let file = tsFile(text)
    #expect(file.calls[0].calleeName == "Foo")
    #expect(file.calls[0].range == range(of: "new Foo<Bar>(x)", in: text))
    #expect(file.calls[1].calleeName == "use")
    #expect(file.calls[1].positional.map { file.text($0.value) } == ["y"])
    let nested = tsFile("const m = new Foo<Bar<Baz>>(x);\n")
    #expect(nested.calls.map(\.calleeName) == ["Foo"])
    #expect(nested.assignments.first?.valueCall == 0)
  }

  @Test func keywordsAndDefinitionsAreNotCalls() {
    let text = """
      function make(a: string) { return a }
      class A {
        constructor(scope: Construct) { super(scope) }
        async run(): Promise<void> { await this.go() }
      }
      if (x) { y() } else if (z) {}
      for (const i of items) {}
      while (w) {}
      switch (s) { case 1: break }
      try {} catch (e) {}
      """
    let file = tsFile(text)
    #expect(file.calls.map { $0.calleeName ?? "-" } == ["super", "this.go", "y"])
  }

  @Test func controlFlowIsNotAFunction() {
    let file = tsFile("if (x) {\n  y()\n}\nfor (const a of b) {}\nwhile (c) {}\nswitch (d) {}\ntry {} catch (e) {}\n")
    #expect(file.functions.isEmpty)
  }

  @Test func stringsAndCommentsAreNeverReferencesOrCalls() {
    let file = tsFile("""
      const a = "origins.S3Origin(bucket)"; // origins.S3Origin(bucket)
      /* origins.S3Origin(bucket) */
      const t = `origins.S3Origin(bucket)`;
      const r = /origins.S3Origin(bucket)/;
      """)
    #expect(file.calls.isEmpty)
    #expect(file.references.isEmpty)
  }

  @Test func callsInsideTemplateFieldsAreNotSeen() {
    // Template fields are part of the string token: the light parser does not look inside them.
    let file = tsFile("const t = `${origins.S3Origin(bucket)}`;\n")
    #expect(file.calls.isEmpty)
  }

  @Test func referencesAndQualifiedNames() throws {
    let text = "import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';\nnew origins.S3Origin(b);\nthis.node.tryGetContext('x');\n"
    let file = tsFile(text)
    #expect(file.references.map(\.dotted) == ["origins.S3Origin", "this.node.tryGetContext"])
    #expect(file.qualifiedName(of: file.references[0]) == "aws-cdk-lib/aws-cloudfront-origins.S3Origin")
    #expect(file.qualifiedName(of: file.references[1]) == nil)
    #expect(file.references[0].range == range(of: "origins.S3Origin", in: text))
  }

  @Test func unclosedCallIsGivenUpAtTheNextDeclaration() throws {
    let text = "foo(a, b\nexport class Later {}\n"
    let file = tsFile(text)
    let call = try #require(file.calls.first)
    #expect(!call.isClosed)
    #expect(call.range == range(of: "foo(a, b", in: text))
    #expect(file.classes.map(\.name) == ["Later"])
  }

  // MARK: Assignments

  @Test func assignments() {
    let text = """
      const bucket = new s3.Bucket(this, 'B');
      let n: number = 5;
      var x = y = z();
      this.table = new Table(this, 'T');
      count = 1;
      const chained = a
        .b()
        .c();
      """
    let file = tsFile(text)
    #expect(file.assignments.map(\.target) == ["bucket", "n", "x", "this.table", "count", "chained"])
    #expect(file.text(file.assignments[0].value) == "new s3.Bucket(this, 'B')")
    #expect(file.assignments[0].valueCall.map { file.calls[$0].calleeName } == "s3.Bucket")
    #expect(file.text(file.assignments[1].value) == "5")
    #expect(file.assignments[3].targetRange == range(of: "this.table", in: text))
    #expect(file.assignments[3].valueCall.map { file.calls[$0].calleeName } == "Table")
    #expect(file.text(file.assignments[5].value) == "a\n  .b()\n  .c()")
    #expect(file.boundNames.isSuperset(of: ["bucket", "n", "x", "y", "count", "chained"]))
  }

  @Test func classFieldsAreAssignments() {
    let file = tsFile("class S {\n  private readonly bucket: s3.Bucket = new s3.Bucket(this, 'B');\n  name?: string = 'x';\n}\n")
    #expect(file.assignments.map(\.target) == ["bucket", "name"])
    #expect(file.assignments[0].valueCall.map { file.calls[$0].calleeName } == "s3.Bucket")
  }

  // MARK: Classes and functions

  @Test func classesAndMethods() throws {
    let text = """
      export class MyStack<T extends object> extends cdk.Stack implements IThing {
        constructor(scope: Construct, id: string, props?: StackProps) {
          super(scope, id, props);
        }

        public get name(): string { return 'n' }
        static create() { return new MyStack() }
        private async *gen() {}
      }
      export default abstract class Base {}
      export async function main(argv: string[]): Promise<void> {
        class Local {}
      }
      function* items() {}
      """
    let file = tsFile(text)
    #expect(file.classes.map(\.name) == ["MyStack", "Base", "Local"])
    let stack = file.classes[0]
    #expect(stack.bases == ["cdk.Stack"])
    #expect(stack.nameRange == range(of: "MyStack", in: text))
    #expect(stack.range == TextRange(start: offset(of: "class MyStack", in: text), end: offset(of: "}\nexport default", in: text) + 1))
    #expect(file.text(tokens: stack.bodyTokens).trimmingPrefix { $0 == "\n" || $0 == " " }.hasPrefix("constructor"))
    #expect(file.classes[1].bases.isEmpty)
    #expect(file.functions.map(\.name) == ["constructor", "name", "create", "gen", "main", "items"])
    #expect(file.functions.map(\.enclosingClass) == [0, 0, 0, 0, nil, nil])
    #expect(file.functions.allSatisfy { $0.isBodyComplete })
    #expect(file.text(tokens: file.functions[0].bodyTokens) == "\n    super(scope, id, props);\n")
    #expect(file.functions[4].range.start == offset(of: "export async function", in: text))
    #expect(file.boundNames.isSuperset(of: ["MyStack", "Base", "main", "items", "Local"]))
  }

  @Test func unclosedClassBody() {
    let text = "class A {\n  m() {\n"
    let file = tsFile(text)
    #expect(file.classes.map(\.name) == ["A"])
    #expect(file.functions.map(\.name) == ["m"])
    #expect(file.functions[0].isBodyComplete == false)
    #expect(file.classes[0].range.end <= text.utf8.count)
  }

  // MARK: Bound names

  @Test func boundNamesFromEveryBindingForm() {
    let text = """
      import * as s3 from 'aws-cdk-lib/aws-s3';
      function f(scope: Construct, id: string, { a, b: renamed }: Props, [first, second]: T[], ...rest: any[]) {}
      const arrow = (p1: number, p2) => p1;
      const single = q => q;
      const typed = (r1: string): string => r1;
      const { d1, d2: d3 } = obj;
      const [e1, , e2] = arr;
      try {} catch (err) {}
      try {} catch ({ message }) {}
      for (const item of list) {}
      for (let k = 0; k < 1; k++) {}
      for (const [key, value] of Object.entries(o)) {}
      items.map(function (cb) { return cb; });
      enum Color { Red }
      interface Shape {}
      type Alias = string;
      namespace NS {}
      """
    let file = tsFile(text)
    for name in [
      "s3", "f", "scope", "id", "a", "renamed", "first", "second", "rest", "arrow", "p1", "p2", "single", "q", "typed",
      "r1", "d1", "d3", "e1", "e2", "err", "message", "item", "k", "key", "value", "cb", "Color", "Shape", "Alias", "NS",
    ] {
      #expect(file.boundNames.contains(name), "\(name)")
    }
    for name in ["list", "obj", "arr", "o", "items"] {
      #expect(!file.boundNames.contains(name), "\(name)")
    }
  }
}
