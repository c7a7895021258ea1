import IaCSyntax

/// Where code will be deployed, as far as the sources say. Unknown is a valid answer and differs from a known
/// region: rules report a known non-us-east-1 region as an error and an unknown one only as a hint.
public struct RegionFact: Sendable, Equatable {
  /// The region, or nil when the sources do not fix it (an environment variable, a parameter, nothing at all).
  public var region: String?
  /// Where the region is set, when it is known.
  public var location: RelatedLocation?

  public init(region: String?, location: RelatedLocation? = nil) {
    self.region = region
    self.location = location
  }

  public static let unknown = RegionFact(region: nil)

  /// Whether the region is known and is not `us-east-1`.
  public var isKnownOutsideUSEast1: Bool { region.map { $0 != "us-east-1" } ?? false }
}

extension ProjectSnapshot {
  /// The deployment region of the code at `offset` in `file`: for CDK, the `env` region given where the enclosing
  /// stack class is instantiated (followed through nested stacks and constructs to the app entry point), else a
  /// `lib/AWS_REGION` or `AWS_REGION` file; for Pulumi, the `aws:region` all stack files agree on; for CDK for
  /// Terraform, the `region` of the file's `AwsProvider`.
  public func region(of file: SourceFile, at offset: Int) -> RegionFact {
    if file.frameworks.contains(.pulumi) { return pulumiRegion() }
    if file.frameworks.contains(.cdktf) && !file.usesCDK { return cdktfRegion(in: file) }
    let enclosing = file.classes.filter { $0.range.contains(offset) }.min { $0.range.length < $1.range.length }
    if let enclosing {
      var visited = Set<String>()
      if let fact = stackRegion(className: enclosing.name, depth: 0, visited: &visited) { return fact }
    } else if let fact = entryRegion(in: file) {
      return fact
    }
    return regionFile() ?? .unknown
  }

  /// The region of the stack (or construct) class `className`, from where it is instantiated.
  package func stackRegion(className: String, depth: Int, visited: inout Set<String>) -> RegionFact? {
    guard depth < 6, visited.insert(className).inserted else { return nil }
    var facts: [RegionFact] = []
    for source in sources where !source.isTestFile {
      for call in source.calls where call.callee?.last.name == className {
        if let container = source.classes.filter({ $0.range.contains(call.range.start) }).min(by: { $0.range.length < $1.range.length }) {
          // Instantiated inside another class: a nested stack or construct takes its parent's region.
          if let fact = stackRegion(className: container.name, depth: depth + 1, visited: &visited) { facts.append(fact) }
        } else if let fact = environmentRegion(of: call, in: source) {
          facts.append(fact)
        } else {
          facts.append(regionFile() ?? .unknown)
        }
      }
    }
    guard !facts.isEmpty else { return nil }
    if let outside = facts.first(where: { $0.isKnownOutsideUSEast1 }) { return outside }
    if facts.allSatisfy({ $0.region != nil }) { return facts[0] }
    return .unknown
  }

  /// The region of stacks instantiated at the top level of an entry point file (for code outside any class).
  package func entryRegion(in file: SourceFile) -> RegionFact? {
    for call in file.calls {
      if let fact = environmentRegion(of: call, in: file), fact.region != nil { return fact }
    }
    return nil
  }

  /// The region in a stack instantiation's `env` (`env=cdk.Environment(region=...)`, `env: { region: ... }`).
  package func environmentRegion(of call: Call, in file: SourceFile) -> RegionFact? {
    guard let env = call.keyword("env") else { return nil }
    var tokens = env.valueTokens
    // Follow `env = cdk.Environment(...)` bound to a name first.
    if tokens.count == 1, file.tokens[tokens.lowerBound].kind == .name,
      let assignment = file.assignment(to: file.text(token: tokens.lowerBound), before: env.value.start) {
      tokens = assignment.valueTokens
    }
    var regionValue: Argument?
    if let index = file.callIndex(spanning: tokens), file.calls[index].callee?.last.name == "Environment" {
      regionValue = file.calls[index].keyword("region")
    } else if let property = file.objectProperty("region", in: tokens) {
      regionValue = property
    } else {
      return nil
    }
    guard let regionValue else { return regionFile() ?? .unknown }
    return literalRegion(regionValue.valueTokens, in: file, at: regionValue.value.start) ?? regionFile() ?? .unknown
  }

  /// A region literal, directly or through one assignment of a literal to a name.
  package func literalRegion(_ tokens: Range<Int>, in file: SourceFile, at offset: Int) -> RegionFact? {
    if let value = file.literalString(tokens: tokens), ProjectSnapshot.looksLikeRegion(value) {
      return RegionFact(region: value, location: RelatedLocation(path: file.path, range: file.byteRange(tokens: tokens)!, message: "the region is set here"))
    }
    if tokens.count == 1, file.tokens[tokens.lowerBound].kind == .name,
      let assignment = file.assignment(to: file.text(token: tokens.lowerBound), before: offset),
      let value = file.literalString(tokens: assignment.valueTokens), ProjectSnapshot.looksLikeRegion(value) {
      // A literal that a region file may replace at run time (`region = "us-east-1"`, then read `lib/AWS_REGION`).
      if let fromFile = regionFile() { return fromFile }
      return RegionFact(region: value, location: RelatedLocation(path: file.path, range: assignment.value, message: "the region is set here"))
    }
    return nil
  }

  /// The region in `lib/AWS_REGION` or `AWS_REGION`.
  package func regionFile() -> RegionFact? {
    for name in ["lib/AWS_REGION", "AWS_REGION"] {
      let path = self.path(name)
      guard let bytes = auxiliaryFiles[path] else { continue }
      var start = 0
      var end = bytes.count
      while start < end && (bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09) { start += 1 }
      while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x09) { end -= 1 }
      let value = String(decoding: bytes[start..<end], as: UTF8.self)
      guard ProjectSnapshot.looksLikeRegion(value) else { continue }
      return RegionFact(region: value, location: RelatedLocation(path: path, range: TextRange(start: start, end: end), message: "the region is set here"))
    }
    return nil
  }

  /// The `aws:region` every Pulumi stack file sets, when they agree.
  package func pulumiRegion() -> RegionFact {
    var facts: [RegionFact] = []
    for (path, bytes) in auxiliaryFiles.sorted(by: { $0.key < $1.key }) where path.split(separator: "/").last?.hasPrefix("Pulumi.") == true {
      guard let (value, range) = ProjectSnapshot.nestedScalar("aws:region", in: bytes) else { return .unknown }
      facts.append(RegionFact(region: value, location: RelatedLocation(path: path, range: range, message: "the region is set here")))
    }
    guard let first = facts.first, facts.allSatisfy({ $0.region == first.region }) else {
      return facts.first(where: { $0.isKnownOutsideUSEast1 }) ?? .unknown
    }
    return first
  }

  /// The literal `region` of the file's `AwsProvider`.
  package func cdktfRegion(in file: SourceFile) -> RegionFact {
    for call in file.calls where call.callee?.last.name == "AwsProvider" {
      guard let region = call.keyword("region") else { continue }
      return literalRegion(region.valueTokens, in: file, at: region.value.start) ?? .unknown
    }
    return .unknown
  }

  /// Whether a string looks like an AWS region name (`us-east-1`, `eu-central-2`, `us-gov-west-1`).
  package static func looksLikeRegion(_ value: String) -> Bool {
    let parts = value.split(separator: "-")
    guard parts.count >= 3, parts.count <= 4, let last = parts.last, Int(last) != nil else { return false }
    return parts.dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter && $0.isLowercase } }
  }

  /// The scalar of an indented `key: value` line in a YAML file (`  aws:region: us-west-2`), with its range.
  package static func nestedScalar(_ key: String, in bytes: [UInt8]) -> (String, TextRange)? {
    let table = LineTable(bytes)
    let keyBytes = Array(key.utf8) + [UInt8(ascii: ":")]
    for line in 0..<table.lineCount {
      guard let range = table.range(ofLine: line, in: bytes) else { continue }
      var start = range.start
      while start < range.end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
      guard start + keyBytes.count <= range.end, Array(bytes[start..<(start + keyBytes.count)]) == keyBytes else { continue }
      var valueStart = start + keyBytes.count
      while valueStart < range.end && bytes[valueStart] == 0x20 { valueStart += 1 }
      var valueEnd = range.end
      while valueEnd > valueStart && bytes[valueEnd - 1] == 0x20 { valueEnd -= 1 }
      if valueEnd - valueStart >= 2, bytes[valueStart] == UInt8(ascii: "\"") || bytes[valueStart] == UInt8(ascii: "'"),
        bytes[valueEnd - 1] == bytes[valueStart] {
        valueStart += 1
        valueEnd -= 1
      }
      let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
      return looksLikeRegion(value) ? (value, TextRange(start: valueStart, end: valueEnd)) : nil
    }
    return nil
  }
}
