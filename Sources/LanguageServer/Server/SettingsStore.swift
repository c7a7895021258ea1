import Foundation
import IaCLinter
import IaCModel
import IaCRules

/// Chooses the linter for each file: the project's configuration file (`iaclsp.toml`, `[tool.iaclsp]`), read as the
/// command line reads it, with the editor's settings on top. Safe to use from several threads.
///
/// This is the seam where configuration plugs in: the editor layer is ``EditorSettings``, the file layer is
/// `ConfigurationLoader`.
public final class SettingsStore: @unchecked Sendable {
  let lock = NSLock()
  var editor = EditorSettings()
  var loader = ConfigurationLoader()
  var linters: [String: Linter] = [:]
  /// Configuration files that could not be used, reported once each.
  var reportedErrors: Set<String> = []
  /// Unknown rules the editor's settings name, not yet taken by ``takeProblems()``.
  var problems: [String] = []

  public init() {}

  /// Replaces the editor's settings.
  public func update(editor settings: EditorSettings) {
    lock.lock()
    defer { lock.unlock() }
    editor = settings
    linters.removeAll()
  }

  /// Forgets configuration files read so far (one changed on disk).
  public func reloadConfigurationFiles() {
    lock.lock()
    defer { lock.unlock() }
    loader = ConfigurationLoader()
    linters.removeAll()
    reportedErrors.removeAll()
  }

  /// The linter for the file at `path` (nil for a document that is not a file), and the error of a configuration
  /// file that could not be used (then only the editor's settings apply), the first time it is met.
  public func linter(forFile path: String?) -> (Linter, ConfigurationError?) {
    let (linter, error, _) = keyedLinter(forFile: path)
    return (linter, error)
  }

  /// What the editor's settings name that is no rule of the linters made since the last call (the built-in rules
  /// and each configuration's custom rules), to tell the user.
  public func takeProblems() -> [String] {
    lock.lock()
    defer { lock.unlock() }
    let taken = problems
    problems = []
    return taken
  }

  /// ``linter(forFile:)``, with a key that is the same for files checked with the same settings.
  func keyedLinter(forFile path: String?) -> (Linter, ConfigurationError?, String) {
    lock.lock()
    let loader = self.loader
    let editor = self.editor
    lock.unlock()
    var configuration: Configuration?
    var failure: ConfigurationError?
    if let path {
      do {
        configuration = try loader.configuration(forFile: path)
      } catch {
        failure = error
      }
    }
    let key = configuration?.path ?? ""
    lock.lock()
    defer { lock.unlock() }
    if let error = failure, !reportedErrors.insert(error.description).inserted { failure = nil }
    if let linter = linters[key] { return (linter, failure, key) }
    let registry = configuration?.registry ?? .shared
    let editorLayer = editor.linterSettings(in: registry)
    let settings = configuration?.settings(overriding: editorLayer) ?? editorLayer
    let linter = Linter(settings: settings)
    linters[key] = linter
    problems += editor.unknownRules(in: linter.registry, configuration: configuration?.path)
    return (linter, failure, key)
  }
}
