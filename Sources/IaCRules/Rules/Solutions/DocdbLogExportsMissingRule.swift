import IaCModel
import IaCSyntax

/// IAC769: a DocumentDB cluster does not export its audit log to CloudWatch Logs.
public struct DocdbLogExportsMissingRule: SolutionsPropRule {
  public init() {}

  /// The event names cdk-nag 3.0.2 looks for among the exports: audit events, not log types.
  static let nagEventNames: Set<String> = ["authenticate", "createIndex", "dropCollection"]

  public static let description = RuleDescription.solutions(
    code: "IAC769",
    summary: "A DocumentDB cluster does not export its audit log",
    url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html",
    resourceTypes: ["aws-cdk-lib.aws_docdb.DatabaseCluster", "aws-cdk-lib.aws_docdb.CfnDBCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC769",
      whatItDoes: """
        Finds DocumentDB clusters that do not export their audit log to CloudWatch Logs: a `docdb.DatabaseCluster`
        without `export_audit_logs_to_cloud_watch=True`, and a `docdb.CfnDBCluster` whose
        `enable_cloudwatch_logs_exports` does not list `"audit"`. Values held in variables are followed; those
        iaclsp cannot evaluate are not reported, nor are clusters whose props come from `**kwargs`.

        **Difference from cdk-nag.** The check is meant to record authentication and the creation and dropping of
        indexes and collections. DocumentDB writes those events to its audit log, whose export is named `audit`
        (the other is `profiler`); cdk-nag 3.0.2 instead looks for exports named `authenticate`, `createIndex` and
        `dropCollection`, which DocumentDB does not offer, so it reports every cluster, however configured. iaclsp
        reports the clusters that do not export the audit log, and passes those that do, and, like cdk-nag, a
        cluster that lists those three names. The audit log also needs the `audit_logs` parameter turned on in the
        cluster's parameter group, which this rule does not read.
        """,
      why: """
        Without the audit log in CloudWatch Logs, failed logins and dropped collections leave no record outside
        the cluster, and nothing can alarm on them.
        """,
      example: """
        docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc)
        """,
      useInstead: """
        docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc,
            export_audit_logs_to_cloud_watch=True)
        """,
      references: [
        (
          title: "Auditing Amazon DocumentDB events",
          url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_docdb.DatabaseCluster"],
      prop: "exportAuditLogsToCloudWatch",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "The cluster's audit log stays in the cluster: `export_audit_logs_to_cloud_watch` is not set",
      valueMessage: "The cluster's audit log stays in the cluster: `export_audit_logs_to_cloud_watch` is false"
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_docdb.CfnDBCluster"],
      prop: "enableCloudwatchLogsExports",
      verdict: { value in
        if case .null = value.kind { return false }
        guard let elements = value.elements else { return nil }
        let names = elements.map(\.string)
        if names.contains("audit") || nagEventNames.isSubset(of: Set(names.compactMap { $0 })) { return true }
        return names.contains(nil) ? nil : false
      },
      unsetFails: true,
      unsetMessage: "The cluster's audit log stays in the cluster: `enable_cloudwatch_logs_exports` is not set",
      valueMessage: "The cluster's audit log stays in the cluster: `enable_cloudwatch_logs_exports` does not list "
        + "`audit`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_docdb as docdb

      ↓docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc,
          export_profiler_logs_to_cloud_watch=True)
      profiler_only = ["profiler"]
      docdb.CfnDBCluster(self, "Raw", master_username=user, master_user_password=password,
          ↓enable_cloudwatch_logs_exports=profiler_only)
      """
    ),
    Example(
      """
      import * as docdb from 'aws-cdk-lib/aws-docdb';

      new docdb.DatabaseCluster(this, 'Docs', {
        masterUser: { username: 'docadmin' }, instanceType: size, vpc, ↓exportAuditLogsToCloudWatch: false,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_docdb as docdb

      # The audit log records authenticate, createIndex and dropCollection events.
      docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc,
          export_audit_logs_to_cloud_watch=True)
      exports = ["audit", "profiler"]
      docdb.CfnDBCluster(self, "Raw", master_username=user, master_user_password=password,
          enable_cloudwatch_logs_exports=exports)
      docdb.CfnDBCluster(self, "Chosen", master_username=user, master_user_password=password,
          enable_cloudwatch_logs_exports=config.exports)
      docdb.DatabaseCluster(self, "Props", **cluster_props)
      """
    ),
    Example(
      """
      import * as docdb from 'aws-cdk-lib/aws-docdb';

      new docdb.CfnDBCluster(this, 'Raw', {
        masterUsername: user, masterUserPassword: password, enableCloudwatchLogsExports: ['audit'],
      });
      """
    ),
  ]
}
