import IaCModel
import IaCSyntax

/// IAC204: a hosted zone, DNS record or certificate for a reserved domain name (`example.com`, `.test`, ...).
public struct ReservedDomainRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC204",
    name: "reserved-domain",
    summary: "A hosted zone, DNS record or certificate uses a reserved domain name such as `example.com`",
    severity: .error,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DomainNameFormat.html",
    documentation: ReservedDomainRule.documentation,
    triggeringExamples: ReservedDomainRule.triggering,
    nonTriggeringExamples: ReservedDomainRule.nonTriggering,
    resourceTypes: [
      "aws-cdk-lib.aws_route53.*", "aws-cdk-lib.aws_certificatemanager.*", "aws:route53/*", "aws:acm/*",
      "@cdktf/provider-aws.route53Zone.*", "@cdktf/provider-aws.route53Record.*", "@cdktf/provider-aws.acmCertificate.*",
    ],
    testFiles: .exclude
  )

  /// What a domain name is used for; the message says why it fails there.
  enum Use {
    case zone
    case record
    case certificate
    /// A domain passed to a component of the project's own (`Route53Stack(domain=...)`).
    case component(String)
  }

  static let reservedDomains = ["example.com", "example.net", "example.org"]
  static let reservedTopLevel = ["test", "example", "invalid", "localhost"]

  static let componentInputs: Set<String> = [
    "domain", "domain_name", "domainName", "zone_name", "zoneName", "hosted_zone_name", "hostedZoneName",
    "root_domain", "rootDomain", "base_domain", "baseDomain",
  ]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.hasHiddenProps else { return }
    for (name, use) in Self.domainInputs(of: resource) {
      for value in Self.names(resource, name) {
        guard let reserved = Self.reservedName(value) else { continue }
        // A name several resources share is reported once, at the first.
        let earlier = model.resources[..<resource.index].contains { other in
          !other.hasHiddenProps && Self.domainInputs(of: other).contains { input in
            Self.names(other, input.name).contains { $0.resolvedTokens == value.resolvedTokens }
          }
        }
        if earlier { continue }
        report(value, reserved: reserved, use: use, file: model.file, into: &diagnostics)
      }
    }
  }

  /// Domains passed to components of the project's own (`Route53Stack(domain=...)`), unless a resource of the
  /// file uses the same name (then it is reported there).
  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    var usedByResources = Set<Int>()
    for resource in model.resources where !resource.hasHiddenProps {
      for (name, _) in Self.domainInputs(of: resource) {
        for value in Self.names(resource, name) { usedByResources.insert(value.resolvedTokens.lowerBound) }
      }
    }
    var reported = Set<Int>()
    for (index, call) in file.calls.enumerated() {
      // Most calls pass no domain input: look for one before resolving the callee.
      let passesDomain = { (argument: Argument) in argument.label.map { Self.componentInputs.contains($0.name) } ?? false }
      guard call.arguments.contains(where: passesDomain) || call.properties.contains(where: passesDomain),
        model.resource(createdBy: index) == nil, let callee = call.callee, isComponent(callee, in: file), !call.arguments.contains(where: \.isSpread) else { continue }
      for argument in call.arguments + call.properties {
        guard let label = argument.label?.name, Self.componentInputs.contains(label) else { continue }
        let value = model.value(of: argument)
        guard let reserved = Self.reservedName(value), !usedByResources.contains(value.resolvedTokens.lowerBound),
          reported.insert(value.resolvedTokens.lowerBound).inserted else { continue }
        report(value, reserved: reserved, use: .component(label), file: file, into: &diagnostics)
      }
    }
  }

  /// The names a resource's prop holds: its string value, or each string of a list.
  static func names(_ resource: Resource, _ prop: String) -> [Value] {
    guard let value = resource.prop(prop)?.value else { return [] }
    return value.elements ?? [value]
  }

  func report(_ value: Value, reserved: String, use: Use, file: SourceFile, into diagnostics: inout [Diagnostic]) {
    guard let template = value.template else { return }
    let range = file.byteRange(tokens: value.resolvedTokens) ?? value.range
    let shown = template.display(for: file.language)
    var diagnostic: Diagnostic
    switch use {
    case .zone:
      diagnostic = Self.description.diagnostic(path: file.path, range: range,
        message: "`\(shown)` is under the reserved domain `\(reserved)`: Route 53 refuses to create a public hosted zone for it")
    case .record:
      diagnostic = Self.description.diagnostic(path: file.path, range: range,
        message: "`\(shown)` is under the reserved domain `\(reserved)`: no hosted zone you own can hold a record for it")
    case .certificate:
      diagnostic = Self.description.diagnostic(path: file.path, range: range,
        message: "`\(shown)` is under the reserved domain `\(reserved)`: ACM can never validate a certificate for it")
    case .component(let input):
      diagnostic = Self.description.diagnostic(path: file.path, range: range,
        message: "`\(input)` receives `\(shown)`, which is under the reserved domain `\(reserved)`: hosted zones, records and certificates for it fail")
      diagnostic.severity = .warning
    }
    diagnostics.append(diagnostic)
  }

  static func reservedName(_ value: Value) -> String? {
    value.template.flatMap(reservedName)
  }

  /// The reserved domain a name falls under (`example.com`, `.test`), or nil. With interpolations, only the
  /// literal text after the last one is judged, and it must start a label (`{env}.example.com`).
  static func reservedName(_ template: StringTemplate) -> String? {
    var name = (template.hasExpressions ? template.trailingText : template.literalText).lowercased()
    while name.hasSuffix(".") { name.removeLast() }
    guard !name.isEmpty, !name.contains(" "), !name.contains("/") else { return nil }
    let isWhole = !template.hasExpressions
    for domain in reservedDomains {
      if name.hasSuffix("." + domain) || (isWhole && (name == domain || name == "*." + domain)) { return domain }
    }
    for label in reservedTopLevel where name.hasSuffix("." + label) {
      return "." + label
    }
    return nil
  }

  /// The props of a resource that take domain names, and what each is for: the public hosted zones, DNS records
  /// and certificates of AWS CDK, Pulumi and CDK for Terraform. A private zone (`vpcs`, `vpc`) may use any name.
  static func domainInputs(of resource: Resource) -> [(name: String, use: Use)] {
    let type = resource.type
    let certificate: [(name: String, use: Use)] = [("domainName", .certificate), ("subjectAlternativeNames", .certificate)]
    switch (type.framework, type.module, type.name) {
    case (.cdk, "aws_route53", "PublicHostedZone"), (.cdk, "aws_route53", "HostedZone"):
      return [("zoneName", .zone)]
    case (.cdk, "aws_route53", "CfnHostedZone"):
      return resource.isSet("vpcs") ? [] : [("name", .zone)]
    case (.cdk, "aws_route53", "CfnRecordSet"):
      return [("name", .record)]
    case (.cdk, "aws_route53", let name) where name.hasSuffix("Record") || name == "RecordSet":
      return [("recordName", .record)]
    case (.cdk, "aws_certificatemanager", "Certificate"), (.cdk, "aws_certificatemanager", "DnsValidatedCertificate"),
      (.cdk, "aws_certificatemanager", "CfnCertificate"), (.pulumi, "acm", "Certificate"),
      (.cdktf, "acmCertificate", "AcmCertificate"):
      return certificate
    case (.pulumi, "route53", "Zone"):
      return resource.isSet("vpcs") ? [] : [("name", .zone)]
    case (.pulumi, "route53", "Record"), (.cdktf, "route53Record", "Route53Record"):
      return [("name", .record)]
    case (.cdktf, "route53Zone", "Route53Zone"):
      return resource.isSet("vpc") ? [] : [("name", .zone)]
    default:
      return []
    }
  }

  /// A class of the project's own being constructed (`Route53Stack(...)`): capitalised, and resolving to no
  /// framework module.
  func isComponent(_ callee: Reference, in file: SourceFile) -> Bool {
    let name = callee.last.name
    guard let first = name.utf8.first,
      first < 0x80 ? Casing.isUpper(first) : name.unicodeScalars.first?.properties.isUppercase == true
    else { return false }
    if let qualified = file.qualifiedName(of: callee), Framework(module: qualified) != nil
      || qualified.hasPrefix("pulumi") || qualified.hasPrefix("aws_cdk") || qualified.hasPrefix("aws-cdk-lib")
      || qualified.hasPrefix("@") || qualified.hasPrefix("cdktf") {
      return false
    }
    return true
  }
}
