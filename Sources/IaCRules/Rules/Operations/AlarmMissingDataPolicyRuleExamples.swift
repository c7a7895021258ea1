import IaCModel
extension AlarmMissingDataPolicyRule {
  static let documentation = """
    ## What it does
    Finds CloudWatch alarms created without saying how missing data points are treated: `cloudwatch.Alarm(...)`
    and `metric.create_alarm(...)` (`createAlarm` in TypeScript) without `treat_missing_data`, Pulumi
    `aws.cloudwatch.MetricAlarm` and CDK for Terraform `CloudwatchMetricAlarm` without `treatMissingData`.
    Calls that pass their options through `**kwargs` or a spread are not reported.

    ## Why is this bad?
    When a metric has no data point in a period — a Lambda that was not invoked, a service scaled to zero, a
    task that stopped publishing — CloudWatch applies the alarm's missing-data policy, which defaults to
    `missing`. The alarm then keeps its previous state or moves to `INSUFFICIENT_DATA`, and it neither fires
    when a silent metric means an outage nor recovers when quiet means healthy. Choosing the policy
    (`NOT_BREACHING` for error counts, `BREACHING` for heartbeats) makes the alarm's behaviour deliberate.

    ## Example
    ```python
    cpu_alarm = cloudwatch.Alarm(
        self,
        "HighCpuAlarm",
        metric=fargate_service.service.metric_cpu_utilization(),
        threshold=80,
        evaluation_periods=2,
    )
    ```

    Use instead:
    ```python
    cpu_alarm = cloudwatch.Alarm(
        self,
        "HighCpuAlarm",
        metric=fargate_service.service.metric_cpu_utilization(),
        threshold=80,
        evaluation_periods=2,
        datapoints_to_alarm=2,
        treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
    )
    ```

    ## References
    - [Configuring how CloudWatch alarms treat missing data (Amazon CloudWatch User Guide)](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html)
    - [`TreatMissingData` (AWS CDK API reference)](https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cloudwatch.TreatMissingData.html)
    - [`aws.cloudwatch.MetricAlarm` (Pulumi Registry)](https://www.pulumi.com/registry/packages/aws/api-docs/cloudwatch/metricalarm/)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import aws_cloudwatch as cloudwatch

      cpu_alarm = ↓cloudwatch.Alarm(
          self, f"HighCpuAlarm{environment_suffix}",
          metric=fargate_service.service.metric_cpu_utilization(),
          threshold=80,
          evaluation_periods=2,
          alarm_description="High CPU utilization on ECS tasks"
      )
      """),
    Example("""
      from aws_cdk import aws_cloudwatch as cw

      errors = fn.metric_errors()
      errors_alarm = errors.↓create_alarm(self, "Errors", threshold=1, evaluation_periods=1)
      throttles = fn.metric_throttles().↓create_alarm(self, "Throttles", threshold=1, evaluation_periods=1)
      """),
    Example("""
      import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';

      new ↓cloudwatch.Alarm(this, 'Errors', {
        metric: fn.metricErrors(),
        threshold: 1,
        evaluationPeriods: 1,
      });
      const latency = api.metricLatency().↓createAlarm(this, 'Latency', { threshold: 1000, evaluationPeriods: 3 });
      """),
    Example("""
      import pulumi_aws as aws

      alarm = ↓aws.cloudwatch.MetricAlarm(
          "api-5xx",
          comparison_operator="GreaterThanThreshold",
          evaluation_periods=1,
          metric_name="5XXError",
          namespace="AWS/ApiGateway",
          period=60,
          statistic="Sum",
          threshold=5,
      )
      """),
    Example("""
      import * as aws from "@pulumi/aws";

      const alarmArgs = { comparisonOperator: "GreaterThanThreshold", evaluationPeriods: 1, threshold: 5 };
      const alarm = new ↓aws.cloudwatch.MetricAlarm("errors", alarmArgs);
      """),
    Example("""
      import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";

      new ↓CloudwatchMetricAlarm(this, "cpu", { alarmName: "cpu", comparisonOperator: "GreaterThanThreshold", evaluationPeriods: 2 });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import aws_cloudwatch as cloudwatch

      cpu_alarm = cloudwatch.Alarm(
          self, f"HighCpuAlarm{environment_suffix}",
          metric=fargate_service.service.metric_cpu_utilization(),
          threshold=80,
          evaluation_periods=2,
          alarm_description="High CPU utilization on ECS tasks",
          datapoints_to_alarm=2,
          treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
      )
      """),
    Example("""
      from aws_cdk import aws_cloudwatch as cloudwatch

      # cloudwatch.Alarm(self, "Cpu", metric=m, threshold=80, evaluation_periods=2) without a policy
      alarm_options = dict(threshold=1, evaluation_periods=1)
      alarm = cloudwatch.Alarm(self, "Errors", metric=errors, **alarm_options)
      text = "cloudwatch.Alarm(self, 'x')"
      """),
    Example("""
      from aws_cdk import aws_cloudwatch as cloudwatch

      class Alarm:
          def __init__(self, name):
              self.name = name

      alarm = Alarm("cpu")
      composite = cloudwatch.CompositeAlarm(self, "All", alarm_rule=rule)
      self.create_alarm("cpu", threshold=80)
      """),
    Example("""
      import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';

      new cloudwatch.Alarm(this, 'Errors', {
        metric: fn.metricErrors(),
        threshold: 1,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      new cloudwatch.Alarm(this, 'Latency', { ...defaults, metric: latency });
      const alarm = api.metricLatency().createAlarm(this, 'Latency', props);
      """),
    Example("""
      import pulumi_aws as aws

      alarm = aws.cloudwatch.MetricAlarm(
          "api-5xx",
          comparison_operator="GreaterThanThreshold",
          evaluation_periods=1,
          threshold=5,
          treat_missing_data="notBreaching",
      )
      """),
  ]
}
