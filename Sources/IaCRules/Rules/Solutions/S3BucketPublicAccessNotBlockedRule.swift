import IaCModel
import IaCSyntax

/// IAC701: an S3 bucket turns off part of S3's public access block.
public struct S3BucketPublicAccessNotBlockedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC701",
    summary: "An S3 bucket turns off part of S3's public access block",
    url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
    resourceTypes: [
      "aws-cdk-lib.aws_s3.Bucket",
    ],
    fixAvailability: .none,
    documentation: SolutionsDocumentation.page(
      code: "IAC701",
      whatItDoes: """
        Finds `s3.Bucket` constructs whose `block_public_access` is anything but `BlockPublicAccess.BLOCK_ALL`:
        another preset such as `BLOCK_ACLS`, or a `BlockPublicAccess(...)` with one of `block_public_acls`,
        `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` false or left out. A bucket that
        does not set `block_public_access` is not reported: S3 blocks all public access on new buckets.
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
      references: [
        (
          title: "Blocking public access to your Amazon S3 storage",
          url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_s3.Bucket"],
      prop: "blockPublicAccess",
      verdict: S3BucketPublicAccessNotBlockedRule.blocksEverything,
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The bucket's public access block leaves public ACLs or policies possible"
    ),
  ]

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
  ]
}
