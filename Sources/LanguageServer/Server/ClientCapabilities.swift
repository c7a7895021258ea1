import JSONRPC

/// What the client said it supports, read leniently from the `capabilities` JSON of `initialize`: a missing or
/// oddly typed capability counts as unsupported.
public struct ClientCapabilities: Sendable {
  public let json: JSONAny

  public init(_ json: JSONAny?) {
    self.json = json ?? .null
  }

  func value(_ path: [String]) -> JSONAny {
    var value = json
    for key in path { value = value[key] }
    return value
  }

  func flag(_ path: String...) -> Bool {
    value(path).boolValue ?? false
  }

  func strings(_ path: String...) -> [String]? {
    value(path).arrayValue?.compactMap(\.stringValue)
  }

  /// `general.positionEncodings`.
  public var positionEncodings: [String]? { strings("general", "positionEncodings") }
  /// Pull diagnostics (`textDocument/diagnostic`).
  public var supportsPullDiagnostics: Bool { !value(["textDocument", "diagnostic"]).isNull }
  /// `workspace/diagnostic/refresh`.
  public var supportsDiagnosticRefresh: Bool { flag("workspace", "diagnostics", "refreshSupport") }
  /// `workspace/configuration`.
  public var supportsConfiguration: Bool { flag("workspace", "configuration") }
  /// Dynamic registration of `workspace/didChangeWatchedFiles`.
  public var supportsWatchedFilesRegistration: Bool { flag("workspace", "didChangeWatchedFiles", "dynamicRegistration") }
  /// Dynamic registration of `workspace/didChangeConfiguration`.
  public var supportsConfigurationRegistration: Bool { flag("workspace", "didChangeConfiguration", "dynamicRegistration") }
  /// `documentChanges` in workspace edits.
  public var supportsDocumentChanges: Bool { flag("workspace", "workspaceEdit", "documentChanges") }
  /// `CreateFile` operations in workspace edits: `resourceOperations` lists `create`. Resource operations exist
  /// only in `documentChanges`, so a client that lists them takes `documentChanges` (Neovim announces
  /// `resourceOperations` without `documentChanges`).
  public var supportsCreateFile: Bool {
    (strings("workspace", "workspaceEdit", "resourceOperations") ?? []).contains("create")
  }
  /// Whether workspace edits are sent as `documentChanges`: the client says so, or it takes `CreateFile`.
  public var usesDocumentChanges: Bool { supportsDocumentChanges || supportsCreateFile }
  /// Whether `codeAction/resolve` may fill in `edit`.
  public var supportsCodeActionEditResolve: Bool {
    (strings("textDocument", "codeAction", "resolveSupport", "properties") ?? []).contains("edit")
  }
  /// Whether hovers may be Markdown: the client lists `markdown` in `hover.contentFormat`. A client that says
  /// nothing gets plain text.
  public var hoverTakesMarkdown: Bool {
    (strings("textDocument", "hover", "contentFormat") ?? []).contains("markdown")
  }
  /// `window.workDoneProgress`.
  public var supportsWorkDoneProgress: Bool { flag("window", "workDoneProgress") }
}
