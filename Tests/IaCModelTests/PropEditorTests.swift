import IaCModel
import IaCSyntax
import Testing

/// The prop editor writes in the file's own layout.
@Suite("Prop editor")
struct PropEditorTests {
  /// The text after applying the edit that sets `prop` to `value` on the file's first resource.
  func setting(_ prop: String, to value: String, in text: String, path: String = "stack.py") throws -> String {
    let model = FileModel(SourceFile(path: path, text: text))
    let resource = try #require(model.resources.first)
    let edit = try #require(PropEditor(model).set(prop, to: value, on: resource))
    return apply(edit, to: text)
  }

  func apply(_ edit: Edit, to text: String) -> String {
    var bytes = Array(text.utf8)
    bytes.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.newText.utf8))
    return String(decoding: bytes, as: UTF8.self)
  }

  static let pythonHeader = "from aws_cdk import aws_s3 as s3\n"
  static let typeScriptHeader = "import * as s3 from 'aws-cdk-lib/aws-s3';\n"

  @Test func pythonOneLine() throws {
    let text = Self.pythonHeader + "s3.Bucket(self, \"B\", versioned=True)\n"
    #expect(try setting("enforceSSL", to: "True", in: text)
      == Self.pythonHeader + "s3.Bucket(self, \"B\", versioned=True, enforce_ssl=True)\n")
  }

  @Test func pythonOnePerLineWithAndWithoutTrailingComma() throws {
    let trailing = Self.pythonHeader + "s3.Bucket(\n    self,\n    \"B\",\n    versioned=True,\n)\n"
    #expect(try setting("enforce_ssl", to: "True", in: trailing)
      == Self.pythonHeader + "s3.Bucket(\n    self,\n    \"B\",\n    versioned=True,\n    enforce_ssl=True,\n)\n")
    let bare = Self.pythonHeader + "s3.Bucket(\n    self, \"B\",\n    versioned=True  # keep history\n)\n"
    #expect(try setting("enforce_ssl", to: "True", in: bare)
      == Self.pythonHeader + "s3.Bucket(\n    self, \"B\",\n    versioned=True,  # keep history\n    enforce_ssl=True\n)\n")
  }

  @Test func replacesAValueInPlace() throws {
    let text = Self.pythonHeader + "s3.Bucket(self, \"B\", enforce_ssl=False)\n"
    #expect(try setting("enforceSSL", to: "True", in: text) == Self.pythonHeader + "s3.Bucket(self, \"B\", enforce_ssl=True)\n")
  }

  @Test func typeScriptObjectLiteralLayouts() throws {
    let inline = Self.typeScriptHeader + "new s3.Bucket(this, 'B', { versioned: true });\n"
    #expect(try setting("enforceSSL", to: "true", in: inline, path: "a.ts")
      == Self.typeScriptHeader + "new s3.Bucket(this, 'B', { versioned: true, enforceSSL: true });\n")
    let trailing = Self.typeScriptHeader + "new s3.Bucket(this, 'B', {\n  versioned: true,\n});\n"
    #expect(try setting("enforceSSL", to: "true", in: trailing, path: "a.ts")
      == Self.typeScriptHeader + "new s3.Bucket(this, 'B', {\n  versioned: true,\n  enforceSSL: true,\n});\n")
    let empty = Self.typeScriptHeader + "new s3.Bucket(this, 'B', {});\n"
    #expect(try setting("enforceSSL", to: "true", in: empty, path: "a.ts")
      == Self.typeScriptHeader + "new s3.Bucket(this, 'B', { enforceSSL: true });\n")
  }

  @Test func typeScriptCallWithoutProps() throws {
    let text = Self.typeScriptHeader + "new s3.Bucket(this, 'B');\n"
    #expect(try setting("enforceSSL", to: "true", in: text, path: "a.ts")
      == Self.typeScriptHeader + "new s3.Bucket(this, 'B', { enforceSSL: true });\n")
  }

  @Test func propsFromAVariableOrSpreadAreNotEdited() throws {
    for text in [
      Self.typeScriptHeader + "const props = { versioned: true };\nnew s3.Bucket(this, 'B', props);\n",
      Self.typeScriptHeader + "new s3.Bucket(this, 'B', { ...defaults });\n",
    ] {
      let model = FileModel(SourceFile(path: "a.ts", text: text))
      let resource = try #require(model.resources.first)
      #expect(PropEditor(model).set("enforceSSL", to: "true", on: resource) == nil)
    }
  }

  @Test func aLiteralWithAnUnclosedBracketInsideIsNotEdited() throws {
    // Code cut short: the call's `(` never closes, so a prop added before the `}` would not be one of its props,
    // and every pass of `--fix` would add it again.
    let text = Self.typeScriptHeader + "new s3.Bucket(this, 'B', {\n  versioned: true,\n  x.add(new clou  });\n"
    let model = FileModel(SourceFile(path: "a.ts", text: text))
    let resource = try #require(model.resources.first)
    #expect(PropEditor(model).set("enforceSSL", to: "true", on: resource) == nil)
  }

  @Test func aCallWithAStringThatRunsOnIsNotEdited() throws {
    // The id's string runs to the end of its line, and the call closes on the next: a new props argument would
    // land inside the string.
    let text = Self.typeScriptHeader + "const t = new s3.Bucket(this, 'Ale\n)trs';\n"
    let model = FileModel(SourceFile(path: "a.ts", text: text))
    let resource = try #require(model.resources.first)
    #expect(PropEditor(model).set("enforceSSL", to: "true", on: resource) == nil)
  }

  @Test func removesAPropWithItsSeparator() throws {
    func removing(_ prop: String, in text: String, path: String = "stack.py") throws -> String {
      let model = FileModel(SourceFile(path: path, text: text))
      let resource = try #require(model.resources.first)
      return apply(try #require(PropEditor(model).remove(prop, from: resource)), to: text)
    }
    #expect(try removing("versioned", in: Self.pythonHeader + "s3.Bucket(self, \"B\", versioned=True, enforce_ssl=True)\n")
      == Self.pythonHeader + "s3.Bucket(self, \"B\", enforce_ssl=True)\n")
    #expect(try removing("enforceSSL", in: Self.pythonHeader + "s3.Bucket(self, \"B\", versioned=True, enforce_ssl=True)\n")
      == Self.pythonHeader + "s3.Bucket(self, \"B\", versioned=True)\n")
    #expect(try removing("versioned", in: Self.typeScriptHeader + "new s3.Bucket(this, 'B', {\n  versioned: true,\n  enforceSSL: true,\n});\n", path: "a.ts")
      == Self.typeScriptHeader + "new s3.Bucket(this, 'B', {\n  enforceSSL: true,\n});\n")
  }
}
