import Foundation
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import JSONRPC

/// Builds the code actions for a range of a checked document: a quick fix per fixable finding (safe ones
/// preferred), "Ignore IACxxx on this line", and `source.fixAll.iaclsp` with every safe fix.
struct CodeActionBuilder {
  static let fixAllKind = "source.fixAll.iaclsp"
  static let quickFixKind = "quickfix"

  let result: LintResult
  let capabilities: ClientCapabilities
  let encoding: PositionEncoding

  /// The text and version of a path: the document itself, another open document, or the file on disk.
  func texts(_ path: String) -> (text: DocumentText, version: Int?)? {
    let input = result.input
    if path == input.path || path == input.uri { return (input.text, input.version) }
    if let open = input.open[path] { return (DocumentText(bytes: open.bytes), open.version) }
    if let bytes = try? FileSystem.read(path, limit: 16 << 20) { return (DocumentText(bytes: bytes), nil) }
    return nil
  }

  func uri(of path: String) -> String {
    if path == result.input.path || path == result.input.uri { return result.input.uri }
    return result.input.uris[path] ?? DocumentURI.uri(forPath: path)
  }

  func editBuilder() -> WorkspaceEditBuilder {
    WorkspaceEditBuilder(capabilities: capabilities, encoding: encoding, texts: texts, uriOf: uri)
  }

  /// Whether the client asked for actions of `kind` (`only` lists kinds or their parents).
  static func wants(_ kind: String, only: [String]?) -> Bool {
    guard let only, !only.isEmpty else { return true }
    return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
  }

  /// The actions for `range` (bytes); `context` is what the client sent, echoed back in each action.
  func actions(range: TextRange, context: [JSONAny], only: [String]?, lazyFixAll: Bool) -> [CodeAction] {
    var actions: [CodeAction] = []
    let selected = result.diagnostics.indices.filter { index in
      let diagnostic = result.diagnostics[index]
      if diagnostic.range.start <= range.end && range.start <= diagnostic.range.end { return true }
      return context.contains { matches($0, index) }
    }
    if CodeActionBuilder.wants(CodeActionBuilder.quickFixKind, only: only) {
      for index in selected {
        if let action = quickFix(index, context: context) { actions.append(action) }
      }
      var ignored = Set<String>()
      for index in selected {
        let diagnostic = result.diagnostics[index]
        guard let file = result.file else { continue }
        let key = "\(diagnostic.code):\(file.line(of: diagnostic.range.start))"
        guard ignored.insert(key).inserted, let action = ignoreAction(index, context: context) else { continue }
        actions.append(action)
      }
    }
    if CodeActionBuilder.wants(CodeActionBuilder.fixAllKind, only: only),
      result.diagnostics.contains(where: { $0.fix?.applicability == .safe && $0.fix?.createsFiles == false }) {
      if lazyFixAll {
        actions.append(CodeAction(
          title: CodeActionBuilder.fixAllTitle, kind: CodeActionBuilder.fixAllKind, data: actionData(kind: "fixAll", index: nil)))
      } else if let action = fixAll() {
        actions.append(action)
      }
    }
    return actions
  }

  static let fixAllTitle = "Fix all iaclsp findings with safe fixes"

  /// Whether a diagnostic the client sent is the one at `index`.
  func matches(_ sent: JSONAny, _ index: Int) -> Bool {
    let diagnostic = result.diagnostics[index]
    let data = sent["data"]
    if let start = data["start"].intValue, let end = data["end"].intValue, let code = data["code"].stringValue {
      return start == diagnostic.range.start && end == diagnostic.range.end && code == diagnostic.code
    }
    return false
  }

  func echo(_ index: Int, context: [JSONAny]) -> [JSONAny] {
    if let sent = context.first(where: { matches($0, index) }) { return [sent] }
    return [JSONAny(encoding: result.lspDiagnostics[index])]
  }

  func actionData(kind: String, index: Int?) -> JSONAny {
    var data: [String: JSONAny] = ["kind": .string(kind), "uri": .string(result.input.uri)]
    if let version = result.input.version { data["version"] = .int(version) }
    if let index {
      let diagnostic = result.diagnostics[index]
      data["code"] = .string(diagnostic.code)
      data["start"] = .int(diagnostic.range.start)
      data["end"] = .int(diagnostic.range.end)
    }
    return .object(data)
  }

  /// The quick fix of the diagnostic at `index`, or nil when it has none the client can apply (a fix that creates
  /// a file needs `CreateFile` support).
  func quickFix(_ index: Int, context: [JSONAny]) -> CodeAction? {
    let diagnostic = result.diagnostics[index]
    guard let fix = diagnostic.fix, fix.applicability != .displayOnly, !fix.edits.isEmpty else { return nil }
    var builder = editBuilder()
    do {
      try builder.add(fix, diagnosticPath: diagnostic.path)
    } catch {
      return nil
    }
    let title = fix.applicability == .safe ? fix.title : "\(fix.title) (unsafe: review the change)"
    return CodeAction(
      title: "\(title) (\(diagnostic.code))",
      kind: CodeActionBuilder.quickFixKind,
      diagnostics: echo(index, context: context),
      isPreferred: fix.applicability == .safe,
      edit: builder.edit,
      data: actionData(kind: "quickfix", index: index))
  }

  /// "Ignore IACxxx on this line": adds the code to the line's suppression comment, or adds one.
  func ignoreAction(_ index: Int, context: [JSONAny]) -> CodeAction? {
    guard let file = result.file else { return nil }
    let path = result.input.path ?? result.input.uri
    let diagnostic = result.diagnostics[index]
    guard let edit = SuppressionEditor(file: file).edit(suppressing: diagnostic.code, at: diagnostic.range.start) else {
      return nil
    }
    var builder = editBuilder()
    builder.add(
      TextEdit(range: result.input.text.range(of: edit.range, encoding: encoding), newText: edit.newText),
      path: path, version: result.input.version)
    return CodeAction(
      title: "Ignore \(diagnostic.code) on this line",
      kind: CodeActionBuilder.quickFixKind,
      diagnostics: echo(index, context: context),
      isPreferred: false,
      edit: builder.edit,
      data: actionData(kind: "ignore", index: index))
  }

  /// Every safe fix in the document, applied as the command line's `--fix` applies them, as one edit.
  func fixAll() -> CodeAction? {
    guard let file = result.file else { return nil }
    let path = result.input.path ?? result.input.uri
    let outcome = result.linter.fix(file, context: RuleContext(project: result.project), allowing: [.safe])
    guard outcome.bytes != file.bytes else { return nil }
    let change = CodeActionBuilder.minimalEdit(from: file.bytes, to: outcome.bytes)
    var builder = editBuilder()
    builder.add(
      TextEdit(range: result.input.text.range(of: change.range, encoding: encoding), newText: change.newText),
      path: path, version: result.input.version)
    return CodeAction(
      title: CodeActionBuilder.fixAllTitle,
      kind: CodeActionBuilder.fixAllKind,
      edit: builder.edit,
      data: actionData(kind: "fixAll", index: nil))
  }

  /// One replacement turning `old` into `new`: the bytes between their common prefix and suffix, cut on character
  /// boundaries.
  static func minimalEdit(from old: [UInt8], to new: [UInt8]) -> Edit {
    var prefix = 0
    let limit = min(old.count, new.count)
    while prefix < limit && old[prefix] == new[prefix] { prefix += 1 }
    while prefix > 0 && ((prefix < old.count && old[prefix] & 0xC0 == 0x80) || (prefix < new.count && new[prefix] & 0xC0 == 0x80)) {
      prefix -= 1
    }
    var suffix = 0
    while suffix < limit - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
    while suffix > 0 && (old[old.count - suffix] & 0xC0 == 0x80 || new[new.count - suffix] & 0xC0 == 0x80) { suffix -= 1 }
    let range = TextRange(start: prefix, end: old.count - suffix)
    let text = String(decoding: new[prefix..<(new.count - suffix)], as: UTF8.self)
    return Edit(range: range, newText: text)
  }

  /// The action with its edit filled in, or nil when it no longer applies.
  func resolve(_ action: CodeAction) -> CodeAction? {
    let data = action.data ?? .null
    switch data["kind"].stringValue {
    case "fixAll":
      return fixAll()
    case "quickfix", "ignore":
      guard let index = result.diagnostics.indices.first(where: { index in
        let diagnostic = result.diagnostics[index]
        return diagnostic.code == data["code"].stringValue && diagnostic.range.start == data["start"].intValue
          && diagnostic.range.end == data["end"].intValue
      }) else { return nil }
      let sent = action.diagnostics ?? []
      return data["kind"].stringValue == "ignore" ? ignoreAction(index, context: sent) : quickFix(index, context: sent)
    default:
      return nil
    }
  }
}

extension JSONAny {
  /// A value encoded to JSON and read back.
  init<T: Encodable>(encoding value: T) {
    if let data = try? JSONEncoder().encode(value), let json = try? JSONDecoder().decode(JSONAny.self, from: data) {
      self = json
    } else {
      self = .null
    }
  }
}
