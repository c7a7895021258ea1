import IaCModel
import IaCSyntax

/// IAC107: uses of a module, type or member the configuration bans (`[[banned-api]]`).
public struct BannedAPIRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC107",
    name: "banned-api",
    summary: "A module, type or member the configuration bans is used",
    severity: .error,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/cdk/v2/guide/best-practices.html",
    documentation: BannedAPIRule.documentation,
    triggeringExamples: BannedAPIRule.triggering,
    nonTriggeringExamples: BannedAPIRule.nonTriggering
  )

  /// A catalogued name reduced to what two spellings of it share: the package, the module key, and the type and
  /// member names in TypeScript (jsii) spelling.
  package struct Key: Hashable, Sendable {
    var package: APIPackage
    var module: String
    var type: String?
    var member: String?

    /// Whether a use of `other` is a use of this name: the same module, and the same type and member when this
    /// name has them.
    func covers(_ other: Key) -> Bool {
      package == other.package && module == other.module && (type == nil || type == other.type)
        && (member == nil || member == other.member)
    }

    init(package: APIPackage, module: String, type: String?, member: String?) {
      self.package = package
      self.module = module
      self.type = type
      self.member = member
    }

    init(_ resolution: APIResolution) {
      self.init(
        package: resolution.package, module: resolution.module.key, type: resolution.type?.name,
        member: resolution.member?.name)
    }
  }

  /// The key of a banned name written as a jsii fqn, an import path in either language, or a Pulumi type token;
  /// nil when the catalogue does not know the name.
  package static func key(for name: String) -> Key? {
    if let entry = CatalogueResourceTypes.shared.entry(fqn: name) {
      return Key(package: entry.package, module: entry.type.module, type: entry.type.name, member: nil)
    }
    for language in [Language.typescript, .python] {
      if let resolution = APICatalog.shared.resolve(name, language: language) { return Key(resolution) }
    }
    return nil
  }

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let banned = context.options.bannedAPIs.compactMap { entry in BannedAPIRule.key(for: entry.name).map { (entry, $0) } }
    guard !banned.isEmpty else { return }
    let file = model.file
    func report(_ key: Key, range: TextRange) {
      guard let (entry, _) = banned.first(where: { $0.1.covers(key) }) else { return }
      diagnostics.append(Self.description.diagnostic(
        path: file.path, range: range, message: "`\(entry.name)` is banned: \(entry.message)"))
    }
    let catalog = APICatalog.shared
    for statement in file.imports {
      for specifier in statement.specifiers {
        guard let resolution = catalog.resolve(specifier.qualifiedName, language: file.language) else { continue }
        report(Key(resolution), range: specifier.range)
      }
    }
    let shadowed = model.shadowedNames
    usesOfImportedNames(in: file, banned: banned.map(\.1), shadowed: shadowed, report: report)
    for reference in file.references {
      guard file.importBindings[reference.parts[0].name] != nil,
        let chain = catalog.resolveChain(reference, in: file, shadowed: shadowed) else { continue }
      // The finding covers the reference up to the banned part: the member, the type, or the module.
      let key = Key(chain.resolution)
      guard let (_, bannedKey) = banned.first(where: { $0.1.covers(key) }) else { continue }
      var last = reference.parts.count - 1
      if bannedKey.member != nil, let part = chain.memberPart {
        last = part
      } else if bannedKey.type != nil, let part = chain.typePart {
        last = part
      } else if let part = chain.typePart {
        last = max(0, part - 1)
      }
      report(key, range: reference.parts[0].range.cover(reference.parts[min(last, reference.parts.count - 1)].range))
    }
  }

  /// Names an import binds to a banned module, type or member, used on their own (`Vpc(self, "Vpc")` after
  /// `from aws_cdk.aws_ec2 import Vpc`); dotted uses (`Vpc.from_lookup`) are references, found with them.
  func usesOfImportedNames(
    in file: SourceFile, banned: [Key], shadowed: Set<String>, report: (Key, TextRange) -> Void
  ) {
    var keys: [String: Key] = [:]
    for (name, qualified) in file.importBindings where !shadowed.contains(name) {
      guard let resolution = APICatalog.shared.resolve(qualified, language: file.language) else { continue }
      let key = Key(resolution)
      if banned.contains(where: { $0.covers(key) }) { keys[name] = key }
    }
    guard !keys.isEmpty else { return }
    let imports = file.imports.map(\.range)
    let tokens = file.tokens
    for index in tokens.indices where tokens[index].kind == .name {
      let range = TextRange(start: Int(tokens[index].start), end: Int(tokens[index].end))
      guard let key = keys[file.text(token: index)] else { continue }
      let previous = previousToken(before: index, in: file)
      let next = nextToken(after: index, in: file)
      if let previous, file.isOp(previous, ".") || file.isOp(previous, "?.") { continue }
      if let next, file.isOp(next, ".") || file.isOp(next, "?.") || file.isOp(next, ":") || file.isOp(next, "=") { continue }
      if imports.contains(where: { $0.start <= range.start && range.end <= $0.end }) { continue }
      report(key, range)
    }
  }

  func previousToken(before index: Int, in file: SourceFile) -> Int? {
    var current = index - 1
    while current >= 0 && (file.tokens[current].kind == .newline || file.tokens[current].kind == .comment) { current -= 1 }
    return current >= 0 ? current : nil
  }

  func nextToken(after index: Int, in file: SourceFile) -> Int? {
    var current = index + 1
    while current < file.tokens.count && (file.tokens[current].kind == .newline || file.tokens[current].kind == .comment) {
      current += 1
    }
    return current < file.tokens.count ? current : nil
  }
}
