import IaCModel
import IaCSyntax

/// IAC768: a DocumentDB cluster keeps backups for less than a week.
public struct DocdbBackupRetentionTooShortRule: SolutionsPropRule {
  public init() {}

  static let week = 7.0

  public static let description = RuleDescription.solutions(
    code: "IAC768",
    summary: "A DocumentDB cluster keeps backups for less than seven days",
    url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore.html",
    resourceTypes: ["aws-cdk-lib.aws_docdb.DatabaseCluster", "aws-cdk-lib.aws_docdb.CfnDBCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC768",
      whatItDoes: """
        Finds DocumentDB clusters that keep automated backups for less than 7 days: a `docdb.DatabaseCluster`
        without `backup` (CDK writes no retention, and DocumentDB keeps one day) or with
        `backup=docdb.BackupProps(retention=...)` under seven days, and a `docdb.CfnDBCluster` whose
        `backup_retention_period` is unset or under 7. Values held in variables are followed; those iaclsp cannot
        evaluate are not reported, nor are clusters whose props come from `**kwargs`.
        """,
      why: """
        A short retention leaves little time to notice corrupted or deleted documents before the last good backup
        is gone.
        """,
      example: """
        docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc)
        """,
      useInstead: """
        docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc,
            backup=docdb.BackupProps(retention=Duration.days(7)))
        """,
      references: [
        (
          title: "Backing up and restoring in Amazon DocumentDB",
          url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_docdb.DatabaseCluster"],
      prop: "backup",
      verdict: { value in
        guard case .object = value.kind, let retention = value.entry("retention")?.value else { return nil }
        return retention.durationSeconds.map { $0 >= week * 86400 }
      },
      unsetFails: true,
      unsetMessage: "The cluster keeps backups for one day: `backup` is not set",
      valueMessage: "The cluster keeps backups for less than seven days: `backup` sets a shorter `retention`"
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_docdb.CfnDBCluster"],
      prop: "backupRetentionPeriod",
      verdict: { value in
        if case .null = value.kind { return false }
        return value.number.map { $0 >= week }
      },
      unsetFails: true,
      unsetMessage: "The cluster keeps backups for one day: `backup_retention_period` is not set",
      valueMessage: "The cluster keeps backups for less than seven days: `backup_retention_period` is under 7"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import Duration, aws_docdb as docdb

      ↓docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc)
      short = docdb.BackupProps(retention=Duration.days(3))
      docdb.DatabaseCluster(self, "Short", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc,
          ↓backup=short)
      ↓docdb.CfnDBCluster(self, "Raw", master_username=user, master_user_password=password)
      """
    ),
    Example(
      """
      import * as docdb from 'aws-cdk-lib/aws-docdb';

      new docdb.CfnDBCluster(this, 'Raw', { masterUsername: user, masterUserPassword: password, ↓backupRetentionPeriod: 1 });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import Duration, aws_docdb as docdb

      # Without backup, DocumentDB keeps one day.
      week = docdb.BackupProps(retention=Duration.days(7), preferred_window="03:00-04:00")
      docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc,
          backup=week)
      docdb.DatabaseCluster(self, "Configured", master_user=docdb.Login(username="docadmin"), instance_type=size,
          vpc=vpc, backup=docdb.BackupProps(retention=config.retention))
      docdb.CfnDBCluster(self, "Raw", master_username=user, master_user_password=password, backup_retention_period=35)
      docdb.DatabaseCluster(self, "Props", **cluster_props)
      """
    ),
    Example(
      """
      import { Duration } from 'aws-cdk-lib';
      import * as docdb from 'aws-cdk-lib/aws-docdb';

      new docdb.DatabaseCluster(this, 'Docs', {
        masterUser: { username: 'docadmin' }, instanceType: size, vpc, backup: { retention: Duration.days(14) },
      });
      """
    ),
  ]
}
