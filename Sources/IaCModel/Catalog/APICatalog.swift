import IaCCatalogData
import IaCSyntax

/// A package the catalogue describes.
public enum APIPackage: String, Sendable, CaseIterable, Hashable {
  case awsCdkLib = "aws-cdk-lib"
  case pulumiAws = "pulumi-aws"
  case cdktfProviderAws = "@cdktf/provider-aws"

  /// The framework whose programs use the package.
  public var framework: Framework {
    switch self {
    case .awsCdkLib: return .cdk
    case .pulumiAws: return .pulumi
    case .cdktfProviderAws: return .cdktf
    }
  }

  /// The version of the package the compiled-in catalogue was generated from.
  public var catalogueVersion: String { table.version }

  package var table: APICatalogTable {
    switch self {
    case .awsCdkLib: return .cdk
    case .pulumiAws: return .pulumi
    case .cdktfProviderAws: return .cdktf
    }
  }

  /// The package whose import names start `qualified` (`aws_cdk…`, `@pulumi/aws…`), if any.
  package init?(qualifiedName qualified: String) {
    if qualified.hasPrefix("aws_cdk") || qualified.hasPrefix("aws-cdk-lib") {
      self = .awsCdkLib
    } else if qualified.hasPrefix("pulumi_aws") || qualified.hasPrefix("@pulumi/aws") {
      self = .pulumiAws
    } else if qualified.hasPrefix("cdktf_cdktf_provider_aws") || qualified.hasPrefix("@cdktf/provider-aws") {
      self = .cdktfProviderAws
    } else {
      return nil
    }
  }
}

/// What the catalogue knows about one name in a program: a module, a type, an enum member, a static constant or
/// method, or a prop (keyword argument or object-literal key).
public struct APISymbol: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case module
    case `class`
    case `struct`
    case interface
    case `enum`
    case resource
    case enumMember
    case constant
    case staticMethod
    case prop
  }

  public var kind: Kind
  public var package: APIPackage
  /// The package version the catalogue describes.
  public var packageVersion: String
  /// The fully qualified name in the file's language: `aws_cdk.aws_lambda.Runtime.PYTHON_3_7`,
  /// `aws-cdk-lib.aws_lambda.Runtime.PYTHON_3_7`, `pulumi_aws.s3.BucketV2`, `aws.s3.BucketV2`.
  public var qualifiedName: String
  /// The name as written in the language (`log_retention`, `logRetention`, `BucketV2`).
  public var name: String
  /// The one-sentence summary from the package, when it has one.
  public var summary: String?
  /// The package's deprecation message in the language's spelling, or nil when the symbol is not deprecated.
  public var deprecation: String?
  /// The major version of the package in which the deprecation appeared, when the catalogue knows it is newer than
  /// the previous major (pulumi-aws 7 deprecates `BucketV2`).
  public var deprecatedSince: Int?
  /// The name that replaces a deprecated symbol with the same arguments, in the language's spelling; nil when
  /// replacing it takes more than a rename.
  public var replacement: String?
  /// The reference page: the CDK API reference for the language, the Pulumi registry or the Terraform registry.
  public var referenceURL: String
}

/// The real API surface of aws-cdk-lib, pulumi-aws and the CDKTF AWS provider, generated from the packages
/// themselves and compiled in. Nothing is read before the first look-up, and a look-up decodes only what it finds.
///
/// The language server uses ``symbol(at:in:)`` for hover; rules use the same resolution.
public struct APICatalog: Sendable {
  /// The catalogue.
  public static let shared = APICatalog()

  /// The package versions the catalogue was generated from (`aws-cdk-lib 2.275.0`), for `--version`.
  public static var packageVersions: [(package: String, version: String)] {
    APICatalogTable.all.map { ($0.package, $0.version) }
  }

  /// The symbol a whole reference names (`lambda_.Runtime.PYTHON_3_7`, `aws.s3.BucketV2`), through the file's
  /// imports; nil when the reference does not resolve into a catalogued package or names something not catalogued.
  public func symbol(for reference: Reference, in file: SourceFile) -> APISymbol? {
    symbol(for: reference, through: reference.parts.count - 1, in: file)
  }

  /// The symbol the first `part + 1` names of a reference name (`lambda_.Runtime` for part 1 of
  /// `lambda_.Runtime.PYTHON_3_7`); nil when they do not resolve.
  public func symbol(for reference: Reference, through part: Int, in file: SourceFile) -> APISymbol? {
    guard part >= 0, part < reference.parts.count, !reference.hasReceiverExpression,
      let head = file.importBindings[reference.parts[0].name], !shadows(reference.parts[0].name, in: file)
    else { return nil }
    let rest = reference.parts.dropFirst().prefix(part).map(\.name)
    let qualified = rest.isEmpty ? head : head + "." + rest.joined(separator: ".")
    return symbol(qualifiedName: qualified, language: file.language)
  }

  /// The symbol at a byte offset: a name in a reference or callee, or the keyword or object-literal key of a call to
  /// a catalogued construct. Nil when there is none. This is what hover shows.
  public func symbol(at offset: Int, in file: SourceFile) -> APISymbol? {
    for call in file.calls {
      guard call.range.start <= offset, offset < call.range.end else { continue }
      for argument in call.arguments + call.properties {
        guard let label = argument.label, label.range.start <= offset, offset <= label.range.end else { continue }
        if let constructor = constructor(of: call, in: file), let prop = constructor.prop(named: label.name) {
          return constructor.symbol(for: prop, language: file.language)
        }
      }
    }
    let chains = file.references + file.calls.compactMap(\.callee)
    for reference in chains {
      for (index, part) in reference.parts.enumerated() where part.range.start <= offset && offset <= part.range.end {
        if let symbol = symbol(for: reference, through: index, in: file) { return symbol }
      }
    }
    return nil
  }

  /// The symbol a qualified import name names (`aws_cdk.aws_s3.Bucket`, `@pulumi/aws.s3.BucketV2`), or nil.
  public func symbol(qualifiedName: String, language: Language) -> APISymbol? {
    guard let resolution = resolve(qualifiedName, language: language) else { return nil }
    return resolution.symbol(language: language)
  }

  /// Whether the file rebinds an imported name (a class or function of its own, or an assignment), so that the
  /// name no longer means the package's.
  package func shadows(_ name: String, in file: SourceFile) -> Bool {
    file.classes.contains { $0.name == name } || file.functions.contains { $0.name == name && $0.enclosingClass == nil }
      || file.assignments.contains { $0.target == name }
  }

  /// Resolves a qualified name to a module, a type, and a member of the type.
  package func resolve(_ qualified: String, language: Language) -> APIResolution? {
    ResolutionMemo.shared.resolution(ResolutionMemo.Key(head: qualified, rest: [], language: language)) {
      resolveUncached(qualified, language: language)
    }
  }

  func resolveUncached(_ qualified: String, language: Language) -> APIResolution? {
    guard let package = APIPackage(qualifiedName: qualified) else { return nil }
    let index = APIPackageIndex.index(for: package)
    var pieces = qualified.pieces(separatedBy: ".")
    var rest: [String] = []
    while !pieces.isEmpty {
      if let key = index.moduleByImport[pieces.joined(separator: ".")] {
        return resolve(module: key, rest: rest, index: index, language: language)
      }
      rest.insert(pieces.removeLast(), at: 0)
    }
    return nil
  }

  package func resolve(module key: String, rest: [String], index: APIPackageIndex, language: Language) -> APIResolution? {
    guard let module = index.modules[key] else { return nil }
    var resolution = APIResolution(index: index, module: module, type: nil, member: nil)
    if rest.isEmpty { return resolution }
    var used = 1
    if rest.count >= 2, let nested = index.type(rest[0] + "." + rest[1], module: key) {
      resolution.type = nested
      used = 2
    } else if let type = index.type(rest[0], module: key) {
      resolution.type = type
    } else {
      return nil
    }
    if rest.count == used { return resolution }
    guard rest.count == used + 1, let member = resolution.type?.member(named: rest[used], in: language) else { return nil }
    resolution.member = member
    return resolution
  }

  /// What a call constructs, when its callee names a catalogued class, struct or resource.
  package func constructor(of call: Call, in file: SourceFile, shadowed: Set<String>? = nil) -> APIConstructor? {
    guard let callee = call.callee, file.importBindings[callee.parts[0].name] != nil else { return nil }
    let chain = resolveChain(callee, in: file, shadowed: shadowed ?? APICatalog.shadowedNames(in: file))
    return constructor(callee: callee, chain: chain, language: file.language)
  }

  /// What a callee constructs, given the chain its names resolve to (``resolveChain(_:in:shadowed:)``).
  package func constructor(callee: Reference, chain: APIChain?, language: Language) -> APIConstructor? {
    guard let chain, chain.memberPart == nil, chain.typePart == callee.parts.count - 1, let type = chain.resolution.type
    else { return nil }
    switch type.kind {
    case .class, .resource: break
    case .struct where language == .python: break
    default: return nil
    }
    return APIConstructor.shared(resolution: chain.resolution, type: type, language: language)
  }

  /// The longest part of a reference that resolves, for rules that look at each name of a chain: the resolution,
  /// and which part of the reference names the type and the member. `shadowed` holds the names the file rebinds.
  package func resolveChain(_ reference: Reference, in file: SourceFile, shadowed: Set<String>) -> APIChain? {
    let first = reference.parts[0].name
    guard !reference.hasReceiverExpression, let head = file.importBindings[first], !shadowed.contains(first) else { return nil }
    return cachedChain(head: head, rest: reference.parts.dropFirst().map(\.name), language: file.language)
  }

  /// ``resolveChain(head:rest:language:)``, answered from the memo of earlier look-ups.
  package func cachedChain(head: String, rest: [String], language: Language) -> APIChain? {
    guard APIPackage(qualifiedName: head) != nil else { return nil }
    return ResolutionMemo.shared.chain(ResolutionMemo.Key(head: head, rest: rest, language: language)) {
      resolveChain(head: head, rest: rest, language: language)
    }
  }

  /// ``resolveChain(_:in:shadowed:)`` for a reference whose first name is bound to `head`, followed by `rest`.
  func resolveChain(head: String, rest: [String], language: Language) -> APIChain? {
    guard let package = APIPackage(qualifiedName: head) else { return nil }
    let index = APIPackageIndex.index(for: package)
    let headPieces = head.pieces(separatedBy: ".")
    let names = headPieces + rest
    func part(_ name: Int) -> Int { name < headPieces.count ? 0 : name - headPieces.count + 1 }
    var moduleEnd = 0
    var key: String?
    var joined = ""
    for (position, name) in names.enumerated() {
      joined += position == 0 ? name : "." + name
      if let found = index.moduleByImport[joined] {
        key = found
        moduleEnd = position + 1
      }
    }
    guard let key, let module = index.modules[key] else { return nil }
    var chain = APIChain(resolution: APIResolution(index: index, module: module, type: nil, member: nil))
    guard moduleEnd < names.count else {
      chain.isComplete = true
      return chain
    }
    var next = moduleEnd
    if moduleEnd + 1 < names.count, let nested = index.type(names[moduleEnd] + "." + names[moduleEnd + 1], module: key) {
      chain.resolution.type = nested
      next = moduleEnd + 2
    } else if let type = index.type(names[moduleEnd], module: key) {
      chain.resolution.type = type
      next = moduleEnd + 1
    } else {
      return chain
    }
    chain.typePart = part(next - 1)
    chain.isComplete = next == names.count
    if next < names.count, let member = chain.resolution.type?.member(named: names[next], in: language) {
      chain.resolution.member = member
      chain.memberPart = part(next)
      chain.isComplete = next + 1 == names.count
    }
    return chain
  }

  /// The names a file rebinds (classes, top-level functions, assignments), which then no longer mean the package's.
  package static func shadowedNames(in file: SourceFile) -> Set<String> {
    // Room for every name at once: the set is built for every file, and growing it rehashed what it held.
    var names = Set<String>(minimumCapacity: file.classes.count + file.functions.count + file.assignments.count)
    for type in file.classes { names.insert(type.name) }
    for function in file.functions where function.enclosingClass == nil { names.insert(function.name) }
    for assignment in file.assignments { names.insert(assignment.target) }
    return names
  }
}

/// The resolution of a chain of names, with the reference parts that name the type and the member.
package struct APIChain: Sendable {
  package var resolution: APIResolution
  package var typePart: Int?
  package var memberPart: Int?
  /// Whether every name of the chain resolved: then ``resolution`` is what ``APICatalog/resolve(_:language:)``
  /// gives for the whole chain.
  package var isComplete = false
}

/// A resolved name: its module, and the type and member it names, if any.
package struct APIResolution: Sendable {
  package var index: APIPackageIndex
  package var module: APIModuleRecord
  package var type: APITypeRecord?
  package var member: APIMemberRecord?

  package var package: APIPackage { index.package }

  package func symbol(language: Language) -> APISymbol {
    let moduleName = APIResolution.moduleName(module, package: package, language: language)
    guard let type else {
      return APISymbol(
        kind: .module, package: package, packageVersion: index.version, qualifiedName: moduleName,
        name: moduleName.split(separator: language == .python ? "." : "/").last.map(String.init) ?? moduleName,
        summary: module.summary.isEmpty ? nil : module.summary, deprecation: nil, deprecatedSince: nil,
        replacement: nil, referenceURL: APIResolution.moduleURL(module, package: package, language: language))
    }
    let typeName = moduleName + (package == .cdktfProviderAws && language == .typescript ? "." : ".") + type.name
    let url = APIResolution.typeURL(module: module, type: type, package: package, language: language)
    guard let member else {
      let kind: APISymbol.Kind
      switch type.kind {
      case .class: kind = .class
      case .struct: kind = .struct
      case .interface: kind = .interface
      case .enum: kind = .enum
      case .resource: kind = .resource
      }
      return APISymbol(
        kind: kind, package: package, packageVersion: index.version, qualifiedName: typeName, name: type.name,
        summary: type.summary.isEmpty ? nil : type.summary, deprecation: type.deprecation(in: language),
        deprecatedSince: type.since, replacement: type.replacement.isEmpty ? nil : type.replacement, referenceURL: url)
    }
    return APIResolution.memberSymbol(member, siblings: type.members, typeName: typeName, type: type, url: url,
                                      package: package, version: index.version, language: language, module: module)
  }

  package static func memberSymbol(
    _ member: APIMemberRecord, siblings: [APIMemberRecord], typeName: String, type: APITypeRecord, url: String, package: APIPackage,
    version: String, language: Language, module: APIModuleRecord
  ) -> APISymbol {
    let kind: APISymbol.Kind
    switch member.kind {
    case .enumMember: kind = .enumMember
    case .constant: kind = .constant
    case .staticMethod: kind = .staticMethod
    case .prop: kind = .prop
    }
    var replacement: String?
    if !member.replacement.isEmpty {
      let sibling = siblings.first { $0.name == member.replacement && $0.kind == member.kind }
      replacement = sibling?.name(in: language) ?? member.replacement
    }
    var memberURL = url
    if package == .awsCdkLib && language == .python && member.kind != .prop {
      memberURL += "#" + module.python + "." + type.name + "." + member.pythonName
    }
    return APISymbol(
      kind: kind, package: package, packageVersion: version, qualifiedName: typeName + "." + member.name(in: language),
      name: member.name(in: language), summary: member.summary.isEmpty ? nil : member.summary,
      deprecation: member.deprecation(in: language), deprecatedSince: member.since, replacement: replacement,
      referenceURL: memberURL)
  }

  /// `aws_cdk.aws_s3` / `aws-cdk-lib.aws_s3`; `pulumi_aws.s3` / `aws.s3`; `cdktf_cdktf_provider_aws.kms_key` /
  /// `@cdktf/provider-aws/lib/kms-key`.
  package static func moduleName(_ module: APIModuleRecord, package: APIPackage, language: Language) -> String {
    switch (package, language) {
    case (.awsCdkLib, .python), (.pulumiAws, .python), (.cdktfProviderAws, .python):
      return module.python
    case (.awsCdkLib, .typescript):
      return module.key.isEmpty ? "aws-cdk-lib" : "aws-cdk-lib." + module.key
    case (.pulumiAws, .typescript):
      return module.key.isEmpty ? "aws" : "aws." + module.key
    case (.cdktfProviderAws, .typescript):
      return module.typeScript
    }
  }

  package static let cdkPython = "https://docs.aws.amazon.com/cdk/api/v2/python/"
  package static let cdkTypeScript = "https://docs.aws.amazon.com/cdk/api/v2/docs/"
  package static let pulumiRegistry = "https://www.pulumi.com/registry/packages/aws/api-docs/"
  package static let terraformRegistry = "https://registry.terraform.io/providers/hashicorp/aws/latest/docs"

  package static func moduleURL(_ module: APIModuleRecord, package: APIPackage, language: Language) -> String {
    switch package {
    case .awsCdkLib:
      if language == .python { return cdkPython + module.python + "/README.html" }
      return cdkTypeScript + (module.key.isEmpty ? "aws-cdk-lib" : "aws-cdk-lib." + module.key) + "-readme.html"
    case .pulumiAws:
      return pulumiRegistry + (module.key.isEmpty ? "" : module.key.replacingOccurrences(of: ".", with: "/") + "/")
    case .cdktfProviderAws:
      if let first = module.typeRange.first,
        let record = APIPackageIndex.cdktf.type(APIPackageIndex.cdktf.typeName(at: first), module: module.key),
        !record.registryPath.isEmpty {
        return terraformRegistry + "/" + record.registryPath
      }
      return terraformRegistry
    }
  }

  package static func typeURL(module: APIModuleRecord, type: APITypeRecord, package: APIPackage, language: Language) -> String {
    switch package {
    case .awsCdkLib:
      if language == .python {
        let parts = type.name.pieces(separatedBy: ".", omittingEmpty: true)
        if parts.count > 1 {
          return cdkPython + module.python + "/" + parts[0] + ".html#" + module.python + "." + type.name
        }
        return cdkPython + module.python + "/" + type.name + ".html"
      }
      return cdkTypeScript + (module.key.isEmpty ? "aws-cdk-lib." : "aws-cdk-lib." + module.key + ".") + type.name + ".html"
    case .pulumiAws:
      let directory = module.key.isEmpty ? "" : module.key.replacingOccurrences(of: ".", with: "/") + "/"
      return pulumiRegistry + directory + type.name.lowercased() + "/"
    case .cdktfProviderAws:
      return type.registryPath.isEmpty ? terraformRegistry : terraformRegistry + "/" + type.registryPath
    }
  }
}

/// A call to a catalogued constructor: the props it takes, in the file's language.
package struct APIConstructor: Sendable {
  package var resolution: APIResolution
  package var type: APITypeRecord
  package var language: Language
  /// The props (flattened through struct inheritance).
  package var props: [APIMemberRecord]
  /// Whether the list of valid names is incomplete (a parent outside the catalogue, variadic parameters).
  package var isOpen: Bool
  /// Names valid as Python keyword arguments besides the props (`scope`, `id`, `opts`).
  package var parameters: [String]
  /// For TypeScript, the position of the object literal that holds the props.
  package var propsPosition: Int?
  /// The position in ``props`` of the first prop of each spelling in the language; filled for the constructors
  /// ``shared(resolution:type:language:)`` gives, which are asked for props again and again.
  var propPositions: [String: Int] = [:]
  /// Whether a prop is named `id` or `scope` (jsii then renames the construct's parameters `id_` and `scope_`).
  package let takesIDProp: Bool
  package let takesScopeProp: Bool

  package init(resolution: APIResolution, type: APITypeRecord, language: Language) {
    self.resolution = resolution
    self.type = type
    self.language = language
    let index = resolution.index
    var props: [APIMemberRecord] = []
    var isOpen = false
    var parameters: [String] = []
    var propsPosition: Int?
    switch type.kind {
    case .struct:
      (props, isOpen) = index.flattenedProps(of: type.module + ":" + type.name)
    case .resource:
      props = type.members.filter { $0.kind == .prop }
      parameters = ["resource_name", "opts", "args"]
      propsPosition = 1
    default:
      let declared = type.parameters ?? ["*"]
      if declared.contains("*") || type.parameters == nil { isOpen = true }
      if let reference = type.props {
        (props, isOpen) = index.flattenedProps(of: reference)
        isOpen = isOpen || declared.contains("*")
        parameters = declared.dropLast().map { APICatalogTable.snakeCase($0) }
        propsPosition = declared.count - 1
      } else {
        parameters = declared.map { APICatalogTable.snakeCase($0) }
      }
    }
    self.props = props
    self.isOpen = isOpen
    self.parameters = parameters
    self.propsPosition = propsPosition
    takesIDProp = props.contains { $0.name == "id" }
    takesScopeProp = props.contains { $0.name == "scope" }
  }

  /// The constructor of a type without a member, built once per type and language: the catalogue's type records
  /// live as long as the process, so each is one key.
  package static func shared(resolution: APIResolution, type: APITypeRecord, language: Language) -> APIConstructor {
    ResolutionMemo.shared.constructor(of: type, language: language) {
      var resolution = resolution
      resolution.member = nil
      var constructor = APIConstructor(resolution: resolution, type: type, language: language)
      for (position, prop) in constructor.props.enumerated() where constructor.propPositions[prop.name(in: language)] == nil {
        constructor.propPositions[prop.name(in: language)] = position
      }
      return constructor
    }
  }

  /// The prop spelled `name` in the language.
  package func prop(named name: String) -> APIMemberRecord? {
    if !propPositions.isEmpty { return propPositions[name].map { props[$0] } }
    return props.first { $0.name(in: language) == name }
  }

  /// Every name valid where props are written, in the language.
  package var validNames: [String] {
    props.map { $0.name(in: language) } + (language == .python ? parameters : [])
  }

  package func symbol(for prop: APIMemberRecord, language: Language) -> APISymbol {
    let module = resolution.module
    let typeName = APIResolution.moduleName(module, package: resolution.package, language: language) + "." + type.name
    let url = APIResolution.typeURL(module: module, type: type, package: resolution.package, language: language)
    return APIResolution.memberSymbol(prop, siblings: props, typeName: typeName, type: type, url: url,
                                      package: resolution.package, version: resolution.index.version, language: language,
                                      module: module)
  }

}
