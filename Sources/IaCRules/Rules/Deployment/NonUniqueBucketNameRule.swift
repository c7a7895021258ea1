import IaCModel
import IaCSyntax

/// IAC205: an explicit S3 bucket name with neither the account ID nor another unique part.
public struct NonUniqueBucketNameRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC205",
    name: "non-unique-bucket-name",
    summary: "An explicit S3 bucket name has no account ID or other unique part, so another account may own it",
    severity: .warning,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .sometimes,
    url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html",
    documentation: NonUniqueBucketNameRule.documentation,
    triggeringExamples: NonUniqueBucketNameRule.triggering,
    nonTriggeringExamples: NonUniqueBucketNameRule.nonTriggering,
    corrections: NonUniqueBucketNameRule.corrections,
    resourceTypes: [
      "aws-cdk-lib.aws_s3.Bucket", "aws-cdk-lib.aws_s3.CfnBucket", "AWS::S3::Bucket", "aws:s3/bucket:Bucket",
      "aws:s3/bucketV2:BucketV2", "@cdktf/provider-aws.s3Bucket.S3Bucket", "aws_s3_bucket",
    ],
    testFiles: .exclude
  )

  /// Words in an interpolated expression that make a name unique to an account, a stack or a random draw.
  static let uniqueMarkers = [
    "account", "random", "uuid", "unique", "stackid", "stack_id", "addr", "hash", "nanoid", "shortid", "suffix.result",
    "suffix.hex", "pet.id",
  ]

  /// Words in an interpolated expression that bring in the user's own domain or configuration, which no other
  /// account shares.
  static let ownValueMarkers = ["domain", "config", "cfg", "context", "require", "settings", "prefix", "bucket"]

  /// S3's limit on the length of a bucket name.
  static let maximumLength = 63

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard let prop = resource.prop(resource.type.framework == .cdk ? "bucketName" : "bucket"),
      let template = prop.value.template else { return }
    let file = model.file
    // A placeholder is reported as one (IAC208), not again as a name that is not unique.
    if let text = prop.value.string, Placeholder.isPlaceholder(text, input: prop.label.name) { return }
    guard !Self.isUnique(template) else { return }
    let range = file.byteRange(tokens: prop.value.resolvedTokens) ?? template.range
    let shown = template.display(for: file.language)
    diagnostics.append(Self.description.diagnostic(
      path: file.path,
      range: range,
      message: "The bucket name `\(shown)` has no account ID or other unique part; S3 bucket names are global, so another account may already own it",
      fix: fix(template, value: prop.value, resource: resource, in: file)
    ))
  }

  /// Whether a name holds something unique: an account ID token, a 12-digit number, a random or unique value.
  static func isUnique(_ template: StringTemplate) -> Bool {
    let literal = template.literalText
    // A name that is all expression (`config.require("bucket")`) is not spelled out here.
    guard literal.utf8.contains(where: { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) else { return true }
    for expression in template.expressions {
      let lower = expression.lowercased()
      if uniqueMarkers.contains(where: { mentions(lower, $0) }) { return true }
      // A prefix, bucket name, domain or configured value handed in from elsewhere (`props.bucketPrefix`,
      // `config.targetDomain`) is the user's own or may carry the unique part.
      if ownValueMarkers.contains(where: { mentions(lower, $0) }) { return true }
    }
    let lowerLiteral = literal.lowercased()
    if mentions(lowerLiteral, "account") { return true }
    // A name under a domain (`assets.example-shop.com`): only the domain's owner uses it.
    if isDomainName(lowerLiteral) { return true }
    return hasUniqueRun(lowerLiteral)
  }

  /// Whether `text` holds the ASCII `word`: a byte search, and Foundation's search (which compares characters) only
  /// for text outside ASCII.
  static func mentions(_ text: String, _ word: String) -> Bool {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.containsSequence(word.utf8) }
    return text.contains(word)
  }

  /// Whether a name reads as a domain name: dot-separated labels ending in a top-level domain of letters.
  static func isDomainName(_ name: String) -> Bool {
    let labels = name.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, let last = labels.last, last.count >= 2, last.allSatisfy({ $0 >= "a" && $0 <= "z" })
    else { return false }
    return labels.allSatisfy { !$0.isEmpty }
  }

  /// A run of 12 or more digits (an account ID), or a hex-like run of 8 or more characters with digits and letters.
  static func hasUniqueRun(_ text: String) -> Bool {
    var digits = 0
    var hexLength = 0
    var hexDigits = 0
    var hexLetters = 0
    for byte in text.utf8 {
      let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
      let isHexLetter = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f")
      digits = isDigit ? digits + 1 : 0
      if digits >= 12 { return true }
      if isDigit || isHexLetter {
        hexLength += 1
        if isDigit { hexDigits += 1 } else { hexLetters += 1 }
        if hexLength >= 8 && hexDigits >= 2 && hexLetters >= 1 { return true }
      } else {
        hexLength = 0
        hexDigits = 0
        hexLetters = 0
      }
    }
    return false
  }

  // MARK: Fix

  /// Appends the account in the file's idiom, when the value is one string token and an account expression is
  /// at hand: `self.account`/`this.account` in a CDK stack, a `get_caller_identity()` result in Pulumi Python, a
  /// `DataAwsCallerIdentity` in CDK for Terraform. No fix when the name holds a placeholder still to replace, or
  /// when the account would push it past S3's 63 characters.
  func fix(_ template: StringTemplate, value: Value, resource: Resource, in file: SourceFile) -> Fix? {
    guard value.resolvedTokens.count == 1 else { return nil }
    let index = value.resolvedTokens.lowerBound
    guard let account = accountExpression(at: index, resource: resource, in: file),
      let content = file.stringContentRange(token: index) else { return nil }
    let literal = template.literalText
    if literal.contains("<") || literal.contains(">") || Placeholder.isPlaceholder(literal, input: "bucket") { return nil }
    // `-` and the 12 digits of the account.
    guard literal.count + 13 <= Self.maximumLength else { return nil }
    let token = file.tokens[index]
    let contents = file.text(content)
    let start = Int(token.start)
    let end = Int(token.end)
    let newText: String
    switch file.language {
    case .python:
      let prefix = file.text(TextRange(start: start, end: content.start))
      let quote = String(prefix.last!)
      let letters = prefix.dropLast(token.flags.contains(.triple) ? 3 : 1).lowercased()
      if letters == "f" {
        newText = "\(prefix)\(contents)-{\(account)}\(file.text(TextRange(start: content.end, end: end)))"
      } else if letters.isEmpty, !contents.contains("{"), !contents.contains("}"), !token.flags.contains(.triple) {
        newText = "f\(quote)\(contents)-{\(account)}\(quote)"
      } else {
        return nil
      }
    case .typescript:
      if token.flags.contains(.template) {
        newText = "`\(contents)-${\(account)}`"
      } else {
        guard !contents.contains("`"), !contents.contains("${") else { return nil }
        newText = "`\(contents)-${\(account)}`"
      }
    }
    let shown = file.language == .python ? "-{\(account)}" : "-${\(account)}"
    return Fix(title: "Append the account ID (`\(shown)`)", applicability: .unsafe,
      edits: [.replace(TextRange(start: start, end: end), with: newText)])
  }

  func accountExpression(at index: Int, resource: Resource, in file: SourceFile) -> String? {
    switch resource.type.framework {
    case .cdk:
      // Inside a method of a stack (where `self`/`this` is the stack).
      guard let classIndex = resource.enclosingClass, let functionIndex = resource.enclosingFunction,
        file.functions[functionIndex].enclosingClass == classIndex,
        file.classes[classIndex].bases.contains(where: { ($0.split(separator: ".").last.map(String.init) ?? $0).hasSuffix("Stack") })
      else { return nil }
      return file.language == .python ? "self.account" : "this.account"
    case .pulumi:
      guard file.language == .python,
        let assignment = file.assignments.first(where: { assignment in
          guard let call = assignment.valueCall, !assignment.target.contains(".") else { return false }
          return file.calls[call].callee?.last.name == "get_caller_identity"
        }), assignment.targetRange.start < Int(file.tokens[index].start) else { return nil }
      return "\(assignment.target).account_id"
    case .cdktf:
      guard file.language == .typescript,
        let assignment = file.assignments.first(where: { assignment in
          guard let call = assignment.valueCall else { return false }
          return file.calls[call].callee?.last.name == "DataAwsCallerIdentity"
        }), assignment.targetRange.start < Int(file.tokens[index].start) else { return nil }
      return "\(assignment.target).accountId"
    }
  }
}
