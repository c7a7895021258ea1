import IaCModel
import IaCSyntax

/// IAC103: a name used as a CDK module alias that nothing in the file imports or defines.
public struct UndefinedModuleAliasRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC103",
    name: "undefined-module-alias",
    summary: "A CDK module alias is used but never imported",
    severity: .error,
    frameworks: [.cdk],
    fixAvailability: .always,
    url: "https://docs.aws.amazon.com/cdk/v2/guide/work-with-cdk-python.html",
    documentation: UndefinedModuleAliasRule.documentation,
    triggeringExamples: UndefinedModuleAliasRule.triggering,
    nonTriggeringExamples: UndefinedModuleAliasRule.nonTriggering,
    corrections: UndefinedModuleAliasRule.corrections
  )

  /// Names that exist without an import.
  static let globals: Set<String> = [
    // Python
    "self", "cls", "super", "os", "sys", "__name__", "__file__",
    // JavaScript and Node.js
    "this", "console", "process", "JSON", "Math", "Object", "Array", "Promise", "Date", "Number", "String", "Symbol",
    "Error", "Reflect", "module", "exports", "require", "window", "globalThis", "Buffer", "__dirname", "__filename",
    "jest", "expect", "describe", "test", "it",
  ]

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !model.isCDKv1 else { return }
    let modules = CDKModules.shared
    var seen = Set<Int>()
    for reference in file.references + file.calls.compactMap(\.callee) where reference.parts.count >= 2 {
      guard !reference.hasReceiverExpression, seen.insert(reference.parts[0].range.start).inserted else { continue }
      let alias = reference.parts[0].name
      guard !file.boundNames.contains(alias), !Self.globals.contains(alias),
        let module = modules.module(forAlias: alias),
        modules.exports[module]?.contains(reference.parts[1].name) == true else { continue }
      let moduleName = file.language == .python ? modules.pythonModule(module) : modules.typeScriptPath(module)
      let edits = ImportEditor(file).edits(importingModule: module, as: alias)
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: reference.parts[0].range,
        message: "`\(alias)` is not defined; it looks like an alias of `\(moduleName)`, which is not imported",
        fix: edits.isEmpty ? nil : Fix(title: "Import `\(moduleName)` as `\(alias)`", applicability: .safe, edits: edits)
      ))
    }
  }
}
