import IaCModel
import IaCSyntax
import Testing

/// Adding an import into an existing list keeps the list readable as code.
@Suite struct ImportEditorTests {
  /// The text after the edits that import the CDK module `module` as `alias`, or nil when there are none.
  func importing(_ module: String, as alias: String, in text: String, path: String) -> String? {
    let file = SourceFile(path: path, bytes: Array(text.utf8))
    let edits = ImportEditor(file).edits(importingModule: module, as: alias)
    guard !edits.isEmpty else { return nil }
    var bytes = file.bytes
    for edit in edits.sorted(by: { $0.range.start > $1.range.start }) {
      bytes.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.newText.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func appendsToAOneLineList() {
    #expect(importing("aws_sns", as: "sns", in: "from aws_cdk import Stack  # base\n", path: "a.py")
      == "from aws_cdk import Stack, aws_sns as sns  # base\n")
    #expect(importing("aws_sns", as: "sns", in: "import { Stack } from 'aws-cdk-lib';\n", path: "a.ts")
      == "import { Stack, aws_sns as sns } from 'aws-cdk-lib';\n")
  }

  /// A list the lexer reads into a string gets no edit: the name would land inside the string, never be read, and
  /// each fix would add it again.
  @Test func noEditIntoAListThatRunsIntoAString() {
    #expect(importing("aws_sns", as: "sns", in: "from aws_cdk import Stac', aws_sns as sns\n", path: "a.py") == nil)
    #expect(importing("aws_sns", as: "sns", in: "from aws_cdk import Stack 'x'\n", path: "a.py") == nil)
  }

  /// A bracketed list that takes in other code (a file cut short) gets no edit: the name would sit among stray
  /// commas.
  @Test func noEditIntoAListThatHoldsOtherCode() {
    let cut = "from aws_cdk import (\n    Stack,\n    aws_s3 as s3,\n          retention=x.ONE_WEEK,\n removal=y\n ,   )\n"
    #expect(importing("aws_sns", as: "sns", in: cut, path: "a.py") == nil)
    let whole = "from aws_cdk import (\n    Stack,  # base\n    aws_s3 as s3,\n)\n"
    #expect(importing("aws_sns", as: "sns", in: whole, path: "a.py") == "from aws_cdk import (\n    Stack,  # base\n    aws_s3 as s3,\n    aws_sns as sns,\n)\n")
  }
}
