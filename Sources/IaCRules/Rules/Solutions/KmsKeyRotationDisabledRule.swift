import IaCModel
import IaCSyntax

/// IAC772: a symmetric KMS key does not rotate its key material.
public struct KmsKeyRotationDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC772",
    summary: "A symmetric KMS key does not rotate its key material",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
    resourceTypes: [
      "aws-cdk-lib.aws_kms.Key",
    ] + terraformTypes,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC772",
      whatItDoes: """
        Finds symmetric `kms.Key` constructs (no `key_spec`, or `KeySpec.SYMMETRIC_DEFAULT`) that do not set
        `enable_key_rotation=True`. Asymmetric and HMAC keys cannot rotate and are not reported.

        In Pulumi and CDK for Terraform the same fact is `enable_key_rotation` (`enableKeyRotation`) of an
        `aws.kms.Key` (CDKTF `KmsKey`), which the provider leaves false. Keys whose `customer_master_key_spec` is
        not `SYMMETRIC_DEFAULT` (asymmetric and HMAC keys, which KMS cannot rotate) are not reported.
        """,
      why: """
        Rotating the key material limits how much data one key version protects and how long a leaked version is
        useful; PCI DSS and NIST 800-53 expect it.
        """,
      example: """
        kms.Key(self, "DataKey")
        """,
      useInstead: """
        kms.Key(self, "DataKey", enable_key_rotation=True)
        """,
      fixSafety: """
        Turning rotation on updates the key in place; data encrypted under earlier versions stays readable.
        """,
      references: [
        (
          title: "Rotating AWS KMS keys",
          url: "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_kms.Key"],
      prop: "enableKeyRotation",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      applies: { resource, _ in
        guard let spec = resource.prop("keySpec") else { return true }
        return spec.value.enumMember(of: "KeySpec") == "SYMMETRIC_DEFAULT"
      },
      unsetMessage: "The key never rotates: `enable_key_rotation` is not set",
      valueMessage: "The key never rotates: `enable_key_rotation` is false",
      fixValue: true
    ),
    SolutionsPropCheck(
      types: terraformTypes,
      prop: "enableKeyRotation",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      applies: { resource, _ in
        guard let spec = resource.prop("customerMasterKeySpec") else { return true }
        return spec.value.string == "SYMMETRIC_DEFAULT"
      },
      unsetMessage: "The key never rotates: `enable_key_rotation` is not set",
      valueMessage: "The key never rotates: `enable_key_rotation` is false",
      fixValue: true
    ),
  ]

  /// The Pulumi and CDK for Terraform resources the rule judges.
  static let terraformTypes = [
    "aws:kms/key:Key",
    "@cdktf/provider-aws.kmsKey.KmsKey",
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_kms as kms

      ↓kms.Key(self, "DataKey")
      """
    ),
    Example(
      """
      from aws_cdk import aws_kms as kms

      rotate = False
      kms.Key(self, "DataKey", ↓enable_key_rotation=rotate)
      """
    ),
    Example(
      """
      import * as kms from 'aws-cdk-lib/aws-kms';

      ↓new kms.Key(this, 'DataKey', { description: 'data' });
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      ↓aws.kms.Key("data", description="data key", deletion_window_in_days=10)
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";

      new aws.kms.Key("data", { description: "data key", ↓enableKeyRotation: false });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_kms as kms

      kms.Key(self, "DataKey", enable_key_rotation=True)
      kms.Key(self, "Signing", key_spec=kms.KeySpec.RSA_2048, key_usage=kms.KeyUsage.SIGN_VERIFY)
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      aws.kms.Key("data", enable_key_rotation=True)
      aws.kms.Key("signing", customer_master_key_spec="RSA_2048", key_usage="SIGN_VERIFY")
      aws.kms.Key("chosen", customer_master_key_spec=config.spec)
      aws.kms.Key("hidden", **key_args)
      """
    ),
    Example(
      """
      import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";

      // enableKeyRotation: false is reported
      new KmsKey(this, "data", { description: "data key", enableKeyRotation: true });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_kms as kms

        kms.Key(self, "DataKey")
        """
      ),
      """
      from aws_cdk import aws_kms as kms

      kms.Key(self, "DataKey", enable_key_rotation=True)
      """
    ),
  ]
}
