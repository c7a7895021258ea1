import IaCModel
import IaCSyntax
import Testing

/// Adding a keyword argument or a props member keeps the call's layout and its syntax.
@Suite struct ArgumentInserterTests {
  /// The text after adding `name: value` to the call of `callee` in `text`.
  func adding(_ name: String, _ value: String, to callee: String, in text: String, path: String) -> String? {
    let file = SourceFile(path: path, bytes: Array(text.utf8))
    guard let call = file.calls.first(where: { $0.callee?.parts.map(\.name).joined(separator: ".") == callee }),
      let edit = ArgumentInserter(file).edit(adding: name, value: value, to: call) else { return nil }
    var bytes = file.bytes
    bytes.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.newText.utf8))
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func multiLineObjectLiteralWithTrailingComma() {
    let text = """
      const table = new dynamodb.Table(this, 'Table', {
        partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      });

      """
    #expect(adding("removalPolicy", "RemovalPolicy.DESTROY", to: "dynamodb.Table", in: text, path: "a.ts") == """
      const table = new dynamodb.Table(this, 'Table', {
        partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
        removalPolicy: RemovalPolicy.DESTROY,
      });

      """)
  }

  @Test func multiLineObjectLiteralWithoutTrailingComma() {
    let text = "new kms.Key(this, 'Key', {\n  enableKeyRotation: true\n});\n"
    #expect(adding("removalPolicy", "RemovalPolicy.DESTROY", to: "kms.Key", in: text, path: "a.ts")
      == "new kms.Key(this, 'Key', {\n  enableKeyRotation: true,\n  removalPolicy: RemovalPolicy.DESTROY\n});\n")
  }

  @Test func multiLineObjectLiteralWithCommentsAndCRLF() {
    let text = "new kms.Key(this, 'Key', {\r\n  // rotate\r\n  enableKeyRotation: true, // yes\r\n});\r\n"
    #expect(adding("removalPolicy", "RemovalPolicy.DESTROY", to: "kms.Key", in: text, path: "a.ts")
      == "new kms.Key(this, 'Key', {\r\n  // rotate\r\n  enableKeyRotation: true, // yes\r\n  removalPolicy: RemovalPolicy.DESTROY,\r\n});\r\n")
  }

  @Test func emptyMultiLineObjectLiteral() {
    let text = "new kms.Key(this, 'Key', {\n});\n"
    #expect(adding("removalPolicy", "RemovalPolicy.DESTROY", to: "kms.Key", in: text, path: "a.ts")
      == "new kms.Key(this, 'Key', { removalPolicy: RemovalPolicy.DESTROY });\n")
  }

  @Test func singleLineObjectLiteral() {
    let text = "new kms.Key(this, 'Key', { enableKeyRotation: true, });\n"
    #expect(adding("removalPolicy", "RemovalPolicy.DESTROY", to: "kms.Key", in: text, path: "a.ts")
      == "new kms.Key(this, 'Key', { enableKeyRotation: true, removalPolicy: RemovalPolicy.DESTROY });\n")
  }

  @Test func pythonMultiLineKeywordsWithTrailingComma() {
    let text = "kms.Key(\n    self,\n    \"Key\",\n    enable_key_rotation=True,\n)\n"
    #expect(adding("removal_policy", "RemovalPolicy.DESTROY", to: "kms.Key", in: text, path: "a.py")
      == "kms.Key(\n    self,\n    \"Key\",\n    enable_key_rotation=True,\n    removal_policy=RemovalPolicy.DESTROY,\n)\n")
  }
}
