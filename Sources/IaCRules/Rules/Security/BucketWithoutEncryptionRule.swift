import IaCModel
import IaCSyntax

/// IAC304: an S3 bucket with neither encryption nor block-public-access settings, in a stack that handles
/// sensitive data.
public struct BucketWithoutEncryptionRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC304",
    name: "bucket-without-encryption",
    summary: "An S3 bucket in a stack that handles sensitive data sets neither encryption nor public access blocking",
    severity: .info,
    frameworks: [.cdk],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html",
    documentation: BucketWithoutEncryptionRule.documentation,
    triggeringExamples: BucketWithoutEncryptionRule.triggering,
    nonTriggeringExamples: BucketWithoutEncryptionRule.nonTriggering,
    resourceTypes: ["aws-cdk-lib.aws_s3.Bucket"],
    // A test's stack stores nothing.
    testFiles: .exclude
  )

  /// Words of identifiers that say the code handles sensitive data.
  static let sensitiveWords: Set<String> = [
    "payment", "payments", "transaction", "transactions", "financial", "finance", "banking", "creditcard",
    "creditcards", "cardholder", "cardholders", "pci", "pii", "phi", "patient", "patients", "medical", "healthcare",
    "hipaa", "ssn", "gdpr",
  ]

  /// Pairs of adjacent words that say the same (`credit_card`, `personalData`).
  static let sensitivePairs: Set<[String]> = [["credit", "card"], ["credit", "cards"], ["personal", "data"], ["health", "records"]]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    if context.options.sensitiveData == false { return }
    guard !resource.hasHiddenProps, ["encryption", "encryptionKey", "blockPublicAccess"].allSatisfy({ !resource.isSet($0) })
    else { return }
    guard context.options.sensitiveData ?? Self.handlesSensitiveData(model) else { return }
    let encryption = model.spelling(of: "encryption", for: resource)
    let blockPublicAccess = model.spelling(of: "blockPublicAccess", for: resource)
    diagnostics.append(Self.description.diagnostic(
      path: model.file.path,
      range: model.findingRange(of: resource),
      message: "This bucket sets neither `\(encryption)` nor `\(blockPublicAccess)`, in a stack that handles sensitive data"
    ))
  }

  /// Whether the file's identifiers (names in code, construct ids and resource names) or its module docstring,
  /// which says what the application does, mention sensitive data. Other strings are not read: rule descriptions,
  /// SQL and messages mention transactions and payments without the stack storing any.
  static func handlesSensitiveData(_ model: FileModel) -> Bool {
    let file = model.file
    // A name recurs throughout a file: judge each spelling once.
    var judged = Set<String>()
    // The brackets open at each token: a name that labels a value inside an object literal (`{ PaymentNetworks: [...] }`)
    // or a call (`payment_networks=[...]`) is the API's vocabulary, not what the application does.
    var open: [UInt8] = []
    for index in file.tokens.indices {
      let token = file.tokens[index]
      if token.kind == .op, token.end == token.start + 1 {
        let byte = file.bytes[Int(token.start)]
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): open.append(byte)
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): if !open.isEmpty { open.removeLast() }
        default: break
        }
        continue
      }
      guard token.kind == .name else { continue }
      if let enclosing = open.last {
        if enclosing == UInt8(ascii: "{"), file.language == .typescript, file.isOp(index + 1, ":") { continue }
        if enclosing == UInt8(ascii: "("), file.language == .python, file.isOp(index + 1, "=") { continue }
      }
      let name = file.text(token: index)
      if judged.insert(name).inserted, mentionsSensitiveData(name) { return true }
    }
    if file.language == .python,
      let first = file.tokens.indices.first(where: { file.tokens[$0].kind != .comment && file.tokens[$0].kind != .newline }),
      file.tokens[first].kind == .string, let docstring = file.stringContents(token: first),
      mentionsSensitiveData(docstring) {
      return true
    }
    return model.resources.contains { $0.idText.map(mentionsSensitiveData) ?? false }
  }

  /// Whether the words of an identifier (`snake_case`, `camelCase`, `PascalCase`, `kebab-case`) or of prose name
  /// sensitive data.
  static func mentionsSensitiveData(_ identifier: String) -> Bool {
    let words = Self.words(identifier)
    if words.contains(where: sensitiveWords.contains) { return true }
    return zip(words, words.dropFirst()).contains { sensitivePairs.contains([$0, $1]) }
  }

  /// The lowercase words of an identifier: split at separators and where a lowercase letter meets an uppercase one
  /// (`PaymentReceipts` → `payment`, `receipts`; `PIIData` → `pii`, `data`).
  static func words(_ identifier: String) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    let bytes = Array(identifier.utf8)
    func flush() {
      if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
      current.removeAll()
    }
    for (index, byte) in bytes.enumerated() {
      let isUpper = Casing.isUpper(byte)
      guard isUpper || Casing.isLower(byte) || Casing.isDigit(byte) else {
        flush()
        continue
      }
      if isUpper, !current.isEmpty {
        let previous = bytes[index - 1]
        let nextIsLower = index + 1 < bytes.count && Casing.isLower(bytes[index + 1])
        // `aB` starts a word; so does the last capital of an acronym before a lowercase letter (`PIIData`).
        if Casing.isLower(previous) || Casing.isDigit(previous) || Casing.isUpper(previous) && nextIsLower { flush() }
      }
      current.append(isUpper ? byte + 32 : byte)
    }
    flush()
    return words
  }
}
