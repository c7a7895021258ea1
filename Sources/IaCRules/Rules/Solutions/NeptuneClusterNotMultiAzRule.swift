import IaCModel
import IaCSyntax

/// IAC760: a Neptune cluster is not spread over several availability zones.
public struct NeptuneClusterNotMultiAzRule: SolutionsFirstFindingRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC760",
    summary: "A Neptune cluster is not deployed across availability zones",
    url: "https://docs.aws.amazon.com/neptune/latest/userguide/feature-overview-availability.html",
    resourceTypes: ["aws-cdk-lib.aws_neptune.CfnDBCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC760",
      whatItDoes: """
        Finds `neptune.CfnDBCluster` constructs without a `db_subnet_group_name`, and those whose
        `availability_zones` list fewer than two zones. A subnet group given in any form passes (its subnets decide
        the zones); a zone list iaclsp cannot evaluate is not reported, nor is a cluster whose props come from
        `**kwargs`.
        """,
      why: """
        A cluster confined to one availability zone cannot fail over to a replica in another; an outage of that zone
        takes the graph database down.
        """,
      example: """
        neptune.CfnDBCluster(self, "Graph", storage_encrypted=True)
        """,
      useInstead: """
        subnets = neptune.CfnDBSubnetGroup(self, "GraphSubnets", db_subnet_group_description="graph",
            subnet_ids=vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED).subnet_ids)
        neptune.CfnDBCluster(self, "Graph", storage_encrypted=True, db_subnet_group_name=subnets.ref)
        """,
      references: [
        (
          title: "High availability for Neptune",
          url: "https://docs.aws.amazon.com/neptune/latest/userguide/feature-overview-availability.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_neptune.CfnDBCluster"],
      prop: "dbSubnetGroupName",
      verdict: { value in
        if case .null = value.kind { return false }
        return true
      },
      unsetFails: true,
      unsetMessage: "The cluster is not spread over availability zones: `db_subnet_group_name` is not set",
      valueMessage: "The cluster is not spread over availability zones: `db_subnet_group_name` is `None`"
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_neptune.CfnDBCluster"],
      prop: "availabilityZones",
      verdict: { value in value.elements.map { $0.count >= 2 } },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The cluster is confined to one availability zone: `availability_zones` lists fewer than two"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_neptune as neptune

      ↓neptune.CfnDBCluster(self, "Graph", storage_encrypted=True)
      zones = ["us-east-1a"]
      neptune.CfnDBCluster(self, "OneZone", db_subnet_group_name="graph", ↓availability_zones=zones)
      """
    ),
    Example(
      """
      import * as neptune from 'aws-cdk-lib/aws-neptune';

      ↓new neptune.CfnDBCluster(this, 'Graph', { storageEncrypted: true });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_neptune as neptune

      # A single availability zone, or no db_subnet_group_name, would keep it in one place.
      subnets = neptune.CfnDBSubnetGroup(self, "Subnets", db_subnet_group_description="graph", subnet_ids=subnet_ids)
      neptune.CfnDBCluster(self, "Graph", db_subnet_group_name=subnets.ref)
      neptune.CfnDBCluster(self, "Zones", db_subnet_group_name="graph", availability_zones=["us-east-1a", "us-east-1b"])
      neptune.CfnDBCluster(self, "Chosen", db_subnet_group_name=group_name, availability_zones=stack.availability_zones)
      neptune.CfnDBCluster(self, "Props", **cluster_props)
      """
    ),
    Example(
      """
      import * as neptune from 'aws-cdk-lib/aws-neptune';

      new neptune.CfnDBCluster(this, 'Graph', { dbSubnetGroupName: subnets.ref });
      new neptune.CfnDBCluster(this, 'Spread', { ...clusterProps });
      """
    ),
  ]
}
