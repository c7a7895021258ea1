import IaCModel
import IaCSyntax

/// IAC745: a Redshift cluster does not ask for encryption at rest.
public struct RedshiftStorageUnencryptedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC745",
    summary: "A Redshift cluster does not ask for encryption at rest",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
    resourceTypes: ["aws-cdk-lib.aws_redshift.CfnCluster"],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC745",
      whatItDoes: """
        Finds `redshift.CfnCluster` constructs that do not set `encrypted=True`. Like cdk-nag, the rule reads the
        template only: Redshift now encrypts new clusters even when `Encrypted` is left out, which neither tool can
        see, so an unset prop is reported. A value held in a variable is followed; one iaclsp cannot evaluate is not
        reported, nor is a cluster whose props come from `**kwargs`.
        """,
      why: """
        A warehouse holds the organisation's data in one place; unencrypted, its blocks, backups and snapshots are
        readable to anyone who reaches the storage. Writing `encrypted=True` states the intent where a reviewer sees
        it, whatever the service default.
        """,
      example: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
        """,
      useInstead: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", encrypted=True)
        """,
      fixSafety: """
        The fix is unsafe: CloudFormation replaces a cluster whose `Encrypted` property changes, and the new cluster
        starts empty unless restored from a snapshot.
        """,
      references: [
        (
          title: "Amazon Redshift database encryption",
          url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_redshift.CfnCluster"],
      prop: "encrypted",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "The cluster does not ask for encryption at rest: `encrypted` is not set",
      valueMessage: "The cluster's storage is not encrypted: `encrypted` is false",
      fixValue: true
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      ↓redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
      plain = False
      redshift.CfnCluster(self, "Plain", node_type="ra3.xlplus", ↓encrypted=plain)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', ↓encrypted: false,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      # encrypted=False would leave the storage unencrypted.
      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", encrypted=True, kms_key_id=key.key_id)
      redshift.CfnCluster(self, "Chosen", node_type="ra3.xlplus", encrypted=settings.encrypted)
      redshift.CfnCluster(self, "Props", **cluster_props)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', encrypted: true,
      });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_redshift as redshift

        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", encrypted=False)
        """
      ),
      """
      from aws_cdk import aws_redshift as redshift

      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", encrypted=True)
      """
    ),
  ]
}
