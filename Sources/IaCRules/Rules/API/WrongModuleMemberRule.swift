import Foundation
import IaCModel
import IaCSyntax

/// IAC102: a member used on a CDK module alias that the module does not export, with the modules that do export it
/// (or the module's own names nearest a typo).
public struct WrongModuleMemberRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC102",
    name: "wrong-module-member",
    summary: "A name is used on a CDK module that does not export it",
    severity: .error,
    frameworks: [.cdk],
    fixAvailability: .sometimes,
    url: "https://docs.aws.amazon.com/cdk/api/v2/python/modules.html",
    documentation: WrongModuleMemberRule.documentation,
    triggeringExamples: WrongModuleMemberRule.triggering,
    nonTriggeringExamples: WrongModuleMemberRule.nonTriggering,
    corrections: WrongModuleMemberRule.corrections
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    // CDK v1 modules export other names than aws-cdk-lib's.
    guard !model.isCDKv1 else { return }
    let modules = CDKModules.shared
    var catalogueApplies: Bool?
    // Aliases reassigned in the file no longer name the module.
    let reassigned = Set(file.assignments.map(\.target))
    var seen = Set<Int>()
    var moduleOfAlias: [String: String?] = [:]
    for reference in file.references + file.calls.compactMap(\.callee) where reference.parts.count >= 2 {
      guard !reference.hasReceiverExpression, seen.insert(reference.parts[0].range.start).inserted else { continue }
      let alias = reference.parts[0].name
      guard !reassigned.contains(alias) else { continue }
      // The same alias and member recur throughout a file: look each up once.
      let module: String?
      if let known = moduleOfAlias[alias] {
        module = known
      } else {
        module = file.cdkModule(ofAlias: alias)
        moduleOfAlias[alias] = module
      }
      guard let module else { continue }
      let member = reference.parts[1].name
      guard ExportMemo.shared.isExported(member, by: module) == false, let exports = modules.exports[module]
      else { continue }
      if catalogueApplies == nil {
        catalogueApplies = LibraryVersions.catalogueApplies(to: .awsCdkLib, pins: LibraryVersions.pins(for: context))
      }
      guard catalogueApplies == true else { return }
      let homes = (modules.modulesExporting[member] ?? []).filter { $0 != module }
      let names = homes.map { displayName(of: $0, language: file.language) }
      let message: String
      if homes.isEmpty {
        // No module exports it: a typo of a name this module has (`s3.Bukcet`). Only type-like names are judged,
        // since TypeScript modules can export values the catalogue does not list.
        guard looksLikeTypeName(member) else { continue }
        let near = NameDistance.nearest(member, in: Array(exports))
        message = "`\(displayName(of: module, language: file.language))` has no member `\(member)`"
          + (near.isEmpty ? "" : "; did you mean " + near.map { "`\($0)`" }.joined(separator: ", ") + "?")
      } else if names.count == 1 {
        message = "`\(displayName(of: module, language: file.language))` has no member `\(member)`; it is in `\(names[0])`"
      } else {
        message = "`\(displayName(of: module, language: file.language))` has no member `\(member)`; did you mean one of "
          + names.map { "`\($0)`" }.joined(separator: ", ") + "?"
      }
      let range = reference.parts[0].range.cover(reference.parts[1].range)
      var diagnostic = Self.description.diagnostic(
        path: file.path,
        range: range,
        message: message,
        fix: homes.count == 1 ? fix(moving: reference, to: homes[0], in: file) : nil
      )
      // The member's own page when the catalogue has it, else the page of its module, in the file's language.
      diagnostic.url = referenceURL(member: member, module: module, homes: homes, language: file.language)
        ?? Self.referenceURL(of: homes.count == 1 ? homes[0] : module, language: file.language)
      diagnostics.append(diagnostic)
    }
  }

  /// Whether each module exports each name, shared by all files: the answer depends on the catalogue alone, and
  /// the same names (`s3.Bucket`) recur in every project.
  final class ExportMemo: @unchecked Sendable {
    static let shared = ExportMemo()

    struct ModuleMember: Hashable {
      var module: String
      var member: String
    }

    /// Bounds the memo in a long-running server; the names of a project fit many times over.
    static let capacity = 20_000
    private let lock = NSLock()
    private var verdicts: [ModuleMember: Bool?] = [:]

    /// Whether `module` exports `member`; nil when there is no such module.
    func isExported(_ member: String, by module: String) -> Bool? {
      let key = ModuleMember(module: module, member: member)
      lock.lock()
      let known = verdicts[key]
      lock.unlock()
      if let known { return known }
      let verdict = CDKModules.shared.exports[module].map { $0.contains(member) }
      lock.lock()
      if verdicts.count >= Self.capacity { verdicts.removeAll(keepingCapacity: true) }
      verdicts[key] = verdict
      lock.unlock()
      return verdict
    }
  }

  /// The API reference page of a module in the file's language.
  static func referenceURL(of module: String, language: Language) -> String {
    switch language {
    case .python:
      return "https://docs.aws.amazon.com/cdk/api/v2/python/" + CDKModules.shared.pythonModule(module) + "/README.html"
    case .typescript:
      return "https://docs.aws.amazon.com/cdk/api/v2/docs/" + (module.isEmpty ? "aws-cdk-lib" : "aws-cdk-lib." + module)
        + "-readme.html"
    }
  }

  /// The reference page in the file's language: the member's page in the one module that has it, else the page of
  /// the module written.
  func referenceURL(member: String, module: String, homes: [String], language: Language) -> String? {
    let target = homes.count == 1 ? homes[0] : module
    let qualified = CDKModules.shared.pythonModule(target) + (homes.count == 1 ? "." + member : "")
    return APICatalog.shared.symbol(qualifiedName: qualified, language: language)?.referenceURL
  }

  /// `Bucket`, `CfnBucket`: an uppercase first letter and a lowercase one later (not `SOME_CONSTANT`).
  func looksLikeTypeName(_ name: String) -> Bool {
    guard let first = name.utf8.first, Casing.isUpper(first) else { return false }
    return name.utf8.contains { Casing.isLower($0) }
  }

  func displayName(of module: String, language: Language) -> String {
    switch language {
    case .python: return CDKModules.shared.pythonModule(module)
    case .typescript: return CDKModules.shared.typeScriptPath(module)
    }
  }

  /// Rewrites the alias to one bound to `target`, importing it when the file does not yet.
  func fix(moving reference: Reference, to target: String, in file: SourceFile) -> Fix? {
    let modules = CDKModules.shared
    var alias = file.alias(ofCDKModule: target)
    var edits: [Edit] = []
    if alias == nil {
      let customary = modules.customaryAlias(target, language: file.language)
      guard !file.boundNames.contains(customary) || file.cdkModule(ofAlias: customary) == target else { return nil }
      alias = customary
      edits += ImportEditor(file).edits(importingModule: target, as: customary)
    }
    guard let alias else { return nil }
    edits.insert(.replace(reference.parts[0].range, with: alias), at: 0)
    let member = reference.parts[1].name
    let source = file.cdkModule(ofAlias: reference.parts[0].name) ?? ""
    return Fix(
      title: "Use `\(alias).\(member)` from `\(displayName(of: target, language: file.language))`",
      applicability: Self.isKnownMove(member: member, from: source, to: target) ? .safe : .unsafe,
      edits: edits)
  }

  /// Names people take from the wrong module by a well-known confusion; moving them is safe. Any other move (a
  /// name two unrelated modules happen to share, such as `appsync.Schema` and `glue.Schema`) needs review.
  static let knownHomes: [String: String] = [
    "LogGroup": "aws_logs", "RetentionDays": "aws_logs", "LogStream": "aws_logs", "MetricFilter": "aws_logs",
    "FilterPattern": "aws_logs", "SubscriptionFilter": "aws_logs",
    "PolicyStatement": "aws_iam", "PolicyDocument": "aws_iam", "Effect": "aws_iam", "Role": "aws_iam",
    "ServicePrincipal": "aws_iam", "ManagedPolicy": "aws_iam", "AnyPrincipal": "aws_iam", "ArnPrincipal": "aws_iam",
    "AccountRootPrincipal": "aws_iam",
    "SubnetType": "aws_ec2", "SubnetSelection": "aws_ec2", "Vpc": "aws_ec2", "Port": "aws_ec2", "Peer": "aws_ec2",
    "SecurityGroup": "aws_ec2",
  ]

  static func isKnownMove(member: String, from source: String, to target: String) -> Bool {
    if target.isEmpty { return true }
    if knownHomes[member] == target { return true }
    // `cloudwatch.SnsAction` → `cloudwatch_actions`, `cloudfront.S3Origin` → `cloudfront_origins`.
    return target.hasPrefix(source + "_") || source.hasPrefix(target + "_")
  }
}
