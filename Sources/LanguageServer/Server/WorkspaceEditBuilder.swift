import Foundation
import IaCLinter
import IaCModel
import IaCRules
import JSONRPC

/// Builds a `WorkspaceEdit` in the form the client takes: versioned `documentChanges` (with `CreateFile`
/// operations) when it supports them, else `changes` by URI.
struct WorkspaceEditBuilder {
  let capabilities: ClientCapabilities
  let encoding: PositionEncoding
  /// The texts and versions edits are made against, by path.
  let texts: (String) -> (text: DocumentText, version: Int?)?
  let uriOf: (String) -> String

  /// Why an edit cannot be offered.
  enum Failure: Error {
    case createNotSupported
    case unreadable(String)
  }

  var documentChanges: [DocumentChange] = []
  var changes: [String: [TextEdit]] = [:]
  var editIndexByURI: [String: Int] = [:]

  init(
    capabilities: ClientCapabilities,
    encoding: PositionEncoding,
    texts: @escaping (String) -> (text: DocumentText, version: Int?)?,
    uriOf: @escaping (String) -> String
  ) {
    self.capabilities = capabilities
    self.encoding = encoding
    self.texts = texts
    self.uriOf = uriOf
  }

  /// Adds the edits of a fix whose diagnostic is in `path`.
  mutating func add(_ fix: Fix, diagnosticPath path: String) throws(Failure) {
    for edit in fix.edits {
      let target = edit.path ?? path
      if edit.createsFile {
        guard capabilities.supportsCreateFile else { throw .createNotSupported }
        let uri = uriOf(target)
        documentChanges.append(.create(CreateFile(uri: uri)))
        let origin = Position(line: 0, character: 0)
        let insert = TextEdit(range: LSPRange(start: origin, end: origin), newText: edit.newText)
        documentChanges.append(.edit(TextDocumentEdit(
          textDocument: OptionalVersionedTextDocumentIdentifier(uri: uri, version: nil), edits: [insert])))
        continue
      }
      guard let (text, version) = texts(target) else { throw .unreadable(target) }
      add(TextEdit(range: text.range(of: edit.range, encoding: encoding), newText: edit.newText), path: target, version: version)
    }
  }

  /// Adds one text edit.
  mutating func add(_ edit: TextEdit, path: String, version: Int?) {
    let uri = uriOf(path)
    if capabilities.usesDocumentChanges {
      if let index = editIndexByURI[uri], case .edit(var existing) = documentChanges[index] {
        existing.edits.append(edit)
        documentChanges[index] = .edit(existing)
      } else {
        editIndexByURI[uri] = documentChanges.count
        documentChanges.append(.edit(TextDocumentEdit(
          textDocument: OptionalVersionedTextDocumentIdentifier(uri: uri, version: version), edits: [edit])))
      }
    } else {
      changes[uri, default: []].append(edit)
    }
  }

  /// The edit.
  var edit: WorkspaceEdit {
    capabilities.usesDocumentChanges ? WorkspaceEdit(documentChanges: documentChanges) : WorkspaceEdit(changes: changes)
  }
}
