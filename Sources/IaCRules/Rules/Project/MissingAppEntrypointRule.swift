import IaCModel
import IaCSyntax

/// IAC502: the program `cdk.json`, `cdktf.json` or `Pulumi.yaml` runs does not exist, or a CDK project has none.
public struct MissingAppEntrypointRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC502",
    name: "missing-app-entrypoint",
    summary: "The app entry point a project runs does not exist",
    severity: .error,
    frameworks: [.cdk, .cdktf, .pulumi],
    scope: .project,
    fixAvailability: .sometimes,
    url: "https://docs.aws.amazon.com/cdk/v2/guide/apps.html",
    documentation: MissingAppEntrypointRule.documentation,
    triggeringExamples: MissingAppEntrypointRule.triggering,
    nonTriggeringExamples: MissingAppEntrypointRule.nonTriggering
  )

  static let sourceExtensions = [".py", ".ts", ".js", ".mjs", ".cjs", ".mts", ".cts"]

  public func check(project: ProjectSnapshot, into diagnostics: inout [Diagnostic]) {
    var hasAppCommand = false
    for marker in project.markers {
      switch marker.kind {
      case .cdk, .cdktf:
        guard let json = JSONValue.parse(marker.bytes), case .string(let command, let range)? = json["app"] else { continue }
        hasAppCommand = true
        checkAppCommand(command, range: range, marker: marker, project: project, into: &diagnostics)
      case .pulumi:
        checkPulumi(marker, project: project, into: &diagnostics)
      }
    }
    guard !hasAppCommand, project.isComplete, !project.isLibrary, !project.markers.contains(where: { $0.kind == .pulumi }) else { return }
    // No command names an entry point: some file must create the App.
    guard project.appCreations.isEmpty, let stack = project.mainStack else { return }
    let kind = stack.file.usesCDK ? "CDK" : "CDK for Terraform"
    diagnostics.append(Self.description.diagnostic(
      path: stack.file.path,
      range: stack.declaration.nameRange,
      message: "This \(kind) project has no entry point: no file creates an `App`, instantiates `\(stack.declaration.name)` and calls `synth()`",
      fix: createEntryFix(project: project, path: nil)
    ))
  }

  func createEntryFix(project: ProjectSnapshot, path: String?) -> Fix? {
    guard let planned = project.plannedEntryPoint(path: path) else { return nil }
    let full = project.path(planned.path)
    guard !project.fileExists(full) else { return nil }
    return Fix(title: "Create `\(full)`", applicability: .unsafe, edits: [.createFile(full, contents: planned.contents)])
  }

  /// The source file an `app` command runs (`python3 tap.py` → `tap.py`; `cd infra && node bin/app.js` →
  /// `infra/bin/app.js`), or nil when it names none.
  static func entryPoint(of command: String) -> String? {
    let words = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { word -> String in
      var word = String(word)
      if word.hasPrefix("\"") || word.hasPrefix("'") { word.removeFirst() }
      if word.hasSuffix("\"") || word.hasSuffix("'") { word.removeLast() }
      return word
    }
    var directory = ""
    for (index, word) in words.enumerated() {
      if word == "cd", index + 2 < words.count, words[index + 2] == "&&" || words[index + 2] == ";" {
        directory = ProjectSnapshot.join(directory, words[index + 1])
      }
      if word == "-m", index + 1 < words.count {
        return ProjectSnapshot.join(directory, words[index + 1].replacingDots() + ".py")
      }
      if sourceExtensions.contains(where: { word.hasSuffix($0) }) && !word.hasPrefix("-") && !word.contains("://") {
        return ProjectSnapshot.join(directory, word)
      }
    }
    return nil
  }

  /// Sources a missing compiled entry point is built from: `bin/app.js` from `bin/app.ts`, `dist/bin/app.js` from
  /// `bin/app.ts` or `src/bin/app.ts`.
  static func sourceAlternatives(of path: String) -> [String] {
    var alternatives: [String] = []
    for (suffix, replacements) in [(".js", [".ts", ".tsx"]), (".mjs", [".mts", ".ts"]), (".cjs", [".cts", ".ts"])] where path.hasSuffix(suffix) {
      let stem = String(path.dropLast(suffix.count))
      var stems = [stem]
      var components = stem.split(separator: "/").map(String.init)
      if let outDirIndex = components.firstIndex(where: { ["dist", "build", "out", "lib-esm", "cdk.out"].contains($0) }) {
        components.remove(at: outDirIndex)
        let inner = components.joined(separator: "/")
        stems += [inner, "src/" + inner]
      }
      for candidate in stems {
        for replacement in replacements { alternatives.append(candidate + replacement) }
      }
    }
    if path.hasSuffix(".py") { alternatives.append(String(path.dropLast(3)) + "/__main__.py") }
    return alternatives
  }

  func checkAppCommand(
    _ command: String,
    range: TextRange,
    marker: ProjectSnapshot.Marker,
    project: ProjectSnapshot,
    into diagnostics: inout [Diagnostic]
  ) {
    guard let entry = Self.entryPoint(of: command) else { return }
    let full = project.path(entry)
    if project.fileExists(full) { return }
    // `node bin/app.js` is built from `bin/app.ts`; a Python module may be a package.
    if Self.sourceAlternatives(of: entry).contains(where: { project.fileExists(project.path($0)) }) { return }
    let markerName = marker.kind.markerName
    diagnostics.append(Self.description.diagnostic(
      path: marker.path,
      range: range,
      message: "`\(markerName)` runs `\(command)`, but `\(entry)` does not exist beside it",
      fix: createEntryFix(project: project, path: entry)
    ))
  }

  func checkPulumi(_ marker: ProjectSnapshot.Marker, project: ProjectSnapshot, into diagnostics: inout [Diagnostic]) {
    let entries = YAMLScalars.read(marker.bytes)
    guard let runtime = entries["runtime"] else { return }
    let main = entries["main"]
    let base = main.map { project.path($0.value) } ?? project.root
    let range = main?.range ?? runtime.keyRange
    let candidates: [String]
    switch runtime.value {
    case "python":
      candidates = base.hasSuffix(".py") ? [base] : ["__main__.py"].map { ProjectSnapshot.join(base, $0) }
    case "nodejs":
      let isFile = Self.sourceExtensions.contains { base.hasSuffix($0) }
      candidates = isFile ? [base] : ["index.ts", "index.js", "package.json"].map { ProjectSnapshot.join(base, $0) }
    default:
      return
    }
    guard !candidates.contains(where: project.fileExists) else { return }
    // `main: dist/index.js` is compiled from `index.ts`.
    if candidates.count == 1, Self.sourceAlternatives(of: project.relativePath(candidates[0])).contains(where: { project.fileExists(project.path($0)) }) {
      return
    }
    let expected = candidates.map { "`\($0)`" }.joined(separator: " or ")
    diagnostics.append(Self.description.diagnostic(
      path: marker.path,
      range: range,
      message: "This Pulumi project's program is missing: \(expected) does not exist"
    ))
  }
}

extension String {
  func replacingDots() -> String {
    String(map { $0 == "." ? "/" : $0 })
  }
}
