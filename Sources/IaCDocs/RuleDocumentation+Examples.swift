import Foundation
import IaCModel
import IaCRules

extension RuleDocumentation {
  /// The paths an example gets when it does not name one; examples at these paths show no file name.
  static let defaultExamplePaths: Set<String> = ["lib/stack.py", "lib/stack.ts"]

  /// `## <title>` and a code block per example, or nothing when there are no examples.
  static func examplesSection(_ title: String, _ examples: [Example]) -> String {
    guard !examples.isEmpty else { return "" }
    return "\n## \(title)\n" + examples.map { "\n" + exampleBlocks($0) }.joined()
  }

  /// `## Fix examples`: each correction's code before and after fixing, or nothing when there are none.
  static func correctionsSection(_ corrections: [Correction]) -> String {
    guard !corrections.isEmpty else { return "" }
    var section = "\n## Fix examples\n"
    for correction in corrections {
      let before = correction.before
      if !before.files.isEmpty {
        section += "\nBefore (`\(before.path)`, in a project with \(list(before.files.keys.sorted()))):\n"
      } else if !defaultExamplePaths.contains(before.path) {
        section += "\nBefore (`\(before.path)`):\n"
      } else {
        section += "\nBefore:\n"
      }
      section += fenced(before.strippedCode, path: before.path)
      section += extraFiles(of: before)
      section += "\nAfter:\n"
      section += fenced(correction.after, path: before.path)
    }
    return section
  }

  /// The example's main file, named when it is not at a default path or has other project files, then those
  /// files.
  static func exampleBlocks(_ example: Example) -> String {
    var text = ""
    if !example.files.isEmpty {
      text += "`\(example.path)`, in a project with \(list(example.files.keys.sorted())):\n"
    } else if !defaultExamplePaths.contains(example.path) {
      text += "`\(example.path)`:\n"
    }
    text += fenced(example.strippedCode, path: example.path)
    text += extraFiles(of: example)
    return text
  }

  /// The example's other project files, sorted by path.
  static func extraFiles(of example: Example) -> String {
    var text = ""
    for path in example.files.keys.sorted() {
      let code = (example.files[path] ?? "").replacingOccurrences(of: Example.marker, with: "")
      if code.trimmingTrailingNewlines().isEmpty {
        text += "\n`\(path)` in that project is empty.\n"
      } else {
        text += "\n`\(path)` in that project:\n"
        text += fenced(code, path: path)
      }
    }
    return text
  }

  /// Paths as prose: "`a`", "`a` and `b`", "`a`, `b` and `c`".
  static func list(_ paths: [String]) -> String {
    let quoted = paths.map { "`\($0)`" }
    guard quoted.count > 1 else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
  }

  /// `code` in a fenced block tagged with the language of `path`; the fence is longer than any backtick run
  /// in the code.
  static func fenced(_ code: String, path: String) -> String {
    var longestRun = 0
    var run = 0
    for character in code {
      run = character == "`" ? run + 1 : 0
      longestRun = max(longestRun, run)
    }
    let fence = String(repeating: "`", count: max(3, longestRun + 1))
    return "\(fence)\(fenceLanguage(for: path))\n\(code.trimmingTrailingNewlines())\n\(fence)\n"
  }

  /// The info string for a file: `python`, `ts`, `js`, `json`, `yaml`, `toml`, or none.
  static func fenceLanguage(for path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    switch name[name.index(after: dot)...].lowercased() {
    case "py", "pyi": return "python"
    case "ts", "mts", "cts", "tsx": return "ts"
    case "js", "mjs", "cjs", "jsx": return "js"
    case "json": return "json"
    case "yaml", "yml": return "yaml"
    case "toml": return "toml"
    default: return ""
    }
  }
}
