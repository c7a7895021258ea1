#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif
import IaCSyntax

/// The versions of the catalogued packages a project pins, read from its manifests at the project root:
/// `requirements*.txt`, `pyproject.toml`, `Pipfile`, `setup.py`, `package-lock.json` and `package.json`.
///
/// A pin is an exact version (`==2.100.0`, `"2.100.0"`), a compatible release (`~=6.5`, `^6.0.0`, `~6.5.0`), a
/// range with an upper bound (`>=6,<7`, whose lower bound is taken), or the version a lock file records. A bare
/// lower bound (`>=6`) or `*` pins nothing: the newest release is installed.
public struct DependencyPins: Sendable, Equatable {
  /// One pinned package.
  public struct Pin: Sendable, Equatable {
    /// The version as written, without operators (`6.83.0`, `7`).
    public var version: String
    /// The file it came from, relative to the project root (`requirements.txt`).
    public var source: String
    /// The major version, or nil when the version does not start with a number.
    public var major: Int? { Int(version.split(separator: ".").first ?? "") }
  }

  /// Pins by package.
  public var pins: [APIPackage: Pin] = [:]

  public init(pins: [APIPackage: Pin] = [:]) {
    self.pins = pins
  }

  /// The manifests read, in order of precedence (a lock file records what is installed).
  package static let manifests = ["requirements.txt", "pyproject.toml", "Pipfile", "setup.py", "package-lock.json", "package.json"]

  package static let pythonNames: [APIPackage: [String]] = [
    .awsCdkLib: ["aws-cdk-lib", "aws_cdk_lib"],
    .pulumiAws: ["pulumi-aws", "pulumi_aws"],
    .cdktfProviderAws: ["cdktf-cdktf-provider-aws", "cdktf_cdktf_provider_aws"],
  ]
  package static let npmNames: [APIPackage: String] = [
    .awsCdkLib: "aws-cdk-lib",
    .pulumiAws: "@pulumi/aws",
    .cdktfProviderAws: "@cdktf/provider-aws",
  ]

  /// The pins of a project: those the project loader read, else those of the manifests in its `auxiliaryFiles`.
  /// Nil project, nothing pinned.
  public static func pins(for project: ProjectSnapshot?) -> DependencyPins {
    guard let project else { return DependencyPins() }
    if let pins = project.pins { return pins }
    var files: [String: [UInt8]] = [:]
    for name in manifests {
      if let bytes = project.auxiliaryFiles[project.path(name)] ?? project.auxiliaryFiles[name] { files[name] = bytes }
    }
    return parse(files)
  }

  /// The pins recorded in manifest texts, by file name. Manifests are read as bytes: lines end at `\n` or `\r`
  /// (so `\r\n` too), and the package names are found with ASCII case folded.
  public static func parse(_ files: [String: [UInt8]]) -> DependencyPins {
    var result = DependencyPins()
    let extraRequirements = files.keys.filter { $0.hasPrefix("requirements") && $0.hasSuffix(".txt") && !manifests.contains($0) }.sorted()
    for name in manifests.prefix(1) + extraRequirements + manifests.dropFirst() {
      guard let bytes = files[name] else { continue }
      let isPython = name != "package-lock.json" && name != "package.json"
      let folded = isPython ? bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } : []
      // A lock file can be megabytes: its entries for every package still unpinned are found in one pass.
      let lockEntries = name == "package-lock.json"
        ? lockEntries(APIPackage.allCases.filter { result.pins[$0] == nil }.compactMap { npmNames[$0] }, in: bytes) : [:]
      for package in APIPackage.allCases where result.pins[package] == nil {
        let version: String?
        if name == "package-lock.json" {
          version = npmNames[package].flatMap { npmName in lockEntries[npmName].flatMap { lockPin(npmName, in: bytes, at: $0) } }
        } else if name == "package.json" {
          version = npmNames[package].flatMap { packageJSONPin($0, in: bytes) }
        } else {
          version = pythonPin(package, folded: folded)
        }
        if let version { result.pins[package] = Pin(version: version, source: name) }
      }
    }
    return result
  }

  /// The Python names of each package, lower-cased, as bytes.
  static let foldedPythonNames: [APIPackage: [[UInt8]]] = pythonNames.mapValues { $0.map { Array($0.lowercased().utf8) } }

  /// The version a Python manifest pins `package` at, from the manifest's bytes with ASCII case folded (the names
  /// are ASCII): the first line naming it, outside a `#` comment, whose specifier pins a version.
  package static func pythonPin(_ package: APIPackage, folded: [UInt8]) -> String? {
    let names = foldedPythonNames[package] ?? []
    // A manifest names few packages: look for the names in the whole text first.
    guard names.contains(where: { firstIndex(of: $0, in: folded, from: 0, to: folded.count) != nil }) else { return nil }
    var lineStart = 0
    while lineStart < folded.count {
      var lineEnd = lineStart
      while lineEnd < folded.count && folded[lineEnd] != UInt8(ascii: "\n") && folded[lineEnd] != UInt8(ascii: "\r") {
        lineEnd += 1
      }
      let end = folded[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: "#")) ?? lineEnd
      for name in names {
        guard let at = firstIndex(of: name, in: folded, from: lineStart, to: end) else { continue }
        let after = at + name.count
        if at > lineStart && continuesName(scalarEnding: at, in: folded, from: lineStart) { continue }
        if after < end && continuesName(scalarStarting: after, in: folded, to: end) { continue }
        // `aws-cdk-lib==2.1`, `"pulumi-aws>=6,<7"`, `pulumi-aws = "^6.0"` (Poetry).
        let spec = folded[after..<end].filter { !specPunctuation.contains($0) }
        if let version = version(fromSpec: String(decoding: spec, as: UTF8.self)) { return version }
      }
      lineStart = lineEnd + 1
    }
    return nil
  }

  /// Quotes, spaces, colons and brackets around a Python specifier, which are dropped before it is read.
  static let specPunctuation: [UInt8] = Array("\"' :[]".utf8)

  /// Whether the character that ends at `index` (and starts at or after `start`) could be part of a package name: a
  /// letter, a digit, `-` or `_`.
  static func continuesName(scalarEnding index: Int, in bytes: [UInt8], from start: Int) -> Bool {
    var first = index - 1
    while first > start && bytes[first] & 0xC0 == 0x80 { first -= 1 }
    return continuesName(scalarStarting: first, in: bytes, to: index)
  }

  /// Whether the character that starts at `index` (and ends before `end`) could be part of a package name.
  static func continuesName(scalarStarting index: Int, in bytes: [UInt8], to end: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 {
      return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
    var last = index + 1
    while last < end && bytes[last] & 0xC0 == 0x80 { last += 1 }
    guard let scalar = String(decoding: bytes[index..<last], as: UTF8.self).unicodeScalars.first else { return false }
    let character = Character(scalar)
    return character.isLetter || character.isNumber
  }

  /// Where `needle` first occurs in `haystack[from..<to]`.
  static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int, to: Int) -> Int? {
    guard !needle.isEmpty else { return from }
    guard to - from >= needle.count else { return nil }
    return haystack.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { pattern in
        ByteSearch.firstIndex(UnsafeBufferPointer(rebasing: hay[from..<to]), pattern).map { from + $0 }
      }
    }
  }

  /// The version a requirement specifier pins: `==2.1.0`, `~=6.5`, `^6.0`, `~6.5`, `>=6,<7`, `2.1.0`.
  package static func version(fromSpec spec: String) -> String? {
    let clauses = spec.filter { $0 != " " }.split(separator: ",").map(String.init)
    var lower: String?
    var hasUpper = false
    for var clause in clauses {
      // Poetry writes `name = "^6.0"`: the `=` before the quoted spec is not an operator.
      if clause.hasPrefix("=") && !clause.hasPrefix("==") { clause.removeFirst() }
      for prefix in ["===", "==", "~=", "^", "~"] where clause.hasPrefix(prefix) {
        return number(clause.dropFirst(prefix.count))
      }
      if clause.hasPrefix(">=") { lower = number(clause.dropFirst(2)) }
      if clause.hasPrefix(">") && !clause.hasPrefix(">=") { lower = number(clause.dropFirst(1)) }
      if clause.hasPrefix("<") { hasUpper = true }
      if let first = clause.first, first.isNumber { return number(Substring(clause)) }
    }
    return hasUpper ? lower : nil
  }

  package static func number(_ text: Substring) -> String? {
    let version = text.prefix { $0.isNumber || $0 == "." }
    return version.first?.isNumber == true ? String(version) : nil
  }

  package static func packageJSONPin(_ name: String, in bytes: [UInt8]) -> String? {
    let key = Array(("\"" + name + "\"").utf8)
    guard let at = firstIndex(of: key, in: bytes, from: 0, to: bytes.count),
      let value = stringValue(in: bytes, from: at + key.count, to: bytes.count)
    else { return nil }
    return version(fromSpec: value)
  }

  /// The version `package-lock.json` records for `name`: the `"version"` within 400 characters after
  /// `"node_modules/<name>"`.
  package static func lockPin(_ name: String, in bytes: [UInt8]) -> String? {
    lockEntries([name], in: bytes)[name].flatMap { lockPin(name, in: bytes, at: $0) }
  }

  /// Where each of `names` first appears as `"node_modules/<name>"` in a lock file's bytes (the offset of the opening
  /// quote), in one pass over them.
  static func lockEntries(_ names: [String], in bytes: [UInt8]) -> [String: Int] {
    guard !names.isEmpty else { return [:] }
    let prefix = Array("\"node_modules/".utf8)
    let keys = names.map { Array(($0 + "\"").utf8) }
    var found: [String: Int] = [:]
    bytes.withUnsafeBufferPointer { hay in
      guard let base = hay.baseAddress, hay.count >= prefix.count else { return }
      // `memchr` finds each `_`, which JSON lock files hold in little but `node_modules` (their hashes are base64,
      // their URLs have none); only one that sits in the prefix is read further.
      let underscore = prefix.firstIndex(of: UInt8(ascii: "_"))!
      var next = underscore
      while next + prefix.count - underscore <= hay.count,
        let hit = memchr(base + next, Int32(UInt8(ascii: "_")), hay.count - (prefix.count - underscore) + 1 - next) {
        let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        next = at + 1
        let index = at - underscore
        guard index >= 0 else { continue }
        var offset = 0
        while offset < prefix.count && hay[index + offset] == prefix[offset] { offset += 1 }
        if offset == prefix.count {
          let nameStart = index + prefix.count
          for (position, key) in keys.enumerated() where found[names[position]] == nil && nameStart + key.count <= hay.count {
            var matched = 0
            while matched < key.count && hay[nameStart + matched] == key[matched] { matched += 1 }
            if matched == key.count { found[names[position]] = index }
          }
          if found.count == names.count { return }
        }
      }
    }
    return found
  }

  /// ``lockPin(_:in:)`` for the entry of `name` whose opening quote is at `at`.
  static func lockPin(_ name: String, in bytes: [UInt8], at: Int) -> String? {
    let key = Array(("\"node_modules/" + name + "\"").utf8)
    // The window ends after 400 characters (a UTF-8 sequence, or `\r\n`, counts as one).
    var end = at + key.count
    var characters = 0
    while end < bytes.count && characters < 400 {
      if bytes[end] == UInt8(ascii: "\r") && end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "\n") {
        end += 2
      } else {
        end += 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
      }
      characters += 1
    }
    let versionKey = Array("\"version\"".utf8)
    guard let version = firstIndex(of: versionKey, in: bytes, from: at + key.count, to: end) else { return nil }
    return stringValue(in: bytes, from: version + versionKey.count, to: end).flatMap { number(Substring($0)) }
  }

  /// The string after a colon at `bytes[from...]` (`: "value"`), which must end before `to`.
  static func stringValue(in bytes: [UInt8], from: Int, to end: Int) -> String? {
    func isSpace(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
    var index = from
    while index < end && isSpace(bytes[index]) { index += 1 }
    guard index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
    index += 1
    while index < end && isSpace(bytes[index]) { index += 1 }
    guard index < end, bytes[index] == UInt8(ascii: "\"") else { return nil }
    index += 1
    guard let close = bytes[index..<end].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
    return String(decoding: bytes[index..<close], as: UTF8.self)
  }
}
