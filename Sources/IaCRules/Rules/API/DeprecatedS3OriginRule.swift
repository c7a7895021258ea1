import IaCModel
import IaCSyntax

/// IAC101: `origins.S3Origin` is deprecated; `S3BucketOrigin.with_origin_access_control` replaces it.
public struct DeprecatedS3OriginRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC101",
    name: "deprecated-s3-origin",
    summary: "`origins.S3Origin` is deprecated in favour of `S3BucketOrigin` with origin access control",
    severity: .warning,
    frameworks: [.cdk],
    fixAvailability: .always,
    url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
    documentation: DeprecatedS3OriginRule.documentation,
    triggeringExamples: DeprecatedS3OriginRule.triggering,
    nonTriggeringExamples: DeprecatedS3OriginRule.nonTriggering,
    corrections: DeprecatedS3OriginRule.corrections,
    tags: [.deprecated]
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard file.usesCDK, !file.isCDKv1 else { return }
    for call in file.calls {
      guard let callee = call.callee, callee.last.name == "S3Origin",
        let symbol = file.cdkSymbol(of: callee), symbol.module == "aws_cloudfront_origins",
        symbol.members == ["S3Origin"] else { continue }
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: callee.range,
        message: "`S3Origin` is deprecated: it grants access through a legacy origin access identity (OAI)",
        fix: fix(for: call, callee: callee, in: file)
      ))
    }
  }

  func fix(for call: Call, callee: Reference, in file: SourceFile) -> Fix {
    let python = file.language == .python
    let prefix = callee.parts.dropLast().map { $0.name + "." }.joined()
    let usesIdentity = call.keyword(anyOf: ["origin_access_identity", "originAccessIdentity"]) != nil
    var replacement: String
    var title: String
    var keepNew = false
    if !usesIdentity, let bucket = call.positional.first, isWebsiteBucket(bucket, call: call, in: file) {
      replacement = "\(prefix)S3StaticWebsiteOrigin"
      title = "Use `S3StaticWebsiteOrigin`"
      keepNew = true
    } else {
      let method = usesIdentity
        ? (python ? "with_origin_access_identity" : "withOriginAccessIdentity")
        : (python ? "with_origin_access_control" : "withOriginAccessControl")
      replacement = "\(prefix)S3BucketOrigin.\(method)"
      title = "Use `S3BucketOrigin.\(method)`"
    }
    let start = keepNew ? callee.range.start : (call.newKeyword?.start ?? callee.range.start)
    var edits = [Edit.replace(TextRange(start: start, end: callee.range.end), with: replacement)]
    if prefix.isEmpty {
      // `S3Origin` was imported directly: import the replacement beside it.
      let member = replacement.split(separator: ".").first.map(String.init) ?? replacement
      if let statement = file.imports.first(where: { statement in
        statement.specifiers.contains { $0.alias == callee.parts[0].name }
      }) {
        edits += ImportEditor(file).edits(importingMember: member, from: statement.module)
      }
    }
    return Fix(title: title, applicability: .safe, edits: edits)
  }

  /// Whether the first argument names a bucket created in this file with website hosting turned on.
  func isWebsiteBucket(_ argument: Argument, call: Call, in file: SourceFile) -> Bool {
    guard let bucket = file.resolvedCall(of: argument.valueTokens), bucket.callee?.last.name == "Bucket" else {
      return false
    }
    return bucket.keyword(anyOf: ["website_index_document", "websiteIndexDocument"]) != nil
  }
}
