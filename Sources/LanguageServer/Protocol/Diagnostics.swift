import JSONRPC

/// A diagnostic as the protocol sends it.
public struct LSPDiagnostic: Codable, Sendable, Hashable {
  public var range: LSPRange
  /// 1 error, 2 warning, 3 information, 4 hint.
  public var severity: Int?
  public var code: String?
  public var codeDescription: CodeDescription?
  public var source: String?
  public var message: String
  /// 1 unnecessary, 2 deprecated.
  public var tags: [Int]?
  public var relatedInformation: [RelatedInformation]?
  public var data: JSONAny?

  public init(
    range: LSPRange,
    severity: Int? = nil,
    code: String? = nil,
    codeDescription: CodeDescription? = nil,
    source: String? = nil,
    message: String,
    tags: [Int]? = nil,
    relatedInformation: [RelatedInformation]? = nil,
    data: JSONAny? = nil
  ) {
    self.range = range
    self.severity = severity
    self.code = code
    self.codeDescription = codeDescription
    self.source = source
    self.message = message
    self.tags = tags
    self.relatedInformation = relatedInformation
    self.data = data
  }

  /// The page that explains a code.
  public struct CodeDescription: Codable, Sendable, Hashable {
    public var href: String
  }

  /// Another place that explains a finding.
  public struct RelatedInformation: Codable, Sendable, Hashable {
    public var location: Location
    public var message: String
  }
}

/// `textDocument/publishDiagnostics`.
public struct PublishDiagnosticsNotification: NotificationType, Hashable {
  public static let method = "textDocument/publishDiagnostics"
  public var uri: String
  public var version: Int?
  public var diagnostics: [LSPDiagnostic]
}

/// `textDocument/diagnostic`.
public struct DocumentDiagnosticRequest: RequestType, Hashable {
  public static let method = "textDocument/diagnostic"
  public typealias Response = DocumentDiagnosticReport

  public var textDocument: TextDocumentIdentifier
  public var identifier: String?
  public var previousResultId: String?

  public init(textDocument: TextDocumentIdentifier, previousResultId: String? = nil) {
    self.textDocument = textDocument
    self.previousResultId = previousResultId
  }
}

/// A document's diagnostics report: `full` with items, or `unchanged`.
public struct DocumentDiagnosticReport: Codable, Sendable, Hashable {
  public var kind: String
  public var resultId: String?
  public var items: [LSPDiagnostic]?
}

/// `workspace/diagnostic`.
public struct WorkspaceDiagnosticRequest: RequestType, Hashable {
  public static let method = "workspace/diagnostic"
  public typealias Response = WorkspaceDiagnosticReport

  public var identifier: String?
  public var previousResultIds: [PreviousResultID]
  public var workDoneToken: RequestID?
  public var partialResultToken: RequestID?

  public init(previousResultIds: [PreviousResultID] = [], workDoneToken: RequestID? = nil) {
    self.previousResultIds = previousResultIds
    self.workDoneToken = workDoneToken
  }

  /// A report the client already has.
  public struct PreviousResultID: Codable, Sendable, Hashable {
    public var uri: String
    public var value: String

    public init(uri: String, value: String) {
      self.uri = uri
      self.value = value
    }
  }
}

/// The answer to `workspace/diagnostic`.
public struct WorkspaceDiagnosticReport: Codable, Sendable, Hashable {
  public var items: [WorkspaceDocumentDiagnosticReport]
}

/// One document's report in a workspace report; `version` is `null` for a file that is not open.
public struct WorkspaceDocumentDiagnosticReport: Codable, Sendable, Hashable {
  public var kind: String
  public var resultId: String?
  public var items: [LSPDiagnostic]?
  public var uri: String
  public var version: Int?

  enum CodingKeys: String, CodingKey {
    case kind, resultId, items, uri, version
  }

  public init(kind: String, resultId: String?, items: [LSPDiagnostic]?, uri: String, version: Int?) {
    self.kind = kind
    self.resultId = resultId
    self.items = items
    self.uri = uri
    self.version = version
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(resultId, forKey: .resultId)
    try container.encodeIfPresent(items, forKey: .items)
    try container.encode(uri, forKey: .uri)
    try container.encode(version, forKey: .version)
  }
}

/// `workspace/diagnostic/refresh`, sent by the server.
public struct DiagnosticRefreshRequest: RequestType, Hashable {
  public static let method = "workspace/diagnostic/refresh"
  public typealias Response = JSONNull
}
