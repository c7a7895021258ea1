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

  /// The aws-cdk-lib release that deprecated `S3Origin` and brought `S3BucketOrigin` and `S3StaticWebsiteOrigin`.
  static let replacementVersion = "2.156"

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    // CDK v1 has no `S3BucketOrigin`.
    guard !model.isCDKv1 else { return }
    let file = model.file
    let catalog = APICatalog.shared
    var pinsChecked = false
    for call in file.calls {
      guard let callee = call.callee, callee.last.name == "S3Origin", !callee.hasReceiverExpression,
        let symbol = catalog.symbol(for: callee, in: file), symbol.package == .awsCdkLib, symbol.kind == .class,
        symbol.qualifiedName.hasSuffix("aws_cloudfront_origins.S3Origin") else { continue }
      if !pinsChecked {
        // Before 2.156, `S3Origin` is not deprecated and its replacements do not exist.
        if LibraryVersions.pinsBelow(.awsCdkLib, Self.replacementVersion, pins: LibraryVersions.pins(for: context)) { return }
        pinsChecked = true
      }
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: callee.range,
        message: "`S3Origin` is deprecated: it grants access through a legacy origin access identity (OAI)",
        fix: fix(for: call, callee: callee, in: model)
      ))
    }
  }

  func fix(for call: Call, callee: Reference, in model: FileModel) -> Fix {
    let file = model.file
    let python = file.language == .python
    let prefix = callee.parts.dropLast().map { $0.name + "." }.joined()
    let identityKey = PropName.fold("originAccessIdentity")
    let usesIdentity = (call.arguments + call.properties).contains { $0.label.map { PropName.fold($0.name) } == identityKey }
    var replacement: String
    var title: String
    var keepNew = false
    // Keeping the OAI, or a website origin, deploys what `S3Origin` did; origin access control replaces the OAI
    // with new resources and a new bucket policy.
    var applicability = Applicability.safe
    if !usesIdentity, let bucket = call.positional.first, isWebsiteBucket(bucket, in: model) {
      replacement = "\(prefix)S3StaticWebsiteOrigin"
      title = "Use `S3StaticWebsiteOrigin`"
      keepNew = true
    } else {
      let jsiiMethod = usesIdentity ? "withOriginAccessIdentity" : "withOriginAccessControl"
      let method = python ? Casing.snakeCase(jsiiMethod) : jsiiMethod
      replacement = "\(prefix)S3BucketOrigin.\(method)"
      title = "Use `S3BucketOrigin.\(method)`"
      if !usesIdentity { applicability = .unsafe }
    }
    let start = keepNew ? callee.range.start : (call.newKeyword?.start ?? callee.range.start)
    var edits = [Edit.replace(TextRange(start: start, end: callee.range.end), with: replacement)]
    if prefix.isEmpty {
      // `S3Origin` was imported by name: import the replacement, in its place when nothing else uses it.
      let name = callee.parts[0].name
      let member = replacement.split(separator: ".").first.map(String.init) ?? replacement
      if let statement = file.imports.first(where: { statement in statement.specifiers.contains { $0.alias == name } }) {
        let renamed = usesOfName(name, in: file) == 1
          ? ImportEditor(file).edits(replacingMember: name, with: member, in: statement) : []
        edits += renamed.isEmpty ? ImportEditor(file).edits(importingMember: member, from: statement.module) : renamed
      }
    }
    return Fix(title: title, applicability: applicability, edits: edits)
  }

  /// How many places outside the imports use a name.
  func usesOfName(_ name: String, in file: SourceFile) -> Int {
    var starts = Set<Int>()
    for reference in file.references + file.calls.compactMap(\.callee) where reference.parts[0].name == name {
      let start = reference.parts[0].range.start
      if !file.imports.contains(where: { $0.range.start <= start && start < $0.range.end }) { starts.insert(start) }
    }
    return starts.count
  }

  /// Whether the first argument is a bucket created in this file with website hosting turned on.
  func isWebsiteBucket(_ argument: Argument, in model: FileModel) -> Bool {
    guard let bucket = model.resource(denotedBy: argument.valueTokens), bucket.type.name == "Bucket" else { return false }
    return bucket.isSet("websiteIndexDocument")
  }
}
