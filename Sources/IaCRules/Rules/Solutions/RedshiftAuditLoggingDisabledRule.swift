import IaCModel
import IaCSyntax

/// IAC744: a Redshift cluster has no audit logging.
public struct RedshiftAuditLoggingDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC744",
    summary: "A Redshift cluster does not log audit events",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html",
    resourceTypes: ["aws-cdk-lib.aws_redshift.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC744",
      whatItDoes: """
        Finds `redshift.CfnCluster` constructs without `logging_properties`, which leave Redshift's audit logging
        (connection and user logs) off. Properties held in a variable pass, as do those iaclsp cannot evaluate; a
        cluster whose props come from `**kwargs` is not reported.
        """,
      why: """
        The connection log and the user log record who connected, from where, and which users were changed.
        Without them, an investigation has nothing to go on.
        """,
      example: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
        """,
      useInstead: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus",
            logging_properties=redshift.CfnCluster.LoggingPropertiesProperty(bucket_name=logs.bucket_name))
        """,
      references: [
        (
          title: "Database audit logging (Amazon Redshift Management Guide)",
          url: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_redshift.CfnCluster"],
      prop: "loggingProperties",
      verdict: OpenSearchDomains.isWritten,
      unsetFails: true,
      unsetMessage: "The cluster writes no audit log: `logging_properties` is not set",
      valueMessage: "The cluster writes no audit log: `logging_properties` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      ↓redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
      redshift.CfnCluster(self, "Off", node_type="ra3.xlplus", ↓logging_properties=None)
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

      # Audit logging needs logging_properties.
      audit = redshift.CfnCluster.LoggingPropertiesProperty(bucket_name="audit-logs", s3_key_prefix="warehouse/")
      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", logging_properties=audit)
      redshift.CfnCluster(self, "CloudWatch", node_type="ra3.xlplus", logging_properties=log_settings())
      redshift.CfnCluster(self, "Props", **cluster_props)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', loggingProperties: { logDestinationType: 'cloudwatch', logExports: ['connectionlog'] },
      });
      """
    ),
  ]
}
