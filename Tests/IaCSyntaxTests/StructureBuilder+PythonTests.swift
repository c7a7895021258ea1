import IaCSyntax
import Testing

@Suite struct PythonStructureTests {
  // MARK: Imports

  @Test func importWithAlias() throws {
    let text = "import aws_cdk.aws_s3 as s3\n"
    let file = pyFile(text)
    let statement = try #require(file.imports.first)
    #expect(file.imports.count == 1)
    #expect(statement.kind == .pythonImport)
    #expect(statement.module == "aws_cdk.aws_s3")
    #expect(statement.range == TextRange(start: 0, end: 27))
    #expect(statement.brackets == nil)
    #expect(statement.specifiers.map(\.alias) == ["s3"])
    #expect(statement.specifiers[0].member == nil)
    #expect(statement.specifiers[0].qualifiedName == "aws_cdk.aws_s3")
    #expect(statement.specifiers[0].range == range(of: "aws_cdk.aws_s3 as s3", in: text))
    #expect(statement.specifiers[0].aliasRange == range(of: "s3", in: text, occurrence: 1))
    #expect(file.importBindings == ["s3": "aws_cdk.aws_s3"])
    #expect(file.frameworks == [.cdk])
    #expect(file.boundNames.contains("s3"))
  }

  @Test func dottedImportBindsTheTopPackage() {
    let text = "import aws_cdk.aws_s3, os.path as p\n"
    let file = pyFile(text)
    #expect(file.imports.map(\.module) == ["aws_cdk.aws_s3", "os.path"])
    #expect(file.importBindings == ["aws_cdk": "aws_cdk", "p": "os.path"])
    #expect(file.imports[0].specifiers[0].aliasRange == TextRange(start: 7, end: 14))
    #expect(file.imports.allSatisfy { $0.range == TextRange(start: 0, end: 35) })
  }

  @Test func fromImportWithParenthesesAndTrailingComma() throws {
    let text = "from aws_cdk import (\n    aws_s3 as s3,  # buckets\n    Stack,\n)\nx = 1\n"
    let file = pyFile(text)
    let statement = try #require(file.imports.first)
    #expect(file.imports.count == 1)
    #expect(statement.kind == .pythonFrom)
    #expect(statement.module == "aws_cdk")
    #expect(statement.brackets == TextRange(start: offset(of: "(", in: text), end: offset(of: ")", in: text) + 1))
    #expect(statement.range == TextRange(start: 0, end: offset(of: ")", in: text) + 1))
    #expect(statement.specifiers.map(\.member) == ["aws_s3", "Stack"])
    #expect(statement.specifiers.map(\.alias) == ["s3", "Stack"])
    #expect(statement.specifiers.map(\.qualifiedName) == ["aws_cdk.aws_s3", "aws_cdk.Stack"])
    #expect(statement.specifiers[0].range == range(of: "aws_s3 as s3", in: text))
    #expect(statement.specifiers[1].aliasRange == range(of: "Stack", in: text))
    #expect(file.importBindings == ["s3": "aws_cdk.aws_s3", "Stack": "aws_cdk.Stack"])
    #expect(file.assignments.map(\.target) == ["x"])
  }

  @Test func relativeImports() {
    let file = pyFile("from . import sibling\nfrom ..pkg.mod import thing as t\nfrom ... import up\n")
    #expect(file.imports.map(\.module) == [".", "..pkg.mod", "..."])
    #expect(file.importBindings == ["sibling": ".sibling", "t": "..pkg.mod.thing", "up": "...up"])
    #expect(file.frameworks.isEmpty)
  }

  @Test func starAndIncompleteImports() {
    let file = pyFile("from pulumi import *\nfrom x import\nimport\nfrom cdktf import (App,\n")
    #expect(file.imports.map(\.module) == ["pulumi", "x", "cdktf"])
    #expect(file.imports[0].specifiers.isEmpty)
    #expect(file.imports[1].specifiers.isEmpty)
    #expect(file.imports[2].specifiers.map(\.alias) == ["App"])
    #expect(file.frameworks == [.pulumi, .cdktf])
  }

  @Test func importedChainsAreNotReferences() {
    let file = pyFile("import aws_cdk.aws_s3 as s3\nfrom a.b import c\nb = s3.Bucket\n")
    #expect(file.references.map(\.dotted) == ["s3.Bucket"])
  }

  @Test func qualifiedNamesThroughImports() throws {
    let file = pyFile("from aws_cdk import aws_cloudfront_origins as origins\norigins.S3Origin(bucket)\nother.x\n")
    let reference = try #require(file.references.first)
    #expect(reference.dotted == "origins.S3Origin")
    #expect(file.qualifiedName(of: reference) == "aws_cdk.aws_cloudfront_origins.S3Origin")
    #expect(file.qualifiedName(of: file.references[1]) == nil)
  }

  // MARK: Calls

  @Test func callWithPositionalKeywordAndSpreadArguments() throws {
    let text = "s3.Bucket(self, 'Logs', versioned=True, *rest, removal_policy=cdk.RemovalPolicy.DESTROY, **kw)\n"
    let file = pyFile(text)
    let call = try #require(file.calls.first)
    #expect(file.calls.count == 1)
    #expect(call.calleeName == "s3.Bucket")
    #expect(call.newKeyword == nil)
    #expect(call.isClosed)
    #expect(call.range == TextRange(start: 0, end: text.utf8.count - 1))
    #expect(file.text(token: call.openToken) == "(")
    #expect(file.text(token: call.closeToken) == ")")
    #expect(call.arguments.count == 6)
    #expect(call.positional.map { file.text($0.value) } == ["self", "'Logs'"])
    #expect(call.arguments.map { $0.label?.name } == [nil, nil, "versioned", nil, "removal_policy", nil])
    #expect(call.arguments.map(\.isSpread) == [false, false, false, true, false, true])
    #expect(call.keyword("versioned").map { file.text($0.value) } == "True")
    #expect(call.keyword("versioned")?.range == range(of: "versioned=True", in: text))
    #expect(call.keyword(anyOf: ["removalPolicy", "removal_policy"]).map { file.text($0.value) }
      == "cdk.RemovalPolicy.DESTROY")
    #expect(file.text(call.arguments[3].value) == "rest")
    #expect(file.text(call.arguments[5].range) == "**kw")
    #expect(call.keyword("missing") == nil)
    #expect(call.properties.isEmpty)
    #expect(file.call(openingAt: call.openToken)?.calleeName == "s3.Bucket")
  }

  @Test func nestedAndChainedCalls() {
    let file = pyFile("a(b(c), d.e(f()))\nx().y().z()\n")
    #expect(file.calls.map { $0.calleeName ?? "-" } == ["a", "b", "d.e", "f", "x", "y", "z"])
    #expect(file.calls[5].receiverCall == 4)
    #expect(file.calls[6].receiverCall == 5)
    #expect(file.calls[5].callee?.hasReceiverExpression == true)
    #expect(file.calls[4].receiverCall == nil)
    #expect(file.calls[1].range == TextRange(start: 2, end: 6))
  }

  @Test func keywordsAndDefinitionsAreNotCalls() {
    let text = "def f(x): pass\nclass C(B): pass\nif (a): pass\nreturn (b)\nprint(not (c))\nz = (d)(e)\n"
    let file = pyFile(text)
    #expect(file.calls.map { $0.calleeName ?? "<expr>" } == ["print", "<expr>"])
    // A call on an expression starts at the closer before its parenthesis.
    #expect(file.calls[1].range == range(of: ")(e)", in: text))
  }

  @Test func unclosedCallIsGivenUpAtTheNextDef() throws {
    let text = "bucket = s3.Bucket(self, 'B',\ndef later():\n    pass\n"
    let file = pyFile(text)
    let call = try #require(file.calls.first)
    #expect(!call.isClosed)
    #expect(call.range == TextRange(start: 9, end: offset(of: ",\n", in: text) + 1))
    #expect(call.positional.map { file.text($0.value) } == ["self", "'B'"])
    #expect(file.functions.map(\.name) == ["later"])
    #expect(file.closer(of: call.openToken).isClosed == false)
  }

  @Test func stringsAndCommentsAreNeverReferencesOrCalls() {
    let file = pyFile("""
      x = "origins.S3Origin(bucket)"  # origins.S3Origin(bucket)
      y = f'{origins.S3Origin(bucket)}'
      '''
      origins.S3Origin(bucket)
      '''
      """)
    #expect(file.calls.isEmpty)
    #expect(file.references.isEmpty)
  }

  @Test func referencesWithReceivers() {
    let file = pyFile("self.bucket.grant_read(role)\nfoo().bar.baz\n")
    #expect(file.references.map(\.dotted) == ["self.bucket.grant_read", "bar.baz"])
    #expect(file.references.map(\.hasReceiverExpression) == [false, true])
    #expect(file.references[0].last.name == "grant_read")
    #expect(file.references[0].range == TextRange(start: 0, end: 22))
    #expect(file.qualifiedName(of: file.references[1]) == nil)
  }

  // MARK: Assignments

  @Test func assignments() throws {
    let text = "x = make()\nself.bucket = s3.Bucket(self, 'B')\ny: int = 5\na = b = c()\nd, e = f\ng += 1\nh == i\n"
    let file = pyFile(text)
    #expect(file.assignments.map(\.target) == ["x", "self.bucket", "y", "a", "b"])
    #expect(file.assignments.map { file.text($0.value) } == ["make()", "s3.Bucket(self, 'B')", "5", "c()", "c()"])
    #expect(file.assignments[0].valueCall.map { file.calls[$0].calleeName } == "make")
    #expect(file.assignments[1].valueCall.map { file.calls[$0].calleeName } == "s3.Bucket")
    #expect(file.assignments[1].targetRange == range(of: "self.bucket", in: text))
    #expect(file.assignments[2].valueCall == nil)
    #expect(file.assignments[2].targetRange == range(of: "y", in: text))
    #expect(file.assignments[3].valueCall == file.assignments[4].valueCall)
    #expect(file.boundNames.isSuperset(of: ["x", "y", "a", "b", "d", "e"]))
    // `name =` binds on purpose even as an attribute or keyword argument: bound names over-approximate.
    #expect(file.boundNames.contains("bucket"))
    #expect(!file.boundNames.contains("h"))
  }

  /// Many names, each bound several times and some spelled alike but for their length or one byte: every one is
  /// bound exactly once, and nothing else is.
  @Test func manyBoundNames() {
    let names = (0..<300).map { "n\($0)" } + ["é", "e", "ée", "n1_"]
    let text = (names + names.reversed() + names).map { "\($0) = use(\($0)_unbound)\n" }.joined()
    let file = pyFile(text)
    #expect(file.boundNames == Set(names))
    #expect(file.assignments.map(\.target) == names + names.reversed() + names)
  }

  /// A target spelled with spaces or line continuations is named as its dotted names joined.
  @Test func dottedTargetsAsWritten() {
    let file = pyFile("self . a = 1\nself.b = 2\nself.\\\n  c = 3\ncafé.x = 4\n")
    #expect(file.assignments.map(\.target) == ["self.a", "self.b", "self.c", "café.x"])
  }

  @Test func lambdaDefaultsAreNotAssignments() {
    let file = pyFile("f = lambda la, lb=1: la\ng = lambda: (h := 2)\n")
    #expect(file.assignments.map(\.target) == ["f", "g"])
    #expect(file.assignments.map { file.text($0.value) } == ["lambda la, lb=1: la", "lambda: (h := 2)"])
    #expect(!file.boundNames.contains("lambda"))
  }

  @Test func valueThatIsNotExactlyACall() {
    let file = pyFile("x = make() + 1\ny = make()[0]\nz = (make())\n")
    #expect(file.assignments.map(\.valueCall) == [nil, nil, nil])
  }

  @Test func multiLineAssignmentValue() {
    let text = "bucket = s3.Bucket(\n    self,\n    'B',\n)\nnext = 1\n"
    let file = pyFile(text)
    #expect(file.assignments.map(\.target) == ["bucket", "next"])
    #expect(file.text(file.assignments[0].value) == "s3.Bucket(\n    self,\n    'B',\n)")
  }

  // MARK: Classes and functions

  @Test func classesWithBasesAndIndentedBodies() throws {
    let text = """
      class MyStack(cdk.Stack, Generic[T], metaclass=Meta):
          def __init__(self, scope, id, **kwargs):
              super().__init__(scope, id, **kwargs)
      # column-0 comment inside the body
              self.bucket = s3.Bucket(self, "B")

          @property
          def bucket_name(self) -> str:
              return self.bucket.bucket_name

      class Empty: pass
      x = 1
      """
    let file = pyFile(text)
    #expect(file.classes.map(\.name) == ["MyStack", "Empty"])
    let stack = file.classes[0]
    #expect(stack.bases == ["cdk.Stack", "Generic[T]"])
    #expect(stack.nameRange == range(of: "MyStack", in: text))
    #expect(stack.range == TextRange(start: 0, end: offset(of: "bucket_name\n", in: text) + 11))
    #expect(file.text(tokens: stack.bodyTokens).hasPrefix("def __init__"))
    #expect(file.text(tokens: stack.bodyTokens).hasSuffix("return self.bucket.bucket_name"))
    let empty = file.classes[1]
    #expect(empty.bases.isEmpty)
    #expect(file.text(tokens: empty.bodyTokens) == "pass")
    #expect(empty.range == range(of: "class Empty: pass", in: text))

    #expect(file.functions.map(\.name) == ["__init__", "bucket_name"])
    let initializer = file.functions[0]
    #expect(initializer.enclosingClass == 0)
    #expect(initializer.decorators.isEmpty)
    #expect(initializer.isBodyComplete)
    let body = file.text(tokens: initializer.bodyTokens)
    #expect(body.hasPrefix("super().__init__"))
    #expect(body.contains("# column-0 comment inside the body"))
    #expect(body.hasSuffix("self.bucket = s3.Bucket(self, \"B\")"))
    let property = file.functions[1]
    #expect(property.decorators == ["property"])
    #expect(property.enclosingClass == 0)
    #expect(property.range.start == offset(of: "@property", in: text))
    #expect(property.nameRange == range(of: "bucket_name", in: text))
    #expect(file.boundNames.isSuperset(of: ["MyStack", "Empty", "__init__", "bucket_name", "scope", "id", "kwargs", "self"]))
  }

  @Test func trailingColumnZeroCommentsBelongToWhatFollows() {
    let text = "def f():\n    return 1\n# about g\ndef g(): pass\n"
    let file = pyFile(text)
    #expect(file.functions.map(\.name) == ["f", "g"])
    #expect(file.text(tokens: file.functions[0].bodyTokens) == "return 1")
    #expect(file.functions[0].range == range(of: "def f():\n    return 1", in: text))
  }

  @Test func nestedFunctionsAndDecorators() {
    let text = """
      @pytest.mark.parametrize("x", [1, 2])
      @fixture
      async def test_it(x):
          def inner(y):
              return lambda z: z
          return inner

      class A:
          class B:
              def deep(self): pass
          def shallow(self):
              def local(): pass
      """
    let file = pyFile(text)
    #expect(file.functions.map(\.name) == ["test_it", "inner", "deep", "shallow", "local"])
    #expect(file.functions[0].decorators == ["pytest.mark.parametrize", "fixture"])
    #expect(file.functions[0].range.start == 0)
    #expect(file.functions.map(\.enclosingClass) == [nil, nil, 1, 0, nil])
    #expect(file.classes.map(\.name) == ["A", "B"])
    #expect(file.boundNames.isSuperset(of: ["x", "y", "z", "inner", "test_it", "local"]))
  }

  @Test func headerWithoutColonHasNoBody() {
    let file = pyFile("def broken(x)\n    return x\n")
    #expect(file.functions.map(\.name) == ["broken"])
    #expect(file.functions[0].bodyTokens.isEmpty)
    #expect(!file.functions[0].isBodyComplete)
  }

  @Test func functionAtTheEndOfTheFileWithoutBody() {
    let file = pyFile("def f():\n")
    #expect(file.functions.count == 1)
    #expect(!file.functions[0].isBodyComplete)
    #expect(file.functions[0].bodyTokens.isEmpty)
  }

  @Test func returnAnnotationAndDefaultsDoNotEndTheHeader() {
    let file = pyFile("def f(a: dict = {'k': 1}, b=lambda: 0) -> Dict[str, int]: return a\n")
    #expect(file.text(tokens: file.functions[0].bodyTokens) == "return a")
    #expect(file.boundNames.isSuperset(of: ["a", "b"]))
  }

  // MARK: Bound names

  @Test func boundNamesFromEveryBindingForm() {
    let text = """
      import os
      from x import y as z
      def fn(p1, p2=3, *args, kw_only, **kwargs): pass
      for i, (j, k) in pairs: pass
      squares = [n * n for n in range(10)]
      with open(path) as handle, ctx() as (c1, c2): pass
      try:
          pass
      except ValueError as err:
          pass
      f = lambda la, lb=1: la
      global g
      if (w := 10): pass
      annotated: int
      """
    let file = pyFile(text)
    for name in [
      "os", "z", "fn", "p1", "p2", "args", "kw_only", "kwargs", "i", "j", "k", "squares", "n", "handle", "c1", "c2",
      "err", "f", "la", "lb", "g", "w", "annotated",
    ] {
      #expect(file.boundNames.contains(name), "\(name)")
    }
    for name in ["pairs", "path", "ValueError", "y", "x", "range", "ctx"] {
      #expect(!file.boundNames.contains(name), "\(name)")
    }
  }

  // MARK: Byte ranges

  @Test func rangesAreUTF8ByteOffsetsAfterEmoji() throws {
    let text = "# 😀😀 emoji line\nbucket = s3.Bucket(self, 'Bücket', versioned=True)\n"
    let file = pyFile(text)
    let call = try #require(file.calls.first)
    #expect(call.range.start == offset(of: "s3.Bucket", in: text))
    #expect(call.range.start == 31)
    #expect(file.text(call.range) == "s3.Bucket(self, 'Bücket', versioned=True)")
    #expect(call.positional[1].value == range(of: "'Bücket'", in: text))
    #expect(file.lineTable.location(of: call.range.start) == (1, 9))
    #expect(file.assignments.first?.targetRange == TextRange(start: 22, end: 28))
  }

  @Test func crlfSource() {
    let file = pyFile("import os\r\nclass A:\r\n    def f(self):\r\n        return os.getcwd()\r\n")
    #expect(file.classes.map(\.name) == ["A"])
    #expect(file.functions.first?.enclosingClass == 0)
    #expect(file.calls.map(\.calleeName) == ["os.getcwd"])
    #expect(file.text(file.classes[0].range).hasSuffix("os.getcwd()"))
  }
}
