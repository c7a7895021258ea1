import IaCModel
import IaCSyntax

/// IAC762: a Neptune cluster keeps backups for less than a week.
public struct NeptuneBackupRetentionTooShortRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC762",
    summary: "A Neptune cluster keeps backups for less than seven days",
    url: "https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore-overview.html",
    resourceTypes: ["aws-cdk-lib.aws_neptune.CfnDBCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC762",
      whatItDoes: """
        Finds `neptune.CfnDBCluster` constructs whose `backup_retention_period` is unset (Neptune then keeps one
        day) or under 7 days. A period held in a variable is followed; one iaclsp cannot evaluate is not reported,
        nor is a cluster whose props come from `**kwargs`.
        """,
      why: """
        A short retention leaves little time to notice corrupted or deleted data before the last good backup is
        gone.
        """,
      example: """
        neptune.CfnDBCluster(self, "Graph", db_subnet_group_name=subnets.ref)
        """,
      useInstead: """
        neptune.CfnDBCluster(self, "Graph", db_subnet_group_name=subnets.ref, backup_retention_period=7)
        """,
      references: [
        (
          title: "Backing up and restoring an Amazon Neptune DB cluster",
          url: "https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore-overview.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_neptune.CfnDBCluster"],
      prop: "backupRetentionPeriod",
      verdict: { value in
        if case .null = value.kind { return false }
        return value.number.map { $0 >= 7 }
      },
      unsetFails: true,
      unsetMessage: "The cluster keeps backups for one day: `backup_retention_period` is not set",
      valueMessage: "The cluster keeps backups for less than seven days: `backup_retention_period` is under 7"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_neptune as neptune

      ↓neptune.CfnDBCluster(self, "Graph", db_subnet_group_name="graph")
      days = 3
      neptune.CfnDBCluster(self, "Short", db_subnet_group_name="graph", ↓backup_retention_period=days)
      """
    ),
    Example(
      """
      import * as neptune from 'aws-cdk-lib/aws-neptune';

      new neptune.CfnDBCluster(this, 'Graph', { dbSubnetGroupName: 'graph', ↓backupRetentionPeriod: 1 });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_neptune as neptune

      # backup_retention_period under 7 days would be too short.
      neptune.CfnDBCluster(self, "Graph", db_subnet_group_name="graph", backup_retention_period=7)
      neptune.CfnDBCluster(self, "Chosen", db_subnet_group_name="graph", backup_retention_period=config.days)
      neptune.CfnDBCluster(self, "Props", **cluster_props)
      """
    ),
    Example(
      """
      import * as neptune from 'aws-cdk-lib/aws-neptune';

      new neptune.CfnDBCluster(this, 'Graph', { dbSubnetGroupName: 'graph', backupRetentionPeriod: 35 });
      """
    ),
  ]
}
