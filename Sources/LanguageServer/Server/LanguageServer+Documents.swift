import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import JSONRPC
#if canImport(Glibc)
import Glibc
#endif

extension LanguageServer {
  // MARK: Text synchronisation

  func didOpen(_ params: DidOpenTextDocumentNotification) {
    let document = OpenDocument(item: params.textDocument)
    if let old = documents[document.uri] { forget(old) }
    documents[document.uri] = document
    remember(document)
    if document.isChecked { dirty.insert(document.uri) }
    if let path = document.path { refreshProjectFiles(path) }
    noteChange()
  }

  func didChange(_ params: DidChangeTextDocumentNotification) {
    let uri = params.textDocument.uri
    guard var document = documents[uri] else {
      options.log("iaclsp: didChange for \(uri), which is not open; ignored")
      return
    }
    for change in params.contentChanges {
      document.apply(change, encoding: encoding)
    }
    document.version = params.textDocument.version
    documents[uri] = document
    remember(document)
    // The check of the old text is stale now.
    supersede(uri)
    if document.isChecked { dirty.insert(uri) }
    noteChange()
  }

  func didClose(_ params: DidCloseTextDocumentNotification) {
    let uri = params.textDocument.uri
    guard let document = documents.removeValue(forKey: uri) else { return }
    forget(document)
    supersede(uri)
    lints[uri] = nil
    results[uri] = nil
    dirty.remove(uri)
    if !pullDiagnostics && published.removeValue(forKey: uri) != nil {
      connection.notify(PublishDiagnosticsNotification(uri: uri, version: nil, diagnostics: []))
    }
    releaseMemoryIfIdle()
    if let path = document.path {
      // Its text on disk may differ from the text that was open.
      projects.invalidate(path: path)
      refreshProjectFiles(path)
    }
    noteChange()
  }

  func didSave(_ params: DidSaveTextDocumentNotification) {
    guard let path = DocumentURI.path(of: params.textDocument.uri) else { return }
    fileChanged(path)
    // A save is also when a client that does not report changed files may have written other project files.
    _ = projects.refresh(forFile: path)
    factsChanged()
  }

  /// For a client that does not report changed files, reads the project files of `path`'s project again (a fix
  /// may have created `cdk.json`); when they changed, every open document is checked again.
  func refreshProjectFiles(_ path: String) {
    guard !capabilities.supportsWatchedFilesRegistration else { return }
    if projects.refresh(forFile: path) { factsChanged() }
  }

  func remember(_ document: OpenDocument) {
    guard let path = document.path else { return }
    openTexts[path] = OpenText(version: document.version, bytes: document.text.bytes)
    openURIs[path] = document.uri
    projects.opened(path: path)
  }

  func forget(_ document: OpenDocument) {
    guard let path = document.path else { return }
    openTexts[path] = nil
    openURIs[path] = nil
    projects.closed(path: path)
  }

  /// A file changed on disk (saved, or reported by the watcher).
  func fileChanged(_ path: String) {
    projects.invalidate(path: path)
    let name = path.split(separator: "/").last.map(String.init) ?? path
    // Configuration files, and the rules files their `extend-rules` names (any `.toml`).
    if ["iaclsp.toml", ".iaclsp.toml", "pyproject.toml"].contains(name) || name.hasSuffix(".toml") {
      settings.reloadConfigurationFiles()
    }
  }

  /// Settings or project facts changed: check every open document again, and tell pull clients to ask again.
  func factsChanged() {
    generation += 1
    for (uri, document) in documents where document.isChecked { dirty.insert(uri) }
    noteChange()
    if pullDiagnostics && capabilities.supportsDiagnosticRefresh {
      let connection = self.connection
      Task.detached { _ = try? await connection.request(DiagnosticRefreshRequest()) }
    }
  }

  // MARK: Checking

  /// The check of the document's current version, started if need be; nil when the document is not open or not
  /// checked. A check waits for its turn (see ``enqueueCheck(id:uri:version:)``) and takes the project's texts only
  /// then; an `urgent` one, which a request waits for, goes ahead of those that only publish diagnostics.
  func lintTask(for uri: String, urgent: Bool = false) -> Task<LintResult?, Never>? {
    guard let document = documents[uri], document.isChecked else { return nil }
    if let current = lints[uri], current.version == document.version, current.generation == generation {
      if urgent { hurry(uri) }
      return current.task
    }
    supersede(uri)
    dirty.remove(uri)
    let id = nextCheckID
    nextCheckID += 1
    let projects = self.projects
    let settings = self.settings
    let beforeCheck = options.beforeCheck
    let task = Task.detached(priority: .userInitiated) { [weak self] () -> LintResult? in
      // Nil when a newer change, a close or new settings came while this waited for its turn.
      guard let input = await self?.admit(check: id, uri: uri) else { return nil }
      if let beforeCheck { await beforeCheck(input) }
      return await DocumentLinter.lintOffThePool(input, projects: projects, settings: settings)
    }
    lints[uri] = (id, document.version, generation, task)
    runningLints += 1
    Task.detached(priority: .userInitiated) { [weak self] in
      let result = await task.value
      await self?.lintFinished(uri: uri, result)
    }
    if urgent { urgentChecks.insert(uri) }
    enqueueCheck(id: id, uri: uri, version: document.version)
    return task
  }

  func lintInput(_ document: OpenDocument) -> LintInput {
    LintInput(
      uri: document.uri, path: document.path, version: document.version, text: document.text,
      language: document.language, encoding: encoding, open: openTexts, uris: openURIs, generation: generation,
      revision: changeCounter, maxFileSize: editorSettings.maxFileSize)
  }

  /// Starts the checks of documents changed since the last flush. Called when no message is waiting, so a burst
  /// of changes is checked once, at its newest version.
  func flush() {
    guard state == .running, !dirty.isEmpty else { return }
    for uri in dirty.sorted() { _ = lintTask(for: uri) }
    dirty.removeAll()
  }

  func lintFinished(uri: String, _ result: LintResult?) {
    runningLints -= 1
    // Only a check that got its turn has a result.
    if result != nil {
      checkEnded()
      checksSinceTrim += 1
    }
    // A check that was running when its document closed may have stored a project snapshot holding its parse
    // (parses of closed documents themselves are never kept): drop it.
    if let path = result?.input.path, documents[uri] == nil, openTexts[path] == nil { projects.closed(path: path) }
    // Memory goes back once the diagnostics are out: it is not what this version waits for.
    defer { releaseMemoryIfIdle() }
    if state == .running { reportProblems(settings.takeProblems()) }
    guard let result, let document = documents[uri], result.input.version == document.version,
      result.input.generation == generation, state == .running else { return }
    // The result this one replaces holds the previous version's parse, the last reference to it: it is freed off
    // the server's actor, after the diagnostics are sent (for a 5,000-line document that is a few million
    // instructions).
    let replaced = results.updateValue(result, forKey: uri)
    defer { DocumentLinter.releaseLater(consume replaced) }
    if result.file == nil && document.language != nil, tooLargeReported.insert(uri).inserted {
      options.log("iaclsp: \(uri): \(DocumentLinter.tooLargeMessage(size: document.text.bytes.count, limit: editorSettings.maxFileSize))")
    }
    if let error = result.configurationError { reportProblems(["\(error); using the editor's settings only"]) }
    logTrace("checked \(uri) version \(document.version): \(result.diagnostics.count) finding(s)")
    guard !pullDiagnostics else { return }
    if let last = published[uri], last.version == document.version, last.diagnostics == result.lspDiagnostics { return }
    published[uri] = (document.version, result.lspDiagnostics)
    connection.notify(PublishDiagnosticsNotification(uri: uri, version: document.version, diagnostics: result.lspDiagnostics))
  }

  /// Once the last document is closed and no check runs, hands the memory the session freed back to the system.
  /// (The allocator keeps freed pages for reuse; after thousands of documents that is a lot of resident memory
  /// nothing uses.)
  func releaseMemoryIfIdle() {
    guard runningLints == 0 else { return }
    if documents.isEmpty || checksSinceTrim >= LanguageServer.checksBetweenTrims {
      checksSinceTrim = 0
      allocatorTrims += 1
      // On a check thread: the actor goes on reading messages meanwhile.
      DocumentLinter.queue.async { LanguageServer.trimAllocator() }
    }
  }

  /// glibc's `malloc_trim`, looked up at run time (it is not in the Swift module of the C library).
  nonisolated static func trimAllocator() {
    #if canImport(Glibc)
    typealias Trim = @convention(c) (Int) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
    _ = unsafeBitCast(symbol, to: Trim.self)(0)
    #endif
  }

  // MARK: Waiting for changes

  /// Records a change and wakes whoever waits for one.
  func noteChange() {
    changeCounter += 1
    let waiters = changeWaiters
    changeWaiters.removeAll()
    for waiter in waiters.values { waiter.resume() }
  }

  /// Returns when something changed after `counter`, or when the task is cancelled.
  func waitForChange(after counter: Int) async {
    guard changeCounter <= counter, state == .running else { return }
    let id = nextWaiterID
    nextWaiterID += 1
    await withTaskCancellationHandler {
      await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
        if Task.isCancelled {
          waiter.resume()
        } else {
          changeWaiters[id] = waiter
        }
      }
    } onCancel: {
      Task { await self.cancelWaiter(id) }
    }
  }

  func cancelWaiter(_ id: Int) {
    changeWaiters.removeValue(forKey: id)?.resume()
  }
}
