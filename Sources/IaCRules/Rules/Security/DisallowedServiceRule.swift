import IaCModel
import IaCSyntax

/// IAC308: imports of services the configuration forbids.
public struct DisallowedServiceRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC308",
    name: "disallowed-service",
    summary: "A module of a service the configuration forbids is imported",
    severity: .error,
    frameworks: [.cdk],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html",
    documentation: DisallowedServiceRule.documentation,
    triggeringExamples: DisallowedServiceRule.triggering,
    nonTriggeringExamples: DisallowedServiceRule.nonTriggering
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    let disallowed = Set(context.options.disallowedServices.map(Self.moduleKey))
    guard !disallowed.isEmpty else { return }
    for statement in file.imports {
      for specifier in statement.specifiers {
        guard let symbol = SourceFile.cdkSymbol(qualified: specifier.qualifiedName) else { continue }
        // `from aws_cdk import aws_config`, `import aws_cdk.aws_config as config`, `from aws_cdk.aws_config import CfnConfigRule`
        var module = symbol.module
        if module.isEmpty, let first = symbol.members.first { module = first }
        if statement.kind == .pythonImport, specifier.member == nil, let full = CDKModules.shared.module(forImport: statement.module) {
          module = full
        }
        let top = String(module.split(separator: ".").first ?? Substring(module))
        guard disallowed.contains(top) else { continue }
        diagnostics.append(Self.description.diagnostic(
          path: file.path,
          range: specifier.range,
          message: "`\(top)` is a disallowed service in this project (`disallowed-services` in the configuration)"
        ))
      }
    }
  }

  /// `aws_config`, `aws-config` and `config` all name the module key `aws_config`.
  static func moduleKey(_ service: String) -> String {
    var key = service.lowercased().replacingDashes()
    if !key.hasPrefix("aws_") && CDKModules.shared.isModule("aws_" + key) { key = "aws_" + key }
    return key
  }
}

extension String {
  func replacingDashes() -> String {
    String(map { $0 == "-" ? "_" : $0 })
  }
}
