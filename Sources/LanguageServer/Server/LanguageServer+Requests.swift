import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import JSONRPC

extension LanguageServer {
  // MARK: Hover

  func prepareHover(_ params: HoverRequest) -> @Sendable () async throws -> Hover? {
    let uri = params.textDocument.uri
    guard let document = documents[uri], let task = lintTask(for: uri, urgent: true) else { return { nil } }
    let offset = document.text.offset(of: params.position, encoding: encoding)
    let markdown = capabilities.hoverTakesMarkdown
    let encoding = self.encoding
    let catalogue = options.catalogue
    let context = actionContext()
    return {
      guard let checked = await task.value else { throw ResponseError.contentModified }
      // The project, for construct paths that start where the app instantiates the stack.
      let result = context(checked)
      // The file's own rules: custom rules of its configuration too.
      return HoverBuilder(
        result: result, markdown: markdown, encoding: encoding, catalogue: catalogue, registry: result.linter.registry)
        .hover(at: offset)
    }
  }

  // MARK: Code actions

  func prepareCodeActions(_ params: CodeActionRequest) -> @Sendable () async throws -> [CodeAction] {
    let uri = params.textDocument.uri
    guard let document = documents[uri], let task = lintTask(for: uri, urgent: true) else { return { [] } }
    let range = document.text.textRange(of: params.range, encoding: encoding)
    let capabilities = self.capabilities
    let encoding = self.encoding
    let lazy = capabilities.supportsCodeActionEditResolve
    let context = actionContext()
    return {
      guard let checked = await task.value else { throw ResponseError.contentModified }
      let result = context(checked)
      return CodeActionBuilder(result: result, capabilities: capabilities, encoding: encoding)
        .actions(range: range, context: params.context.diagnostics, only: params.context.only, lazyFixAll: lazy)
    }
  }

  func prepareResolve(_ params: CodeActionResolveRequest) throws -> @Sendable () async throws -> CodeAction {
    let action = params.action
    if action.edit != nil { return { action } }
    let data = action.data ?? .null
    guard let uri = data["uri"].stringValue, let document = documents[uri], let task = lintTask(for: uri, urgent: true) else {
      throw ResponseError(code: ResponseError.requestFailedCode, message: "The code action's document is not open")
    }
    if let version = data["version"].intValue, version != document.version { throw ResponseError.contentModified }
    let capabilities = self.capabilities
    let encoding = self.encoding
    let context = actionContext()
    return {
      guard let checked = await task.value else { throw ResponseError.contentModified }
      let result = context(checked)
      guard var resolved = CodeActionBuilder(result: result, capabilities: capabilities, encoding: encoding).resolve(action) else {
        throw ResponseError(code: ResponseError.requestFailedCode, message: "The code action no longer applies")
      }
      resolved.title = action.title
      return resolved
    }
  }

  /// Gives a kept result what code actions need besides it: the open documents' text and the project, as they
  /// are now (a kept result holds neither, so as not to pin every document's text and parse).
  func actionContext() -> @Sendable (LintResult) -> LintResult {
    let open = openTexts
    let revision = changeCounter
    let projects = self.projects
    return { checked in
      var result = checked
      result.input.open = open
      // The project as checks of this state see it: one snapshot for them all.
      if let path = result.input.path, result.file != nil {
        result.project = projects.snapshot(forFile: path, open: open, revision: revision)
      }
      return result
    }
  }

  // MARK: Pull diagnostics

  func prepareDocumentDiagnostics(_ params: DocumentDiagnosticRequest) -> @Sendable () async throws -> DocumentDiagnosticReport {
    let uri = params.textDocument.uri
    if let document = documents[uri] {
      guard document.isChecked, let task = lintTask(for: uri, urgent: true) else {
        return { DocumentDiagnosticReport(kind: "full", resultId: nil, items: []) }
      }
      let expected = LintResult.resultID(version: document.version, generation: generation)
      if params.previousResultId == expected {
        return { DocumentDiagnosticReport(kind: "unchanged", resultId: expected, items: nil) }
      }
      return {
        guard let result = await task.value else { throw ResponseError.contentModified }
        return DocumentDiagnosticReport(kind: "full", resultId: result.resultID, items: result.lspDiagnostics)
      }
    }
    // A file that is not open: check it as it is on disk.
    let snapshot = workspaceSnapshot()
    let projects = self.projects
    let settings = self.settings
    return {
      guard let path = DocumentURI.path(of: uri),
        let result = LanguageServer.lintFromDisk(path: path, uri: uri, snapshot: snapshot, projects: projects, settings: settings) else {
        return DocumentDiagnosticReport(kind: "full", resultId: nil, items: [])
      }
      if params.previousResultId == result.resultID {
        return DocumentDiagnosticReport(kind: "unchanged", resultId: result.resultID, items: nil)
      }
      return DocumentDiagnosticReport(kind: "full", resultId: result.resultID, items: result.lspDiagnostics)
    }
  }

  /// What workspace diagnostics need from the actor.
  struct WorkspaceSnapshot: Sendable {
    var folders: [String]
    var generation: Int
    var changeCounter: Int
    var open: [(uri: String, version: Int, task: Task<LintResult?, Never>)]
    var encoding: PositionEncoding
    var openTexts: [String: OpenText]
    var openURIs: [String: String]
    var maxFileSize: Int
  }

  func workspaceSnapshot() -> WorkspaceSnapshot {
    var open: [(uri: String, version: Int, task: Task<LintResult?, Never>)] = []
    for uri in documents.keys.sorted() {
      guard let document = documents[uri], let task = lintTask(for: uri) else { continue }
      open.append((uri, document.version, task))
    }
    return WorkspaceSnapshot(
      folders: workspaceFolders, generation: generation, changeCounter: changeCounter, open: open, encoding: encoding,
      openTexts: openTexts, openURIs: openURIs, maxFileSize: editorSettings.maxFileSize)
  }

  /// Checks a file as it is on disk; nil when it is not a file iaclsp reads.
  nonisolated static func lintFromDisk(
    path: String,
    uri: String,
    snapshot: WorkspaceSnapshot,
    projects: ProjectCache,
    settings: SettingsStore
  ) -> LintResult? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let language = Language(path: path)
    guard language != nil || OpenDocument.projectFileNames.contains(name),
      let bytes = try? FileSystem.read(path, limit: 16 << 20), !TextCheck.looksBinary(bytes) else { return nil }
    let input = LintInput(
      uri: uri, path: path, version: nil, text: DocumentText(bytes: bytes), language: language,
      encoding: snapshot.encoding, open: snapshot.openTexts, uris: snapshot.openURIs, generation: snapshot.generation,
      revision: snapshot.changeCounter, maxFileSize: snapshot.maxFileSize)
    return DocumentLinter.lint(input, projects: projects, settings: settings)
  }

  func prepareWorkspaceDiagnostics(_ params: WorkspaceDiagnosticRequest) -> @Sendable () async throws -> WorkspaceDiagnosticReport {
    let first = workspaceSnapshot()
    let projects = self.projects
    let settings = self.settings
    let connection = self.connection
    var previous: [String: String] = [:]
    for entry in params.previousResultIds { previous[entry.uri] = entry.value }
    let token = params.workDoneToken
    return { [previous] in
      var snapshot = first
      while true {
        let reports = try await LanguageServer.workspaceReports(
          snapshot, projects: projects, settings: settings, connection: connection, token: token)
        var items: [WorkspaceDocumentDiagnosticReport] = []
        var unchanged = 0
        for report in reports {
          if let resultID = report.resultId, previous[report.uri] == resultID {
            unchanged += 1
            items.append(WorkspaceDocumentDiagnosticReport(kind: "unchanged", resultId: resultID, items: nil, uri: report.uri, version: report.version))
          } else {
            items.append(report)
          }
        }
        // Nothing new for a client that has it all: hold the request until something changes (a long poll, as
        // clients that re-send it at once expect), or until it is cancelled.
        if !previous.isEmpty && unchanged == reports.count && reports.count == previous.count {
          await self.waitForChange(after: snapshot.changeCounter)
          try Task.checkCancellation()
          guard await self.isRunning else { return WorkspaceDiagnosticReport(items: items) }
          snapshot = await self.workspaceSnapshot()
          continue
        }
        return WorkspaceDiagnosticReport(items: items)
      }
    }
  }

  var isRunning: Bool { state == .running }

  /// Checks every open document and every source file in the workspace folders, reporting `$/progress` on `token`.
  nonisolated static func workspaceReports(
    _ snapshot: WorkspaceSnapshot,
    projects: ProjectCache,
    settings: SettingsStore,
    connection: ServerConnection,
    token: RequestID?
  ) async throws -> [WorkspaceDocumentDiagnosticReport] {
    var reports: [WorkspaceDocumentDiagnosticReport] = []
    var openPaths = Set<String>()
    for (uri, version, task) in snapshot.open {
      if let path = DocumentURI.path(of: uri) { openPaths.insert(path) }
      guard let result = await task.value else { continue }
      reports.append(WorkspaceDocumentDiagnosticReport(
        kind: "full", resultId: result.resultID, items: result.lspDiagnostics, uri: uri, version: version))
    }
    var seen = Set<String>()
    var paths: [String] = []
    for folder in snapshot.folders {
      for path in ProjectCache.sources(under: folder) where !openPaths.contains(path) && seen.insert(path).inserted {
        paths.append(path)
      }
    }
    if let token {
      connection.notify(ProgressNotification(
        token: token, value: WorkDoneProgress(kind: "begin", title: "iaclsp: checking the workspace", message: "\(paths.count) files", percentage: 0, cancellable: false)))
    }
    var lastPercentage = 0
    for (index, path) in paths.enumerated() {
      try Task.checkCancellation()
      let uri = DocumentURI.uri(forPath: path)
      if let result = lintFromDisk(path: path, uri: uri, snapshot: snapshot, projects: projects, settings: settings) {
        reports.append(WorkspaceDocumentDiagnosticReport(
          kind: "full", resultId: result.resultID, items: result.lspDiagnostics, uri: uri, version: nil))
      }
      let percentage = (index + 1) * 100 / max(1, paths.count)
      if let token, percentage >= lastPercentage + 10 {
        lastPercentage = percentage
        connection.notify(ProgressNotification(
          token: token, value: WorkDoneProgress(kind: "report", message: "\(index + 1)/\(paths.count) files", percentage: percentage)))
      }
    }
    if let token {
      connection.notify(ProgressNotification(token: token, value: WorkDoneProgress(kind: "end", message: "\(paths.count) files checked")))
    }
    return reports
  }
}
