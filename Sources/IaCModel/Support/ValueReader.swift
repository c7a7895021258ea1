import IaCSyntax

/// Reads argument values the way the resource rules need them: literals, booleans, numbers, calls, lists and
/// object literals, following a name (or `self.x`, `this.x`) to the value it was assigned earlier in the file.
/// Every reader returns nil when the value is something else or cannot be known without running the code.
package struct ValueReader {
  package let file: SourceFile

  package init(_ file: SourceFile) {
    self.file = file
  }

  // MARK: Following names

  /// The tokens a value stands for: the value itself, or, when it is a dotted name assigned earlier in the file,
  /// the assigned value (followed up to three times).
  package func resolve(_ tokens: Range<Int>) -> Range<Int> {
    var current = tokens
    for _ in 0..<3 {
      guard isDottedName(current), let start = file.byteRange(tokens: current)?.start,
        let assignment = file.assignment(to: file.text(tokens: current), before: start),
        !assignment.valueTokens.isEmpty else { return current }
      current = assignment.valueTokens
    }
    return current
  }

  /// Whether the tokens are exactly `name` or `name.name...`.
  package func isDottedName(_ tokens: Range<Int>) -> Bool {
    guard !tokens.isEmpty, tokens.count % 2 == 1 else { return false }
    for (offset, index) in tokens.enumerated() {
      if offset % 2 == 0 {
        guard file.tokens[index].kind == .name else { return false }
      } else {
        guard file.isOp(index, ".") else { return false }
      }
    }
    return true
  }

  // MARK: Literals

  /// The string a value is (a plain literal, or a name bound to one).
  package func string(_ tokens: Range<Int>) -> String? {
    file.literalString(tokens: resolve(tokens))
  }

  /// The boolean a value is: `True`/`False` (Python), `true`/`false` (TypeScript), or a name bound to one.
  package func bool(_ tokens: Range<Int>) -> Bool? {
    let value = resolve(tokens)
    guard value.count == 1, file.tokens[value.lowerBound].kind == .name else { return nil }
    switch file.text(token: value.lowerBound) {
    case "True", "true": return true
    case "False", "false": return false
    default: return nil
    }
  }

  /// The integer a value is (`80`, `-1`), or a name bound to one.
  package func integer(_ tokens: Range<Int>) -> Int? {
    let value = resolve(tokens)
    if value.count == 1, file.tokens[value.lowerBound].kind == .number {
      return Int(file.text(token: value.lowerBound).replacingOccurrences(of: "_", with: ""))
    }
    if value.count == 2, file.isOp(value.lowerBound, "-"), file.tokens[value.lowerBound + 1].kind == .number {
      return Int(file.text(token: value.lowerBound + 1)).map { -$0 }
    }
    return nil
  }

  /// The call a value is, following names.
  package func call(_ tokens: Range<Int>) -> Call? {
    let value = resolve(tokens)
    return file.callIndex(spanning: value).map { file.calls[$0] }
  }

  /// The elements of the list or array a value is, following names.
  package func elements(_ tokens: Range<Int>) -> [Range<Int>]? {
    file.arrayElements(tokens: resolve(tokens))
  }

  /// The properties of the object literal or dictionary a value is, following names.
  package func properties(_ tokens: Range<Int>) -> [Argument]? {
    file.objectProperties(tokens: resolve(tokens))
  }

  /// The dotted reference a value is exactly (`ec2.SubnetType.PUBLIC`), following names.
  package func reference(_ tokens: Range<Int>) -> Reference? {
    let value = resolve(tokens)
    guard value.count >= 3, isDottedName(value) else { return nil }
    return file.references.first { $0.parts[0].token == value.lowerBound && $0.last.token == value.upperBound - 1 }
  }

  /// The aws-cdk-lib member a value names (`["SubnetType", "PUBLIC"]` in `aws_ec2`), following names.
  package func cdkMember(_ tokens: Range<Int>) -> CDKSymbol? {
    reference(tokens).flatMap { file.cdkSymbol(of: $0) }
  }

  // MARK: Providers

  /// The Pulumi AWS type a callee names, as `module.Type` (`ec2.SecurityGroup`), for `pulumi_aws` (Python) and
  /// `@pulumi/aws` (TypeScript); nil for anything else.
  package func pulumiAWSType(_ callee: Reference) -> String? {
    guard let qualified = file.qualifiedName(of: callee) else { return nil }
    for prefix in ["pulumi_aws.", "@pulumi/aws."] where qualified.hasPrefix(prefix) {
      return String(qualified.dropFirst(prefix.count))
    }
    return nil
  }

  /// The class a CDK for Terraform AWS provider callee names (`SecurityGroup`), for `@cdktf/provider-aws` and
  /// `cdktf_cdktf_provider_aws`; nil for anything else.
  package func cdktfAWSType(_ callee: Reference) -> String? {
    guard let qualified = file.qualifiedName(of: callee),
      qualified.hasPrefix("@cdktf/provider-aws") || qualified.hasPrefix("cdktf_cdktf_provider_aws") else { return nil }
    return callee.last.name
  }

  /// The value of the keyword argument or property named by any of `names`, also looking into a TypeScript
  /// options object passed as a name (`new X(this, 'Id', props)`).
  package func argument(_ call: Call, _ names: [String]) -> Argument? {
    if let found = call.keyword(anyOf: names) { return found }
    guard file.language == .typescript, call.properties.isEmpty, let last = call.positional.last,
      let properties = properties(last.valueTokens) else { return nil }
    return properties.first { names.contains($0.label?.name ?? "") }
  }

  /// Whether a call passes arguments iaclsp cannot see: `**kwargs`, `...props`, or a TypeScript options object
  /// that is neither a literal nor a name bound to one.
  package func hasHiddenArguments(_ call: Call, optionsIndex: Int? = nil) -> Bool {
    if call.arguments.contains(where: \.isSpread) || call.properties.contains(where: \.isSpread) { return true }
    guard file.language == .typescript, let optionsIndex else { return false }
    let positional = call.positional
    guard optionsIndex < positional.count else { return false }
    guard let properties = properties(positional[optionsIndex].valueTokens) else { return true }
    return properties.contains(where: \.isSpread)
  }
}

extension Collection where Element == UInt8 {
  /// Whether the bytes contain `needle` as a contiguous run (a plain byte search, without Foundation).
  package func containsSequence<Needle: Collection>(_ needle: Needle) -> Bool where Needle.Element == UInt8 {
    // Native strings and arrays lend their bytes: search them in place.
    let inPlace = withContiguousStorageIfAvailable { haystack in
      needle.withContiguousStorageIfAvailable { pattern in ByteSearch.contains(haystack, pattern) }
    }
    if let inPlace, let found = inPlace { return found }
    // Other collections are copied first, and searched the same way.
    return Array(self).withUnsafeBufferPointer { haystack in
      Array(needle).withUnsafeBufferPointer { pattern in ByteSearch.contains(haystack, pattern) }
    }
  }
}

/// A plain search for a run of bytes, without Foundation.
enum ByteSearch {
  /// The offset in `haystack` of the first run equal to `needle`; 0 for an empty needle.
  static func firstIndex(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = needle.first else { return 0 }
    guard haystack.count >= needle.count else { return nil }
    var index = 0
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first {
        var offset = 1
        while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return index }
      }
      index += 1
    }
    return nil
  }

  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    firstIndex(haystack, needle) != nil
  }
}
