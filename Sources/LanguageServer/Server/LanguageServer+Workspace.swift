import Foundation
import IaCLinter
import IaCModel
import IaCRules
import JSONRPC

extension LanguageServer {
  // MARK: Configuration

  /// Asks the client for the `iaclsp` section.
  func fetchConfiguration() {
    let connection = self.connection
    Task.detached { [self] in
      let request = ConfigurationRequest(items: [ConfigurationRequest.Item(scopeUri: nil, section: "iaclsp")])
      guard let values = try? await connection.request(request), let first = values.first else { return }
      await self.applyEditorSettings(first)
    }
  }

  func didChangeConfiguration(_ params: DidChangeConfigurationNotification) {
    let sent = params.settings ?? .null
    if !sent["iaclsp"].isNull {
      applyEditorSettings(sent["iaclsp"])
    } else if capabilities.supportsConfiguration {
      fetchConfiguration()
    } else if !sent["select"].isNull || !sent["ignore"].isNull || !sent["severity"].isNull {
      applyEditorSettings(sent)
    }
  }

  /// Takes new editor settings; when they differ, every open document is checked again and its diagnostics sent.
  func applyEditorSettings(_ json: JSONAny) {
    guard state == .running else { return }
    let new = EditorSettings(json: EditorSettings.layer(json, over: initializationSettings), registry: registry)
    reportProblems(new.problems)
    guard new != editorSettings else { return }
    editorSettings = new
    settings.update(editor: new)
    factsChanged()
    // Settings arrive from a configuration response, outside the message loop that flushes when it runs dry:
    // start the checks now rather than wait for the next message.
    flush()
  }

  // MARK: Files and folders

  func didChangeWatchedFiles(_ params: DidChangeWatchedFilesNotification) {
    for change in params.changes {
      if let path = DocumentURI.path(of: change.uri) { fileChanged(path) }
    }
    factsChanged()
  }

  func didChangeWorkspaceFolders(_ params: DidChangeWorkspaceFoldersNotification) {
    let removed = Set(params.event.removed.compactMap { DocumentURI.path(of: $0.uri) })
    workspaceFolders.removeAll { removed.contains($0) }
    for folder in params.event.added.compactMap({ DocumentURI.path(of: $0.uri) }) where !workspaceFolders.contains(folder) {
      workspaceFolders.append(folder)
    }
    projects.setWorkspaceFolders(workspaceFolders)
    factsChanged()
  }
}
