import IaCModel
import IaCSyntax

/// IAC749: a Redshift cluster's parameter group does not log user activity.
public struct RedshiftUserActivityLoggingDisabledRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC749",
    summary: "A Redshift cluster does not log user activity",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html",
    resourceTypes: [RedshiftParameterGroups.clusterType, RedshiftParameterGroups.groupType],
    documentation: SolutionsDocumentation.page(
      code: "IAC749",
      whatItDoes: """
        Finds `redshift.CfnCluster` constructs whose parameter group does not set `enable_user_activity_logging`
        to `true`: those without `cluster_parameter_group_name` (the default parameter group leaves it off), and
        those that name a `redshift.CfnClusterParameterGroup` of the same file (`group.ref`) whose `parameters`
        do not include `enable_user_activity_logging` set to `true`. Like cdk-nag, the name and the value must be
        written in lower case. The finding sits on the cluster, since cdk-nag reports the cluster.

        A group named by a literal string is defined outside the file; cdk-nag reports such a cluster, because no
        group of the stack matches the name, but iaclsp cannot see the group's parameters and does not report it.
        Nor does it report a group whose parameters come from a variable it cannot follow or from `**kwargs`, or
        that is changed by a method call (`add_property_override`).
        """,
      why: """
        The user activity log records each query before it runs. Without it, an investigation cannot tell who ran
        what against the warehouse. Audit logging (`logging_properties`) must be on as well for the log to be
        written.
        """,
      example: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
        """,
      useInstead: """
        params = redshift.CfnClusterParameterGroup(self, "Params", description="audit", parameter_group_family="redshift-1.0",
            parameters=[redshift.CfnClusterParameterGroup.ParameterProperty(
                parameter_name="enable_user_activity_logging", parameter_value="true")])
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", cluster_parameter_group_name=params.ref)
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

  public func check(
    _ resource: Resource,
    in model: FileModel,
    context: RuleContext,
    into diagnostics: inout [Diagnostic]
  ) {
    RedshiftParameterGroups.check(
      resource, in: model, description: Self.description, parameter: "enable_user_activity_logging",
      turnsOn: { name, value in name == "enable_user_activity_logging" && value == "true" },
      into: &diagnostics
    )
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      ↓redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")

      tls_only = redshift.CfnClusterParameterGroup(self, "TlsOnly", description="d", parameter_group_family="redshift-1.0",
          parameters=[redshift.CfnClusterParameterGroup.ParameterProperty(parameter_name="require_ssl", parameter_value="true")])
      redshift.CfnCluster(self, "Quiet", node_type="ra3.xlplus", ↓cluster_parameter_group_name=tls_only.ref)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      const off = new redshift.CfnClusterParameterGroup(this, 'Off', {
        description: 'd', parameterGroupFamily: 'redshift-1.0',
        parameters: [{ parameterName: 'enable_user_activity_logging', parameterValue: 'false' }],
      });
      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', ↓clusterParameterGroupName: off.ref,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      # The default parameter group leaves enable_user_activity_logging off, so name one that turns it on.
      on = "true"
      audited = redshift.CfnClusterParameterGroup(self, "Audited", description="d", parameter_group_family="redshift-1.0",
          parameters=[redshift.CfnClusterParameterGroup.ParameterProperty(
              parameter_name="enable_user_activity_logging", parameter_value=on)])
      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", cluster_parameter_group_name=audited.ref)
      redshift.CfnCluster(self, "Shared", node_type="ra3.xlplus", cluster_parameter_group_name="shared-audit")
      redshift.CfnCluster(self, "Props", **cluster_props)

      patched = redshift.CfnClusterParameterGroup(self, "Patched", description="d", parameter_group_family="redshift-1.0")
      patched.add_property_override("Parameters", parameters)
      redshift.CfnCluster(self, "PatchedWarehouse", node_type="ra3.xlplus", cluster_parameter_group_name=patched.ref)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      const audited = new redshift.CfnClusterParameterGroup(this, 'Audited', {
        description: 'd', parameterGroupFamily: 'redshift-1.0',
        parameters: [{ parameterName: 'enable_user_activity_logging', parameterValue: 'true' }],
      });
      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', clusterParameterGroupName: audited.ref,
      });
      new redshift.CfnCluster(this, 'Named', { nodeType: 'ra3.xlplus', clusterParameterGroupName: props.parameterGroup });
      """
    ),
  ]
}
