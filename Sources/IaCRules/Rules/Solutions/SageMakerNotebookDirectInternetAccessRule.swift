import IaCModel
import IaCSyntax

/// IAC837: a SageMaker notebook instance keeps direct internet access.
public struct SageMakerNotebookDirectInternetAccessRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC837",
    summary: "A SageMaker notebook instance has direct internet access",
    url: "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html",
    resourceTypes: types,
    frameworks: [.cdk, .pulumi, .cdktf],
    documentation: SolutionsDocumentation.page(
      code: "IAC837",
      whatItDoes: """
        Finds SageMaker notebook instances (`sagemaker.CfnNotebookInstance`, Pulumi's
        `aws.sagemaker.NotebookInstance`, CDKTF's `SagemakerNotebookInstance`) whose `direct_internet_access` is
        not `"Disabled"`: unset (CloudFormation and the Terraform provider then use `Enabled`) or any other string.
        A value iaclsp cannot evaluate is not reported. Disabling it requires a `subnet_id` (see
        `sagemaker-notebook-not-in-vpc`).
        """,
      why: """
        With direct internet access, SageMaker gives the notebook its own route to the internet, around your VPC's
        controls: code running in the notebook can download packages or send data anywhere.
        """,
      example: """
        sagemaker.CfnNotebookInstance(self, "Notebook", instance_type="ml.t3.medium", role_arn=role.role_arn)
        """,
      useInstead: """
        sagemaker.CfnNotebookInstance(
            self,
            "Notebook",
            instance_type="ml.t3.medium",
            role_arn=role.role_arn,
            subnet_id=subnet.subnet_id,
            security_group_ids=[group.security_group_id],
            direct_internet_access="Disabled",
        )
        """,
      references: [
        (
          title: "Connect a notebook instance in a VPC to external resources",
          url: "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html"
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
      prop: "directInternetAccess",
      verdict: { value in value.string.map { $0 == "Disabled" } },
      unsetFails: true,
      unsetMessage: "The notebook has direct internet access: `direct_internet_access` is not set (`Enabled`)",
      valueMessage: "The notebook has direct internet access: `direct_internet_access` is not `Disabled`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sagemaker as sagemaker

      ↓sagemaker.CfnNotebookInstance(self, "Notebook", instance_type="ml.t3.medium", role_arn=role_arn)
      access = "Enabled"
      sagemaker.CfnNotebookInstance(self, "Open", instance_type="ml.t3.medium", role_arn=role_arn, ↓direct_internet_access=access)
      """
    ),
    Example(
      """
      import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';

      ↓new sagemaker.CfnNotebookInstance(this, 'Notebook', { instanceType: 'ml.t3.medium', roleArn });
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      aws.sagemaker.NotebookInstance("notebook", instance_type="ml.t3.medium", role_arn=arn, ↓direct_internet_access="Enabled")
      """
    ),
    Example(
      """
      import { SagemakerNotebookInstance } from "@cdktf/provider-aws/lib/sagemaker-notebook-instance";

      ↓new SagemakerNotebookInstance(this, "notebook", { name: "nb", instanceType: "ml.t3.medium", roleArn });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sagemaker as sagemaker

      # direct_internet_access="Enabled" was the old setting
      sagemaker.CfnNotebookInstance(
          self, "Notebook", instance_type="ml.t3.medium", role_arn=role_arn, subnet_id=subnet, direct_internet_access="Disabled"
      )
      sagemaker.CfnNotebookInstance(self, "Chosen", instance_type="ml.t3.medium", role_arn=role_arn, direct_internet_access=mode)
      sagemaker.CfnNotebookInstance(self, "Hidden", **notebook_props)
      """
    ),
    Example(
      """
      import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';

      const access = 'Disabled';
      new sagemaker.CfnNotebookInstance(this, 'Notebook', { instanceType: 'ml.t3.medium', roleArn, subnetId, directInternetAccess: access });
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      aws.sagemaker.NotebookInstance("notebook", instance_type="ml.t3.medium", role_arn=arn, direct_internet_access="Disabled")
      """
    ),
  ]
}
