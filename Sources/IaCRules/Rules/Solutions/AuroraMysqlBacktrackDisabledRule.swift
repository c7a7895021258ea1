import IaCModel
import IaCSyntax

/// IAC737: an Aurora MySQL cluster has no backtrack window.
public struct AuroraMysqlBacktrackDisabledRule: SolutionsPropRule {
  public init() {}

  static let clusterTypes = [
    "aws-cdk-lib.aws_rds.DatabaseCluster",
    "aws-cdk-lib.aws_rds.DatabaseClusterFromSnapshot",
  ]

  public static let description = RuleDescription.solutions(
    code: "IAC737",
    summary: "An Aurora MySQL cluster cannot be backtracked",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html",
    resourceTypes: clusterTypes + ["aws-cdk-lib.aws_rds.CfnDBCluster"],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC737",
      whatItDoes: """
        Finds Aurora MySQL clusters without a backtrack window: `rds.DatabaseCluster` (or
        `DatabaseClusterFromSnapshot`) whose engine is `rds.DatabaseClusterEngine.aurora_mysql(...)` (or the older
        `aurora(...)`) and that sets no `backtrack_window`, or a zero one; `rds.CfnDBCluster` with engine `aurora` or
        `aurora-mysql` and no `backtrack_window`. Clusters of other engines, and clusters whose engine iaclsp cannot
        tell, are not reported.

        cdk-nag also reports Aurora MySQL Serverless v1 clusters (`rds.ServerlessCluster`), which cannot backtrack
        at all; this rule does not.
        """,
      why: """
        Backtracking rewinds a cluster to a point in time in minutes, in place, without restoring a snapshot into a
        new cluster: the quickest way back from a bad migration or a mistaken `DELETE`. It can be enabled only
        when the cluster is created (or restored or cloned).
        """,
      example: """
        rds.DatabaseCluster(self, "Cluster", engine=rds.DatabaseClusterEngine.aurora_mysql(version=v), vpc=vpc,
            writer=writer)
        """,
      useInstead: """
        rds.DatabaseCluster(self, "Cluster", engine=rds.DatabaseClusterEngine.aurora_mysql(version=v), vpc=vpc,
            writer=writer, backtrack_window=Duration.hours(24))
        """,
      fixSafety: """
        Where `backtrack_window` is unset or zero on a `DatabaseCluster` and the file imports `Duration` (or aws-cdk-
        lib itself), the fix writes `backtrack_window=Duration.hours(24)`. It is unsafe: backtracking can only be
        enabled when a cluster is created, so CloudFormation replaces the cluster, and the new one starts empty.
        """,
      references: [
        (
          title: "Backtracking an Aurora DB cluster (Amazon Aurora User Guide)",
          url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections
  )

  static let unsetMessage = "The Aurora MySQL cluster cannot be backtracked: `backtrack_window` is not set"

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: clusterTypes,
      prop: "backtrackWindow",
      verdict: { value in value.durationSeconds.map { $0 > 0 } },
      unsetFails: true,
      applies: { resource, model in RdsEngine.isAuroraMysql(RdsEngine.name(of: resource, in: model)) },
      unsetMessage: unsetMessage,
      valueMessage: "The Aurora MySQL cluster cannot be backtracked: `backtrack_window` is zero",
      fixText: SolutionsFixText.root("Duration", "hours(24)")
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_rds.CfnDBCluster"],
      prop: "backtrackWindow",
      verdict: { value in value.number.map { $0 > 0 } },
      unsetFails: true,
      applies: { resource, model in RdsEngine.isAuroraMysql(RdsEngine.name(of: resource, in: model)) },
      unsetMessage: unsetMessage,
      valueMessage: "The Aurora MySQL cluster cannot be backtracked: `backtrack_window` is 0"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_rds as rds

      engine = rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_07_1)
      ↓rds.DatabaseCluster(self, "Cluster", engine=engine, vpc=vpc, writer=writer)
      ↓rds.CfnDBCluster(self, "Raw", engine="aurora-mysql", master_username="admin")
      """
    ),
    Example(
      """
      import * as rds from 'aws-cdk-lib/aws-rds';

      ↓new rds.DatabaseCluster(this, 'Cluster', {
        engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_07_1 }),
        vpc,
        writer,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import Duration, aws_rds as rds

      mysql = rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_07_1)
      rds.DatabaseCluster(self, "Rewindable", engine=mysql, vpc=vpc, writer=writer, backtrack_window=Duration.hours(24))
      postgres = rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_4)
      rds.DatabaseCluster(self, "Postgres", engine=postgres, vpc=vpc, writer=writer)
      rds.DatabaseCluster(self, "Unknown", engine=settings.engine, vpc=vpc, writer=writer)
      chosen = postgres
      if flavour == "mysql":
          chosen = mysql
      rds.DatabaseCluster(self, "Chosen", engine=chosen, vpc=vpc, writer=writer)
      rds.DatabaseCluster(self, "Props", engine=mysql, **cluster_props)
      rds.CfnDBCluster(self, "Raw", engine="aurora-mysql", backtrack_window=86400)
      rds.CfnDBCluster(self, "RawPostgres", engine="aurora-postgresql")
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import Duration, aws_rds as rds

        rds.DatabaseCluster(self, "Cluster", engine=rds.DatabaseClusterEngine.aurora_mysql(version=v), vpc=vpc, writer=writer)
        """
      ),
      """
      from aws_cdk import Duration, aws_rds as rds

      rds.DatabaseCluster(self, "Cluster", engine=rds.DatabaseClusterEngine.aurora_mysql(version=v), vpc=vpc, writer=writer, backtrack_window=Duration.hours(24))
      """
    ),
  ]
}
