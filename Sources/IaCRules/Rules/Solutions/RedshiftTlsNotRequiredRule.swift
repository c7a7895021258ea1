import IaCModel
import IaCSyntax

/// IAC740: a Redshift cluster's parameter group does not require TLS.
public struct RedshiftTlsNotRequiredRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC740",
    summary: "A Redshift cluster does not require TLS connections",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html",
    resourceTypes: [RedshiftParameterGroups.clusterType, RedshiftParameterGroups.groupType],
    documentation: SolutionsDocumentation.page(
      code: "IAC740",
      whatItDoes: """
        Finds `redshift.CfnCluster` constructs whose parameter group does not set `require_ssl` to `true`: those
        without `cluster_parameter_group_name` (the default parameter group accepts unencrypted connections), and
        those that name a `redshift.CfnClusterParameterGroup` of the same file (`group.ref`) whose `parameters`
        do not include `require_ssl` set to `true` (either case). The finding sits on the cluster, since cdk-nag
        reports the cluster.

        A group named by a literal string is defined outside the file; cdk-nag reports such a cluster, because no
        group of the stack matches the name, but iaclsp cannot see the group's parameters and does not report it.
        Nor does it report a group whose parameters come from a variable it cannot follow or from `**kwargs`, or
        that is changed by a method call (`add_property_override`).
        """,
      why: """
        Without `require_ssl`, clients may connect without TLS, and queries, results and credentials cross the
        network in clear text.
        """,
      example: """
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")
        """,
      useInstead: """
        params = redshift.CfnClusterParameterGroup(self, "Params", description="tls", parameter_group_family="redshift-1.0",
            parameters=[redshift.CfnClusterParameterGroup.ParameterProperty(parameter_name="require_ssl", parameter_value="true")])
        redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", cluster_parameter_group_name=params.ref)
        """,
      references: [
        (
          title: "Configuring security options for connections (Amazon Redshift Management Guide)",
          url: "https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html"
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
      resource, in: model, description: Self.description, parameter: "require_ssl",
      turnsOn: { name, value in name.lowercased() == "require_ssl" && value.lowercased() == "true" },
      into: &diagnostics
    )
  }

  static let triggering: [Example] = [
    Example(
      """
      import json

      from aws_cdk import aws_redshift as redshift

      ↓redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus")

      loose = redshift.CfnClusterParameterGroup(self, "Loose", description="d", parameter_group_family="redshift-1.0",
          parameters=[redshift.CfnClusterParameterGroup.ParameterProperty(parameter_name="require_ssl", parameter_value="false")])
      redshift.CfnCluster(self, "Open", node_type="ra3.xlplus", ↓cluster_parameter_group_name=loose.ref)

      workload = redshift.CfnClusterParameterGroup(self, "Workload", description="d", parameter_group_family="redshift-1.0",
          parameters=[{"parameterName": "wlm_json_configuration", "parameterValue": json.dumps(queues)}])
      redshift.CfnCluster(self, "Queued", node_type="ra3.xlplus", ↓cluster_parameter_group_name=workload.ref)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      const quiet = new redshift.CfnClusterParameterGroup(this, 'Quiet', {
        description: 'd', parameterGroupFamily: 'redshift-1.0',
        parameters: [{ parameterName: 'enable_user_activity_logging', parameterValue: 'true' }],
      });
      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', ↓clusterParameterGroupName: quiet.ref,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_redshift as redshift

      # The default parameter group does not require TLS (require_ssl), so name one that does.
      tls = [redshift.CfnClusterParameterGroup.ParameterProperty(parameter_name="REQUIRE_SSL", parameter_value="TRUE")]
      secure = redshift.CfnClusterParameterGroup(self, "Secure", description="d", parameter_group_family="redshift-1.0",
          parameters=tls)
      redshift.CfnCluster(self, "Warehouse", node_type="ra3.xlplus", cluster_parameter_group_name=secure.ref)
      redshift.CfnCluster(self, "Shared", node_type="ra3.xlplus", cluster_parameter_group_name="shared-tls")
      redshift.CfnCluster(self, "Given", node_type="ra3.xlplus", cluster_parameter_group_name=group_name)
      redshift.CfnCluster(self, "Props", **cluster_props)

      built = redshift.CfnClusterParameterGroup(self, "BuiltParams", description="d", parameter_group_family="redshift-1.0",
          parameters=make_parameters())
      redshift.CfnCluster(self, "Built", node_type="ra3.xlplus", cluster_parameter_group_name=built.ref)

      chosen = redshift.CfnClusterParameterGroup(self, "ChosenParams", description="d", parameter_group_family="redshift-1.0",
          parameters=[{"parameterName": "require_ssl", "parameterValue": settings.tls}])
      redshift.CfnCluster(self, "Chosen", node_type="ra3.xlplus", cluster_parameter_group_name=chosen.ref)
      """
    ),
    Example(
      """
      import * as redshift from 'aws-cdk-lib/aws-redshift';

      const secure = new redshift.CfnClusterParameterGroup(this, 'Secure', {
        description: 'd', parameterGroupFamily: 'redshift-1.0',
        parameters: [{ parameterName: 'require_ssl', parameterValue: 'true' }],
      });
      new redshift.CfnCluster(this, 'Warehouse', {
        nodeType: 'ra3.xlplus', clusterParameterGroupName: secure.ref,
      });
      new redshift.CfnCluster(this, 'Spread', { ...clusterProps });
      """
    ),
  ]
}
