import IaCModel
import IaCSyntax

/// IAC761: a Neptune instance does not take minor engine upgrades automatically.
public struct NeptuneAutoMinorVersionUpgradeDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC761",
    summary: "A Neptune instance does not upgrade minor versions automatically",
    url: "https://docs.aws.amazon.com/neptune/latest/userguide/cluster-maintenance.html",
    resourceTypes: ["aws-cdk-lib.aws_neptune.CfnDBInstance"],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC761",
      whatItDoes: """
        Finds `neptune.CfnDBInstance` constructs that do not set `auto_minor_version_upgrade=True`. Like cdk-nag,
        the rule reads what the template says: an unset prop is reported. A value held in a variable is followed;
        one iaclsp cannot evaluate is not reported, nor is an instance whose props come from `**kwargs`.
        """,
      why: """
        Minor engine versions carry bug and security fixes. Without automatic upgrades they wait until someone
        applies them by hand.
        """,
      example: """
        neptune.CfnDBInstance(self, "GraphInstance", db_instance_class="db.r5.large")
        """,
      useInstead: """
        neptune.CfnDBInstance(self, "GraphInstance", db_instance_class="db.r5.large", auto_minor_version_upgrade=True)
        """,
      fixSafety: """
        Turning automatic minor upgrades on is an in-place change; upgrades then happen in the maintenance window.
        """,
      references: [
        (
          title: "Maintaining your Amazon Neptune DB cluster",
          url: "https://docs.aws.amazon.com/neptune/latest/userguide/cluster-maintenance.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_neptune.CfnDBInstance"],
      prop: "autoMinorVersionUpgrade",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "The instance does not take minor upgrades: `auto_minor_version_upgrade` is not set",
      valueMessage: "The instance does not take minor upgrades: `auto_minor_version_upgrade` is false",
      fixValue: true
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_neptune as neptune

      ↓neptune.CfnDBInstance(self, "GraphInstance", db_instance_class="db.r5.large")
      manual = False
      neptune.CfnDBInstance(self, "Pinned", db_instance_class="db.r5.large", ↓auto_minor_version_upgrade=manual)
      """
    ),
    Example(
      """
      import * as neptune from 'aws-cdk-lib/aws-neptune';

      new neptune.CfnDBInstance(this, 'GraphInstance', { dbInstanceClass: 'db.r5.large', ↓autoMinorVersionUpgrade: false });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_neptune as neptune

      # auto_minor_version_upgrade=False would pin the engine.
      neptune.CfnDBInstance(self, "GraphInstance", db_instance_class="db.r5.large", auto_minor_version_upgrade=True)
      neptune.CfnDBInstance(self, "Chosen", db_instance_class="db.r5.large", auto_minor_version_upgrade=settings.upgrade)
      neptune.CfnDBInstance(self, "Props", **instance_props)
      """
    ),
    Example(
      """
      import * as neptune from 'aws-cdk-lib/aws-neptune';

      new neptune.CfnDBInstance(this, 'GraphInstance', { dbInstanceClass: 'db.r5.large', autoMinorVersionUpgrade: true });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_neptune as neptune

        neptune.CfnDBInstance(self, "GraphInstance", db_instance_class="db.r5.large")
        """
      ),
      """
      from aws_cdk import aws_neptune as neptune

      neptune.CfnDBInstance(self, "GraphInstance", db_instance_class="db.r5.large", auto_minor_version_upgrade=True)
      """
    ),
  ]
}
