import IaCModel
import IaCSyntax

/// IAC201: a bucket that receives CloudFront standard logs while its object ownership disables ACLs.
public struct CloudFrontLogBucketAclRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC201",
    name: "cloudfront-log-bucket-acl",
    summary: "A CloudFront distribution logs to an S3 bucket whose ACLs are disabled",
    severity: .error,
    frameworks: [.cdk],
    fixAvailability: .sometimes,
    url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging-legacy-s3.html",
    documentation: CloudFrontLogBucketAclRule.documentation,
    triggeringExamples: CloudFrontLogBucketAclRule.triggering,
    nonTriggeringExamples: CloudFrontLogBucketAclRule.nonTriggering,
    corrections: CloudFrontLogBucketAclRule.corrections
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard file.usesCDK, !file.isCDKv1 else { return }
    let reader = ValueReader(file)
    var reported = Set<Int>()
    for call in file.calls {
      guard let callee = call.callee, let symbol = file.cdkSymbol(of: callee), symbol.module == "aws_cloudfront",
        let bucketArgument = logBucket(of: call, members: symbol.members, reader: reader),
        let bucket = reader.call(bucketArgument.valueTokens), let bucketCallee = bucket.callee,
        let bucketSymbol = file.cdkSymbol(of: bucketCallee), bucketSymbol.module == "aws_s3",
        bucketSymbol.members == ["Bucket"], !reader.hasHiddenArguments(bucket, optionsIndex: 2),
        reported.insert(bucket.range.start).inserted else { continue }
      let related = [RelatedLocation(path: file.path, range: bucketArgument.range, message: "The distribution logs to this bucket")]
      if let ownership = reader.argument(bucket, ["object_ownership", "objectOwnership"]) {
        guard let member = reader.cdkMember(ownership.valueTokens), member.module == "aws_s3",
          member.members == ["ObjectOwnership", "BUCKET_OWNER_ENFORCED"] else { continue }
        var fix: Fix?
        if let reference = reader.reference(ownership.valueTokens), reader.resolve(ownership.valueTokens) == ownership.valueTokens {
          fix = Fix(title: "Set object ownership to `BUCKET_OWNER_PREFERRED`", applicability: .unsafe,
            edits: [.replace(reference.last.range, with: "BUCKET_OWNER_PREFERRED")])
        }
        diagnostics.append(Self.description.diagnostic(
          path: file.path,
          range: ownership.value,
          message: "CloudFront writes its logs to this bucket with ACLs, but `BUCKET_OWNER_ENFORCED` disables ACLs, so the distribution fails to deploy",
          fix: fix,
          related: related
        ))
        continue
      }
      // CDK sets `OBJECT_WRITER` itself when the bucket is given a canned ACL.
      if reader.argument(bucket, ["access_control", "accessControl"]) != nil { continue }
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: bucketCallee.range,
        message: "CloudFront writes its logs to this bucket with ACLs, but the bucket sets no `object_ownership` and new buckets disable ACLs (`BUCKET_OWNER_ENFORCED`), so the distribution fails to deploy"
          .replacingSnakeCase(for: file.language),
        fix: addOwnershipFix(bucket, callee: bucketCallee, in: file),
        related: related
      ))
    }
  }

  /// The argument that names the log bucket: `log_bucket` of a `Distribution`, `logging_config.bucket` of a
  /// `CloudFrontWebDistribution`.
  func logBucket(of call: Call, members: [String], reader: ValueReader) -> Argument? {
    switch members {
    case ["Distribution"]:
      if let enabled = reader.argument(call, ["enable_logging", "enableLogging"]), reader.bool(enabled.valueTokens) == false,
        reader.argument(call, ["log_bucket", "logBucket"]) == nil {
        return nil
      }
      return reader.argument(call, ["log_bucket", "logBucket"])
    case ["CloudFrontWebDistribution"]:
      guard let logging = reader.argument(call, ["logging_config", "loggingConfig"]) else { return nil }
      if let properties = reader.properties(logging.valueTokens) {
        return properties.first { $0.label?.name == "bucket" }
      }
      if let configuration = reader.call(logging.valueTokens) {
        return reader.argument(configuration, ["bucket"])
      }
      return nil
    default:
      return nil
    }
  }

  /// Adds `object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED` when the bucket is built through a module
  /// alias (`s3.Bucket`) whose `ObjectOwnership` can be named the same way.
  func addOwnershipFix(_ bucket: Call, callee: Reference, in file: SourceFile) -> Fix? {
    guard callee.parts.count >= 2 else { return nil }
    if file.language == .typescript, bucket.positional.count > 2,
      file.objectProperties(tokens: bucket.positional[bucket.positional.count - 1].valueTokens) == nil {
      return nil
    }
    let prefix = callee.parts.dropLast().map(\.name).joined(separator: ".")
    let name = file.language == .python ? "object_ownership" : "objectOwnership"
    let value = "\(prefix).ObjectOwnership.BUCKET_OWNER_PREFERRED"
    guard let edit = ArgumentInserter(file).edit(adding: name, value: value, to: bucket) else { return nil }
    return Fix(title: "Set `\(name)` to `BUCKET_OWNER_PREFERRED`", applicability: .unsafe, edits: [edit])
  }
}
