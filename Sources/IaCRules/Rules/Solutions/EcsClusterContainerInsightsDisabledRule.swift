import IaCModel
import IaCSyntax

/// IAC823: an ECS cluster does not turn on CloudWatch Container Insights.
public struct EcsClusterContainerInsightsDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC823",
    summary: "An ECS cluster does not turn on CloudWatch Container Insights",
    url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html",
    resourceTypes: [
      "aws-cdk-lib.aws_ecs.Cluster",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC823",
      whatItDoes: """
        Finds `ecs.Cluster` constructs that neither set `container_insights_v2` to `ContainerInsights.ENABLED` or
        `ENHANCED` nor the older `container_insights=True`. An account-level setting can turn Container Insights on
        for every cluster; the rule cannot see it.
        """,
      why: """
        Without Container Insights, CPU, memory, network and restart metrics per service and task are missing, and
        so are the alarms that would catch a crash loop or a leak.
        """,
      example: """
        ecs.Cluster(self, "Cluster", vpc=vpc)
        """,
      useInstead: """
        ecs.Cluster(self, "Cluster", vpc=vpc, container_insights_v2=ecs.ContainerInsights.ENABLED)
        """,
      fixSafety: """
        The fix sets `container_insights_v2=ecs.ContainerInsights.ENABLED` where the call names the module, or
        `container_insights=True` where the older switch is false. Neither replaces the cluster. It is safe unless the
        project pins an aws-cdk-lib release older than the one the pack's facts were verified in (see Default): the
        name the fix writes may be missing there, so the fix is then unsafe.
        """,
      references: [
        (
          title: "Container Insights",
          url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_ecs.Cluster"],
      prop: "containerInsightsV2",
      verdict: SolutionsPropCheck.mustBe("ContainerInsights", ["ENABLED", "ENHANCED"]),
      unsetFails: true,
      passedBy: ["containerInsights"],
      unsetMessage: "The cluster has no Container Insights: `container_insights_v2` is not set",
      valueMessage: "The cluster has no Container Insights: `container_insights_v2` is `DISABLED`",
      fixText: SolutionsFixText.member("ContainerInsights", "ENABLED")
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_ecs.Cluster"],
      prop: "containerInsights",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: false,
      passedBy: ["containerInsightsV2"],
      unsetMessage: "",
      valueMessage: "The cluster has no Container Insights: `container_insights` is false",
      fixValue: true
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ecs as ecs

      ↓ecs.Cluster(self, "Cluster", vpc=vpc)
      """
    ),
    Example(
      """
      from aws_cdk import aws_ecs as ecs

      ecs.Cluster(self, "Cluster", vpc=vpc, ↓container_insights_v2=ecs.ContainerInsights.DISABLED)
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ecs as ecs

      ecs.Cluster(self, "Cluster", vpc=vpc, container_insights_v2=ecs.ContainerInsights.ENHANCED)
      ecs.Cluster(self, "Legacy", vpc=vpc, container_insights=True)
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_ecs as ecs

        ecs.Cluster(self, "Cluster", vpc=vpc)
        """
      ),
      """
      from aws_cdk import aws_ecs as ecs

      ecs.Cluster(self, "Cluster", vpc=vpc, container_insights_v2=ecs.ContainerInsights.ENABLED)
      """
    ),
  ]
}
