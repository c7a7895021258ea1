import IaCModel
import IaCSyntax

/// IAC743: a Redshift cluster listens on the default port, 5439.
public struct RedshiftDefaultPortRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC743",
    summary: "A Redshift cluster listens on the default port",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/rs-mgmt-vpc-security-groups.html",
    resourceTypes: ["aws-cdk-lib.aws_redshift.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC743",
      whatItDoes: """
        Finds `redshift.CfnCluster` constructs without a `port`, which then listen on Redshift's default port
        5439, and those that set `port=5439`. A port held in a variable is followed; one iaclsp cannot evaluate is
        not reported, nor is a cluster whose props come from `**kwargs`.
        """,
      why: """
        Scanners look for databases on their default ports. A port of your own does not protect the cluster, but
        it keeps it out of the cheapest sweeps; this is a house rule that cdk-nag reports as an error.
        """,
      example: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
        """,
      useInstead: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", port=5440)
        """,
      references: [
        (
          title: "Managing VPC security groups for a cluster (Amazon Redshift Management Guide)",
          url: "https://docs.aws.amazon.com/redshift/latest/mgmt/rs-mgmt-vpc-security-groups.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_redshift.CfnCluster"],
      prop: "port",
      verdict: { value in
        if case .null = value.kind { return false }
        return value.number.map { $0 != 5439 }
      },
      unsetFails: true,
      unsetMessage: "The cluster listens on the default port 5439: `port` is not set",
      valueMessage: "The cluster listens on the default port: `port` is 5439"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      ↓redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
      redshift.CfnCluster(self, "Default", node_type="ra3.xlplus", ↓port=5439)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      const defaultPort = 5439;
      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', ↓port: defaultPort,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      # Not the default port 5439.
      warehouse_port = 5440
      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", port=warehouse_port)
      redshift.CfnCluster(self, "Configured", node_type="ra3.xlplus", port=config.port)
      redshift.CfnCluster(self, "Props", **cluster_props)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', port: 5440,
      });
      new redshift.CfnCluster(this, 'Spread', { ...clusterProps });
      """
    ),
  ]
}
