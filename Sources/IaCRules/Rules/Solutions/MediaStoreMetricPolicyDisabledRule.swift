import IaCModel
import IaCSyntax

/// IAC872: a MediaStore container does not publish container-level metrics to CloudWatch.
public struct MediaStoreMetricPolicyDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC872",
    summary: "A MediaStore container does not publish container-level metrics",
    url: "https://docs.aws.amazon.com/mediastore/latest/ug/policies-metric.html",
    resourceTypes: ["aws-cdk-lib.aws_mediastore.CfnContainer"],
    documentation: SolutionsDocumentation.page(
      code: "IAC872",
      whatItDoes: """
        Finds `mediastore.CfnContainer` constructs without a `metric_policy`, or whose metric policy does not set
        `container_level_metrics` to `"ENABLED"`.
        """,
      why: """
        Without container-level metrics, CloudWatch has no request counts, errors or latency for the container, so
        nothing can alarm when playback starts failing.
        """,
      example: """
        mediastore.CfnContainer(self, "Media", container_name="media")
        """,
      useInstead: """
        mediastore.CfnContainer(
            self,
            "Media",
            container_name="media",
            metric_policy=mediastore.CfnContainer.MetricPolicyProperty(container_level_metrics="ENABLED"),
        )
        """,
      references: [
        (
          title: "Metric policies in AWS Elemental MediaStore",
          url: "https://docs.aws.amazon.com/mediastore/latest/ug/policies-metric.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_mediastore.CfnContainer"],
      prop: "metricPolicy",
      verdict: { value in
        switch CfnStructs.field(value, "containerLevelMetrics") {
        case .absent: return false
        case .unknown: return nil
        case .value(let level): return level.string.map { $0 == "ENABLED" }
        }
      },
      unsetFails: true,
      applies: CfnStructs.withoutSpreads(in: "metricPolicy"),
      unsetMessage: "The container publishes no metrics: `metric_policy` is not set",
      valueMessage: "The container publishes no metrics: `container_level_metrics` is not `ENABLED`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_mediastore as mediastore

      ↓mediastore.CfnContainer(self, "Media", container_name="media")
      off = mediastore.CfnContainer.MetricPolicyProperty(container_level_metrics="DISABLED")
      mediastore.CfnContainer(self, "Dark", container_name="dark", ↓metric_policy=off)
      """
    ),
    Example(
      """
      import * as mediastore from 'aws-cdk-lib/aws-mediastore';

      ↓new mediastore.CfnContainer(this, 'Media', { containerName: 'media' });
      new mediastore.CfnContainer(this, 'Dark', { containerName: 'dark', ↓metricPolicy: { containerLevelMetrics: 'DISABLED' } });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_mediastore as mediastore

      metrics = mediastore.CfnContainer.MetricPolicyProperty(container_level_metrics="ENABLED")
      mediastore.CfnContainer(self, "Media", container_name="media", metric_policy=metrics)
      mediastore.CfnContainer(
          self, "Chosen", container_name="chosen", metric_policy=mediastore.CfnContainer.MetricPolicyProperty(container_level_metrics=level)
      )
      mediastore.CfnContainer(self, "Hidden", **container_props)
      """
    ),
    Example(
      """
      import * as mediastore from 'aws-cdk-lib/aws-mediastore';

      new mediastore.CfnContainer(this, 'Media', { containerName: 'media', metricPolicy: { containerLevelMetrics: 'ENABLED' } });
      new mediastore.CfnContainer(this, 'Given', { containerName: 'given', metricPolicy: props.metrics });
      """
    ),
  ]
}
