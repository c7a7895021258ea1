import IaCModel
import IaCSyntax

/// IAC741: a Redshift cluster names no cluster subnet group, so it is not placed in a VPC of the application.
public struct RedshiftClusterNotInVpcRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC741",
    summary: "A Redshift cluster names no cluster subnet group",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-cluster-subnet-groups.html",
    resourceTypes: ["aws-cdk-lib.aws_redshift.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC741",
      whatItDoes: """
        Finds `redshift.CfnCluster` constructs without a `cluster_subnet_group_name`, or with an empty one. Without
        a subnet group, Redshift launches the cluster in the account's default VPC. A name given through another
        construct (`subnets.ref`) or a variable passes; a cluster whose props come from `**kwargs` is not reported.
        """,
      why: """
        In the default VPC the warehouse shares its network, usually with public subnets, with whatever else was
        launched there by default, instead of the private subnets of the application that uses it.
        """,
      example: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
        """,
      useInstead: """
        subnets = redshift.CfnClusterSubnetGroup(self, "Subnets", description="warehouse", subnet_ids=private_subnet_ids)
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", cluster_subnet_group_name=subnets.ref)
        """,
      references: [
        (
          title: "Amazon Redshift cluster subnet groups",
          url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-cluster-subnet-groups.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_redshift.CfnCluster"],
      prop: "clusterSubnetGroupName",
      verdict: { value in
        if case .null = value.kind { return false }
        return value.string.map { !$0.isEmpty }
      },
      unsetFails: true,
      unsetMessage: "The cluster runs in the default VPC: `cluster_subnet_group_name` is not set",
      valueMessage: "The cluster runs in the default VPC: `cluster_subnet_group_name` is empty"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      ↓redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
      no_group = ""
      redshift.CfnCluster(self, "Empty", node_type="ra3.xlplus", ↓cluster_subnet_group_name=no_group)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      ↓new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus',
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      # Without cluster_subnet_group_name the cluster lands in the default VPC.
      subnets = redshift.CfnClusterSubnetGroup(self, "Subnets", description="warehouse", subnet_ids=subnet_ids)
      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", cluster_subnet_group_name=subnets.ref)
      redshift.CfnCluster(self, "Named", node_type="ra3.xlplus", cluster_subnet_group_name="warehouse-subnets")
      redshift.CfnCluster(self, "Given", node_type="ra3.xlplus", cluster_subnet_group_name=group_name)
      redshift.CfnCluster(self, "Props", **cluster_props)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', clusterSubnetGroupName: subnets.ref,
      });
      new redshift.CfnCluster(this, 'Spread', { ...clusterProps });
      """
    ),
  ]
}
