import Foundation
import IaCModel
import IaCRules
import IaCSyntax

/// A construct or module a reference in the source names, and where its API reference lives.
public struct ConstructInfo: Sendable, Hashable {
  /// The framework family.
  public enum Family: String, Sendable, Hashable {
    case cdk = "AWS CDK"
    case pulumi = "Pulumi"
    case cdktf = "CDK for Terraform"
  }

  public var family: Family
  /// The fully qualified name (`aws_cdk.aws_s3.Bucket`, `aws-cdk-lib.aws_s3.Bucket`, `aws:s3/bucketV2:BucketV2`,
  /// `resource "aws_kms_key"`).
  public var qualifiedName: String
  /// What it is, in a few words.
  public var detail: String
  public var referenceURL: String
  public var referenceTitle: String
  /// Why it is deprecated and what to use instead, when it is.
  public var deprecation: String?
}

/// Answers what a qualified import name is. This is the seam for a catalogue built from package metadata; the
/// built-in one knows aws-cdk-lib's modules and exports (`CDKModules`), the URL patterns of the CDK, Pulumi and
/// Terraform references, and a few deprecations.
public protocol ConstructCatalogue: Sendable {
  /// What `qualified` (as `SourceFile.qualifiedName(of:)` gives it) names in a file of `language`, or nil.
  func construct(qualified: String, language: Language) -> ConstructInfo?
}

/// The catalogue iaclsp ships with.
public struct BuiltinConstructCatalogue: ConstructCatalogue {
  public init() {}

  /// Deprecated CDK names by module key and member, with the notice.
  static let cdkDeprecations: [String: String] = [
    "aws_cloudfront_origins.S3Origin":
      "`S3Origin` grants CloudFront access through a legacy origin access identity (OAI). Use "
      + "`S3BucketOrigin.with_origin_access_control` (`withOriginAccessControl` in TypeScript), or "
      + "`S3StaticWebsiteOrigin` for a website bucket. iaclsp reports it as IAC101 and can fix it.",
  ]

  /// Deprecated Pulumi resources by package, module and name.
  static let pulumiDeprecations: [String: String] = [
    "aws.s3.BucketV2": "`aws.s3.BucketV2` is deprecated in pulumi-aws v7 in favour of `aws.s3.Bucket`.",
    "aws.s3.BucketVersioningV2":
      "`aws.s3.BucketVersioningV2` is deprecated in pulumi-aws v7 in favour of `aws.s3.BucketVersioning`.",
  ]

  /// Terraform providers published under `hashicorp/`.
  static let hashicorpProviders: Set<String> = [
    "aws", "google", "google-beta", "azurerm", "azuread", "kubernetes", "helm", "random", "null", "archive", "local",
    "tls", "http", "time", "external", "dns", "vault", "consul", "nomad", "cloudinit",
  ]

  public func construct(qualified: String, language: Language) -> ConstructInfo? {
    // The API catalogue built from the packages knows summaries and every deprecation; the patterns below cover
    // names it does not list (modules' READMEs, other providers).
    if let symbol = APICatalog.shared.symbol(qualifiedName: qualified, language: language) {
      let family: ConstructInfo.Family
      switch symbol.package.framework {
      case .cdk: family = .cdk
      case .pulumi: family = .pulumi
      case .cdktf: family = .cdktf
      }
      var detail = "\(symbol.kind.rawValue) in \(symbol.package.rawValue) \(symbol.packageVersion)"
      if let summary = symbol.summary, !summary.isEmpty { detail += ": " + summary }
      var deprecation = symbol.deprecation
      if let since = symbol.deprecatedSince, let message = deprecation { deprecation = message + " (deprecated since version \(since))" }
      return ConstructInfo(
        family: family, qualifiedName: symbol.qualifiedName, detail: detail, referenceURL: symbol.referenceURL,
        referenceTitle: "\(family.rawValue) API reference", deprecation: deprecation)
    }
    if let symbol = SourceFile.cdkSymbol(qualified: qualified) { return cdk(symbol, language: language) }
    if qualified.hasPrefix("@pulumi/") || qualified.hasPrefix("pulumi_") { return pulumi(qualified) }
    if qualified.hasPrefix("@cdktf/provider-") || qualified.hasPrefix("cdktf_cdktf_provider_") { return cdktf(qualified) }
    return nil
  }

  func cdk(_ symbol: CDKSymbol, language: Language) -> ConstructInfo? {
    let modules = CDKModules.shared
    let python = modules.pythonModule(symbol.module)
    let typeScriptModule = symbol.module.isEmpty ? "aws-cdk-lib" : "aws-cdk-lib." + symbol.module
    let title = "AWS CDK \(language == .python ? "Python" : "TypeScript") API reference"
    guard let member = symbol.members.first else {
      let url = language == .python
        ? "https://docs.aws.amazon.com/cdk/api/v2/python/\(python)/README.html"
        : "https://docs.aws.amazon.com/cdk/api/v2/docs/\(typeScriptModule)-readme.html"
      return ConstructInfo(
        family: .cdk, qualifiedName: language == .python ? python : modules.typeScriptPath(symbol.module),
        detail: "aws-cdk-lib module", referenceURL: url, referenceTitle: title, deprecation: nil)
    }
    guard modules.exports[symbol.module]?.contains(member) == true else { return nil }
    let dotted = ([member] + symbol.members.dropFirst()).joined(separator: ".")
    let url = language == .python
      ? "https://docs.aws.amazon.com/cdk/api/v2/python/\(python)/\(member).html"
      : "https://docs.aws.amazon.com/cdk/api/v2/docs/\(typeScriptModule).\(member).html"
    let qualifiedName = language == .python ? "\(python).\(dotted)" : "\(typeScriptModule).\(dotted)"
    return ConstructInfo(
      family: .cdk, qualifiedName: qualifiedName,
      detail: "from `\(language == .python ? python : modules.typeScriptPath(symbol.module))`",
      referenceURL: url, referenceTitle: title,
      deprecation: BuiltinConstructCatalogue.cdkDeprecations["\(symbol.module).\(member)"])
  }

  func pulumi(_ qualified: String) -> ConstructInfo? {
    let rest = qualified.hasPrefix("@pulumi/") ? qualified.dropFirst("@pulumi/".count) : qualified.dropFirst("pulumi_".count)
    var parts = rest.split(separator: ".").map(String.init)
    guard let package = parts.first?.split(separator: "/").first.map(String.init), !package.isEmpty else { return nil }
    parts.removeFirst()
    let base = "https://www.pulumi.com/registry/packages/\(package)/"
    guard let name = parts.last else {
      return ConstructInfo(
        family: .pulumi, qualifiedName: "@pulumi/\(package)", detail: "Pulumi package", referenceURL: base,
        referenceTitle: "Pulumi Registry", deprecation: nil)
    }
    let modulePath = parts.dropLast()
    let dotted = "\(package).\(parts.joined(separator: "."))"
    let url = base + "api-docs/" + modulePath.map { $0.lowercased() + "/" }.joined() + name.lowercased() + "/"
    if name.first?.isLowercase == true {
      return ConstructInfo(
        family: .pulumi, qualifiedName: dotted, detail: "Pulumi module", referenceURL: url,
        referenceTitle: "Pulumi Registry", deprecation: nil)
    }
    let lowerName = name.prefix(1).lowercased() + name.dropFirst()
    let token = "\(package):\(modulePath.isEmpty ? "index" : modulePath.joined(separator: "/"))/\(lowerName):\(name)"
    return ConstructInfo(
      family: .pulumi, qualifiedName: token, detail: "Pulumi resource `\(dotted)`",
      referenceURL: url, referenceTitle: "Pulumi Registry",
      deprecation: BuiltinConstructCatalogue.pulumiDeprecations[dotted])
  }

  func cdktf(_ qualified: String) -> ConstructInfo? {
    let rest = qualified.hasPrefix("@cdktf/provider-")
      ? qualified.dropFirst("@cdktf/provider-".count) : qualified.dropFirst("cdktf_cdktf_provider_".count)
    guard let provider = rest.split(whereSeparator: { $0 == "/" || $0 == "." }).first.map(String.init), !provider.isEmpty,
      let className = rest.split(separator: ".").last.map(String.init), rest.contains("."),
      className.first?.isUppercase == true else { return nil }
    let providerName = provider.replacingOccurrences(of: "_", with: "-")
    let snakeProvider = providerName.replacingOccurrences(of: "-", with: "_")
    let known = BuiltinConstructCatalogue.hashicorpProviders.contains(providerName)
    let providerCamel = providerName.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    let base = known
      ? "https://registry.terraform.io/providers/hashicorp/\(providerName)/latest/docs"
      : "https://registry.terraform.io/search/providers?q=\(providerName)"
    if className == providerCamel + "Provider" {
      return ConstructInfo(
        family: .cdktf, qualifiedName: "provider \"\(snakeProvider)\"", detail: "Terraform provider",
        referenceURL: base, referenceTitle: "Terraform Registry", deprecation: nil)
    }
    let dataPrefix = "Data" + providerCamel
    if className.hasPrefix(dataPrefix) && className.count > dataPrefix.count {
      let name = BuiltinConstructCatalogue.snakeCase(String(className.dropFirst(dataPrefix.count)))
      return ConstructInfo(
        family: .cdktf, qualifiedName: "data \"\(snakeProvider)_\(name)\"", detail: "Terraform data source",
        referenceURL: known ? base + "/data-sources/\(name)" : base, referenceTitle: "Terraform Registry",
        deprecation: nil)
    }
    let name = BuiltinConstructCatalogue.snakeCase(className)
    return ConstructInfo(
      family: .cdktf, qualifiedName: "resource \"\(snakeProvider)_\(name)\"", detail: "Terraform resource",
      referenceURL: known ? base + "/resources/\(name)" : base, referenceTitle: "Terraform Registry",
      deprecation: nil)
  }

  /// `KmsKey` → `kms_key`, `S3Bucket` → `s3_bucket`, `Wafv2WebAcl` → `wafv2_web_acl`.
  static func snakeCase(_ name: String) -> String {
    var result = ""
    let characters = Array(name)
    for (index, character) in characters.enumerated() {
      if character.isUppercase && index > 0 {
        let previous = characters[index - 1]
        let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
        if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) { result.append("_") }
      }
      result.append(contentsOf: character.lowercased())
    }
    return result
  }
}
