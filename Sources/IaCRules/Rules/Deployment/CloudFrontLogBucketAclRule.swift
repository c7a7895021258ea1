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
    corrections: CloudFrontLogBucketAclRule.corrections,
    resourceTypes: ["aws-cdk-lib.aws_s3.Bucket", "AWS::S3::Bucket"],
    // A test's stack is synthesized, never deployed.
    testFiles: .exclude
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    // `Bucket` (not `CfnBucket`): the L2 construct whose default ownership this rule knows.
    guard !resource.isCDKv1, resource.type.fqn == "aws-cdk-lib.aws_s3.Bucket", !resource.hasHiddenProps,
      let use = logBucketUse(of: resource, in: model) else { return }
    let file = model.file
    let related = [RelatedLocation(path: file.path, range: use.range, message: "The distribution logs to this bucket")]
    if let ownership = resource.prop("objectOwnership") {
      guard ownership.value.isEnumMember("ObjectOwnership", "BUCKET_OWNER_ENFORCED") else { return }
      var fix: Fix?
      // Written in place (not through a name bound elsewhere): replace the member.
      if ownership.value.tokens == ownership.value.resolvedTokens, let last = ownership.value.tokens.last,
        file.tokens[last].kind == .name {
        fix = Fix(title: "Set object ownership to `BUCKET_OWNER_PREFERRED`", applicability: .unsafe,
          edits: [.replace(file.byteRange(tokens: last..<(last + 1)) ?? ownership.value.range, with: "BUCKET_OWNER_PREFERRED")])
      }
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: ownership.value.range,
        message: "CloudFront writes its logs to this bucket with ACLs, but `BUCKET_OWNER_ENFORCED` disables ACLs, so the distribution fails to deploy",
        fix: fix,
        related: related
      ))
      return
    }
    // CDK sets `OBJECT_WRITER` itself when the bucket is given a canned ACL.
    if resource.isSet("accessControl") { return }
    let name = model.spelling(of: "objectOwnership", for: resource)
    diagnostics.append(Self.description.diagnostic(
      path: file.path,
      range: model.findingRange(of: resource),
      message: "CloudFront writes its logs to this bucket with ACLs, but the bucket sets no `\(name)` and new buckets disable ACLs (`BUCKET_OWNER_ENFORCED`), so the distribution fails to deploy",
      fix: addOwnershipFix(resource, name: name, in: model),
      related: related
    ))
  }

  /// Where a distribution of the file names the bucket as its standard log bucket: `log_bucket` of a
  /// `Distribution` (unless logging is turned off), `logging_config.bucket` of a `CloudFrontWebDistribution`.
  func logBucketUse(of bucket: Resource, in model: FileModel) -> Value? {
    for index in bucket.referencedBy {
      let distribution = model.resources[index]
      switch distribution.type.fqn {
      case "aws-cdk-lib.aws_cloudfront.Distribution":
        guard let value = distribution.prop("logBucket")?.value, value.resource == bucket.index else { continue }
        if distribution.prop("enableLogging")?.value.bool == false { continue }
        return value
      case "aws-cdk-lib.aws_cloudfront.CloudFrontWebDistribution":
        guard let value = distribution.value(at: "loggingConfig.bucket"), value.resource == bucket.index else { continue }
        return value
      default:
        continue
      }
    }
    return nil
  }

  /// Adds `object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED` when the bucket is built through a module
  /// alias (`s3.Bucket`) whose `ObjectOwnership` can be named the same way.
  func addOwnershipFix(_ bucket: Resource, name: String, in model: FileModel) -> Fix? {
    guard let callee = model.file.calls[bucket.call].callee, callee.parts.count >= 2 else { return nil }
    let prefix = callee.parts.dropLast().map(\.name).joined(separator: ".")
    let value = "\(prefix).ObjectOwnership.BUCKET_OWNER_PREFERRED"
    guard let edit = PropEditor(model).add("objectOwnership", value: value, to: bucket) else { return nil }
    return Fix(title: "Set `\(name)` to `BUCKET_OWNER_PREFERRED`", applicability: .unsafe, edits: [edit])
  }
}
