import Foundation
import IaCModel
import IaCRules
import IaCSyntax

/// Finds the configuration that applies to a file: the nearest `iaclsp.toml` (or `.iaclsp.toml`, or a
/// `pyproject.toml` with a `[tool.iaclsp]` table) in the file's directory or above it. Results are cached per
/// directory; the loader is safe to use from several threads.
public final class ConfigurationLoader: @unchecked Sendable {
  let lock = NSLock()
  var byDirectory: [String: Result<Configuration?, ConfigurationError>] = [:]
  let registry: RuleRegistry

  public init(registry: RuleRegistry = .shared) {
    self.registry = registry
  }

  /// The configuration for the file at `path` (a display path), nil when none applies, or the error of the
  /// nearest configuration file when it is malformed.
  public func configuration(forFile path: String) throws(ConfigurationError) -> Configuration? {
    let absolute = ProjectModel.absolute(path)
    guard let directory = ProjectModel.parent(of: absolute) else { return nil }
    return try configuration(inOrAbove: directory)
  }

  /// The configuration found in `directory` (absolute) or its nearest ancestor.
  public func configuration(inOrAbove directory: String) throws(ConfigurationError) -> Configuration? {
    var chain: [String] = []
    var current: String? = directory
    var found: Result<Configuration?, ConfigurationError> = .success(nil)
    while let candidate = current {
      if let cached = cached(candidate) {
        found = cached
        break
      }
      chain.append(candidate)
      if let result = load(in: candidate) {
        found = result
        break
      }
      current = ProjectModel.parent(of: candidate)
    }
    lock.lock()
    for directory in chain { byDirectory[directory] = found }
    lock.unlock()
    return try found.get()
  }

  func cached(_ directory: String) -> Result<Configuration?, ConfigurationError>? {
    lock.lock()
    defer { lock.unlock() }
    return byDirectory[directory]
  }

  /// The result of reading a configuration file in `directory`, or nil when it holds none.
  func load(in directory: String) -> Result<Configuration?, ConfigurationError>? {
    let display = Discovery.displayPath(directory)
    for name in ["iaclsp.toml", ".iaclsp.toml"] {
      let path = ProjectSnapshot.join(directory, name)
      guard FileSystem.exists(path) else { continue }
      return read(path, display: ProjectSnapshot.join(display, name), directory: display, table: nil)
    }
    let pyproject = ProjectSnapshot.join(directory, "pyproject.toml")
    if FileSystem.exists(pyproject) {
      let result = read(pyproject, display: ProjectSnapshot.join(display, "pyproject.toml"), directory: display, table: ["tool", "iaclsp"])
      if case .success(nil) = result { return nil }
      return result
    }
    return nil
  }

  func read(_ path: String, display: String, directory: String, table: [String]?) -> Result<Configuration?, ConfigurationError> {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path, limit: 1 << 20)
    } catch {
      return .failure(ConfigurationError(path: display, line: nil, message: "cannot read: \(error.reason)"))
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(ConfigurationError(path: display, line: nil, message: "not valid UTF-8"))
    }
    do {
      return .success(try Configuration.parse(text, path: display, directory: directory, table: table, registry: registry))
    } catch {
      return .failure(error)
    }
  }
}
