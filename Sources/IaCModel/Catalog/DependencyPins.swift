import Foundation
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

  /// The pins recorded in manifest texts, by file name.
  public static func parse(_ files: [String: [UInt8]]) -> DependencyPins {
    var result = DependencyPins()
    let extraRequirements = files.keys.filter { $0.hasPrefix("requirements") && $0.hasSuffix(".txt") && !manifests.contains($0) }.sorted()
    for name in manifests.prefix(1) + extraRequirements + manifests.dropFirst() {
      guard let bytes = files[name] else { continue }
      let text = String(decoding: bytes, as: UTF8.self)
      for package in APIPackage.allCases where result.pins[package] == nil {
        let version: String?
        if name == "package-lock.json" {
          version = npmNames[package].flatMap { lockPin($0, in: text) }
        } else if name == "package.json" {
          version = npmNames[package].flatMap { packageJSONPin($0, in: text) }
        } else {
          version = pythonPin(package, in: text)
        }
        if let version { result.pins[package] = Pin(version: version, source: name) }
      }
    }
    return result
  }

  package static func pythonPin(_ package: APIPackage, in text: String) -> String? {
    // A manifest names few packages: look for the names in the whole text first, with ASCII case folded (the names
    // are ASCII), and read it line by line only when one is there.
    let folded = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    guard (pythonNames[package] ?? []).contains(where: { containsBytes(folded, Array($0.lowercased().utf8)) }) else { return nil }
    for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
      var line = Substring(line)
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      for name in pythonNames[package] ?? [] {
        guard let range = line.range(of: name, options: .caseInsensitive) else { continue }
        let before = line[..<range.lowerBound].last
        let after = line[range.upperBound...].first
        if let before, before.isLetter || before.isNumber || before == "-" || before == "_" { continue }
        if let after, after.isLetter || after.isNumber || after == "-" || after == "_" { continue }
        // `aws-cdk-lib==2.1`, `"pulumi-aws>=6,<7"`, `pulumi-aws = "^6.0"` (Poetry).
        let spec = line[range.upperBound...].filter { !"\"' =:,[]".contains($0) || $0 == "=" || $0 == "," }
        if let version = version(fromSpec: String(spec)) { return version }
      }
    }
    return nil
  }

  /// Whether `needle` occurs in `haystack`.
  static func containsBytes(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
    return haystack.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { pattern in
        var index = 0
        let last = hay.count - pattern.count
        while index <= last {
          if hay[index] == first {
            var offset = 1
            while offset < pattern.count && hay[index + offset] == pattern[offset] { offset += 1 }
            if offset == pattern.count { return true }
          }
          index += 1
        }
        return false
      }
    }
  }

  /// The version a requirement specifier pins: `==2.1.0`, `~=6.5`, `^6.0`, `~6.5`, `>=6,<7`, `2.1.0`.
  package static func version(fromSpec spec: String) -> String? {
    let clauses = spec.replacingOccurrences(of: " ", with: "").split(separator: ",").map(String.init)
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

  package static func packageJSONPin(_ name: String, in text: String) -> String? {
    guard let value = stringValue(after: "\"" + name + "\"", in: text) else { return nil }
    return version(fromSpec: value)
  }

  package static func lockPin(_ name: String, in text: String) -> String? {
    guard let range = text.range(of: "\"node_modules/" + name + "\"") else { return nil }
    let rest = text[range.upperBound...].prefix(400)
    guard let version = rest.range(of: "\"version\"") else { return nil }
    return stringValue(after: "", in: String(rest[version.upperBound...])).flatMap { number(Substring($0)) }
  }

  /// The string after `key` and a colon (`"key": "value"`).
  package static func stringValue(after key: String, in text: String) -> String? {
    var rest = Substring(text)
    if !key.isEmpty {
      guard let range = text.range(of: key) else { return nil }
      rest = text[range.upperBound...]
    }
    rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard rest.first == ":" else { return nil }
    rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard rest.first == "\"" else { return nil }
    rest = rest.dropFirst()
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    return String(rest[..<end])
  }
}
