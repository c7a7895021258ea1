import IaCModel
import IaCRules

/// The rules files a configuration names with `extend-rules = ["policies/*.toml"]`: found relative to the
/// configuration's directory (a `*` or `?` may stand in the file name), read and parsed.
enum CustomRuleFiles {
  static let knownKeys: Set<String> = ["rule", "banned-api"]

  /// The display paths of the files a pattern names, sorted; an error when a pattern without wildcards names no
  /// file.
  static func expand(_ pattern: String, directory: String, configuration: String, line: Int?) throws(ConfigurationError) -> [String] {
    let joined = pattern.hasPrefix("/") ? pattern : ProjectSnapshot.join(directory, pattern)
    let hasWildcard = pattern.contains("*") || pattern.contains("?") || pattern.contains("[")
    guard hasWildcard else {
      guard FileSystem.exists(joined) else {
        throw ConfigurationError(path: configuration, line: line, message: "`extend-rules`: no file `\(pattern)`")
      }
      return [joined]
    }
    let slash = joined.lastIndex(of: "/")
    let parent = slash.map { $0 == joined.startIndex ? "/" : String(joined[..<$0]) } ?? "."
    let namePattern = slash.map { String(joined[joined.index(after: $0)...]) } ?? joined
    guard !parent.contains("*") && !parent.contains("?"), let entries = try? FileSystem.list(parent) else {
      throw ConfigurationError(
        path: configuration, line: line, message: "`extend-rules`: `\(pattern)` must name files of one directory (wildcards in the file name only)")
    }
    return entries.filter { $0.kind == .file && GitIgnore.match(Array(namePattern.utf8), 0, Array($0.name.utf8), 0) }
      .map { ProjectSnapshot.join(parent, $0.name) }.sorted()
  }

  /// The text of a configuration or rules file (at most 1 MiB of UTF-8).
  static func text(ofFile path: String) throws(ConfigurationError) -> String {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path, limit: 1 << 20)
    } catch {
      throw ConfigurationError(path: path, line: nil, message: "cannot read: \(error.reason)")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ConfigurationError(path: path, line: nil, message: "not valid UTF-8")
    }
    return text
  }

  /// The rules and banned APIs of one rules file.
  static func read(_ path: String, builtIn: RuleRegistry, taken: inout [String: String]) throws(ConfigurationError)
    -> (rules: [CustomRuleDefinition], banned: [BannedAPI])
  {
    let text = try text(ofFile: path)
    let document = try Configuration.document(text, path: path)
    let parser = CustomRuleParser(path: path, text: text, prefix: [], builtIn: builtIn)
    for key in document.keys where !knownKeys.contains(key) {
      throw ConfigurationError(
        path: path, line: LineFinder(text: text).line(ofKey: key),
        message: "unknown key `\(key)` in a rules file; known keys: banned-api, rule")
    }
    return (try parser.rules(in: document, taken: &taken), try parser.bannedAPIs(in: document))
  }
}
