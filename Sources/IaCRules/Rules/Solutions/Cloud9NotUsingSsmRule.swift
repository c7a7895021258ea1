import IaCModel
import IaCSyntax

/// IAC827: a Cloud9 EC2 environment is reached over SSH instead of through Systems Manager.
public struct Cloud9NotUsingSsmRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC827",
    summary: "A Cloud9 environment does not connect through Systems Manager",
    url: "https://docs.aws.amazon.com/cloud9/latest/user-guide/ec2-ssm.html",
    resourceTypes: types,
    frameworks: [.cdk, .pulumi, .cdktf],
    documentation: SolutionsDocumentation.page(
      code: "IAC827",
      whatItDoes: """
        Finds Cloud9 EC2 environments (`cloud9.CfnEnvironmentEC2`, Pulumi's `aws.cloud9.EnvironmentEC2`, CDKTF's
        `Cloud9EnvironmentEc2`) whose `connection_type` is not `"CONNECT_SSM"`: unset (CloudFormation and the
        Terraform provider then use `CONNECT_SSH`) or any other string. A value iaclsp cannot evaluate is not
        reported.
        """,
      why: """
        An SSH environment needs an instance that accepts inbound SSH from the Cloud9 service, so it sits in a
        public subnet with an open port. Through Systems Manager the instance needs no inbound rule and can live in a
        private subnet.
        """,
      example: """
        cloud9.CfnEnvironmentEC2(self, "Ide", instance_type="t3.small", image_id="amazonlinux-2023-x86_64")
        """,
      useInstead: """
        cloud9.CfnEnvironmentEC2(
            self, "Ide", instance_type="t3.small", image_id="amazonlinux-2023-x86_64", connection_type="CONNECT_SSM"
        )
        """,
      references: [
        (
          title: "Accessing no-ingress EC2 instances with AWS Systems Manager",
          url: "https://docs.aws.amazon.com/cloud9/latest/user-guide/ec2-ssm.html"
        ),
        (
          title: "AWS::Cloud9::EnvironmentEC2",
          url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloud9-environmentec2.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let types = [
    "aws-cdk-lib.aws_cloud9.CfnEnvironmentEC2",
    "aws:cloud9/environmentEC2:EnvironmentEC2",
    "@cdktf/provider-aws.cloud9EnvironmentEc2.Cloud9EnvironmentEc2",
  ]

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: types,
      prop: "connectionType",
      verdict: { value in value.string.map { $0 == "CONNECT_SSM" } },
      unsetFails: true,
      unsetMessage: "The environment is reached over SSH: `connection_type` is not set (`CONNECT_SSH`)",
      valueMessage: "The environment is reached over SSH: `connection_type` is not `CONNECT_SSM`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloud9 as cloud9

      ↓cloud9.CfnEnvironmentEC2(self, "Ide", instance_type="t3.small", image_id="amazonlinux-2023-x86_64")
      ssh = "CONNECT_SSH"
      cloud9.CfnEnvironmentEC2(self, "Ssh", instance_type="t3.small", image_id=image, ↓connection_type=ssh)
      """
    ),
    Example(
      """
      import * as cloud9 from 'aws-cdk-lib/aws-cloud9';

      ↓new cloud9.CfnEnvironmentEC2(this, 'Ide', { instanceType: 't3.small', imageId: image });
      new cloud9.CfnEnvironmentEC2(this, 'Ssh', { instanceType: 't3.small', imageId: image, ↓connectionType: 'CONNECT_SSH' });
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      ↓aws.cloud9.EnvironmentEC2("ide", instance_type="t3.small", image_id="amazonlinux-2023-x86_64")
      """
    ),
    Example(
      """
      import { Cloud9EnvironmentEc2 } from "@cdktf/provider-aws/lib/cloud9-environment-ec2";

      new Cloud9EnvironmentEc2(this, "ide", { name: "ide", instanceType: "t3.small", imageId, ↓connectionType: "CONNECT_SSH" });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloud9 as cloud9

      # cloud9.CfnEnvironmentEC2(self, "Old", connection_type="CONNECT_SSH")
      cloud9.CfnEnvironmentEC2(self, "Ide", instance_type="t3.small", image_id=image, connection_type="CONNECT_SSM")
      ssm = "CONNECT_SSM"
      cloud9.CfnEnvironmentEC2(self, "Bound", instance_type="t3.small", image_id=image, connection_type=ssm)
      cloud9.CfnEnvironmentEC2(self, "Chosen", instance_type="t3.small", image_id=image, connection_type=props.connection)
      cloud9.CfnEnvironmentEC2(self, "Hidden", **ide_props)
      """
    ),
    Example(
      """
      import * as cloud9 from 'aws-cdk-lib/aws-cloud9';

      const note = 'connectionType: CONNECT_SSH is the default';
      new cloud9.CfnEnvironmentEC2(this, 'Ide', { instanceType: 't3.small', imageId: image, connectionType: 'CONNECT_SSM' });
      new cloud9.CfnEnvironmentEC2(this, 'Hidden', { ...ideProps });
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";

      new aws.cloud9.EnvironmentEC2("ide", { instanceType: "t3.small", imageId, connectionType: "CONNECT_SSM" });
      """
    ),
  ]
}
