// Prints what the light parser finds in source files, one JSON object per line, so that Scripts/parser-diff can
// compare it with CPython's `ast` and the TypeScript compiler's parser:
//
//   iaclsp-dump-structure FILE...       # or the paths one per line on standard input
//
// Each line: {"path", "imports": ["module|member|alias"], "calls": ["callee|kw1,kw2"], "classes": [...],
// "functions": [...]}. `member` is `-` when the module itself is bound; keywords are sorted.
import Foundation
import IaCSyntax

@main
struct DumpStructure {
  static func facts(_ file: SourceFile) -> [String: Any] {
    var imports: [String] = []
    for statement in file.imports {
      for specifier in statement.specifiers {
        imports.append("\(statement.module)|\(specifier.member ?? "-")|\(specifier.alias)")
      }
    }
    var calls: [String] = []
    for call in file.calls {
      guard let callee = call.callee, !callee.hasReceiverExpression else { continue }
      let keywords = (call.arguments + call.properties).compactMap { $0.isSpread ? nil : $0.label?.name }.sorted()
      calls.append("\(callee.dotted)|\(keywords.joined(separator: ","))")
    }
    return [
      "path": file.path,
      "imports": imports,
      "calls": calls,
      "classes": file.classes.map(\.name),
      "functions": file.functions.map(\.name),
    ]
  }

  static func main() {
    var paths = Array(CommandLine.arguments.dropFirst())
    if paths.isEmpty {
      while let line = readLine() {
        if !line.isEmpty { paths.append(line) }
      }
    }
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path), Language(path: path) != nil else {
        FileHandle.standardError.write(Data("iaclsp-dump-structure: \(path): not a readable Python or TypeScript file\n".utf8))
        continue
      }
      let file = SourceFile(path: path, bytes: Array(data))
      let json = try! JSONSerialization.data(withJSONObject: facts(file), options: [.sortedKeys, .withoutEscapingSlashes])
      print(String(decoding: json, as: UTF8.self))
    }
  }
}
