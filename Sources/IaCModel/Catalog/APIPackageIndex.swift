import Foundation
import IaCCatalogData
import IaCSyntax

/// A member record of a type: an enum member, a static constant or method, or a prop.
package struct APIMemberRecord: Sendable {
  package enum Kind: UInt8, Sendable {
    case enumMember = 101  // e
    case constant = 107  // k
    case staticMethod = 115  // s
    case prop = 112  // p
  }

  package var kind: Kind
  /// The name as TypeScript (and jsii) spells it.
  package var name: String
  /// The Python spelling.
  package var pythonName: String
  package var summary: String
  package var deprecatedTypeScript: String
  package var deprecatedPython: String
  /// A sibling member that takes the same arguments and replaces this one, by its TypeScript name.
  package var replacement: String
  /// The major version in which the deprecation appeared, when it is newer than the previous major.
  package var since: Int?
  /// The documented default of a prop (jsii `@default`), as written there (`false`, `RemovalPolicy.RETAIN`, `- no
  /// encryption`); empty when the package documents none. Field 9 of the member line.
  package var defaultValue: String = ""

  package func name(in language: Language) -> String { language == .python ? pythonName : name }

  package func deprecation(in language: Language) -> String? {
    if deprecatedTypeScript.isEmpty { return nil }
    return language == .python && !deprecatedPython.isEmpty ? deprecatedPython : deprecatedTypeScript
  }
}

/// A type record: a class, struct, interface, enum or Pulumi resource, with its members. A class, so that the
/// cached records are shared rather than copied field by field; it is not changed once decoded.
package final class APITypeRecord: @unchecked Sendable {
  package enum Kind: UInt8, Sendable {
    case `class` = 99  // c
    case `struct` = 115  // s
    case interface = 105  // i
    case `enum` = 101  // e
    case resource = 114  // r
  }

  package var module: String
  package var kind: Kind
  /// `Bucket`, or `CfnBucket.CorsRuleProperty` for a nested type.
  package var name: String
  package var summary: String
  package var deprecatedTypeScript: String
  package var deprecatedPython: String
  package var replacement: String
  package var since: Int?
  /// The initializer's parameter names; nil when there is no public initializer, `["*"]` when unknown.
  package var parameters: [String]?
  /// The struct (`module:Name`) the initializer's last parameter is.
  package var props: String?
  /// Parent structs (`module:Name`, or `?` outside the package).
  package var bases: [String]
  /// The Terraform registry page (`resources/kms_key`).
  package var registryPath: String
  /// The deployed resource type: `AWS::S3::Bucket` (CDK L1, and the L2 built on it) or `aws_s3_bucket` (Pulumi and
  /// CDKTF); empty when unknown. Field 12 of the type line.
  package var resourceType: String = ""
  /// The Pulumi type token (`aws:s3/bucketV2:BucketV2`); empty elsewhere. Field 13 of the type line.
  package var typeToken: String = ""
  package var members: [APIMemberRecord]

  package init(
    module: String, kind: Kind, name: String, summary: String, deprecatedTypeScript: String, deprecatedPython: String,
    replacement: String, since: Int?, parameters: [String]?, props: String?, bases: [String], registryPath: String,
    members: [APIMemberRecord]
  ) {
    self.module = module
    self.kind = kind
    self.name = name
    self.summary = summary
    self.deprecatedTypeScript = deprecatedTypeScript
    self.deprecatedPython = deprecatedPython
    self.replacement = replacement
    self.since = since
    self.parameters = parameters
    self.props = props
    self.bases = bases
    self.registryPath = registryPath
    self.members = members
  }

  package func deprecation(in language: Language) -> String? {
    if deprecatedTypeScript.isEmpty { return nil }
    return language == .python && !deprecatedPython.isEmpty ? deprecatedPython : deprecatedTypeScript
  }

  /// The member spelled `name` in `language`.
  package func member(named name: String, in language: Language) -> APIMemberRecord? {
    members.first { $0.name(in: language) == name && $0.kind != .prop }
  }
}

/// A module record: its key and how each language imports it.
package struct APIModuleRecord: Sendable {
  package var key: String
  package var python: String
  package var typeScript: String
  package var summary: String
  /// Each type's record line, by type name.
  package var types: [String: Int]
}

/// The parsed index of one table: modules, the offset of each type's line, and every import spelling of each module.
/// Decoded types and flattened props are cached behind a lock, so each is decoded once per process.
package final class APIPackageIndex: @unchecked Sendable {
  package let package: APIPackage
  package let version: String
  package let bytes: [UInt8]
  package let modules: [String: APIModuleRecord]
  /// Import spellings (`aws_cdk.aws_s3`, `aws-cdk-lib/aws-s3`, `@pulumi/aws.s3`) → module key; package roots map
  /// to `""` when the root has no record of its own.
  package let moduleByImport: [String: String]
  private let lock = NSLock()
  private var typeCache: [Int: APITypeRecord] = [:]
  private var propsCache: [String: (props: [APIMemberRecord], isOpen: Bool)] = [:]

  package static let cdk = APIPackageIndex(.awsCdkLib, table: .cdk)
  package static let pulumi = APIPackageIndex(.pulumiAws, table: .pulumi)
  package static let cdktf = APIPackageIndex(.cdktfProviderAws, table: .cdktf)

  package static func index(for package: APIPackage) -> APIPackageIndex {
    switch package {
    case .awsCdkLib: return cdk
    case .pulumiAws: return pulumi
    case .cdktfProviderAws: return cdktf
    }
  }

  package init(_ package: APIPackage, table: APICatalogTable) {
    self.package = package
    version = table.version
    let bytes = Array(table.text.utf8)
    self.bytes = bytes
    var modules: [String: APIModuleRecord] = [:]
    var current: APIModuleRecord?
    var start = 0
    let count = bytes.count
    while start < count {
      var end = start
      while end < count && bytes[end] != 10 { end += 1 }
      let first = bytes[start]
      if first == UInt8(ascii: "T") {
        // `T \t kind \t name \t …`: the name is the third field.
        var nameStart = start + 4
        if nameStart > end { nameStart = end }
        var nameEnd = nameStart
        while nameEnd < end && bytes[nameEnd] != 9 { nameEnd += 1 }
        current?.types[String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)] = start
      } else if first == UInt8(ascii: "M") {
        if let module = current { modules[module.key] = module }
        let fields = APIPackageIndex.fields(bytes, start..<end)
        let key = fields.count > 1 && fields[1] != "-" ? fields[1] : ""
        current = APIModuleRecord(
          key: key,
          python: fields.count > 2 ? fields[2] : "",
          typeScript: fields.count > 3 ? fields[3] : "",
          summary: fields.count > 4 ? fields[4] : "",
          types: [:]
        )
      }
      start = end + 1
    }
    if let module = current { modules[module.key] = module }
    self.modules = modules
    moduleByImport = APIPackageIndex.importSpellings(package, modules: modules)
  }

  package static func importSpellings(_ package: APIPackage, modules: [String: APIModuleRecord]) -> [String: String] {
    var spellings: [String: String] = [:]
    spellings.reserveCapacity(modules.count * 4)
    switch package {
    case .awsCdkLib:
      spellings["aws_cdk"] = ""
      spellings["aws-cdk-lib"] = ""
      for key in modules.keys where !key.isEmpty {
        let path = key.replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: ".", with: "/")
        spellings["aws_cdk." + key] = key
        spellings["aws-cdk-lib/" + path] = key
        spellings["aws-cdk-lib." + key] = key
      }
    case .pulumiAws:
      spellings["pulumi_aws"] = ""
      spellings["@pulumi/aws"] = ""
      for key in modules.keys where !key.isEmpty {
        spellings["pulumi_aws." + key] = key
        spellings["@pulumi/aws." + key] = key
        spellings["@pulumi/aws/" + key.replacingOccurrences(of: ".", with: "/")] = key
      }
    case .cdktfProviderAws:
      spellings["cdktf_cdktf_provider_aws"] = ""
      spellings["@cdktf/provider-aws"] = ""
      for key in modules.keys where !key.isEmpty && !key.hasPrefix("~") {
        spellings["@cdktf/provider-aws." + key] = key
      }
    }
    for (key, module) in modules where !key.hasPrefix("~") {
      if !module.python.isEmpty { spellings[module.python] = key }
      if !module.typeScript.isEmpty { spellings[module.typeScript] = key }
    }
    return spellings
  }

  /// The tab-separated fields of a line.
  package static func fields(_ bytes: [UInt8], _ range: Range<Int>) -> [String] {
    bytes[range].split(separator: 9, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The type `name` of module `key`, decoded with its members; nil when the catalogue has no such type.
  package func type(_ name: String, module key: String) -> APITypeRecord? {
    guard let start = modules[key]?.types[name] else { return nil }
    lock.lock()
    let cached = typeCache[start]
    lock.unlock()
    if let cached { return cached }
    let record = decodeType(at: start, name: name, module: key)
    lock.lock()
    typeCache[start] = record
    lock.unlock()
    return record
  }

  package func decodeType(at start: Int, name: String, module key: String) -> APITypeRecord {
    var end = start
    while end < bytes.count && bytes[end] != 10 { end += 1 }
    let fields = APIPackageIndex.fields(bytes, start..<end)
    func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
    let parameters = field(8)
    let record = APITypeRecord(
      module: key,
      kind: APITypeRecord.Kind(rawValue: field(1).utf8.first ?? 0) ?? .interface,
      name: name,
      summary: field(3),
      deprecatedTypeScript: field(4),
      deprecatedPython: field(5),
      replacement: field(6),
      since: Int(field(7)),
      parameters: parameters.isEmpty ? nil : (parameters == "-" ? [] : parameters.split(separator: ",").map(String.init)),
      props: field(9).isEmpty ? nil : field(9),
      bases: field(10).split(separator: ",").map(String.init),
      registryPath: field(11),
      members: []
    )
    record.resourceType = field(12)
    record.typeToken = field(13)
    var cursor = end + 1
    while cursor < bytes.count {
      var lineEnd = cursor
      while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
      let first = bytes[cursor]
      guard first == UInt8(ascii: "m") || first == UInt8(ascii: "n") else { break }
      let fields = APIPackageIndex.fields(bytes, cursor..<lineEnd)
      let kind = APIMemberRecord.Kind(rawValue: fields.count > 1 ? fields[1].utf8.first ?? 0 : 0) ?? .prop
      if first == UInt8(ascii: "n") {
        for name in fields.dropFirst(2) {
          record.members.append(APIMemberRecord(
            kind: kind, name: name, pythonName: pythonName(name, kind: kind), summary: "", deprecatedTypeScript: "",
            deprecatedPython: "", replacement: "", since: nil))
        }
      } else {
        func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
        let name = field(2)
        record.members.append(APIMemberRecord(
          kind: kind,
          name: name,
          pythonName: field(3).isEmpty ? pythonName(name, kind: kind) : field(3),
          summary: field(4),
          deprecatedTypeScript: field(5),
          deprecatedPython: field(6),
          replacement: field(7),
          since: Int(field(8)),
          defaultValue: field(9)
        ))
      }
      cursor = lineEnd + 1
    }
    return record
  }

  package func pythonName(_ name: String, kind: APIMemberRecord.Kind) -> String {
    kind == .enumMember ? name : APICatalogTable.snakeCase(name)
  }

  /// A struct reference (`module:Name`) decoded.
  package func type(reference: String) -> APITypeRecord? {
    guard let colon = reference.lastIndex(of: ":") else { return nil }
    return type(String(reference[reference.index(after: colon)...]), module: String(reference[..<colon]))
  }

  /// Every prop of a struct, its parents' included; `isOpen` when a parent is outside the catalogue (then the list
  /// is incomplete and nothing may be concluded from a name missing from it).
  package func flattenedProps(of reference: String) -> (props: [APIMemberRecord], isOpen: Bool) {
    lock.lock()
    let cached = propsCache[reference]
    lock.unlock()
    if let cached { return cached }
    let result = decodeFlattenedProps(of: reference)
    lock.lock()
    propsCache[reference] = result
    lock.unlock()
    return result
  }

  package func decodeFlattenedProps(of reference: String) -> (props: [APIMemberRecord], isOpen: Bool) {
    var props: [APIMemberRecord] = []
    var isOpen = false
    var pending = [reference]
    var seen = Set<String>()
    while let next = pending.popLast() {
      guard seen.insert(next).inserted else { continue }
      guard next != "?", let record = type(reference: next) else {
        isOpen = true
        continue
      }
      props += record.members.filter { $0.kind == .prop }
      pending += record.bases
    }
    return (props, isOpen)
  }
}
