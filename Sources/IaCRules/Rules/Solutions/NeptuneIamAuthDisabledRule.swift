import IaCModel
import IaCSyntax

/// IAC764: a Neptune cluster does not use IAM database authentication.
public struct NeptuneIamAuthDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC764",
    summary: "A Neptune cluster does not use IAM database authentication",
    url: "https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html",
    resourceTypes: ["aws-cdk-lib.aws_neptune.CfnDBCluster"],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC764",
      whatItDoes: """
        Finds `neptune.CfnDBCluster` constructs that do not set `iam_auth_enabled=True`; Neptune leaves IAM
        authentication off by default. A value held in a variable is followed; one iaclsp cannot evaluate is not
        reported, nor is a cluster whose props come from `**kwargs`.
        """,
      why: """
        Without IAM authentication, anyone who reaches the cluster's endpoint on the network can send queries; with
        it, each request is signed and allowed by an IAM policy, and can be audited in CloudTrail.
        """,
      example: """
        neptune.CfnDBCluster(self, "Graph", db_subnet_group_name=subnets.ref)
        """,
      useInstead: """
        neptune.CfnDBCluster(self, "Graph", db_subnet_group_name=subnets.ref, iam_auth_enabled=True)
        """,
      fixSafety: """
        Turning IAM authentication on is an in-place change, but clients that send unsigned requests are refused
        from then on.
        """,
      references: [
        (
          title: "Authenticating your Amazon Neptune database with IAM",
          url: "https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_neptune.CfnDBCluster"],
      prop: "iamAuthEnabled",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "Any client on the network can query the cluster: `iam_auth_enabled` is not set",
      valueMessage: "Any client on the network can query the cluster: `iam_auth_enabled` is false",
      fixValue: true
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_neptune as neptune

      ↓neptune.CfnDBCluster(self, "Graph", db_subnet_group_name="graph")
      open_access = False
      neptune.CfnDBCluster(self, "Open", db_subnet_group_name="graph", ↓iam_auth_enabled=open_access)
      """
    ),
    Example(
      """
      import * as neptune from 'aws-cdk-lib/aws-neptune';

      ↓new neptune.CfnDBCluster(this, 'Graph', { dbSubnetGroupName: 'graph' });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_neptune as neptune

      # iam_auth_enabled=False would let any client query it.
      neptune.CfnDBCluster(self, "Graph", db_subnet_group_name="graph", iam_auth_enabled=True)
      neptune.CfnDBCluster(self, "Chosen", db_subnet_group_name="graph", iam_auth_enabled=settings.iam)
      neptune.CfnDBCluster(self, "Props", **cluster_props)
      """
    ),
    Example(
      """
      import * as neptune from 'aws-cdk-lib/aws-neptune';

      new neptune.CfnDBCluster(this, 'Graph', { dbSubnetGroupName: 'graph', iamAuthEnabled: true });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_neptune as neptune

        neptune.CfnDBCluster(self, "Graph", db_subnet_group_name="graph")
        """
      ),
      """
      from aws_cdk import aws_neptune as neptune

      neptune.CfnDBCluster(self, "Graph", db_subnet_group_name="graph", iam_auth_enabled=True)
      """
    ),
  ]
}
