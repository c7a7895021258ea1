import IaCModel
import IaCSyntax

/// IAC770: an EFS file system turns off encryption at rest.
public struct EfsUnencryptedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC770",
    summary: "An EFS file system turns off encryption at rest",
    url: "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
    resourceTypes: [
      "aws-cdk-lib.aws_efs.FileSystem",
    ] + terraformTypes,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC770",
      whatItDoes: """
        Finds `efs.FileSystem` constructs with `encrypted=False`. File systems that leave `encrypted` unset are not
        reported: CDK v2 encrypts them (the `@aws-cdk/aws-efs:defaultEncryptionAtRest` behaviour).

        In Pulumi and CDK for Terraform the same fact is `encrypted` of an `aws.efs.FileSystem` (CDKTF
        `EfsFileSystem`), which the provider leaves false (unlike the console): it is reported when false, or unset
        with no `kms_key_id`.
        """,
      why: """
        Shared file systems hold whatever the applications that mount them write, often logs, exports and user
        uploads. Without encryption at rest that data is exposed to anyone with access to the storage.
        """,
      example: """
        efs.FileSystem(self, "Shared", vpc=vpc, encrypted=False)
        """,
      useInstead: """
        efs.FileSystem(self, "Shared", vpc=vpc)
        """,
      fixSafety: """
        The fix is unsafe: changing `Encrypted` replaces the file system, and the new one starts empty.
        """,
      references: [
        (
          title: "Encrypting data at rest in Amazon EFS",
          url: "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_efs.FileSystem"],
      prop: "encrypted",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The file system is not encrypted at rest: `encrypted` is false",
      fixValue: true
    ),
    SolutionsPropCheck(
      types: terraformTypes,
      prop: "encrypted",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      passedBy: ["kmsKeyId"],
      unsetMessage: "The file system is not encrypted at rest: `encrypted` is not set",
      valueMessage: "The file system is not encrypted at rest: `encrypted` is false",
      fixValue: true
    ),
  ]

  /// The Pulumi and CDK for Terraform resources the rule judges.
  static let terraformTypes = [
    "aws:efs/fileSystem:FileSystem",
    "@cdktf/provider-aws.efsFileSystem.EfsFileSystem",
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_efs as efs

      efs.FileSystem(self, "Shared", vpc=vpc, ↓encrypted=False)
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      ↓aws.efs.FileSystem("shared", performance_mode="generalPurpose")
      """
    ),
    Example(
      """
      import { EfsFileSystem } from "@cdktf/provider-aws/lib/efs-file-system";

      new EfsFileSystem(this, "shared", { creationToken: "shared", ↓encrypted: false });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_efs as efs

      efs.FileSystem(self, "Shared", vpc=vpc)
      efs.FileSystem(self, "Encrypted", vpc=vpc, encrypted=True)
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      aws.efs.FileSystem("shared", encrypted=True)
      aws.efs.FileSystem("keyed", kms_key_id=key.arn)
      aws.efs.FileSystem("chosen", encrypted=config.encrypted)
      aws.efs.FileSystem("hidden", **fs_args)
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";

      // encrypted: false is never wanted
      new aws.efs.FileSystem("shared", { encrypted: true });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_efs as efs

        efs.FileSystem(self, "Shared", vpc=vpc, encrypted=False)
        """
      ),
      """
      from aws_cdk import aws_efs as efs

      efs.FileSystem(self, "Shared", vpc=vpc, encrypted=True)
      """
    ),
  ]
}
