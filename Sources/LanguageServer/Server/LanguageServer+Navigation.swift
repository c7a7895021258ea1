import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax

/// Navigation: the outline of a file's constructs, construct paths and logical ids as workspace symbols, and the
/// documented defaults of unset props as inlay hints.
extension LanguageServer {
  /// The LSP symbol kinds used.
  enum SymbolKindValue {
    static let `class` = 5
    static let object = 19
  }

  // MARK: Outline

  func prepareDocumentSymbols(_ params: DocumentSymbolRequest) -> @Sendable () async throws -> [DocumentSymbol] {
    guard let document = documents[params.textDocument.uri], let language = document.language else { return { [] } }
    let path = document.path ?? document.uri
    let text = document.text
    let encoding = self.encoding
    let open = openTexts
    let projects = self.projects
    return {
      let model = FileModel(SourceFile(path: path, bytes: text.bytes, language: language))
      // The project's own classes, whichever of its files (the open document among them) declares them.
      let sources = document.path.map { projects.snapshot(forFile: $0, open: open).sources } ?? [model.file]
      return LanguageServer.outline(model, classes: ConstructScopes.classNames(of: sources), text: text, encoding: encoding)
    }
  }

  /// Each class with the constructs created in it (resources, and instances of the project's own construct and
  /// stack classes, `classes`, in source order), then the constructs created outside any class.
  static func outline(_ model: FileModel, classes: Set<String>, text: DocumentText, encoding: PositionEncoding) -> [DocumentSymbol] {
    let file = model.file
    var constructs: [(enclosingClass: Int?, start: Int, symbol: DocumentSymbol)] = []
    for resource in model.resources {
      constructs.append((resource.enclosingClass, resource.range.start, DocumentSymbol(
        name: model.constructPath(of: resource).last ?? resource.type.name, detail: resource.type.fqn,
        kind: SymbolKindValue.object, range: text.range(of: resource.range, encoding: encoding),
        selectionRange: text.range(of: resource.calleeRange, encoding: encoding), children: nil)))
    }
    for instantiation in ConstructScopes.FileFacts(model, projectClasses: classes).instantiations {
      let call = file.calls[instantiation.call]
      constructs.append((file.innermostClass(at: call.range.start), call.range.start, DocumentSymbol(
        name: instantiation.id, detail: instantiation.className, kind: SymbolKindValue.object,
        range: text.range(of: call.range, encoding: encoding),
        selectionRange: text.range(of: call.callee?.range ?? call.range, encoding: encoding), children: nil)))
    }
    constructs.sort { $0.start < $1.start }
    var symbols: [DocumentSymbol] = []
    for (index, declaration) in file.classes.enumerated() {
      let children = constructs.filter { $0.enclosingClass == index }.map(\.symbol)
      symbols.append(DocumentSymbol(
        name: declaration.name, detail: declaration.bases.joined(separator: ", "), kind: SymbolKindValue.class,
        range: text.range(of: declaration.range, encoding: encoding),
        selectionRange: text.range(of: declaration.nameRange, encoding: encoding), children: children))
    }
    symbols += constructs.filter { $0.enclosingClass == nil }.map(\.symbol)
    return symbols
  }

  // MARK: Workspace symbols

  func prepareWorkspaceSymbols(_ params: WorkspaceSymbolRequest) -> @Sendable () async throws -> [SymbolInformation] {
    let open = openTexts
    let uris = Dictionary(documents.values.compactMap { document in document.path.map { ($0, document.uri) } }, uniquingKeysWith: { a, _ in a })
    let paths = Array(uris.keys).sorted()
    let projects = self.projects
    let query = params.query
    let encoding = self.encoding
    return {
      var seenRoots = Set<String>()
      var symbols: [SymbolInformation] = []
      for path in paths {
        let root = projects.root(forFile: path)
        guard seenRoots.insert(root).inserted else { continue }
        let snapshot = projects.snapshot(forFile: path, open: open)
        let tree = ConstructTree(models: snapshot.sources.map { FileModel($0) })
        let nodes = query.isEmpty ? Array(tree.nodes.prefix(500)) : tree.locate(query).nodes
        var texts: [String: DocumentText] = [:]
        for node in nodes {
          let text = texts[node.file] ?? DocumentText(bytes: snapshot.sources.first { $0.path == node.file }?.bytes ?? [])
          texts[node.file] = text
          let uri = uris[node.file] ?? URL(fileURLWithPath: node.file).absoluteString
          symbols.append(SymbolInformation(
            name: node.pathText, kind: node.framework == nil ? SymbolKindValue.class : SymbolKindValue.object,
            location: Location(uri: uri, range: text.range(of: node.range, encoding: encoding)), containerName: node.type))
        }
      }
      return symbols
    }
  }

  // MARK: Inlay hints

  func prepareInlayHints(_ params: InlayHintRequest) -> @Sendable () async throws -> [InlayHint] {
    guard editorSettings.inlayHintDefaults, let document = documents[params.textDocument.uri], let language = document.language
    else { return { [] } }
    let path = document.path ?? document.uri
    let text = document.text
    let encoding = self.encoding
    let range = text.textRange(of: params.range, encoding: encoding)
    return {
      let model = FileModel(SourceFile(path: path, bytes: text.bytes, language: language))
      return LanguageServer.defaultHints(model, in: range, text: text, encoding: encoding)
    }
  }

  /// The props whose defaults matter, by type: what a reviewer wants to see when the code leaves them out.
  static let hintedDefaults: [String: [String]] = [
    "aws-cdk-lib.aws_s3.Bucket": ["encryption", "blockPublicAccess", "versioned", "removalPolicy", "enforceSSL"],
    "aws-cdk-lib.aws_dynamodb.Table": ["removalPolicy", "pointInTimeRecovery", "billingMode", "encryption"],
    "aws-cdk-lib.aws_dynamodb.TableV2": ["removalPolicy", "pointInTimeRecovery", "billing", "encryption"],
    "aws-cdk-lib.aws_lambda.Function": ["logRetention", "timeout", "memorySize", "architecture"],
    "aws-cdk-lib.aws_sqs.Queue": ["encryption", "enforceSSL", "retentionPeriod", "removalPolicy"],
    "aws-cdk-lib.aws_sns.Topic": ["masterKey", "enforceSSL"],
    "aws-cdk-lib.aws_rds.DatabaseInstance": ["storageEncrypted", "deletionProtection", "removalPolicy", "backupRetention"],
    "aws-cdk-lib.aws_rds.DatabaseCluster": ["storageEncrypted", "deletionProtection", "removalPolicy", "backup"],
    "aws-cdk-lib.aws_logs.LogGroup": ["retention", "removalPolicy"],
    "aws-cdk-lib.aws_kms.Key": ["enableKeyRotation", "removalPolicy"],
  ]

  /// One hint per curated prop a call in `range` leaves unset, when the catalogue records its default; placed before
  /// the call's closing parenthesis.
  static func defaultHints(_ model: FileModel, in range: TextRange, text: DocumentText, encoding: PositionEncoding) -> [InlayHint] {
    var hints: [InlayHint] = []
    for resource in model.resources where resource.range.start < range.end && resource.range.end > range.start {
      guard !resource.isCDKv1, let props = hintedDefaults[resource.type.fqn] else { continue }
      let call = model.file.calls[resource.call]
      guard call.isClosed else { continue }
      let position = text.position(of: Int(model.file.tokens[call.closeToken].start), encoding: encoding)
      for prop in props where resource.isCertainlyUnset(prop) {
        guard let value = model.documentedDefault(of: prop, for: resource) else { continue }
        let name = model.spelling(of: prop, for: resource)
        hints.append(InlayHint(
          position: position, label: "\(name): \(value)", kind: 2,
          tooltip: "Not set here; this is the default documented for `\(resource.type.name)`. Set it to make the choice explicit.",
          paddingLeft: true))
      }
    }
    return hints
  }
}
