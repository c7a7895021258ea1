import IaCModel
import IaCSyntax

/// IAC748: a Redshift cluster keeps no automated snapshots.
public struct RedshiftAutomatedSnapshotsDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC748",
    summary: "A Redshift cluster keeps no automated snapshots",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html",
    resourceTypes: ["aws-cdk-lib.aws_redshift.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC748",
      whatItDoes: """
        Finds `redshift.CfnCluster` constructs with `automated_snapshot_retention_period=0`, which turns automated
        snapshots off. Left unset, Redshift keeps them for one day, which the rule passes.
        """,
      why: """
        Without automated snapshots a dropped table or a bad load can only be undone from a manual snapshot, if
        anyone took one.
        """,
      example: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", automated_snapshot_retention_period=0)
        """,
      useInstead: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", automated_snapshot_retention_period=7)
        """,
      references: [
        (
          title: "Amazon Redshift snapshots and backups",
          url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_redshift.CfnCluster"],
      prop: "automatedSnapshotRetentionPeriod",
      verdict: { value in value.number.map { $0 != 0 } },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The cluster keeps no automated snapshots: `automated_snapshot_retention_period` is 0"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", ↓automated_snapshot_retention_period=0)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      const days = 0;
      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', ↓automatedSnapshotRetentionPeriod: days,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      # automated_snapshot_retention_period=0 would turn snapshots off; unset keeps one day.
      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
      redshift.CfnCluster(self, "Week", node_type="ra3.xlplus", automated_snapshot_retention_period=7)
      redshift.CfnCluster(self, "Chosen", node_type="ra3.xlplus", automated_snapshot_retention_period=retention_days)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', automatedSnapshotRetentionPeriod: 35,
      });
      """
    ),
  ]
}
