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
    nonTriggeringExamples: BucketWithoutEncryptionRule.nonTriggering
  )

  /// Words in identifiers and strings that say the code handles sensitive data.
  static let sensitiveWords = [
    "payment", "transaction", "financial", "finance", "banking", "creditcard", "credit_card", "cardholder", "pci",
    "pii", "patient", "medical", "health", "hipaa", "ssn", "personal_data", "personaldata", "gdpr",
  ]

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard file.usesCDK else { return }
    if context.options.sensitiveData == false { return }
    var isSensitive: Bool?
    for call in file.calls {
      guard let callee = call.callee, callee.last.name == "Bucket", let symbol = file.cdkSymbol(of: callee),
        symbol.module == "aws_s3", symbol.members == ["Bucket"],
        call.keyword(anyOf: ["encryption", "encryption_key", "encryptionKey", "block_public_access", "blockPublicAccess"]) == nil,
        !call.arguments.contains(where: \.isSpread), !call.properties.contains(where: \.isSpread) else { continue }
      if isSensitive == nil { isSensitive = context.options.sensitiveData ?? Self.handlesSensitiveData(file) }
      guard isSensitive == true else { return }
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: callee.range,
        message: "This bucket sets neither `encryption` nor `block_public_access`, in a stack that handles sensitive data"
          .replacingSnakeCase(for: file.language)
      ))
    }
  }

  /// Whether identifiers or string literals in the file (not its comments) mention sensitive data.
  static func handlesSensitiveData(_ file: SourceFile) -> Bool {
    for index in file.tokens.indices {
      let kind = file.tokens[index].kind
      guard kind == .name || kind == .string else { continue }
      let text = file.text(token: index).lowercased()
      if sensitiveWords.contains(where: { text.contains($0) }) { return true }
    }
    return false
  }
}

extension String {
  /// The message with `snake_case` property names written in camelCase for TypeScript.
  func replacingSnakeCase(for language: Language) -> String {
    guard language == .typescript else { return self }
    var result = ""
    var upperNext = false
    var inCode = false
    for character in self {
      if character == "`" { inCode.toggle() }
      if inCode && character == "_" {
        upperNext = true
        continue
      }
      result.append(upperNext ? Character(character.uppercased()) : character)
      upperNext = false
    }
    return result
  }
}
