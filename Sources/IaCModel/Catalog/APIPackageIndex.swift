import Foundation
import IaCCatalogData
import IaCSyntax

/// The tab-separated fields of one catalogue line, kept in place in the compiled-in table (which lives as long as
/// the program) and decoded only when asked for: summaries and deprecation texts are read by hover and messages,
/// not by the checks, which only ask whether a field is empty.
package struct APILineText: @unchecked Sendable {
  /// The line's first byte; nil for a record with no line of its own.
  let start: UnsafePointer<UInt8>?
  /// The line's length, without its newline.
  let count: Int32
  /// Bit `i` is set when field `i` is not empty (fields 0 to 15).
  let filled: UInt16

  static let none = APILineText(start: nil, count: 0, filled: 0)

  init(start: UnsafePointer<UInt8>?, count: Int32, filled: UInt16) {
    self.start = start
    self.count = count
    self.filled = filled
  }

  /// Whether field `index` is empty (or missing).
  func isEmpty(_ index: Int) -> Bool { index >= 16 || filled & (1 << UInt16(index)) == 0 }

  /// Field `index`, decoded; empty when the line has fewer fields.
  func string(_ index: Int) -> String {
    guard !isEmpty(index), let start else { return "" }
    let count = Int(self.count)
    var offset = 0
    var skipped = 0
    while skipped < index && offset < count {
      if start[offset] == 9 { skipped += 1 }
      offset += 1
    }
    var end = offset
    while end < count && start[end] != 9 { end += 1 }
    return String(decoding: UnsafeBufferPointer(start: start + offset, count: end - offset), as: UTF8.self)
  }
}

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
  /// The member line (`m`), whose later fields are decoded when read; none for a name of an `n` line.
  let line: APILineText

  init(kind: Kind, name: String, pythonName: String, line: APILineText = .none) {
    self.kind = kind
    self.name = name
    self.pythonName = pythonName
    self.line = line
  }

  package var summary: String { line.string(4) }
  package var deprecatedTypeScript: String { line.string(5) }
  package var deprecatedPython: String { line.string(6) }
  /// A sibling member that takes the same arguments and replaces this one, by its TypeScript name.
  package var replacement: String { line.string(7) }
  /// The major version in which the deprecation appeared, when it is newer than the previous major.
  package var since: Int? { line.isEmpty(8) ? nil : Int(line.string(8)) }
  /// The documented default of a prop (jsii `@default`), as written there (`false`, `RemovalPolicy.RETAIN`, `- no
  /// encryption`); empty when the package documents none. Field 9 of the member line.
  package var defaultValue: String { line.string(9) }

  package func name(in language: Language) -> String { language == .python ? pythonName : name }

  package func deprecation(in language: Language) -> String? {
    if line.isEmpty(5) { return nil }
    return language == .python && !line.isEmpty(6) ? deprecatedPython : deprecatedTypeScript
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

  package let module: String
  package let kind: Kind
  /// `Bucket`, or `CfnBucket.CorsRuleProperty` for a nested type.
  package let name: String
  /// The `T` line, whose text fields are decoded when read.
  let line: APILineText
  /// The initializer's parameter names; nil when there is no public initializer, `["*"]` when unknown.
  package let parameters: [String]?
  /// The struct (`module:Name`) the initializer's last parameter is.
  package let props: String?
  /// Parent structs (`module:Name`, or `?` outside the package).
  package let bases: [String]
  /// The Terraform registry page (`resources/kms_key`).
  package let registryPath: String
  /// The deployed resource type: `AWS::S3::Bucket` (CDK L1, and the L2 built on it) or `aws_s3_bucket` (Pulumi and
  /// CDKTF); empty when unknown. Field 12 of the type line.
  package let resourceType: String
  /// The Pulumi type token (`aws:s3/bucketV2:BucketV2`); empty elsewhere. Field 13 of the type line.
  package let typeToken: String
  package let members: [APIMemberRecord]

  init(
    module: String, kind: Kind, name: String, line: APILineText, parameters: [String]?, props: String?,
    bases: [String], registryPath: String, resourceType: String, typeToken: String, members: [APIMemberRecord]
  ) {
    self.module = module
    self.kind = kind
    self.name = name
    self.line = line
    self.parameters = parameters
    self.props = props
    self.bases = bases
    self.registryPath = registryPath
    self.resourceType = resourceType
    self.typeToken = typeToken
    self.members = members
  }

  package var summary: String { line.string(3) }
  package var deprecatedTypeScript: String { line.string(4) }
  package var deprecatedPython: String { line.string(5) }
  package var replacement: String { line.string(6) }
  package var since: Int? { line.isEmpty(7) ? nil : Int(line.string(7)) }

  package func deprecation(in language: Language) -> String? {
    if line.isEmpty(4) { return nil }
    return language == .python && !line.isEmpty(5) ? deprecatedPython : deprecatedTypeScript
  }

  /// The member spelled `name` in `language`.
  package func member(named name: String, in language: Language) -> APIMemberRecord? {
    members.first { $0.name(in: language) == name && $0.kind != .prop }
  }
}

/// A module record: its key and how each language imports it.
///
/// A class: records live as long as the process, and a resolution that names one is copied often.
package final class APIModuleRecord: Sendable {
  package let key: String
  package let python: String
  package let typeScript: String
  package let summary: String
  /// The module's types, as positions in the package's type directory (``APIPackageIndex/typeName(at:)``).
  package let typeRange: Range<Int>

  init(key: String, python: String, typeScript: String, summary: String, typeRange: Range<Int>) {
    self.key = key
    self.python = python
    self.typeScript = typeScript
    self.summary = summary
    self.typeRange = typeRange
  }
}

/// One table's look-ups, made in place on the compiled-in texts (``APICatalogTable``): a module, a type or an import
/// spelling is found by binary search over the bytes, and only the records looked up are decoded. Nothing is read
/// before the first look-up. Decoded types and flattened props are cached behind a lock, so each is decoded once
/// per process.
package final class APIPackageIndex: @unchecked Sendable {
  package let package: APIPackage
  package let version: String
  /// The records (`M`, `T`, `m`, `n` lines).
  package let bytes: UnsafeBufferPointer<UInt8>
  let moduleDirectory: UnsafeBufferPointer<UInt8>
  let typeDirectory: UnsafeBufferPointer<UInt8>
  let importText: UnsafeBufferPointer<UInt8>
  let importDirectory: UnsafeBufferPointer<UInt8>
  /// The number of modules.
  package let moduleCount: Int
  private let lock = NSLock()
  private var typeCache: [Int: APITypeRecord] = [:]
  private var moduleCache: [Int: APIModuleRecord] = [:]
  private var propsCache: [String: (props: [APIMemberRecord], isOpen: Bool)] = [:]
  private var exportersCache: [String: [String]] = [:]
  /// Answers to import-spelling and module-key look-ups, which rules repeat for every reference of every file; kept
  /// small, since the questions come from the checked code.
  private var importCache: [String: String?] = [:]
  private var positionCache: [String: Int?] = [:]
  static let answerCacheLimit = 4096

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

  static let moduleEntry = 17
  static let offsetEntry = 9

  package init(_ package: APIPackage, table: APICatalogTable) {
    self.package = package
    version = table.version
    bytes = APIPackageIndex.buffer(table.text)
    moduleDirectory = APIPackageIndex.buffer(table.modules)
    typeDirectory = APIPackageIndex.buffer(table.types)
    importText = APIPackageIndex.buffer(table.imports)
    importDirectory = APIPackageIndex.buffer(table.importDirectory)
    // Entries are separated by newlines, so the last has none: n entries take n × width − 1 bytes.
    moduleCount = max(0, (moduleDirectory.count + 1) / APIPackageIndex.moduleEntry - 1)
  }

  /// A static string's bytes, in place: a literal lives as long as the program.
  static func buffer(_ string: StaticString) -> UnsafeBufferPointer<UInt8> {
    guard string.hasPointerRepresentation else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount)
  }

  // MARK: Directories

  /// The 8-digit hexadecimal number at `offset` of a directory.
  static func hex(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
    var value = 0
    for index in offset..<(offset + 8) {
      let byte = buffer[index]
      value = value << 4 | Int(byte <= UInt8(ascii: "9") ? byte &- UInt8(ascii: "0") : byte &- UInt8(ascii: "a") &+ 10)
    }
    return value
  }

  /// The end of the line (or field) that starts at `start`: the next byte equal to `stop` or a newline.
  static func end(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, stop: UInt8 = 10) -> Int {
    var end = start
    while end < buffer.count && buffer[end] != stop && buffer[end] != 10 { end += 1 }
    return end
  }

  /// Compares `buffer[range]` with `key` byte by byte, as the generator sorted them.
  static func compare(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ key: UnsafeBufferPointer<UInt8>) -> Int {
    let count = min(range.count, key.count)
    for index in 0..<count {
      let a = buffer[range.lowerBound + index]
      let b = key[index]
      if a != b { return a < b ? -1 : 1 }
    }
    return range.count == key.count ? 0 : (range.count < key.count ? -1 : 1)
  }

  /// The first position in `0..<count` whose entry is not below `key`, and whether it equals `key`.
  static func search(_ count: Int, _ key: String, entry: (Int) -> Range<Int>, in buffer: UnsafeBufferPointer<UInt8>)
    -> (position: Int, found: Bool)
  {
    var key = key
    return key.withUTF8 { key in
      var low = 0
      var high = count
      while low < high {
        let middle = (low + high) / 2
        if compare(buffer, entry(middle), key) < 0 { low = middle + 1 } else { high = middle }
      }
      return (low, low < count && compare(buffer, entry(low), key) == 0)
    }
  }

  /// The offset of module `position`'s `M` line, and the directory position of its first type.
  func moduleEntry(_ position: Int) -> (line: Int, firstType: Int) {
    let offset = position * APIPackageIndex.moduleEntry
    return (APIPackageIndex.hex(moduleDirectory, at: offset), APIPackageIndex.hex(moduleDirectory, at: offset + 8))
  }

  /// The key field of module `position`'s `M` line (`-` for the root is read as empty).
  func moduleKeyRange(_ position: Int) -> Range<Int> {
    let start = moduleEntry(position).line + 2
    let end = APIPackageIndex.end(in: bytes, from: start, stop: 9)
    if end == start + 1 && bytes[start] == UInt8(ascii: "-") { return start..<start }
    return start..<end
  }

  /// The position of module `key` in the module directory.
  package func modulePosition(_ key: String) -> Int? {
    lock.lock()
    let cached = positionCache[key]
    lock.unlock()
    if let cached { return cached }
    let result = APIPackageIndex.search(moduleCount, key, entry: moduleKeyRange, in: bytes)
    let position = result.found ? result.position : nil
    lock.lock()
    if positionCache.count >= APIPackageIndex.answerCacheLimit { positionCache.removeAll(keepingCapacity: true) }
    positionCache[key] = position
    lock.unlock()
    return position
  }

  /// Module `position`, decoded (and cached).
  package func module(at position: Int) -> APIModuleRecord {
    lock.lock()
    let cached = moduleCache[position]
    lock.unlock()
    if let cached { return cached }
    let entry = moduleEntry(position)
    let next = moduleEntry(position + 1)
    let fields = APIPackageIndex.fields(bytes, entry.line..<APIPackageIndex.end(in: bytes, from: entry.line))
    func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
    let record = APIModuleRecord(
      key: field(1) == "-" ? "" : field(1), python: field(2), typeScript: field(3), summary: field(4),
      typeRange: entry.firstType..<next.firstType)
    lock.lock()
    moduleCache[position] = record
    lock.unlock()
    return record
  }

  /// The offset of the `T` line at `position` of the type directory.
  func typeLine(_ position: Int) -> Int { APIPackageIndex.hex(typeDirectory, at: position * APIPackageIndex.offsetEntry) }

  /// The name field of the `T` line at `position` of the type directory.
  func typeNameRange(_ position: Int) -> Range<Int> {
    var start = typeLine(position) + 2
    start = APIPackageIndex.end(in: bytes, from: start, stop: 9) + 1
    return start..<APIPackageIndex.end(in: bytes, from: start, stop: 9)
  }

  /// The name of the type at `position` of the type directory.
  package func typeName(at position: Int) -> String {
    let range = typeNameRange(position)
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// The names of a module's types, in order (nested types, `CfnBucket.CorsRuleProperty`, included).
  package func typeNames(of module: APIModuleRecord) -> [String] { module.typeRange.map(typeName(at:)) }

  /// The offset of type `name`'s line in module `key`, if the module has it.
  package func typeOffset(_ name: String, module key: String) -> Int? {
    guard let position = modulePosition(key) else { return nil }
    return typeOffset(name, in: module(at: position).typeRange)
  }

  func typeOffset(_ name: String, in range: Range<Int>) -> Int? {
    let result = APIPackageIndex.search(range.count, name, entry: { self.typeNameRange(range.lowerBound + $0) }, in: bytes)
    return result.found ? typeLine(range.lowerBound + result.position) : nil
  }

  /// Whether module `key` has a type `name`.
  package func hasType(_ name: String, module key: String) -> Bool { typeOffset(name, module: key) != nil }

  /// The module key an import spelling names (`aws_cdk.aws_s3`, `aws-cdk-lib/aws-s3`, `@pulumi/aws.s3`); package
  /// roots give `""` when the root has no record of its own.
  package func moduleKey(forImport spelling: String) -> String? {
    lock.lock()
    let cached = importCache[spelling]
    lock.unlock()
    if let cached { return cached }
    let key = searchImport(spelling)
    lock.lock()
    if importCache.count >= APIPackageIndex.answerCacheLimit { importCache.removeAll(keepingCapacity: true) }
    importCache[spelling] = key
    lock.unlock()
    return key
  }

  func searchImport(_ spelling: String) -> String? {
    let count = (importDirectory.count + 1) / APIPackageIndex.offsetEntry
    func line(_ position: Int) -> Int { APIPackageIndex.hex(importDirectory, at: position * APIPackageIndex.offsetEntry) }
    let result = APIPackageIndex.search(count, spelling, entry: { position in
      let start = line(position)
      return start..<APIPackageIndex.end(in: self.importText, from: start, stop: 9)
    }, in: importText)
    guard result.found else { return nil }
    let keyStart = APIPackageIndex.end(in: importText, from: line(result.position), stop: 9) + 1
    let keyEnd = APIPackageIndex.end(in: importText, from: keyStart)
    return String(decoding: UnsafeBufferPointer(rebasing: importText[keyStart..<keyEnd]), as: UTF8.self)
  }

  /// The keys of the modules that export `name` as a top-level type or a child submodule, in key order (cached).
  package func modulesExporting(_ name: String) -> [String] {
    lock.lock()
    let cached = exportersCache[name]
    lock.unlock()
    if let cached { return cached }
    var found = Set<String>()
    if !name.isEmpty && !name.contains(".") {
      for position in 0..<moduleCount {
        let module = module(at: position)
        if typeOffset(name, in: module.typeRange) != nil { found.insert(module.key) }
        // A child submodule: `aws_s3` of the core module, `experimental` of `aws_cloudfront`.
        if module.key == name {
          found.insert("")
        } else if module.key.hasSuffix("." + name) {
          found.insert(String(module.key.dropLast(name.count + 1)))
        }
      }
    }
    let sorted = found.sorted()
    lock.lock()
    exportersCache[name] = sorted
    lock.unlock()
    return sorted
  }

  /// The modules, by key: `index.modules["aws_s3"]`.
  package var modules: Modules { Modules(index: self) }

  /// Import spellings → module key: `index.moduleByImport["aws_cdk.aws_s3"]`.
  package var moduleByImport: Imports { Imports(index: self) }

  /// The modules of a table, looked up by key without building a dictionary.
  package struct Modules: Sendable {
    let index: APIPackageIndex
    package subscript(key: String) -> APIModuleRecord? {
      index.modulePosition(key).map(index.module(at:))
    }
    /// Every module key, sorted.
    package var keys: [String] { (0..<index.moduleCount).map { index.module(at: $0).key } }
  }

  /// The import spellings of a table, looked up without building a dictionary.
  package struct Imports: Sendable {
    let index: APIPackageIndex
    package subscript(spelling: String) -> String? { index.moduleKey(forImport: spelling) }
  }

  /// The tab-separated fields of a line.
  package static func fields(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String] {
    bytes[range].split(separator: 9, omittingEmptySubsequences: false).map {
      String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self)
    }
  }

  /// The type `name` of module `key`, decoded with its members; nil when the catalogue has no such type.
  package func type(_ name: String, module key: String) -> APITypeRecord? {
    guard let start = typeOffset(name, module: key) else { return nil }
    lock.lock()
    let cached = typeCache[start]
    lock.unlock()
    if let cached { return cached }
    let decoded = decodeType(at: start, name: name, module: key)
    lock.lock()
    // Another thread may have decoded it meanwhile: one record per type, so that its identity names it.
    let record = typeCache[start] ?? decoded
    typeCache[start] = record
    lock.unlock()
    return record
  }

  package func decodeType(at start: Int, name: String, module key: String) -> APITypeRecord {
    var fields = FieldCursor(bytes, from: start)
    var kind = APITypeRecord.Kind.interface
    var parameters: [String]?
    var props: String?
    var bases: [String] = []
    var registryPath = ""
    var resourceType = ""
    var typeToken = ""
    while let field = fields.next() {
      switch fields.index {
      case 1: kind = field.isEmpty ? .interface : APITypeRecord.Kind(rawValue: bytes[field.lowerBound]) ?? .interface
      case 8:
        if !field.isEmpty {
          parameters = field.count == 1 && bytes[field.lowerBound] == UInt8(ascii: "-") ? [] : pieces(field)
        }
      case 9: if !field.isEmpty { props = string(field) }
      case 10: bases = pieces(field)
      case 11: registryPath = string(field)
      case 12: resourceType = string(field)
      case 13: typeToken = string(field)
      default: break
      }
    }
    let line = fields.line
    var members: [APIMemberRecord] = []
    var cursor = fields.end + 1
    while cursor < bytes.count {
      let first = bytes[cursor]
      guard first == UInt8(ascii: "m") || first == UInt8(ascii: "n") else { break }
      var fields = FieldCursor(bytes, from: cursor)
      var kind = APIMemberRecord.Kind.prop
      if first == UInt8(ascii: "n") {
        while let field = fields.next() {
          if fields.index == 1 {
            kind = field.isEmpty ? .prop : APIMemberRecord.Kind(rawValue: bytes[field.lowerBound]) ?? .prop
          } else if fields.index >= 2 {
            let name = string(field)
            members.append(APIMemberRecord(kind: kind, name: name, pythonName: pythonName(field, name, kind: kind)))
          }
        }
      } else {
        var name = ""
        var python = ""
        var nameRange = cursor..<cursor
        while let field = fields.next() {
          switch fields.index {
          case 1: kind = field.isEmpty ? .prop : APIMemberRecord.Kind(rawValue: bytes[field.lowerBound]) ?? .prop
          case 2:
            name = string(field)
            nameRange = field
          case 3: python = string(field)
          default: break
          }
        }
        if python.isEmpty { python = pythonName(nameRange, name, kind: kind) }
        members.append(APIMemberRecord(kind: kind, name: name, pythonName: python, line: fields.line))
      }
      cursor = fields.end + 1
    }
    return APITypeRecord(
      module: key, kind: kind, name: name, line: line, parameters: parameters, props: props, bases: bases,
      registryPath: registryPath, resourceType: resourceType, typeToken: typeToken, members: members)
  }

  /// The fields of a line, one range at a time, noting which are filled.
  struct FieldCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int
    /// The end of the field last given (at the end, of the line).
    private(set) var end: Int
    /// The position of the field last given.
    private(set) var index = -1
    private(set) var filled: UInt16 = 0
    private var done = false

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
      self.bytes = bytes
      self.start = start
      end = start - 1
    }

    mutating func next() -> Range<Int>? {
      guard !done else { return nil }
      let fieldStart = end + 1
      var cursor = fieldStart
      while cursor < bytes.count {
        let byte = bytes[cursor]
        if byte == 9 || byte == 10 { break }
        cursor += 1
      }
      index += 1
      end = cursor
      if cursor >= bytes.count || bytes[cursor] == 10 { done = true }
      if cursor > fieldStart && index < 16 { filled |= 1 << UInt16(index) }
      return fieldStart..<cursor
    }

    /// The line read so far (all of it once ``next()`` gave nil).
    var line: APILineText {
      APILineText(start: bytes.baseAddress.map { $0 + start }, count: Int32(end - start), filled: filled)
    }
  }

  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// The comma-separated names of a field.
  func pieces(_ range: Range<Int>) -> [String] {
    var result: [String] = []
    var pieceStart = range.lowerBound
    for index in range.lowerBound...range.upperBound where index == range.upperBound || bytes[index] == UInt8(ascii: ",") {
      if index > pieceStart { result.append(string(pieceStart..<index)) }
      pieceStart = index + 1
    }
    return result
  }

  package func pythonName(_ name: String, kind: APIMemberRecord.Kind) -> String {
    kind == .enumMember ? name : APICatalogTable.snakeCase(name)
  }

  /// The Python name of the member named `name` (at `range`), made from the bytes in place: as
  /// ``APICatalogTable/snakeCase(_:)`` does, names that do not start in lowercase are kept.
  func pythonName(_ range: Range<Int>, _ name: String, kind: APIMemberRecord.Kind) -> String {
    guard kind != .enumMember, let first = range.first.map({ bytes[$0] }),
      APICatalogTable.isLower(first) || first == UInt8(ascii: "_") else { return name }
    var hasUpper = false
    for index in range where APICatalogTable.isUpper(bytes[index]) {
      hasUpper = true
      break
    }
    if !hasUpper { return name }
    return String(unsafeUninitializedCapacity: range.count * 2) { output in
      var count = 0
      for index in range {
        let byte = bytes[index]
        if APICatalogTable.isUpper(byte) {
          let previous = index > range.lowerBound ? bytes[index - 1] : 0
          let next = index + 1 < range.upperBound ? bytes[index + 1] : 0
          if index > range.lowerBound
            && (APICatalogTable.isLower(previous) || APICatalogTable.isDigit(previous)
              || (APICatalogTable.isUpper(previous) && APICatalogTable.isLower(next)))
          {
            output[count] = UInt8(ascii: "_")
            count += 1
          }
          output[count] = byte + 32
        } else {
          output[count] = byte
        }
        count += 1
      }
      return count
    }
  }

  /// A struct reference (`module:Name`) decoded.
  package func type(reference: String) -> APITypeRecord? {
    // By bytes: a search by `Character` costs more than the look-up.
    let utf8 = reference.utf8
    guard let colon = utf8.lastIndex(of: UInt8(ascii: ":")) else { return nil }
    return type(String(reference[utf8.index(after: colon)...]), module: String(reference[..<colon]))
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
