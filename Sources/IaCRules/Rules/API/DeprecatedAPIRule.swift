import IaCModel
import IaCSyntax

/// IAC105: a deprecated class, static method, enum member, constant or prop of aws-cdk-lib, pulumi-aws or the CDKTF
/// AWS provider, as the package itself marks it.
public struct DeprecatedAPIRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC105",
    name: "deprecated-api",
    summary: "A class, static method, enum member, constant or prop the package marks deprecated",
    severity: .warning,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .sometimes,
    url: "https://docs.aws.amazon.com/cdk/api/v2/python/modules.html",
    documentation: DeprecatedAPIRule.documentation,
    triggeringExamples: DeprecatedAPIRule.triggering,
    nonTriggeringExamples: DeprecatedAPIRule.nonTriggering,
    corrections: DeprecatedAPIRule.corrections,
    tags: [.deprecated]
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !file.frameworks.isDisjoint(with: [.cdk, .pulumi, .cdktf]) else { return }
    let catalog = APICatalog.shared
    var pins: DependencyPins?
    func currentPins() -> DependencyPins {
      if let pins { return pins }
      let read = DependencyPins.pins(for: context.project)
      pins = read
      return read
    }
    var reported = Set<Int>()
    let shadowed = APICatalog.shadowedNames(in: file)
    // Names: `lambda_.Runtime.PYTHON_3_7`, `aws.s3.BucketV2`, and callees imported by name (`S3Origin(...)`).
    for reference in file.references + file.calls.compactMap(\.callee) {
      guard !reference.hasReceiverExpression, file.importBindings[reference.parts[0].name] != nil,
        !reported.contains(reference.parts[0].range.start),
        let chain = catalog.resolveChain(reference, in: file, shadowed: shadowed), let type = chain.resolution.type,
        let typePart = chain.typePart else { continue }
      // The type, or else the member, when deprecated: `origins.S3Origin`, `Runtime.PYTHON_3_7`.
      let part: NamePart
      var symbol = chain.resolution
      if !type.deprecatedTypeScript.isEmpty {
        part = reference.parts[typePart]
        symbol.member = nil
      } else if let member = chain.resolution.member, !member.deprecatedTypeScript.isEmpty, let memberPart = chain.memberPart {
        part = reference.parts[memberPart]
      } else {
        continue
      }
      guard reported.insert(part.range.start).inserted else { continue }
      let found = symbol.symbol(language: file.language)
      guard let message = found.deprecation, !coveredElsewhere(found),
        let note = versionNote(found, pins: currentPins()) else { continue }
      var fix: Fix?
      if let replacement = found.replacement, replacement != part.name, found.kind != .resource {
        fix = Fix(title: "Use `\(replacement)`", applicability: .safe, edits: [.replace(part.range, with: replacement)])
      }
      diagnostics.append(diagnostic(found, message: message, note: note, range: part.range, file: file, fix: fix))
    }
    // Keyword arguments and object-literal props of catalogued constructors: `Vpc(cidr=...)`.
    for call in file.calls {
      guard let callee = call.callee, file.importBindings[callee.parts[0].name] != nil,
        let constructor = catalog.constructor(of: call, in: file, shadowed: shadowed) else { continue }
      let present = Set((call.arguments + call.properties).compactMap { $0.label?.name })
      for argument in UnknownPropertyRule.propArguments(of: call, constructor: constructor, in: file) {
        guard let label = argument.label, !reported.contains(label.range.start),
          let prop = constructor.prop(named: label.name), !prop.deprecatedTypeScript.isEmpty else { continue }
        reported.insert(label.range.start)
        let symbol = constructor.symbol(for: prop, language: file.language)
        guard let message = symbol.deprecation, let note = versionNote(symbol, pins: currentPins()) else { continue }
        var fix: Fix?
        if let replacement = symbol.replacement, !present.contains(replacement) {
          fix = Fix(title: "Use `\(replacement)`", applicability: .safe, edits: [.replace(label.range, with: replacement)])
        }
        diagnostics.append(diagnostic(symbol, message: message, note: note, range: label.range, file: file, fix: fix))
      }
    }
  }

  /// IAC101 (deprecated-s3-origin) reports `S3Origin` with its own fix; this rule leaves it alone.
  func coveredElsewhere(_ symbol: APISymbol) -> Bool {
    symbol.package == .awsCdkLib && symbol.kind == .class && symbol.name == "S3Origin"
      && symbol.qualifiedName.hasSuffix("aws_cloudfront_origins.S3Origin")
  }

  /// What the finding says about versions: "" when nothing depends on them, nil when the project pins a version older
  /// than the deprecation (then nothing is reported).
  func versionNote(_ symbol: APISymbol, pins: DependencyPins) -> String? {
    let pin = pins.pins[symbol.package]
    if let since = symbol.deprecatedSince {
      if let pin, let major = pin.major {
        if major < since { return nil }
        return " (deprecated since \(symbol.package.rawValue) \(since); \(pin.source) pins \(pin.version))"
      }
      return " (deprecated since \(symbol.package.rawValue) \(since); no version pinned, assuming \(symbol.packageVersion))"
    }
    if let pin, pin.version != symbol.packageVersion {
      return " (as of \(symbol.package.rawValue) \(symbol.packageVersion); \(pin.source) pins \(pin.version))"
    }
    return ""
  }

  func diagnostic(
    _ symbol: APISymbol, message: String, note: String, range: TextRange, file: SourceFile, fix: Fix?
  ) -> Diagnostic {
    var text = message.trimmingCharacters(in: " ")
    if text.hasSuffix(".") { text.removeLast() }
    var diagnostic = Self.description.diagnostic(
      path: file.path,
      range: range,
      message: "`\(symbol.name)` is deprecated: \(text)\(note)",
      fix: fix
    )
    diagnostic.url = symbol.referenceURL
    return diagnostic
  }
}
