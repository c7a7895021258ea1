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
    nonTriggeringExamples: ReservedDomainRule.nonTriggering
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

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !file.frameworks.isEmpty, !file.isTestFile else { return }
    let reader = ValueReader(file)
    var reported = Set<Int>()
    var components: [(Call, Reference)] = []
    for call in file.calls {
      guard let callee = call.callee else { continue }
      if reader.hasHiddenArguments(call) { continue }
      guard let inputs = resourceInputs(callee, call: call, in: file, reader: reader) else {
        if isComponent(callee, in: file, reader: reader) { components.append((call, callee)) }
        continue
      }
      for (names, use, isList) in inputs {
        guard let argument = reader.argument(call, names) else { continue }
        let values = isList ? (reader.elements(argument.valueTokens) ?? []) : [argument.valueTokens]
        for value in values {
          report(value, use: use, reader: reader, reported: &reported, into: &diagnostics)
        }
      }
    }
    // Components of the project's own, after the resources, so a name both uses is reported as the resource's.
    for (call, _) in components {
      for argument in call.arguments + call.properties {
        guard let label = argument.label?.name, Self.componentInputs.contains(label) else { continue }
        report(argument.valueTokens, use: .component(label), reader: reader, reported: &reported, into: &diagnostics)
      }
    }
  }

  func report(_ tokens: Range<Int>, use: Use, reader: ValueReader, reported: inout Set<Int>, into diagnostics: inout [Diagnostic]) {
    let file = reader.file
    for template in reader.stringTemplates(tokens) {
      guard let reserved = Self.reservedName(template), reported.insert(template.range.start).inserted else { continue }
      let shown = template.display(for: file.language)
      var diagnostic: Diagnostic
      switch use {
      case .zone:
        diagnostic = Self.description.diagnostic(path: file.path, range: template.range,
          message: "`\(shown)` is under the reserved domain `\(reserved)`: Route 53 refuses to create a public hosted zone for it")
      case .record:
        diagnostic = Self.description.diagnostic(path: file.path, range: template.range,
          message: "`\(shown)` is under the reserved domain `\(reserved)`: no hosted zone you own can hold a record for it")
      case .certificate:
        diagnostic = Self.description.diagnostic(path: file.path, range: template.range,
          message: "`\(shown)` is under the reserved domain `\(reserved)`: ACM can never validate a certificate for it")
      case .component(let input):
        diagnostic = Self.description.diagnostic(path: file.path, range: template.range,
          message: "`\(input)` receives `\(shown)`, which is under the reserved domain `\(reserved)`: hosted zones, records and certificates for it fail")
        diagnostic.severity = .warning
      }
      diagnostics.append(diagnostic)
    }
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

  /// The inputs of a resource that take domain names: (names, use, whether the input is a list). Nil when the
  /// call creates no zone, record or certificate.
  func resourceInputs(_ callee: Reference, call: Call, in file: SourceFile, reader: ValueReader) -> [([String], Use, Bool)]? {
    let name = callee.last.name
    if let symbol = file.cdkSymbol(of: callee) {
      guard symbol.members == [name] else { return nil }
      switch (symbol.module, name) {
      case ("aws_route53", "PublicHostedZone"), ("aws_route53", "HostedZone"):
        return [(["zone_name", "zoneName"], .zone, false)]
      case ("aws_route53", "CfnHostedZone"):
        guard reader.argument(call, ["vpcs"]) == nil else { return [] }
        return [(["name"], .zone, false)]
      case ("aws_route53", "CfnRecordSet"):
        return [(["name"], .record, false)]
      case ("aws_route53", _) where name.hasSuffix("Record") || name == "RecordSet":
        return [(["record_name", "recordName"], .record, false)]
      case ("aws_certificatemanager", "Certificate"), ("aws_certificatemanager", "DnsValidatedCertificate"),
        ("aws_certificatemanager", "CfnCertificate"):
        return [
          (["domain_name", "domainName"], .certificate, false),
          (["subject_alternative_names", "subjectAlternativeNames"], .certificate, true),
        ]
      default:
        return nil
      }
    }
    if let type = reader.pulumiAWSType(callee) {
      switch type {
      case "route53.Zone":
        guard reader.argument(call, ["vpcs"]) == nil else { return [] }
        return [(["name"], .zone, false)]
      case "route53.Record":
        return [(["name"], .record, false)]
      case "acm.Certificate":
        return [
          (["domain_name", "domainName"], .certificate, false),
          (["subject_alternative_names", "subjectAlternativeNames"], .certificate, true),
        ]
      default:
        return nil
      }
    }
    if reader.cdktfAWSType(callee) != nil {
      switch name {
      case "Route53Zone":
        guard reader.argument(call, ["vpc"]) == nil else { return [] }
        return [(["name"], .zone, false)]
      case "Route53Record":
        return [(["name"], .record, false)]
      case "AcmCertificate":
        return [
          (["domainName"], .certificate, false),
          (["subjectAlternativeNames"], .certificate, true),
        ]
      default:
        return nil
      }
    }
    return nil
  }

  /// A class of the project's own being constructed (`Route53Stack(...)`): capitalised, and resolving to no
  /// framework module.
  func isComponent(_ callee: Reference, in file: SourceFile, reader: ValueReader) -> Bool {
    guard callee.last.name.unicodeScalars.first?.properties.isUppercase == true else { return false }
    if let qualified = file.qualifiedName(of: callee), Framework(module: qualified) != nil
      || qualified.hasPrefix("pulumi") || qualified.hasPrefix("aws_cdk") || qualified.hasPrefix("aws-cdk-lib")
      || qualified.hasPrefix("@") || qualified.hasPrefix("cdktf") {
      return false
    }
    return true
  }
}
