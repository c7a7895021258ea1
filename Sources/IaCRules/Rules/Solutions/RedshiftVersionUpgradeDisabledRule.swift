import IaCModel
import IaCSyntax

/// IAC747: a Redshift cluster turns off version upgrades.
public struct RedshiftVersionUpgradeDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC747",
    summary: "A Redshift cluster turns off engine version upgrades",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#rs-mgmt-maintenance-tracks",
    resourceTypes: ["aws-cdk-lib.aws_redshift.CfnCluster"],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC747",
      whatItDoes: """
        Finds `redshift.CfnCluster` constructs with `allow_version_upgrade=False`. Redshift applies major version
        upgrades in the maintenance window unless told otherwise, so a cluster that leaves the prop unset is not
        reported.
        """,
      why: """
        A cluster that never upgrades keeps the engine's known bugs and security issues until someone upgrades it
        by hand.
        """,
      example: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", allow_version_upgrade=False)
        """,
      useInstead: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
        """,
      fixSafety: """
        Allowing upgrades is an in-place change; the engine may then be upgraded in the next maintenance window.
        """,
      references: [
        (
          title: "Maintenance windows and tracks (Amazon Redshift Management Guide)",
          url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#rs-mgmt-maintenance-tracks"
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
      prop: "allowVersionUpgrade",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The cluster never upgrades its engine: `allow_version_upgrade` is false",
      fixValue: true
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      pinned = False
      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", ↓allow_version_upgrade=pinned)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', ↓allowVersionUpgrade: false,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      # allow_version_upgrade=False would pin the engine.
      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
      redshift.CfnCluster(self, "Upgrading", node_type="ra3.xlplus", allow_version_upgrade=True)
      redshift.CfnCluster(self, "Chosen", node_type="ra3.xlplus", allow_version_upgrade=settings.upgrade)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', allowVersionUpgrade: true,
      });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_redshift as redshift

        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", allow_version_upgrade=False)
        """
      ),
      """
      from aws_cdk import aws_redshift as redshift

      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", allow_version_upgrade=True)
      """
    ),
  ]
}
