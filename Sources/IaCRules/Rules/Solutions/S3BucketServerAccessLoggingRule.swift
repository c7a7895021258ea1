import IaCModel
import IaCSyntax

/// IAC700: an S3 bucket logs no requests, and no other bucket logs into it.
public struct S3BucketServerAccessLoggingRule: Rule {
  public init() {}

  static let bucket = "aws-cdk-lib.aws_s3.Bucket"
  static let cfnBucket = "aws-cdk-lib.aws_s3.CfnBucket"

  public static let description = RuleDescription.solutions(
    code: "IAC700",
    summary: "An S3 bucket has server access logging off",
    url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
    resourceTypes: [bucket, cfnBucket],
    documentation: SolutionsDocumentation.page(
      code: "IAC700",
      whatItDoes: """
        Finds `s3.Bucket` constructs that set neither `server_access_logs_bucket` nor `server_access_logs_prefix`,
        and `s3.CfnBucket` constructs without a `logging_configuration`. A bucket that another bucket of the file
        names as its `server_access_logs_bucket` (or that a `CfnBucket`'s logging configuration refers to) is a
        log target and passes, as in cdk-nag: logging a log bucket's own requests would go on forever.

        A bucket handed to a custom construct or a helper function defined in the same file is judged by what that
        code does: it passes when the code makes a bucket (which may log into it) or calls code iaclsp cannot read.
        A bucket handed to a construct or function defined elsewhere may become a log target or get its logging
        there, and one whose CloudFormation resource is edited through `node.default_child` may be changed in ways
        iaclsp does not read: neither is reported, and neither is a bucket whose props come from `**kwargs`.
        """,
      why: """
        Server access logs record every request made to a bucket: who read or deleted which object, from where.
        Without them, an unexpected download or deletion cannot be traced, and audits that ask for access records
        fail.
        """,
      example: """
        s3.Bucket(self, "Data", enforce_ssl=True)
        """,
      useInstead: """
        logs = s3.Bucket(self, "AccessLogs", enforce_ssl=True)
        s3.Bucket(self, "Data", enforce_ssl=True, server_access_logs_bucket=logs, server_access_logs_prefix="data/")
        """,
      references: [
        (
          title: "Logging requests with server access logging (Amazon S3 User Guide)",
          url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  public func check(
    _ resource: Resource,
    in model: FileModel,
    context: RuleContext,
    into diagnostics: inout [Diagnostic]
  ) {
    let fqn = resource.type.fqn
    guard !resource.isCDKv1, fqn == Self.bucket || fqn == Self.cfnBucket, !resource.hasHiddenProps else { return }
    let logging = fqn == Self.bucket ? ["serverAccessLogsBucket", "serverAccessLogsPrefix"] : ["loggingConfiguration"]
    if logging.contains(where: { resource.isSet($0) }) { return }
    if isLogTarget(resource, in: model) { return }
    if SolutionsSecondConstruct.mayBeCompletedElsewhere(
      resource, in: model, creates: { $0 == Self.bucket || $0 == Self.cfnBucket }, calls: []
    ) { return }
    let name = fqn == Self.bucket ? "server_access_logs_bucket" : "logging_configuration"
    let message = "The bucket logs no requests: `\(model.spelling(of: name, for: resource))` is not set"
    let finding = Self.description.diagnostic(path: model.file.path, range: resource.calleeRange, message: message)
    diagnostics.append(finding)
  }

  /// Whether another bucket of the file sends its access logs to this one.
  func isLogTarget(_ resource: Resource, in model: FileModel) -> Bool {
    let l2 = SolutionsSecondConstruct.referrers(
      of: resource, types: [Self.bucket], props: ["serverAccessLogsBucket"], in: model
    )
    let l1 = SolutionsSecondConstruct.referrers(
      of: resource, types: [Self.cfnBucket], props: ["loggingConfiguration"], in: model
    )
    return !l2.isEmpty || !l1.isEmpty
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_s3 as s3

      ↓s3.Bucket(self, "Data", enforce_ssl=True)
      ↓s3.CfnBucket(self, "Raw")
      """
    ),
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront, aws_s3 as s3

      # A distribution's log bucket is not a server access log target.
      logs = ↓s3.Bucket(self, "CdnLogs")
      cloudfront.Distribution(self, "Cdn", default_behavior=behavior, enable_logging=True, log_bucket=logs)
      """
    ),
    Example(
      """
      import * as s3 from 'aws-cdk-lib/aws-s3';

      const data = ↓new s3.Bucket(this, 'Data', { enforceSSL: true });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_s3 as s3

      logs = s3.Bucket(self, "AccessLogs")
      s3.Bucket(self, "Data", server_access_logs_bucket=logs, server_access_logs_prefix="data/")
      s3.Bucket(self, "SelfLogged", server_access_logs_prefix="logs/")
      s3.Bucket(self, "Props", **bucket_props)
      handed = s3.Bucket(self, "Handed")
      StaticSite(self, "Site", log_bucket=handed)
      overridden = s3.Bucket(self, "Overridden")
      cfn_bucket = overridden.node.default_child
      cfn_bucket.add_property_override("LoggingConfiguration.DestinationBucketName", "central-logs")
      raw_logs = s3.CfnBucket(self, "RawLogs")
      s3.CfnBucket(self, "Raw", logging_configuration=s3.CfnBucket.LoggingConfigurationProperty(
          destination_bucket_name=raw_logs.ref))
      """
    ),
    Example(
      """
      import * as s3 from 'aws-cdk-lib/aws-s3';

      const logs = new s3.Bucket(this, 'Logs');
      new s3.Bucket(this, 'Data', { serverAccessLogsBucket: logs });
      """
    ),
  ]
}
