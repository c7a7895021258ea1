import IaCModel
import IaCSyntax

/// IAC835: a SageMaker notebook instance is not placed in a VPC subnet.
public struct SageMakerNotebookNotInVpcRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC835",
    summary: "A SageMaker notebook instance is not in a VPC",
    url: "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html",
    resourceTypes: types,
    frameworks: [.cdk, .pulumi, .cdktf],
    documentation: SolutionsDocumentation.page(
      code: "IAC835",
      whatItDoes: """
        Finds SageMaker notebook instances (`sagemaker.CfnNotebookInstance`, Pulumi's
        `aws.sagemaker.NotebookInstance`, CDKTF's `SagemakerNotebookInstance`) without a `subnet_id`. A notebook
        with hidden props (`**kwargs`, a spread) is not reported.
        """,
      why: """
        Without a subnet the notebook runs in a network SageMaker manages, outside your VPC: its traffic cannot be
        filtered by your security groups, network ACLs or VPC endpoints, nor seen in your flow logs.
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
            subnet_id=vpc.private_subnets[0].subnet_id,
            security_group_ids=[group.security_group_id],
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
      prop: "subnetId",
      verdict: OpenSearchDomains.isWritten,
      unsetFails: true,
      unsetMessage: "The notebook runs outside your VPC: `subnet_id` is not set",
      valueMessage: "The notebook runs outside your VPC: `subnet_id` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sagemaker as sagemaker

      ↓sagemaker.CfnNotebookInstance(self, "Notebook", instance_type="ml.t3.medium", role_arn=role_arn)
      sagemaker.CfnNotebookInstance(self, "Cleared", instance_type="ml.t3.medium", role_arn=role_arn, ↓subnet_id=None)
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
      import * as aws from "@pulumi/aws";

      ↓new aws.sagemaker.NotebookInstance("notebook", { instanceType: "ml.t3.medium", roleArn: role.arn });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sagemaker as sagemaker

      # sagemaker.CfnNotebookInstance(self, "Old", instance_type="ml.t3.medium", role_arn=role_arn)
      subnet = vpc.private_subnets[0].subnet_id
      sagemaker.CfnNotebookInstance(self, "Notebook", instance_type="ml.t3.medium", role_arn=role_arn, subnet_id=subnet)
      sagemaker.CfnNotebookInstance(self, "Literal", instance_type="ml.t3.medium", role_arn=role_arn, subnet_id="subnet-1")
      sagemaker.CfnNotebookInstance(self, "Hidden", **notebook_props)
      """
    ),
    Example(
      """
      import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';

      new sagemaker.CfnNotebookInstance(this, 'Notebook', { instanceType: 'ml.t3.medium', roleArn, subnetId: subnet.subnetId });
      new sagemaker.CfnNotebookInstance(this, 'Hidden', { ...notebookProps });
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      aws.sagemaker.NotebookInstance("notebook", instance_type="ml.t3.medium", role_arn=role.arn, subnet_id=subnet.id)
      """
    ),
  ]
}
