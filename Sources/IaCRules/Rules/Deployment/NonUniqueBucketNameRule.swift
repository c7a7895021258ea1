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
    corrections: NonUniqueBucketNameRule.corrections
  )

  /// Words in an interpolated expression that make a name unique to an account, a stack or a random draw.
  static let uniqueMarkers = [
    "account", "random", "uuid", "unique", "stackid", "stack_id", "addr", "hash", "nanoid", "shortid", "suffix.result",
    "suffix.hex", "pet.id",
  ]

  /// What a bucket-naming input belongs to.
  enum Target {
    case cdk
    case pulumi
    case cdktfBucket
    case terraformBackend
  }

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !file.frameworks.isEmpty, !file.isTestFile else { return }
    let reader = ValueReader(file)
    var reported = Set<Int>()
    for call in file.calls {
      guard let callee = call.callee, let (target, names) = target(callee, in: file, reader: reader) else { continue }
      if reader.hasHiddenArguments(call) { continue }
      guard let argument = reader.argument(call, names) else { continue }
      for template in reader.stringTemplates(argument.valueTokens) {
        guard !Self.isUnique(template), reported.insert(template.range.start).inserted else { continue }
        let shown = template.display(for: file.language)
        let message = target == .terraformBackend
          ? "The state bucket name `\(shown)` has no account ID or other unique part; S3 bucket names are global, so another account may own it"
          : "The bucket name `\(shown)` has no account ID or other unique part; S3 bucket names are global, so another account may already own it"
        diagnostics.append(Self.description.diagnostic(
          path: file.path,
          range: template.range,
          message: message,
          fix: fix(template, target: target, in: file)
        ))
      }
    }
  }

  /// The kind of resource a callee creates and the inputs that name its bucket; nil for other calls.
  func target(_ callee: Reference, in file: SourceFile, reader: ValueReader) -> (Target, [String])? {
    switch callee.last.name {
    case "Bucket", "CfnBucket", "BucketV2":
      if let symbol = file.cdkSymbol(of: callee), symbol.module == "aws_s3", symbol.members == [callee.last.name] {
        return (.cdk, ["bucket_name", "bucketName"])
      }
      if let type = reader.pulumiAWSType(callee), type == "s3.Bucket" || type == "s3.BucketV2" {
        return (.pulumi, ["bucket"])
      }
      return nil
    case "S3Bucket":
      return reader.cdktfAWSType(callee) != nil ? (.cdktfBucket, ["bucket"]) : nil
    case "S3Backend":
      guard let qualified = file.qualifiedName(of: callee), qualified == "cdktf.S3Backend"
      else { return nil }
      return (.terraformBackend, ["bucket"])
    default:
      return nil
    }
  }

  /// Whether a name holds something unique: an account ID token, a 12-digit number, a random or unique value.
  static func isUnique(_ template: StringTemplate) -> Bool {
    let literal = template.literalText
    // A name that is all expression (`config.require("bucket")`) is not spelled out here.
    guard literal.utf8.contains(where: { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) else { return true }
    for expression in template.expressions {
      let lower = expression.lowercased()
      if uniqueMarkers.contains(where: { lower.contains($0) }) { return true }
      // A prefix or bucket name handed in from elsewhere (`props.bucketPrefix`) may carry the unique part.
      if lower.contains("prefix") || lower.contains("bucket") { return true }
    }
    let lowerLiteral = literal.lowercased()
    if lowerLiteral.contains("account") { return true }
    return hasUniqueRun(lowerLiteral)
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
  /// `DataAwsCallerIdentity` in CDK for Terraform.
  func fix(_ template: StringTemplate, target: Target, in file: SourceFile) -> Fix? {
    guard let index = template.singleToken, let account = accountExpression(at: index, target: target, in: file),
      let content = file.stringContentRange(token: index) else { return nil }
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

  func accountExpression(at index: Int, target: Target, in file: SourceFile) -> String? {
    switch target {
    case .terraformBackend:
      // A backend is configured before any resource or data source exists: only a literal works there.
      return nil
    case .cdk:
      guard let declaration = file.classes.last(where: { $0.bodyTokens.contains(index) }),
        declaration.bases.contains(where: { ($0.split(separator: ".").last.map(String.init) ?? $0).hasSuffix("Stack") })
      else { return nil }
      // Inside a method of the stack (where `self`/`this` is the stack).
      guard file.functions.contains(where: { $0.bodyTokens.contains(index) && $0.enclosingClass.map { file.classes[$0].nameRange == declaration.nameRange } == true })
      else { return nil }
      return file.language == .python ? "self.account" : "this.account"
    case .pulumi:
      guard file.language == .python,
        let assignment = file.assignments.first(where: { assignment in
          guard let call = assignment.valueCall, !assignment.target.contains(".") else { return false }
          return file.calls[call].callee?.last.name == "get_caller_identity"
        }), assignment.targetRange.start < Int(file.tokens[index].start) else { return nil }
      return "\(assignment.target).account_id"
    case .cdktfBucket:
      guard file.language == .typescript,
        let assignment = file.assignments.first(where: { assignment in
          guard let call = assignment.valueCall else { return false }
          return file.calls[call].callee?.last.name == "DataAwsCallerIdentity"
        }), assignment.targetRange.start < Int(file.tokens[index].start) else { return nil }
      return "\(assignment.target).accountId"
    }
  }
}
