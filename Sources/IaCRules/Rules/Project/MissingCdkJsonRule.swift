import IaCModel
import IaCSyntax

/// IAC501: a CDK app without `cdk.json` at its root.
public struct MissingCdkJsonRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC501",
    name: "missing-cdk-json",
    summary: "A CDK app has no `cdk.json` at its root",
    severity: .error,
    frameworks: [.cdk],
    scope: .project,
    fixAvailability: .sometimes,
    url: "https://docs.aws.amazon.com/cdk/v2/guide/projects.html",
    documentation: MissingCdkJsonRule.documentation,
    triggeringExamples: MissingCdkJsonRule.triggering,
    nonTriggeringExamples: MissingCdkJsonRule.nonTriggering
  )

  public func check(project: ProjectSnapshot, into diagnostics: inout [Diagnostic]) {
    guard project.markers.isEmpty, !project.isLibrary else { return }
    let apps = project.appCreations.filter { $0.file.usesCDK }
    let stacks = project.stackClasses.filter { $0.file.usesCDK }
    let range: TextRange
    let path: String
    if let app = apps.first {
      path = app.file.path
      range = app.call.callee?.range ?? app.call.range
    } else if let stack = stacks.first {
      path = stack.file.path
      range = stack.declaration.nameRange
    } else {
      return
    }
    let cdkJSON = project.path("cdk.json")
    var fix: Fix?
    if let command = appCommand(project: project, entry: apps.first?.file) {
      let contents = "{\n  \"app\": \"\(command)\"\n}\n"
      fix = Fix(title: "Create `\(cdkJSON)` with `\"app\": \"\(command)\"`", applicability: .unsafe, edits: [.createFile(cdkJSON, contents: contents)])
    }
    diagnostics.append(Self.description.diagnostic(
      path: path,
      range: range,
      message: "This CDK app has no `cdk.json` at its root, so `cdk synth` and `cdk deploy` fail with \"--app is required\"",
      fix: fix
    ))
  }

  /// The `app` command for the entry point, or for the one `missing-app-entrypoint` would create.
  func appCommand(project: ProjectSnapshot, entry: SourceFile?) -> String? {
    let entryPath: String
    let language: Language
    if let entry {
      entryPath = project.relativePath(entry.path)
      language = entry.language
    } else if let planned = project.plannedEntryPoint(), let stack = project.mainStack {
      entryPath = planned.path
      language = stack.file.language
    } else {
      return nil
    }
    switch language {
    case .python: return "python3 \(entryPath)"
    case .typescript: return "npx ts-node --prefer-ts-exts \(entryPath)"
    }
  }
}
