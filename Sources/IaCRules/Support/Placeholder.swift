import IaCModel

/// Placeholder values: literals that stand in for a value only the user can supply (`"REPLACE_ME"`,
/// `"<your-domain>"`, `vpc-xxxxxxxx`, an ARN in the documentation account `123456789012`), judged in inputs that
/// take such values — ids, ARNs, account numbers, tokens and secrets, URLs and domains, email addresses, bucket
/// names — or in values shaped like one.
enum Placeholder {

  /// Words of an input's name that say it takes a value only the user can supply: an id, an ARN, an account,
  /// a token or secret, a URL or domain, an email address, a bucket of their own.
  static let mustReplaceWords: Set<String> = [
    "id", "ids", "arn", "arns", "account", "accounts", "token", "tokens", "secret", "secrets", "password", "passwords",
    "passwd", "passphrase", "credential", "credentials", "url", "urls", "uri", "uris", "endpoint", "endpoints",
    "email", "emails", "domain", "domains", "hostname", "bucket",
  ]

  /// Pairs of words that name a secret (`api_key`, `access_key`).
  static let secretPairs: [[String]] = [["api", "key"], ["access", "key"], ["secret", "key"], ["private", "key"]]

  /// Prefixes of AWS resource ids (`vpc-0abc…`, `subnet-…`).
  static let resourceIDPrefixes: Set<String> = [
    "vpc", "subnet", "sg", "ami", "igw", "rtb", "eni", "vol", "snap", "nat", "acl", "pl", "tgw", "vpce", "lt", "eipalloc",
    "i",
  ]

  /// Whether an input takes a value the user must supply (see ``mustReplaceWords``).
  static func isMustReplaceInput(_ name: String) -> Bool {
    inputMemo.value(name) { isMustReplaceInputUncached(name) }
  }

  /// Answers of ``isMustReplaceInput(_:)``: inputs are the few names of props and keyword arguments, asked for
  /// again with every value passed to them.
  static let inputMemo = NameAnswerMemo(limit: 4096)

  static func isMustReplaceInputUncached(_ name: String) -> Bool {
    let words = segments(of: name)
    if words.contains(where: mustReplaceWords.contains) { return true }
    return containsRun(words, of: secretPairs)
  }

  /// Whether a value is shaped like one only the user can supply: an ARN, a URL, an email address, an AWS
  /// resource id, an account number.
  static func isMustReplaceShape(_ value: String, words: [String]) -> Bool {
    if let answer = value.utf8.withContiguousStorageIfAvailable({ isASCIIMustReplaceShape($0, words: words) }),
      let answer {
      return answer
    }
    let lower = value.lowercased()
    if lower.hasPrefix("arn:") || lower.hasPrefix("https://") || lower.hasPrefix("http://") { return true }
    if hasAddressShape(lower) { return true }
    if words.count >= 2, resourceIDPrefixes.contains(words[0]), lower.hasPrefix(words[0] + "-") { return true }
    // A bracketed stand-in for the user's own value (`<YOUR_RESOURCE_GROUP_NAME>`), which no input accepts as
    // written, or one that names what it stands for: `<your-domain>`, `YOUR_ACCOUNT_ID`, `your-api-token`.
    if lower.hasPrefix("<") && words.first == "your" { return true }
    return words.contains(where: mustReplaceWords.contains) && (words.first == "your" || lower.hasPrefix("<"))
  }

  /// ``isMustReplaceShape(_:words:)`` of an ASCII value, on its bytes (each byte a character, lower-cased where it is
  /// compared); nil when the value holds other characters.
  static func isASCIIMustReplaceShape(_ bytes: UnsafeBufferPointer<UInt8>, words: [String]) -> Bool? {
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
    // Whether the value, lower-cased, starts with `prefix` (lower case), and then `next` if given.
    func starts(with prefix: String.UTF8View, then next: UInt8? = nil) -> Bool {
      guard bytes.count >= prefix.count + (next == nil ? 0 : 1) else { return false }
      var offset = 0
      for expected in prefix {
        let byte = bytes[offset]
        if (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte) != expected { return false }
        offset += 1
      }
      return next.map { bytes[offset] == $0 } ?? true
    }
    if starts(with: "arn:".utf8) || starts(with: "https://".utf8) || starts(with: "http://".utf8) { return true }
    // An `@` after the first character and a `.` after it (lower-casing moves neither).
    if let at = bytes.firstIndex(of: UInt8(ascii: "@")), at != 0, bytes[at...].contains(UInt8(ascii: ".")) { return true }
    if words.count >= 2, resourceIDPrefixes.contains(words[0]), starts(with: words[0].utf8, then: UInt8(ascii: "-")) {
      return true
    }
    let bracketed = bytes.first == UInt8(ascii: "<")
    if bracketed && words.first == "your" { return true }
    return words.contains(where: mustReplaceWords.contains) && (words.first == "your" || bracketed)
  }

  /// Whether a value has an `@` after its first character and a `.` after that, as an email address has.
  static func hasAddressShape(_ value: String) -> Bool {
    let utf8 = value.utf8
    if !utf8.contains(where: { $0 >= 0x80 }) {
      // ASCII: the bytes are the characters.
      guard let at = utf8.firstIndex(of: UInt8(ascii: "@")), at != utf8.startIndex else { return false }
      return utf8[at...].contains(UInt8(ascii: "."))
    }
    guard let at = value.firstIndex(of: "@"), at != value.startIndex else { return false }
    return value[at...].contains(".")
  }

  /// Whole values that stand in for a real one.
  static let placeholderWords: Set<String> = [
    "placeholder", "changeme", "changethis", "replaceme", "replacethis", "dummy", "yourvaluehere",
    "insertvaluehere",
  ]

  /// Words that are placeholders only when shouted (`"TODO"`; a table may well be called `todo`).
  static let upperCasePlaceholderWords: Set<String> = ["TODO", "TBD", "FIXME", "TBA"]

  /// Words that mark a placeholder wherever they stand in a name, ARN or domain (`placeholder.example.com`).
  static let placeholderSegments: [[String]] = [
    ["placeholder"], ["changeme"], ["change", "me"], ["replaceme"], ["replace", "me"], ["replace", "with"],
    ["todo", "replace"], ["your", "account", "id"], ["xxxxxxxxxxxx"], ["123456789012"],
  ]

  /// Whether a string is a placeholder for an input: the input (or the value's shape) must be one the user
  /// supplies, and the value is a placeholder word on its own (`"TODO"`, `"REPLACE_ME"`, `"dummy"`), a run of `x`
  /// (`"xxx"`, `vpc-xxxxxxxx`), an angle-bracketed or `your-...` stand-in (`"<your-domain>"`,
  /// `"https://github.com/<the-rest-of-the-url>"`), a counting number where an id belongs (`"123"`), or a name with a
  /// placeholder word in it (`"arn:aws:acm:...:certificate/PLACEHOLDER"`). Prose (text with spaces that is not
  /// bracketed) is never a placeholder.
  static func isPlaceholder(_ value: String, input: String) -> Bool {
    let trimmed = value.trimmingCharacters(in: " ")
    guard !trimmed.isEmpty else { return false }
    let words = segments(of: trimmed)
    let isMustReplace = isMustReplaceInput(input)
    guard isMustReplace || isMustReplaceShape(trimmed, words: words) else { return false }
    if trimmed.hasPrefix("<") && trimmed.hasSuffix(">") && trimmed.count > 2 && !trimmed.utf8.containsSequence("</".utf8) {
      return isStandIn(trimmed.dropFirst().dropLast())
    }
    if trimmed.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "$") }) { return false }
    if hasBracketedStandIn(trimmed) { return true }
    guard !words.isEmpty else { return false }
    if placeholderWords.contains(words.joined()) { return true }
    if upperCasePlaceholderWords.contains(trimmed) { return true }
    if words.contains(where: { $0.count >= 3 && $0.allSatisfy { $0 == "x" } }) { return true }
    if words.first == "your" && words.count >= 2 { return true }
    if isCountingNumber(trimmed) && isMustReplace { return true }
    for pattern in placeholderSegments {
      if pattern.count == 1 {
        if words.contains(pattern[0]) { return true }
      } else if containsRun(words, of: [pattern]) {
        return true
      }
    }
    return false
  }

  /// The inside of `<...>` reads as words standing in for a value (`your-domain`, `the rest of the url`), not as a
  /// context attribute (`aws.scheduler.scheduled-time`) or markup.
  static func isStandIn(_ inner: Substring) -> Bool {
    guard !inner.isEmpty else { return false }
    return inner.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil
      || $0 == "-" || $0 == "_" || $0 == " " }
  }

  /// A `<stand-in>` inside a longer value: `https://github.com/<the-rest-of-the-url>`.
  static func hasBracketedStandIn(_ value: String) -> Bool {
    var rest = Substring(value)
    while let open = rest.firstIndex(of: "<") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: ">") else { return false }
      let inner = after[..<close]
      if inner.count >= 3, isStandIn(inner), inner.first?.isLetter == true { return true }
      rest = after[after.index(after: close)...]
    }
    return false
  }

  /// `123`, `1234`, ... `1234567890`, or all zeros: numbers no real id or account has.
  static func isCountingNumber(_ value: String) -> Bool {
    guard value.count >= 3, value.allSatisfy(\.isNumber) else { return false }
    return "1234567890".hasPrefix(value) || value.allSatisfy { $0 == "0" }
  }

  /// Whether `words` contains one of `patterns` as consecutive words.
  static func containsRun(_ words: [String], of patterns: [[String]]) -> Bool {
    for pattern in patterns where words.count >= pattern.count {
      for start in 0...(words.count - pattern.count) where Array(words[start..<(start + pattern.count)]) == pattern {
        return true
      }
    }
    return false
  }

  /// The lower-cased words of a value, split at punctuation and at lower-to-upper case changes.
  static func segments(of value: String) -> [String] {
    asciiSegments(of: value) ?? scalarSegments(of: value)
  }

  /// ``segments(of:)`` by Unicode scalars and their properties, for any value.
  static func scalarSegments(of value: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previousWasLower = false
    for scalar in value.unicodeScalars {
      let isLetterOrDigit = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
      if !isLetterOrDigit {
        if !current.isEmpty { words.append(current) }
        current = ""
        previousWasLower = false
        continue
      }
      if scalar.properties.isUppercase && previousWasLower && !current.isEmpty {
        words.append(current)
        current = ""
      }
      current += String(scalar).lowercased()
      previousWasLower = scalar.properties.isLowercase
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// ``segments(of:)`` of an ASCII value, on its bytes; nil when the value holds other characters.
  static func asciiSegments(of value: String) -> [String]? {
    value.utf8.withContiguousStorageIfAvailable(asciiSegments(of:))
      ?? Array(value.utf8).withUnsafeBufferPointer(asciiSegments(of:))
  }

  /// ``asciiSegments(of:)`` of bytes held in place: each word is lower-cased from its run of bytes, without a buffer.
  static func asciiSegments(of bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
    var words: [String] = []
    var start = 0
    var previousWasLower = false
    func word(_ range: Range<Int>) -> String {
      String(unsafeUninitializedCapacity: range.count) { buffer in
        for (offset, byte) in bytes[range].enumerated() {
          buffer[offset] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
        }
        return range.count
      }
    }
    for (index, byte) in bytes.enumerated() {
      guard byte < 0x80 else { return nil }
      let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
      let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
      guard isUpper || isLower || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else {
        if start < index { words.append(word(start..<index)) }
        start = index + 1
        previousWasLower = false
        continue
      }
      if isUpper && previousWasLower && start < index {
        words.append(word(start..<index))
        start = index
      }
      previousWasLower = isLower
    }
    if start < bytes.count { words.append(word(start..<bytes.count)) }
    return words
  }
}
