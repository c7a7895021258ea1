import IaCModel
import IaCSyntax

/// IAC836: a SageMaker notebook instance's storage is not encrypted with a KMS key of your own.
public struct SageMakerNotebookWithoutKmsKeyRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC836",
    summary: "A SageMaker notebook instance has no KMS key",
    url: "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html",
    resourceTypes: types,
    frameworks: [.cdk, .pulumi, .cdktf],
    documentation: SolutionsDocumentation.page(
      code: "IAC836",
      whatItDoes: """
        Finds SageMaker notebook instances (`sagemaker.CfnNotebookInstance`, Pulumi's
        `aws.sagemaker.NotebookInstance`, CDKTF's `SagemakerNotebookInstance`) without a `kms_key_id`. A notebook
        with hidden props (`**kwargs`, a spread) is not reported.
        """,
      why: """
        Without a key of your own, the notebook's ML storage volume is encrypted with a key SageMaker manages: its
        key policy cannot limit who decrypts the data, and access to it is not logged against a key you control.
        """,
      example: """
        sagemaker.CfnNotebookInstance(self, "Notebook", instance_type="ml.t3.medium", role_arn=role.role_arn)
        """,
      useInstead: """
        sagemaker.CfnNotebookInstance(
            self, "Notebook", instance_type="ml.t3.medium", role_arn=role.role_arn, kms_key_id=key.key_id
        )
        """,
      references: [
        (
          title: "Encryption at rest for notebook instances",
          url: "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let types = [
    "aws-cdk-lib.aws_sagemaker.CfnNotebookInstance",
    "aws:sagemaker/notebookInstance:NotebookInstance",
    "@cdktf/provider-aws.sagemakerNotebookInstance.SagemakerNotebookInstance",
  ]

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: types,
      prop: "kmsKeyId",
      verdict: OpenSearchDomains.isWritten,
      unsetFails: true,
      unsetMessage: "The notebook's storage has no KMS key of your own: `kms_key_id` is not set",
      valueMessage: "The notebook's storage has no KMS key of your own: `kms_key_id` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sagemaker as sagemaker

      ↓sagemaker.CfnNotebookInstance(self, "Notebook", instance_type="ml.t3.medium", role_arn=role_arn)
      """
    ),
    Example(
      """
      import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';

      const noKey = undefined;
      new sagemaker.CfnNotebookInstance(this, 'Notebook', { instanceType: 'ml.t3.medium', roleArn, ↓kmsKeyId: noKey });
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      ↓aws.sagemaker.NotebookInstance("notebook", instance_type="ml.t3.medium", role_arn=role.arn)
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sagemaker as sagemaker

      key_id = key.key_id  # kms_key_id is required by policy
      sagemaker.CfnNotebookInstance(self, "Notebook", instance_type="ml.t3.medium", role_arn=role_arn, kms_key_id=key_id)
      sagemaker.CfnNotebookInstance(self, "Hidden", **notebook_props)
      """
    ),
    Example(
      """
      import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';

      new sagemaker.CfnNotebookInstance(this, 'Notebook', { instanceType: 'ml.t3.medium', roleArn, kmsKeyId: key.keyId });
      new sagemaker.CfnNotebookInstance(this, 'Hidden', { ...notebookProps });
      """
    ),
    Example(
      """
      import { SagemakerNotebookInstance } from "@cdktf/provider-aws/lib/sagemaker-notebook-instance";

      new SagemakerNotebookInstance(this, "notebook", { name: "nb", instanceType: "ml.t3.medium", roleArn, kmsKeyId });
      """
    ),
  ]
}
