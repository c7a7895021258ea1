import IaCModel
import IaCSyntax

/// IAC736: an RDS instance turns its automated backups off (a retention period of zero days).
public struct RdsAutomatedBackupsDisabledRule: SolutionsPropRule {
  public init() {}

  static let instanceTypes = [
    "aws-cdk-lib.aws_rds.DatabaseInstance",
    "aws-cdk-lib.aws_rds.DatabaseInstanceFromSnapshot",
    "aws-cdk-lib.aws_rds.DatabaseInstanceReadReplica",
  ]

  public static let description = RuleDescription.solutions(
    code: "IAC736",
    summary: "An RDS instance turns its automated backups off",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html",
    resourceTypes: instanceTypes + ["aws-cdk-lib.aws_rds.CfnDBInstance"],
    documentation: SolutionsDocumentation.page(
      code: "IAC736",
      whatItDoes: """
        Finds RDS instances whose backup retention is zero: `backup_retention=Duration.days(0)` on
        `rds.DatabaseInstance` (and the instances made from a snapshot or as a read replica), or
        `backup_retention_period=0` on `rds.CfnDBInstance`. An unset retention keeps RDS's default of one day, which
        passes. A retention held in a variable is followed; one iaclsp cannot evaluate is not reported.
        """,
      why: """
        With a retention of zero, RDS takes no automated backups and keeps no transaction logs: the database cannot
        be restored to a point in time, and a mistaken delete or a corrupting deploy loses data for good.
        """,
      example: """
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, backup_retention=Duration.days(0))
        """,
      useInstead: """
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, backup_retention=Duration.days(7))
        """,
      references: [
        (
          title: "Working with backups (Amazon RDS User Guide)",
          url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: instanceTypes,
      prop: "backupRetention",
      verdict: { value in value.durationSeconds.map { $0 > 0 } },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The instance takes no automated backups: `backup_retention` is zero days"
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_rds.CfnDBInstance"],
      prop: "backupRetentionPeriod",
      verdict: { value in value.number.map { $0 > 0 } },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The instance takes no automated backups: `backup_retention_period` is 0"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import Duration, aws_rds as rds

      rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, ↓backup_retention=Duration.days(0))
      no_backups = Duration.days(0)
      rds.DatabaseInstanceReadReplica(self, "Replica", source_database_instance=db, instance_type=t, vpc=vpc,
          ↓backup_retention=no_backups)
      rds.CfnDBInstance(self, "Raw", db_instance_class="db.t3.micro", engine="mysql", ↓backup_retention_period=0)
      """
    ),
    Example(
      """
      import { Duration } from 'aws-cdk-lib';
      import * as rds from 'aws-cdk-lib/aws-rds';

      new rds.DatabaseInstance(this, 'Db', { engine, vpc, ↓backupRetention: Duration.days(0) });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import Duration, aws_rds as rds

      rds.DatabaseInstance(self, "Default", engine=engine, vpc=vpc)
      rds.DatabaseInstance(self, "Week", engine=engine, vpc=vpc, backup_retention=Duration.days(7))
      rds.DatabaseInstance(self, "Configured", engine=engine, vpc=vpc, backup_retention=Duration.days(settings.days))
      rds.DatabaseInstance(self, "Props", **props)
      rds.CfnDBInstance(self, "Raw", db_instance_class="db.t3.micro", engine="mysql", backup_retention_period=1)
      """
    ),
    Example(
      """
      import { Duration } from 'aws-cdk-lib';
      import * as rds from 'aws-cdk-lib/aws-rds';

      new rds.DatabaseInstance(this, 'Db', { engine, vpc, backupRetention: Duration.days(3) });
      """
    ),
  ]
}
