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
    tags: [.deprecated],
    resourceTypes: ["*"]
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    var pins: DependencyPins?
    func currentPins() -> DependencyPins {
      if let pins { return pins }
      let read = LibraryVersions.pins(for: context)
      pins = read
      return read
    }
    var reported = Set<Int>()
    // Names: `lambda_.Runtime.PYTHON_3_7`, `aws.s3.BucketV2`, and callees imported by name (`S3Origin(...)`).
    func judge(_ reference: Reference) {
      guard !reference.hasReceiverExpression, file.importBindings[reference.parts[0].name] != nil,
        !reported.contains(reference.parts[0].range.start) else { return }
      guard let chain = model.catalogueChain(of: reference), let type = chain.resolution.type,
        let typePart = chain.typePart else {
        if model.isCDKv1 { retiredRuntime(reference, model: model, reported: &reported, into: &diagnostics) }
        return
      }
      // CDK v1 is not judged with aws-cdk-lib's deprecations, except retired Lambda runtimes: AWS retires them
      // whatever the library version.
      let isRuntime = chain.resolution.package == .awsCdkLib && chain.resolution.module.key == "aws_lambda"
        && type.name == "Runtime"
      if model.isCDKv1 && chain.resolution.package == .awsCdkLib && !isRuntime { return }
      // The type, or else the member, when deprecated: `origins.S3Origin`, `Runtime.PYTHON_3_7`.
      let part: NamePart
      var symbol = chain.resolution
      if !type.deprecatedTypeScript.isEmpty {
        part = reference.parts[typePart]
        symbol.member = nil
      } else if let member = chain.resolution.member, !member.deprecatedTypeScript.isEmpty, let memberPart = chain.memberPart {
        part = reference.parts[memberPart]
      } else {
        return
      }
      guard reported.insert(part.range.start).inserted else { return }
      let found = symbol.symbol(language: file.language)
      guard let message = found.deprecation, !coveredElsewhere(found),
        let note = isRuntime && model.isCDKv1 ? "" : versionNote(found, pins: currentPins(), isRuntime: isRuntime)
      else { return }
      var fix: Fix?
      if let replacement = found.replacement, replacement != part.name, found.kind != .resource {
        fix = Fix(
          title: "Use `\(replacement)`",
          applicability: isSafeReplacement(of: type, found, pins: currentPins()) ? .safe : .unsafe,
          edits: [.replace(part.range, with: replacement)])
      }
      diagnostics.append(diagnostic(found, message: message, note: note, range: part.range, file: file, fix: fix))
    }
    for reference in file.references { judge(reference) }
    for call in file.calls { if let callee = call.callee { judge(callee) } }
    // Props of catalogued constructors that are not resources (resources are judged one by one).
    for (index, call) in file.calls.enumerated() where model.resource(createdBy: index) == nil {
      guard let callee = call.callee, file.importBindings[callee.parts[0].name] != nil,
        let constructor = model.catalogueConstructor(ofCall: index),
        !(model.isCDKv1 && constructor.resolution.package == .awsCdkLib) else { continue }
      let arguments = file.propArguments(of: call, constructor: constructor)
      judgeProps(arguments, present: { Set((call.arguments + call.properties).compactMap { $0.label?.name }) },
        constructor: constructor, file: file, pins: currentPins, into: &diagnostics)
    }
  }

  /// A retired Lambda runtime named through a CDK v1 TypeScript module (`@aws-cdk/aws-lambda`), which the model
  /// resolves to its aws-cdk-lib counterpart.
  func retiredRuntime(_ reference: Reference, model: FileModel, reported: inout Set<Int>, into diagnostics: inout [Diagnostic]) {
    guard reference.parts.count >= 2 else { return }
    let tokens = reference.parts[0].token..<(reference.last.token + 1)
    guard case .enumMember(let type, let member) = model.value(of: tokens).kind, type == "aws-cdk-lib.aws_lambda.Runtime",
      let symbol = APICatalog.shared.symbol(qualifiedName: "aws-cdk-lib/aws-lambda.Runtime." + member, language: .typescript),
      let message = symbol.deprecation, reported.insert(reference.last.range.start).inserted else { return }
    diagnostics.append(diagnostic(symbol, message: message, note: "", range: reference.last.range, file: model.file, fix: nil))
  }

  /// Deprecated props of a resource: `Vpc(cidr=...)`, `Function(log_retention=...)`.
  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1, let constructor = model.catalogueConstructor(of: resource) else { return }
    judgeProps(resource.props.map(\.argument), present: { Set(resource.props.map(\.label.name)) }, constructor: constructor, file: model.file,
      pins: { LibraryVersions.pins(for: context) }, into: &diagnostics)
  }

  func judgeProps(
    _ arguments: [Argument], present: () -> Set<String>, constructor: APIConstructor, file: SourceFile,
    pins: () -> DependencyPins, into diagnostics: inout [Diagnostic]
  ) {
    for argument in arguments {
      guard let label = argument.label, let prop = constructor.prop(named: label.name), !prop.deprecatedTypeScript.isEmpty
      else { continue }
      let symbol = constructor.symbol(for: prop, language: file.language)
      let pinned = pins()
      guard let message = symbol.deprecation, let note = versionNote(symbol, pins: pinned, isRuntime: false) else { continue }
      var fix: Fix?
      if let replacement = symbol.replacement, !present().contains(replacement) {
        fix = Fix(
          title: "Use `\(replacement)`",
          applicability: isSafeReplacement(of: constructor.type, symbol, pins: pinned) ? .safe : .unsafe,
          edits: [.replace(label.range, with: replacement)])
      }
      diagnostics.append(diagnostic(symbol, message: message, note: note, range: label.range, file: file, fix: fix))
    }
  }

  /// Whether renaming to the replacement keeps what is deployed and compiles against the pinned version: never
  /// when the project pins an older release than the catalogue's (the replacement may be newer than the pin), nor
  /// for a database engine (`DatabaseClusterEngine.AURORA` → `AURORA_MYSQL` is another engine: the cluster is
  /// replaced).
  func isSafeReplacement(of type: APITypeRecord, _ symbol: APISymbol, pins: DependencyPins) -> Bool {
    if type.name.contains("Engine") { return false }
    if let pin = pins.pins[symbol.package], LibraryVersions.compare(pin.version, symbol.packageVersion) < 0 { return false }
    return true
  }

  /// IAC101 (deprecated-s3-origin) reports `S3Origin` with its own fix; this rule leaves it alone.
  func coveredElsewhere(_ symbol: APISymbol) -> Bool {
    symbol.package == .awsCdkLib && symbol.kind == .class && symbol.name == "S3Origin"
      && symbol.qualifiedName.hasSuffix("aws_cloudfront_origins.S3Origin")
  }

  /// What the finding says about versions: "" when nothing depends on them, nil when the project pins a version older
  /// than the deprecation (then nothing is reported).
  func versionNote(_ symbol: APISymbol, pins: DependencyPins, isRuntime: Bool) -> String? {
    let pin = pins.pins[symbol.package]
    // Another major version than the catalogue's: its deprecations may not hold (retired runtimes always do).
    if !isRuntime, !LibraryVersions.catalogueApplies(to: symbol.package, pins: pins), symbol.deprecatedSince == nil {
      return nil
    }
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
    var text = DeprecatedAPIRule.prose(message, package: symbol.package, language: file.language)
    if text.hasSuffix(".") { text.removeLast() }
    var diagnostic = Self.description.diagnostic(
      path: file.path,
      range: range,
      message: "`\(symbol.name)` is deprecated: \(text)\(note)",
      fix: fix
    )
    diagnostic.url = symbol.referenceURL
    // Tests use deprecated APIs on purpose (a check that flags them, a construct that still accepts them), and their
    // stacks are never deployed.
    if file.isTestFile { diagnostic.severity = .info }
    return diagnostic
  }

  /// Python keywords that jsii escapes with a trailing underscore in Python names, and that its Python docs then
  /// carry into prose (`is_ no longer supported`, `writer and_ readers`).
  static let escapedKeywords: Set<String> = ["and", "or", "not", "is", "in", "with", "from", "as", "for", "if", "else", "import", "return"]

  /// The keyword escapes and list dashes of ``prose(_:package:language:)`` undone in an ASCII note, on its bytes
  /// (each byte a character): `is_ no` → `is no`, ` - ` → `; `; nil when the note holds other characters.
  static func asciiProseWords(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
    let space = UInt8(ascii: " ")
    var words: [UInt8] = []
    words.reserveCapacity(bytes.count)
    var start = 0
    for end in 0...bytes.count where end == bytes.count || bytes[end] == space {
      var word = bytes[start..<end]
      if word.last == UInt8(ascii: "_"), escapedKeywords.contains(String(decoding: word.dropLast(), as: UTF8.self)) {
        word = word.dropLast()
      }
      if start > 0 { words.append(space) }
      words.append(contentsOf: word)
      start = end + 1
    }
    // ` - ` → `; `, left to right, each match starting after the last.
    var result: [UInt8] = []
    result.reserveCapacity(words.count)
    var index = 0
    while index < words.count {
      if index + 2 < words.count, words[index] == space, words[index + 1] == UInt8(ascii: "-"), words[index + 2] == space {
        result.append(UInt8(ascii: ";"))
        result.append(space)
        index += 3
      } else {
        result.append(words[index])
        index += 1
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// A deprecation note as prose: no list dash in front (`- Use key_pair instead`), no keyword escapes, and for
  /// Pulumi in Python, the backquoted camelCase names in Python spelling.
  static func prose(_ message: String, package: APIPackage, language: Language) -> String {
    var text = message.trimmingCharacters(in: " ")
    while text.hasPrefix("- ") { text = String(text.dropFirst(2)).trimmingCharacters(in: " ") }
    if let ascii = asciiProseWords(text) {
      text = ascii
    } else {
      var words: [String] = []
      for word in text.split(separator: " ", omittingEmptySubsequences: false) {
        if word.hasSuffix("_"), escapedKeywords.contains(String(word.dropLast())) {
          words.append(String(word.dropLast()))
        } else {
          words.append(String(word))
        }
      }
      text = words.joined(separator: " ")
      text = text.replacingOccurrences(of: " - ", with: "; ")
    }
    guard package == .pulumiAws, language == .python else { return text }
    // `versioningConfiguration` → `versioning_configuration`.
    var result = ""
    var inCode = false
    var code = ""
    for character in text {
      if character == "`" {
        if inCode {
          let isIdentifier = code.allSatisfy { $0.isLetter || $0.isNumber } && code.first?.isLowercase == true
          result += "`" + (isIdentifier ? Casing.snakeCase(code) : code) + "`"
          code = ""
        }
        inCode.toggle()
        continue
      }
      if inCode { code.append(character) } else { result.append(character) }
    }
    if inCode { result += "`" + code }
    return result
  }
}
