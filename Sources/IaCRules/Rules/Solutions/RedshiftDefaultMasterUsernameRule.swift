import IaCModel
import IaCSyntax

/// IAC742: a Redshift cluster keeps the default master user name, `awsuser`.
public struct RedshiftDefaultMasterUsernameRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC742",
    summary: "A Redshift cluster uses the default master user name",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/changing-cluster-password.html",
    resourceTypes: ["aws-cdk-lib.aws_redshift.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC742",
      whatItDoes: """
        Finds `redshift.CfnCluster` constructs whose `master_username` is `awsuser`, the name the Redshift console
        suggests. The name is compared as written, like cdk-nag does; a name held in a variable is followed, and one
        iaclsp cannot evaluate (a parameter, a secret's field) is not reported.

        **Difference from cdk-nag.** cdk-nag 3.0.2 reads the name only when it is a plain string. A name taken from a
        secret (`secret.secret_value_from_json("username").unsafe_unwrap()`) reaches the template as an `Fn::Join`,
        the rule fails on it, and cdk-nag reports the failure as a finding; iaclsp does not report such a cluster.
        """,
      why: """
        A well-known user name leaves only the password for an attacker to guess; a name of your own is one more
        thing to find out.
        """,
      example: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus",
            master_username="awsuser", master_user_password=password)
        """,
      useInstead: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus",
            master_username="warehouse_admin", master_user_password=password)
        """,
      references: [
        (
          title: "Managing the admin user (Amazon Redshift Management Guide)",
          url: "https://docs.aws.amazon.com/redshift/latest/mgmt/changing-cluster-password.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_redshift.CfnCluster"],
      prop: "masterUsername",
      verdict: { value in value.string.map { $0 != "awsuser" } },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The cluster's master user has the default name: `master_username` is `awsuser`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus",
          ↓master_username="awsuser", master_user_password=password)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      const user = 'awsuser';
      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', ↓masterUsername: user, masterUserPassword: password,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      # Not "awsuser": a name of our own.
      admin = "warehouse_admin"
      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus",
          master_username=admin, master_user_password=password)
      redshift.CfnCluster(self, "Secret", node_type="ra3.xlplus",
          master_username=secret.secret_value_from_json("username").unsafe_unwrap(), master_user_password=password)
      redshift.CfnCluster(self, "Props", **cluster_props)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', masterUsername: props.adminName,
        masterUserPassword: password,
      });
      """
    ),
  ]
}
