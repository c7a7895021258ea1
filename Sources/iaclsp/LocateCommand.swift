import Foundation
import ArgumentParser
import IaCLinter
import IaCModel
import IaCSyntax

/// `iaclsp locate QUERY [PATH...]`: from a construct path, a CloudFormation logical id or a Pulumi URN or resource
/// name back to the line of source that creates it.
struct LocateCommand: ParsableCommand, StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "iaclsp locate",
    abstract: "Finds the line that creates a construct path, CloudFormation logical id, or Pulumi URN or resource name.",
    discussion: """
      QUERY is a construct path (`Stack/Api/Handler/ServiceRole/DefaultPolicy/Resource`; trailing `Resource` and \
      `Default` are dropped, and a path below what the source creates resolves to the deepest construct it does \
      create), a logical id from a template or a CloudFormation event (`ApiHandler5E7490E8`), a Pulumi URN, or a \
      construct id or Pulumi resource name. Each match prints as `path:line:col: <construct path> <type>`; the exit \
      status is 0 when something matches and 1 otherwise.
      """
  )

  @ArgumentParser.Argument(help: "A construct path, logical id, Pulumi URN or resource name.")
  var query: String

  @ArgumentParser.Argument(help: "Files and directories to search (default: the current directory).")
  var paths: [String] = []

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  mutating func status() -> Int32 {
    let discovery = Discovery().discover(paths.isEmpty ? ["."] : paths)
    let projects = ProjectModel(discovery: discovery).projects
    var matches: [(node: ConstructTree.Node, text: [UInt8], prefix: [String]?)] = []
    for project in projects {
      var models: [FileModel] = []
      var texts: [String: [UInt8]] = [:]
      for path in project.sourcePaths {
        guard let bytes = try? FileSystem.read(path, limit: 16 << 20) else { continue }
        texts[path] = bytes
        models.append(FileModel(SourceFile(path: path, bytes: bytes)))
      }
      let match = ConstructTree(models: models).locate(query)
      for node in match.nodes { matches.append((node, texts[node.file] ?? [], match.resolvedPrefix)) }
    }
    switch format {
    case .text:
      for (node, text, prefix) in matches {
        let (line, column) = position(node.range.start, in: text)
        var note = ""
        if let prefix { note += " (the deepest construct the source creates on that path is `\(prefix.joined(separator: "/"))`; CDK adds the rest)" }
        if node.isAmbiguous { note += " (one of several candidates)" }
        Output.out("\(node.file):\(line):\(column): \(node.pathText) \(node.type)\(note)\n")
      }
      if matches.isEmpty { Output.error("iaclsp: nothing in the sources matches `\(query)`") }
    case .json:
      let items = matches.map { node, text, _ in
        let (line, column) = position(node.range.start, in: text)
        return JSONText.object([
          ("path", JSONText.string(node.file)),
          ("line", String(line)),
          ("column", String(column)),
          ("construct", JSONText.string(node.pathText)),
          ("type", JSONText.string(node.type)),
        ])
      }
      Output.out(JSONText.array(items) + "\n")
    }
    return matches.isEmpty ? 1 : 0
  }

  /// The 1-based line and character column of an offset.
  func position(_ offset: Int, in bytes: [UInt8]) -> (Int, Int) {
    let table = LineTable(bytes)
    return (table.line(containing: offset) + 1, table.characterColumn(of: offset, in: bytes) + 1)
  }

  func run() throws {}
}
