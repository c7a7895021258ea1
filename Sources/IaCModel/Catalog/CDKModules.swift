import Foundation
import IaCCatalogData
import IaCSyntax

/// The modules of aws-cdk-lib and the names each exports, from the API catalogue generated out of the package's
/// jsii assembly (`Scripts/generate-api-catalog.py`). Modules are keyed by their Python submodule path without the
/// package: `aws_s3`, `aws_cloudfront.experimental`, and `""` for the core module (`aws_cdk`, `aws-cdk-lib`).
public struct CDKModules: Sendable {
  /// The modules, looked up in the catalogue as asked; nothing is read in advance.
  public static let shared = CDKModules(index: APIPackageIndex.cdk)

  let index: APIPackageIndex

  /// The names each module exports: `exports["aws_s3"]?.contains("Bucket")`.
  public var exports: Exports { Exports(index: index) }
  /// The modules that export each name, in key order: `modulesExporting["LogGroup"]` is `["aws_logs"]`.
  public var modulesExporting: Exporters { Exporters(index: index) }
  /// Every import spelling of every module (`aws_cdk.aws_s3`, `aws-cdk-lib/aws-s3`, `aws-cdk-lib.aws_s3`).
  package var moduleByImport: APIPackageIndex.Imports { index.moduleByImport }

  package init(index: APIPackageIndex) {
    self.index = index
  }

  /// The names modules export, looked up by module key.
  public struct Exports: Sendable {
    let index: APIPackageIndex
    /// The names module `key` exports; nil when there is no such module.
    public subscript(key: String) -> ModuleExports? {
      guard let module = index.modules[key] else { return nil }
      return ModuleExports(index: index, module: module)
    }
  }

  /// The names one module exports: its top-level types and its child submodules (`aws_cloudfront.experimental`,
  /// `aws_s3` from the core).
  public struct ModuleExports: Sendable, Sequence {
    let index: APIPackageIndex
    let module: APIModuleRecord

    /// Whether the module exports `name`.
    public func contains(_ name: String) -> Bool {
      if name.isEmpty || name.contains(".") { return false }
      if index.typeOffset(name, in: module.typeRange) != nil { return true }
      return index.modulePosition(module.key.isEmpty ? name : module.key + "." + name) != nil
    }

    /// Every exported name: types first, then child submodules.
    public func makeIterator() -> IndexingIterator<[String]> {
      var names = index.typeNames(of: module).filter { !$0.contains(".") }
      let prefix = module.key.isEmpty ? "" : module.key + "."
      for key in index.modules.keys where key.hasPrefix(prefix) && key.count > prefix.count {
        let child = key.dropFirst(prefix.count)
        if !child.contains(".") { names.append(String(child)) }
      }
      return names.makeIterator()
    }
  }

  /// The modules that export a name.
  public struct Exporters: Sendable {
    let index: APIPackageIndex
    /// The keys of the modules that export `name`, sorted; nil when none does.
    public subscript(name: String) -> [String]? {
      let found = index.modulesExporting(name)
      return found.isEmpty ? nil : found
    }
  }

  /// The version of aws-cdk-lib the catalogue describes.
  public static var version: String { APICatalogTable.cdk.version }

  /// Whether `module` is a known module key.
  public func isModule(_ module: String) -> Bool { index.modulePosition(module) != nil }

  /// The module key for a qualified import name, or nil when it is not an aws-cdk-lib module:
  /// `aws_cdk.aws_s3` and `aws-cdk-lib/aws-s3` and `aws-cdk-lib.aws_s3` give `aws_s3`; `aws_cdk` gives `""`.
  public func module(forImport qualified: String) -> String? {
    moduleByImport[qualified]
  }

  /// The Python module path of a module key: `aws_cdk.aws_s3`.
  public func pythonModule(_ module: String) -> String {
    module.isEmpty ? "aws_cdk" : "aws_cdk." + module
  }

  /// The TypeScript import path of a module key: `aws-cdk-lib/aws-s3`.
  public func typeScriptPath(_ module: String) -> String {
    module.isEmpty
      ? "aws-cdk-lib" : "aws-cdk-lib/" + module.replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: ".", with: "/")
  }

  /// Aliases the CDK documentation and `cdk init` use, where stripping `aws_` is not the custom.
  package static let customaryAliases: [String: String] = [
    "": "cdk",
    "aws_cloudfront_origins": "origins",
    "aws_elasticloadbalancingv2": "elbv2",
    "aws_certificatemanager": "acm",
    "aws_stepfunctions": "sfn",
    "aws_stepfunctions_tasks": "tasks",
    "aws_s3_notifications": "s3n",
    "aws_s3_deployment": "s3deploy",
    "aws_sns_subscriptions": "subscriptions",
    "aws_applicationautoscaling": "appscaling",
    "aws_apigatewayv2_integrations": "integrations",
  ]

  /// Aliases people write for a module other than its customary one. Ambiguous aliases (`targets`) are absent.
  package static let aliasSpellings: [String: String] = [
    "cdk": "",
    "core": "",
    "origins": "aws_cloudfront_origins",
    "cloudfront_origins": "aws_cloudfront_origins",
    "elbv2": "aws_elasticloadbalancingv2",
    "elb": "aws_elasticloadbalancingv2",
    "acm": "aws_certificatemanager",
    "sfn": "aws_stepfunctions",
    "tasks": "aws_stepfunctions_tasks",
    "sfn_tasks": "aws_stepfunctions_tasks",
    "s3n": "aws_s3_notifications",
    "s3deploy": "aws_s3_deployment",
    "s3_deployment": "aws_s3_deployment",
    "subs": "aws_sns_subscriptions",
    "subscriptions": "aws_sns_subscriptions",
    "sns_subs": "aws_sns_subscriptions",
    "cw_actions": "aws_cloudwatch_actions",
    "cwactions": "aws_cloudwatch_actions",
    "cloudwatch_actions": "aws_cloudwatch_actions",
    "cw": "aws_cloudwatch",
    "apigw": "aws_apigateway",
    "apigwv2": "aws_apigatewayv2",
    "appscaling": "aws_applicationautoscaling",
    "events_targets": "aws_events_targets",
    "route53_targets": "aws_route53_targets",
    "r53": "aws_route53",
    "ddb": "aws_dynamodb",
    "lambda_nodejs": "aws_lambda_nodejs",
    "lambda_python": "aws_lambda_python",
  ]

  package static let pythonKeywords: Set<String> = [
    "lambda", "return", "import", "from", "class", "def", "for", "while", "if", "else", "in", "is", "not", "and", "or",
    "global", "with", "as", "pass", "try", "except", "raise", "del", "yield", "assert", "async", "await", "finally",
  ]

  /// The alias to use for `module` when a fix must import it: `s3`, `lambda_` (Python) or `lambda` (TypeScript),
  /// `origins`, `cloudwatch_actions` (Python) or `cloudwatchActions` (TypeScript).
  public func customaryAlias(_ module: String, language: Language) -> String {
    if let alias = CDKModules.customaryAliases[module] { return alias }
    var base = module.split(separator: ".").last.map(String.init) ?? module
    if base.hasPrefix("aws_") { base.removeFirst(4) }
    switch language {
    case .python:
      return CDKModules.pythonKeywords.contains(base) ? base + "_" : base
    case .typescript:
      let pieces = base.split(separator: "_")
      return pieces.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }.joined()
    }
  }

  /// The module an unbound alias most likely names (`cloudwatch_actions` → `aws_cloudwatch_actions`,
  /// `lambda_` → `aws_lambda`, `cloudwatchActions` → `aws_cloudwatch_actions`); nil when unknown or ambiguous.
  public func module(forAlias alias: String) -> String? {
    if let module = CDKModules.aliasSpellings[alias] { return module }
    var base = alias
    while base.hasSuffix("_") { base.removeLast() }
    while base.hasPrefix("_") { base.removeFirst() }
    // camelCase → snake_case
    var snake = ""
    for character in base {
      if character.isUppercase {
        snake += "_" + character.lowercased()
      } else {
        snake.append(character)
      }
    }
    for candidate in [base, snake] where !candidate.isEmpty {
      if let module = CDKModules.aliasSpellings[candidate] { return module }
      if isModule("aws_" + candidate) { return "aws_" + candidate }
    }
    return nil
  }
}
