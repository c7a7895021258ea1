import IaCModel
import IaCSyntax

/// IAC746: a Redshift cluster is reachable from the internet.
public struct RedshiftClusterPubliclyAccessibleRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC746",
    summary: "A Redshift cluster is reachable from the internet",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html",
    resourceTypes: [
      "aws-cdk-lib.aws_redshift.CfnCluster",
    ] + terraformTypes,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC746",
      whatItDoes: """
        Finds `redshift.CfnCluster` constructs with `publicly_accessible=True`.

        In Pulumi and CDK for Terraform the same fact is `publicly_accessible` (`publiclyAccessible`) of an
        `aws.redshift.Cluster` (CDKTF `RedshiftCluster`): a literal true is reported. Left unset it is not, since
        the provider's default changed between major versions.
        """,
      why: """
        A publicly accessible cluster gets a public IP address and can be reached from the internet, leaving only
        its credentials between an attacker and the data warehouse.
        """,
      example: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", publicly_accessible=True)
        """,
      useInstead: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", cluster_subnet_group_name=private_subnets)
        """,
      fixSafety: """
        Turning public access off is an in-place change; clients outside the VPC lose access.
        """,
      references: [
        (
          title: "Managing clusters in a VPC",
          url: "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_redshift.CfnCluster"],
      prop: "publiclyAccessible",
      verdict: SolutionsPropCheck.mustBeFalse,
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The cluster is publicly accessible: `publicly_accessible` is true",
      fixValue: false
    ),
    SolutionsPropCheck(
      types: terraformTypes,
      prop: "publiclyAccessible",
      verdict: SolutionsPropCheck.mustBeFalse,
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The cluster is publicly accessible: `publicly_accessible` is true",
      fixValue: false
    ),
  ]

  /// The Pulumi and CDK for Terraform resources the rule judges.
  static let terraformTypes = [
    "aws:redshift/cluster:Cluster",
    "@cdktf/provider-aws.redshiftCluster.RedshiftCluster",
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", ↓publicly_accessible=True)
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      aws.redshift.Cluster("warehouse", node_type="ra3.xlplus", ↓publicly_accessible=True)
      """
    ),
    Example(
      """
      import { RedshiftCluster } from "@cdktf/provider-aws/lib/redshift-cluster";

      new RedshiftCluster(this, "warehouse", { clusterIdentifier: "wh", nodeType: "ra3.xlplus", ↓publiclyAccessible: true });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
      redshift.CfnCluster(self, "Private", node_type="ra3.xlplus", publicly_accessible=False)
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      aws.redshift.Cluster("warehouse", node_type="ra3.xlplus", publicly_accessible=False)
      aws.redshift.Cluster("unset", node_type="ra3.xlplus")
      aws.redshift.Cluster("chosen", node_type="ra3.xlplus", publicly_accessible=config.public)
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";

      // publiclyAccessible: true would expose it
      new aws.redshift.Cluster("warehouse", { nodeType: "ra3.xlplus", publiclyAccessible: false });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_redshift as redshift

        redshift.CfnCluster(self, "Warehouse", publicly_accessible=True)
        """
      ),
      """
      from aws_cdk import aws_redshift as redshift

      redshift.CfnCluster(self, "Warehouse", publicly_accessible=False)
      """
    ),
  ]
}
