import IaCSyntax

/// A document the client has open: its URI, path, language, version and text.
public struct OpenDocument: Sendable {
  public var uri: String
  /// The file path, or nil for a document that is not a file.
  public var path: String?
  public var languageId: String
  public var version: Int
  public var text: DocumentText
  /// The source language, or nil when the document is not a source file.
  public var language: Language?

  static let projectFileNames: Set<String> = ["cdk.json", "cdktf.json", "Pulumi.yaml", "Pulumi.yml"]

  init(item: TextDocumentItem) {
    uri = item.uri
    path = DocumentURI.path(of: item.uri)
    languageId = item.languageId
    version = item.version
    text = DocumentText(item.text)
    language = OpenDocument.language(path: path, languageId: item.languageId)
  }

  static func language(path: String?, languageId: String) -> Language? {
    if let path {
      if let language = Language(path: path) { return language }
      if path.hasSuffix(".d.ts") || path.hasSuffix(".d.mts") || path.hasSuffix(".d.cts") { return nil }
      let name = path.split(separator: "/").last.map(String.init) ?? path
      if name.contains(".") { return nil }
    }
    switch languageId {
    case "python": return .python
    case "typescript", "typescriptreact", "javascript", "javascriptreact": return .typescript
    default: return nil
    }
  }

  /// Whether the document is a project file (`cdk.json`, `cdktf.json`, `Pulumi.yaml`) whose findings are the
  /// project's.
  var isProjectFile: Bool {
    guard let path else { return false }
    return OpenDocument.projectFileNames.contains(path.split(separator: "/").last.map(String.init) ?? "")
  }

  /// Whether iaclsp checks the document.
  var isChecked: Bool { language != nil || isProjectFile }

  /// Applies one change in the negotiated encoding; positions out of range are clamped.
  mutating func apply(_ change: TextDocumentContentChangeEvent, encoding: PositionEncoding) {
    guard let range = change.range else {
      text = DocumentText(change.text)
      return
    }
    let bytes = text.textRange(of: range, encoding: encoding)
    var updated = text.bytes
    updated.replaceSubrange(bytes.start..<bytes.end, with: change.text.utf8)
    text = DocumentText(bytes: updated)
  }
}
