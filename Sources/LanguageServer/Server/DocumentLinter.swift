import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import JSONRPC

/// What a check of one document needs, captured on the server actor so the check itself runs elsewhere.
public struct LintInput: Sendable {
  public var uri: String
  /// The file path; nil for a document that is not a file (`untitled:`).
  public var path: String?
  /// The open version; nil for a file read from disk.
  public var version: Int?
  public var text: DocumentText
  /// The source language, or nil for a project file (`cdk.json`), which only gets the project's findings.
  public var language: Language?
  public var encoding: PositionEncoding
  /// Open documents by path, whose text wins over the disk.
  public var open: [String: OpenText]
  /// URIs of open documents by path, so that links use the client's spelling.
  public var uris: [String: String]
  /// Bumped when settings or project facts change.
  public var generation: Int
  /// Bumped when any document opens, changes or closes: checks made at one revision see the same project.
  public var revision: Int = 0
  /// Documents larger than this many bytes are not checked.
  public var maxFileSize: Int = 16 << 20
}

/// The findings of one document at one version, in both forms.
public struct LintResult: Sendable {
  /// What was checked. `input.open` is emptied once the findings are converted, so that a result kept for later
  /// requests does not hold the text of every other open document.
  public var input: LintInput
  public var file: SourceFile?
  /// The project, for requests that need it (fixing all); nil in kept results, which must not hold a parse of
  /// every file of the project: ``ProjectCache`` gives the current one.
  public var project: ProjectSnapshot?
  public var linter: Linter
  /// Sorted by position.
  public var diagnostics: [Diagnostic]
  /// The same, as the protocol sends them (same order).
  public var lspDiagnostics: [LSPDiagnostic]
  /// A configuration file that could not be used.
  public var configurationError: ConfigurationError?

  /// The `resultId` of pull diagnostics for this result.
  public var resultID: String { LintResult.resultID(version: input.version, generation: input.generation) }

  static func resultID(version: Int?, generation: Int) -> String {
    "\(version.map(String.init) ?? "disk")-\(generation)"
  }
}

/// Checks documents: file rules with the project as context, then the project rules, keeping the findings that land in
/// the document.
public enum DocumentLinter {
  /// Checks one document. Never throws; a document iaclsp cannot read gives no findings.
  public static func lint(_ input: LintInput, projects: ProjectCache, settings: SettingsStore) -> LintResult {
    let (linter, configurationError, linterKey) = settings.keyedLinter(forFile: input.path)
    if input.text.bytes.count > input.maxFileSize { return tooLarge(input, linter: linter) }
    let displayPath = input.path ?? input.uri
    var file: SourceFile?
    if let language = input.language {
      if let path = input.path, let version = input.version,
        let kept = projects.keptParse(path: path, version: version, byteCount: input.text.bytes.count), kept.language == language {
        // Parsed already, for a project snapshot of a request or of another document's check.
        file = kept
      } else {
        let parsed = SourceFile(path: displayPath, bytes: input.text.bytes, language: language)
        if let version = input.version, input.path != nil { projects.remember(parsed, version: version) }
        file = parsed
      }
    }
    var project: ProjectSnapshot?
    if let path = input.path {
      var open = input.open
      if let version = input.version, open[path]?.version != version {
        open[path] = OpenText(version: version, bytes: input.text.bytes)
      }
      // A disk file checked for workspace diagnostics is not in `open`: its project is not the shared one.
      project = projects.snapshot(forFile: path, open: open, revision: input.version == nil ? nil : input.revision)
    }
    var diagnostics: [Diagnostic] = []
    if let file {
      // A large document's rules share the cores: it is the one being edited, and its latency is what is felt.
      let parallel = file.bytes.count >= DocumentLinter.parallelThreshold
      let model = FileModel(file, parallel: parallel)
      var result = linter.lint(model, context: RuleContext(project: project), parallel: parallel)
      // Resource paths go on from the file to the stacks and the user's constructs the project's other files show,
      // as `--check` gives them.
      let scopes = project.flatMap { project -> ConstructScopes? in
        guard result.diagnostics.contains(where: \.awaitsResourcePath) else { return nil }
        let classes = ConstructScopes.classNames(of: project.sources)
        return projects.constructScopes(project, current: ConstructScopes.FileFacts(model, projectClasses: classes), classes: classes)
      }
      result.completeResourcePaths(with: scopes)
      diagnostics += result.diagnostics
      // The model is freed off the path to the diagnostics: for a large document that takes milliseconds.
      DocumentLinter.releaseLater(consume model)
    }
    if let project {
      let key = ProjectCache.ProjectFindingsKey(revision: input.revision, generation: input.generation, linter: linterKey)
      diagnostics += projects.projectFindings(project, key: key, linter: linter).filter { $0.path == displayPath }
    }
    diagnostics = CheckRunner.sorted(diagnostics, documents: [:])
    let converter = DiagnosticConverter(input: input, project: project)
    let lsp = diagnostics.map { converter.convert($0) }
    var kept = input
    kept.open = [:]
    return LintResult(
      input: kept, file: file, project: nil, linter: linter, diagnostics: diagnostics, lspDiagnostics: lsp,
      configurationError: configurationError)
  }
}

extension DocumentLinter {
  /// Documents of at least this many bytes have their rules run on several threads (see
  /// `Linter.lint(_:context:parallel:)`); below it, spreading the work costs more than it saves.
  static let parallelThreshold = 32 << 10

  /// Where checks run: threads of their own, so that checking, which is CPU work that does not yield, never holds
  /// the threads Swift's tasks and the server's actor run on (with two cores there are only two).
  static let queue = DispatchQueue(label: "iaclsp.check", qos: .userInitiated, attributes: .concurrent)

  /// Lets go of `value` on ``queue``, so that freeing what it holds (a model, a parse) does not delay the caller.
  /// The caller passes its last reference (`consume`).
  static func releaseLater<T: Sendable>(_ value: consuming T) {
    let kept = consume value
    queue.async { withExtendedLifetime(kept) {} }
  }

  /// ``lint(_:projects:settings:)`` on ``queue``.
  static func lintOffThePool(_ input: LintInput, projects: ProjectCache, settings: SettingsStore) async -> LintResult {
    await withCheckedContinuation { continuation in
      queue.async { continuation.resume(returning: lint(input, projects: projects, settings: settings)) }
    }
  }

  /// The message of a document over the size limit.
  static func tooLargeMessage(size: Int, limit: Int) -> String {
    "iaclsp did not check this document: it is \(size) bytes, over the limit of \(limit) bytes (the `maxFileSize` setting)"
  }

  /// The result for a document over the size limit: no findings, and one diagnostic that says why.
  static func tooLarge(_ input: LintInput, linter: Linter) -> LintResult {
    var kept = input
    kept.open = [:]
    let note = LSPDiagnostic(
      range: LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)),
      severity: 3, code: nil, codeDescription: nil, source: "iaclsp",
      message: tooLargeMessage(size: input.text.bytes.count, limit: input.maxFileSize),
      tags: nil, relatedInformation: nil, data: nil)
    return LintResult(input: kept, file: nil, project: nil, linter: linter, diagnostics: [], lspDiagnostics: [note], configurationError: nil)
  }
}

/// Turns diagnostics into protocol diagnostics: positions in the negotiated encoding, code and link, tags, related
/// places, and `data` that finds the diagnostic again for a code action.
public struct DiagnosticConverter: Sendable {
  let input: LintInput
  let texts: [String: [UInt8]]

  init(input: LintInput, project: ProjectSnapshot?) {
    self.input = input
    var texts: [String: [UInt8]] = [:]
    if let project {
      for marker in project.markers { texts[marker.path] = marker.bytes }
      for (path, bytes) in project.auxiliaryFiles { texts[path] = bytes }
    }
    self.texts = texts
  }

  /// The protocol form of `diagnostic`.
  public func convert(_ diagnostic: Diagnostic) -> LSPDiagnostic {
    var related: [LSPDiagnostic.RelatedInformation] = []
    for location in diagnostic.related {
      guard let text = text(of: location.path) else { continue }
      related.append(LSPDiagnostic.RelatedInformation(
        location: Location(uri: uri(of: location.path), range: text.range(of: location.range, encoding: input.encoding)),
        message: location.message))
    }
    var tags: [Int] = []
    if diagnostic.tags.contains(.unnecessary) { tags.append(1) }
    if diagnostic.tags.contains(.deprecated) { tags.append(2) }
    var data: [String: JSONAny] = [
      "code": .string(diagnostic.code),
      "start": .int(diagnostic.range.start),
      "end": .int(diagnostic.range.end),
    ]
    if let version = input.version { data["version"] = .int(version) }
    if let fix = diagnostic.fix {
      data["fix"] = .string(fix.title)
      data["applicability"] = .string(fix.applicability.rawValue)
    }
    return LSPDiagnostic(
      range: input.text.range(of: diagnostic.range, encoding: input.encoding),
      severity: DiagnosticConverter.severity(diagnostic.severity),
      code: diagnostic.code,
      codeDescription: diagnostic.url.isEmpty ? nil : LSPDiagnostic.CodeDescription(href: diagnostic.url),
      source: "iaclsp",
      message: diagnostic.message,
      tags: tags.isEmpty ? nil : tags,
      relatedInformation: related.isEmpty ? nil : related,
      data: .object(data)
    )
  }

  static func severity(_ severity: Severity) -> Int {
    switch severity {
    case .error: return 1
    case .warning: return 2
    case .info: return 3
    case .hint: return 4
    }
  }

  func text(of path: String) -> DocumentText? {
    if path == input.path || path == input.uri { return input.text }
    if let open = input.open[path] { return DocumentText(bytes: open.bytes) }
    if let bytes = texts[path] { return DocumentText(bytes: bytes) }
    if let bytes = try? FileSystem.read(path, limit: 16 << 20) { return DocumentText(bytes: bytes) }
    return nil
  }

  func uri(of path: String) -> String {
    if path == input.path { return input.uri }
    return input.uris[path] ?? DocumentURI.uri(forPath: path)
  }
}
