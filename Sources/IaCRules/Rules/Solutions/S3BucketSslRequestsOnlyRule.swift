import IaCModel
import IaCSyntax

/// IAC703: an S3 bucket does not refuse requests made over plain HTTP.
public struct S3BucketSslRequestsOnlyRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC703",
    summary: "An S3 bucket does not refuse requests made over plain HTTP",
    url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html",
    resourceTypes: [
      "aws-cdk-lib.aws_s3.Bucket",
      "aws-cdk-lib.aws_s3.CfnBucket",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC703",
      whatItDoes: """
        Finds `s3.Bucket` constructs that do not set `enforce_ssl=True` (`enforceSSL: true`), so that no bucket
        policy denies requests where `aws:SecureTransport` is false. A bucket whose policy gets a statement through
        `add_to_resource_policy` that may be a Deny, or that a separate `s3.BucketPolicy` refers to, is not
        reported: that policy may carry the statement. An added statement that is certainly an Allow does not count.
        cdk-nag also rejects a Deny that covers only the objects and not the bucket itself; iaclsp does not look at
        the statement's resources, so it misses that case.

        An `s3.CfnBucket` is reported when no bucket policy in its file refers to it and no file of its project
        creates a bucket policy at all (`s3.CfnBucketPolicy`, `s3.BucketPolicy`): such a policy may be the one that
        denies plain HTTP, and iaclsp does not read policy documents across files.
        """,
      why: """
        Without the deny statement, clients can read and write objects over unencrypted HTTP, exposing data and
        credentials in transit. Security reviews and the AWS Foundational Security Best Practices (S3.5) require it.
        """,
      example: """
        bucket = s3.Bucket(self, "Data")
        """,
      useInstead: """
        bucket = s3.Bucket(self, "Data", enforce_ssl=True)
        """,
      fixSafety: """
        Setting `enforce_ssl` adds a statement to the bucket policy; the bucket is updated in place. Clients that
        still use HTTP will be refused, which is the point.
        """,
      references: [
        (
          title: "Amazon S3 security best practices",
          url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html"
        ),
        (
          title: "BucketProps.enforceSSL",
          url: "https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_s3/BucketProps.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_s3.Bucket"],
      prop: "enforceSSL",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      satisfiedByMethods: ["addToResourcePolicy"],
      satisfiedByReferrers: ["aws-cdk-lib.aws_s3.BucketPolicy"],
      unsetMessage: "The bucket accepts requests over plain HTTP: `enforce_ssl` is not set",
      valueMessage: "The bucket accepts requests over plain HTTP: `enforce_ssl` is false",
      fixValue: true
    ),
  ]

  /// The constructs that write a bucket policy.
  static let policyTypes: Set<String> = ["aws-cdk-lib.aws_s3.CfnBucketPolicy", "aws-cdk-lib.aws_s3.BucketPolicy"]

  public func check(
    _ resource: Resource,
    in model: FileModel,
    context: RuleContext,
    into diagnostics: inout [Diagnostic]
  ) {
    guard resource.type.fqn == "aws-cdk-lib.aws_s3.CfnBucket" else {
      SolutionsPropCheck.run(
        Self.checks, on: resource, in: model, description: Self.description, context: context, into: &diagnostics)
      return
    }
    guard !resource.isCDKv1, !resource.hasHiddenProps else { return }
    if resource.referencedBy.contains(where: { Self.policyTypes.contains(model.resources[$0].type.fqn) }) { return }
    if SolutionsSecondConstruct.mayBeCompletedElsewhere(
      resource, in: model, creates: { Self.policyTypes.contains($0) }, calls: []) { return }
    if Self.projectWritesBucketPolicies(model: model, context: context) { return }
    diagnostics.append(Self.description.diagnostic(
      path: model.file.path, range: resource.calleeRange,
      message: "The bucket accepts requests over plain HTTP: no bucket policy refers to it"))
  }

  /// Whether the file has a bucket policy that iaclsp cannot tie to a bucket, or another file of the project calls
  /// a `BucketPolicy` or `CfnBucketPolicy` (read by name: it may name the bucket in a way iaclsp does not follow).
  static func projectWritesBucketPolicies(model: FileModel, context: RuleContext) -> Bool {
    if model.resources.contains(where: { policyTypes.contains($0.type.fqn) && $0.references.isEmpty }) { return true }
    for file in context.project?.sources ?? [] where file.path != model.file.path {
      for call in file.calls {
        guard let name = call.callee?.last.name else { continue }
        if name == "CfnBucketPolicy" || name == "BucketPolicy" { return true }
      }
    }
    return false
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_s3 as s3

      ↓s3.Bucket(self, "Data")
      """
    ),
    Example(
      """
      from aws_cdk import aws_s3 as s3

      secure = False
      s3.Bucket(self, "Logs", versioned=True, ↓enforce_ssl=secure)
      """
    ),
    Example(
      """
      import * as s3 from 'aws-cdk-lib/aws-s3';

      ↓new s3.Bucket(this, 'Data', { versioned: true });
      """
    ),
    Example(
      """
      from aws_cdk import aws_iam as iam
      from aws_cdk import aws_s3 as s3

      shared = ↓s3.Bucket(self, "Shared")
      shared.add_to_resource_policy(iam.PolicyStatement(actions=["s3:GetObject"], principals=[reader]))
      """
    ),
    Example(
      """
      from aws_cdk import aws_s3 as s3

      logs = ↓s3.CfnBucket(self, "RawLogs")
      """
    ),
    Example(
      """
      import * as s3 from 'aws-cdk-lib/aws-s3';

      const raw = ↓new s3.CfnBucket(this, 'Raw', { versioningConfiguration: { status: 'Enabled' } });
      """
    ),
  ]

  static let nonTriggeringL1: [Example] = [
    Example(
      """
      from aws_cdk import aws_s3 as s3

      raw = s3.CfnBucket(self, "Raw")
      s3.CfnBucketPolicy(self, "RawPolicy", bucket=raw.ref, policy_document=deny_plain_http)
      s3.CfnBucket(self, "Hidden", **bucket_props)
      """
    ),
    Example(
      """
      import * as s3 from 'aws-cdk-lib/aws-s3';

      // A policy whose bucket iaclsp cannot tie to one construct may cover this one.
      new s3.CfnBucket(this, 'Raw');
      new s3.CfnBucketPolicy(this, 'Policy', { bucket: props.bucketName, policyDocument: document });
      """
    ),
  ]

  static let nonTriggering: [Example] = nonTriggeringL1 + [
    Example(
      """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "Data", enforce_ssl=True)
      """
    ),
    Example(
      """
      from aws_cdk import aws_iam as iam
      from aws_cdk import aws_s3 as s3

      bucket = s3.Bucket(self, "Data")
      bucket.add_to_resource_policy(iam.PolicyStatement(effect=iam.Effect.DENY, actions=["s3:*"], resources=["*"]))
      """
    ),
    Example(
      """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "Data", **common_props)
      """
    ),
    Example(
      """
      # s3.Bucket(self, "Data")
      text = "s3.Bucket(self, 'Data')"
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_s3 as s3

        s3.Bucket(self, "Data")
        """
      ),
      """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "Data", enforce_ssl=True)
      """
    ),
    Correction(
      Example(
        """
        from aws_cdk import aws_s3 as s3

        s3.Bucket(self, "Data", enforce_ssl=False)
        """
      ),
      """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "Data", enforce_ssl=True)
      """
    ),
  ]
}
