import IaCModel
import IaCSyntax

/// IAC701: an S3 bucket turns off part of S3's public access block.
public struct S3BucketPublicAccessNotBlockedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC701",
    summary: "An S3 bucket turns off part of S3's public access block",
    url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
    resourceTypes: ["aws-cdk-lib.aws_s3.Bucket"] + blockTypes,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC701",
      whatItDoes: """
        Finds `s3.Bucket` constructs whose `block_public_access` is anything but `BlockPublicAccess.BLOCK_ALL`:
        another preset such as `BLOCK_ACLS`, or a `BlockPublicAccess(...)` with one of `block_public_acls`,
        `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` false or left out. A bucket that
        does not set `block_public_access` is not reported: S3 blocks all public access on new buckets.

        In Pulumi and CDK for Terraform the block is a resource of its own: an `aws.s3.BucketPublicAccessBlock`
        (CDKTF `S3BucketPublicAccessBlock`) is reported when one of the four settings is false or left out, since
        the provider writes a setting it is not given as false. A bucket with no such resource is not reported.
        """,
      why: """
        The four settings are what stops a bucket policy or an object ACL from making data public. Turning one off
        is how buckets become publicly readable, by design or by accident, and public buckets are a leading cause of
        data exposure.
        """,
      example: """
        s3.Bucket(self, "Assets", block_public_access=s3.BlockPublicAccess.BLOCK_ACLS)
        """,
      useInstead: """
        s3.Bucket(self, "Assets", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
        """,
      fixSafety: """
        Where the call names the module (`s3.Bucket(...)`, or a file that imports `BlockPublicAccess`), the fix sets
        `block_public_access=s3.BlockPublicAccess.BLOCK_ALL`. It is withheld when the bucket sets
        `public_read_access`, which CDK refuses to combine with a full block. It is safe unless the project pins an
        aws-cdk-lib release older than the one the pack's facts were verified in (see Default): the name the fix
        writes may be missing there, so the fix is then unsafe.
        """,
      references: [
        (
          title: "Blocking public access to your Amazon S3 storage",
          url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_s3.Bucket"],
      prop: "blockPublicAccess",
      verdict: S3BucketPublicAccessNotBlockedRule.blocksEverything,
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The bucket's public access block leaves public ACLs or policies possible",
      fixText: SolutionsFixText.member("BlockPublicAccess", "BLOCK_ALL").unless(["publicReadAccess"])
    ),
  ]

  /// Pulumi's and CDK for Terraform's bucket-level public access blocks.
  static let blockTypes = [
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    "@cdktf/provider-aws.s3BucketPublicAccessBlock.S3BucketPublicAccessBlock",
  ]

  /// The four settings of a public access block, each of which must be true.
  static let settings = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"]

  public func check(
    _ resource: Resource,
    in model: FileModel,
    context: RuleContext,
    into diagnostics: inout [Diagnostic]
  ) {
    guard Self.blockTypes.contains(resource.type.fqn) else {
      SolutionsPropCheck.run(
        Self.checks, on: resource, in: model, description: Self.description, context: context, into: &diagnostics)
      return
    }
    var missing: [String] = []
    for setting in Self.settings {
      guard let prop = resource.prop(setting) else {
        missing.append(model.spelling(of: setting, for: resource))
        continue
      }
      if prop.value.bool == false {
        let name = model.spelling(of: setting, for: resource)
        diagnostics.append(Self.description.diagnostic(
          path: model.file.path, range: prop.argument.range,
          message: "The bucket's public access block leaves public ACLs or policies possible: `\(name)` is false"))
        return
      }
    }
    guard !missing.isEmpty, !resource.hasHiddenProps else { return }
    let names = missing.map { "`\($0)`" }.joined(separator: ", ")
    diagnostics.append(Self.description.diagnostic(
      path: model.file.path, range: resource.calleeRange,
      message: "The bucket's public access block leaves public ACLs or policies possible: \(names) \(missing.count == 1 ? "is" : "are") not set, so false"))
  }

  /// Passes `BlockPublicAccess.BLOCK_ALL` and a `BlockPublicAccess(...)` with all four settings true; fails other
  /// members and settings that are false or missing; unknown otherwise.
  static let blocksEverything: SolutionsPropCheck.Verdict = { value in
    if let member = value.enumMember(of: "BlockPublicAccess") { return member == "BLOCK_ALL" }
    guard case .object = value.kind, let entries = value.entries else { return nil }
    // `new BlockPublicAccess(BlockPublicAccess.BLOCK_ALL)` copies another configuration, which iaclsp may not
    // see as entries: judge it when it is visible, else say nothing.
    if let copied = entries.first(where: { $0.name == nil }) {
      return copied.value.enumMember(of: "BlockPublicAccess").map { $0 == "BLOCK_ALL" }
    }
    if entries.isEmpty { return nil }
    var known = true
    for setting in ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] {
      guard let entry = entries.first(where: { $0.name.map(PropName.fold) == PropName.fold(setting) }) else {
        return false
      }
      guard let flag = entry.value.bool else {
        known = false
        continue
      }
      if !flag { return false }
    }
    return known ? true : nil
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "Assets", ↓block_public_access=s3.BlockPublicAccess.BLOCK_ACLS)
      """
    ),
    Example(
      """
      from aws_cdk import aws_s3 as s3

      weak = s3.BlockPublicAccess(block_public_acls=True, block_public_policy=False, ignore_public_acls=True,
                                  restrict_public_buckets=True)
      s3.Bucket(self, "Assets", ↓block_public_access=weak)
      """
    ),
    Example(
      """
      import * as s3 from 'aws-cdk-lib/aws-s3';

      new s3.Bucket(this, 'Site', { ↓blockPublicAccess: new s3.BlockPublicAccess({ blockPublicAcls: true }) });
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      bucket = aws.s3.BucketV2("site")
      allow = False
      aws.s3.BucketPublicAccessBlock("site", bucket=bucket.id, block_public_acls=True, ↓block_public_policy=allow,
                                     ignore_public_acls=True, restrict_public_buckets=True)
      ↓aws.s3.BucketPublicAccessBlock("assets", bucket=bucket.id, block_public_acls=True)
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";
      import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";

      new aws.s3.BucketPublicAccessBlock("site", { bucket: bucket.id, ↓blockPublicPolicy: false });
      ↓new S3BucketPublicAccessBlock(this, "assets", {
        bucket: bucket.id,
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "Assets")
      s3.Bucket(self, "Locked", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
      """
    ),
    Example(
      """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "Assets", block_public_access=s3.BlockPublicAccess(
          block_public_acls=True, block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True))
      """
    ),
    Example(
      """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "Assets", block_public_access=settings.block)
      """
    ),
    Example(
      """
      import { BlockPublicAccess, Bucket } from 'aws-cdk-lib/aws-s3';

      new Bucket(this, 'Replica', { blockPublicAccess: new BlockPublicAccess(BlockPublicAccess.BLOCK_ALL) });
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      bucket = aws.s3.BucketV2("site")
      aws.s3.BucketPublicAccessBlock("site", bucket=bucket.id, block_public_acls=True, block_public_policy=True,
                                     ignore_public_acls=True, restrict_public_buckets=True)
      aws.s3.BucketPublicAccessBlock("chosen", bucket=bucket.id, block_public_acls=config.block,
                                     block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True)
      aws.s3.BucketPublicAccessBlock("hidden", bucket=bucket.id, **block_args)
      """
    ),
    Example(
      """
      import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";

      // blockPublicPolicy: false would open the bucket
      new S3BucketPublicAccessBlock(this, "assets", {
        bucket: bucket.id,
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_s3 as s3

        s3.Bucket(self, "Assets", block_public_access=s3.BlockPublicAccess.BLOCK_ACLS)
        """
      ),
      """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "Assets", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
      """
    ),
  ]
}
