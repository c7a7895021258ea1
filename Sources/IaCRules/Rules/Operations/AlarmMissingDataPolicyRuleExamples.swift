import IaCModel
extension AlarmMissingDataPolicyRule {
  static let documentation = """
    ## What it does
    Finds CloudWatch alarms on metrics that can go missing, created without saying how missing data points are
    treated: `cloudwatch.Alarm(...)` and `metric.create_alarm(...)` (`createAlarm` in TypeScript) without
    `treat_missing_data`, Pulumi `aws.cloudwatch.MetricAlarm` and CDK for Terraform `CloudwatchMetricAlarm`
    without `treatMissingData`. A metric can go missing when it is a custom metric (a namespace other than
    `AWS/...`, which only the user's code publishes) or comes from a log metric filter without a default value.
    Alarms on metrics AWS publishes (`fn.metric_errors()`, `AWS/ApiGateway`), on metrics the file does not
    show, and calls that pass their options through `**kwargs` or a spread are not reported.

    ## Why is this bad?
    When a metric has no data point in a period — a Lambda that was not invoked, a service scaled to zero, a
    task that stopped publishing — CloudWatch applies the alarm's missing-data policy, which defaults to
    `missing`. The alarm then keeps its previous state or moves to `INSUFFICIENT_DATA`, and it neither fires
    when a silent metric means an outage nor recovers when quiet means healthy. Choosing the policy
    (`NOT_BREACHING` for error counts, `BREACHING` for heartbeats) makes the alarm's behaviour deliberate.

    ## Example
    ```python
    heartbeat = cloudwatch.Metric(namespace="Worker", metric_name="Heartbeat", statistic="Sum")
    stalled = cloudwatch.Alarm(
        self,
        "WorkerStalled",
        metric=heartbeat,
        comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        threshold=1,
        evaluation_periods=3,
    )
    ```

    Use instead:
    ```python
    heartbeat = cloudwatch.Metric(namespace="Worker", metric_name="Heartbeat", statistic="Sum")
    stalled = cloudwatch.Alarm(
        self,
        "WorkerStalled",
        metric=heartbeat,
        comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        threshold=1,
        evaluation_periods=3,
        treat_missing_data=cloudwatch.TreatMissingData.BREACHING,
    )
    ```

    ## References
    - [Configuring how CloudWatch alarms treat missing data (Amazon CloudWatch User Guide)](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html)
    - [`TreatMissingData` (AWS CDK API reference)](https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cloudwatch.TreatMissingData.html)
    - [`aws.cloudwatch.MetricAlarm` (Pulumi Registry)](https://www.pulumi.com/registry/packages/aws/api-docs/cloudwatch/metricalarm/)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import aws_cloudwatch as cloudwatch, aws_logs as logs

      errors = logs.MetricFilter(
          self, "ErrorLines",
          log_group=log_group,
          metric_namespace="PaymentService",
          metric_name="Errors",
          filter_pattern=logs.FilterPattern.literal("ERROR"),
          metric_value="1",
      )
      errors_alarm = ↓cloudwatch.Alarm(
          self, f"ErrorAlarm{environment_suffix}",
          metric=errors.metric(),
          threshold=1,
          evaluation_periods=1,
      )
      failures = errors.metric().↓create_alarm(self, "Failures", threshold=5, evaluation_periods=1)
      """),
    Example("""
      from aws_cdk import aws_cloudwatch as cw
      orders = cw.Metric(namespace="Shop", metric_name="OrdersPlaced", statistic="Sum")
      orders_alarm = orders.↓create_alarm(self, "NoOrders", threshold=1, evaluation_periods=3)
      """),
    Example("""
      import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
      const heartbeat = new cloudwatch.Metric({ namespace: 'Worker', metricName: 'Heartbeat' });
      new ↓cloudwatch.Alarm(this, 'Silent', {
        metric: heartbeat,
        threshold: 1,
        evaluationPeriods: 1,
      });
      const stalled = heartbeat.↓createAlarm(this, 'Stalled', { threshold: 1, evaluationPeriods: 3 });
      """),
    // The options bound to a name first, without the policy.
    Example("""
      import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
      const heartbeat = new Metric({ namespace: 'Worker', metricName: 'Heartbeat' });
      const options = { threshold: 1, evaluationPeriods: 3 };
      const stalled = heartbeat.↓createAlarm(this, 'Stalled', options);
      """),
    Example("""
      import pulumi_aws as aws
      alarm = ↓aws.cloudwatch.MetricAlarm(
          "jobs-failed",
          comparison_operator="GreaterThanThreshold",
          evaluation_periods=1,
          metric_name="JobsFailed",
          namespace="Batch/Jobs",
          period=60,
          statistic="Sum",
          threshold=5,
      )
      """),
    Example("""
      import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
      new ↓CloudwatchMetricAlarm(this, "queue", { alarmName: "queue", namespace: "App", metricName: "Backlog", comparisonOperator: "GreaterThanThreshold", evaluationPeriods: 2 });
      """),
  ]

  static let nonTriggering: [Example] = [
    // Service metrics: AWS publishes them (Lambda errors, CPU, API Gateway 5XX).
    Example("""
      from aws_cdk import aws_cloudwatch as cloudwatch
      cpu_alarm = cloudwatch.Alarm(
          self, f"HighCpuAlarm{environment_suffix}",
          metric=fargate_service.service.metric_cpu_utilization(),
          threshold=80,
          evaluation_periods=2,
          alarm_description="High CPU utilization on ECS tasks"
      )
      throttles = fn.metric_throttles().create_alarm(self, "Throttles", threshold=1, evaluation_periods=1)
      """),
    Example("""
      import pulumi_aws as aws
      alarm = aws.cloudwatch.MetricAlarm(
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
      import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
      new cloudwatch.Alarm(this, 'Errors', { metric: fn.metricErrors(), threshold: 1, evaluationPeriods: 1 });
      const latency = api.metricLatency().createAlarm(this, 'Latency', { threshold: 1000, evaluationPeriods: 3 });
      """),
    // A metric filter with a default value publishes 0 while no log line matches.
    Example("""
      from aws_cdk import aws_cloudwatch as cloudwatch, aws_logs as logs
      errors = logs.MetricFilter(self, "ErrorLines", log_group=log_group, metric_namespace="App", metric_name="Errors",
          filter_pattern=logs.FilterPattern.literal("ERROR"), metric_value="1", default_value=0)
      cloudwatch.Alarm(self, "ErrorAlarm", metric=errors.metric(), threshold=1, evaluation_periods=1)
      """),
    Example("""
      import pulumi_aws as aws
      errors = aws.cloudwatch.LogMetricFilter("errors", log_group_name=group.name, pattern="ERROR",
          metric_transformation=aws.cloudwatch.LogMetricFilterMetricTransformationArgs(
              name="Errors", namespace="App", value="1", default_value="0"))
      alarm = aws.cloudwatch.MetricAlarm("errors", namespace="App", metric_name="Errors", comparison_operator="GreaterThanThreshold",
          evaluation_periods=1, period=60, statistic="Sum", threshold=1)
      """),
    Example("""
      from aws_cdk import aws_cloudwatch as cloudwatch
      orders = cloudwatch.Metric(namespace="Shop", metric_name="OrdersPlaced")
      cpu_alarm = cloudwatch.Alarm(
          self, "NoOrders",
          metric=orders,
          threshold=1,
          evaluation_periods=2,
          treat_missing_data=cloudwatch.TreatMissingData.BREACHING,
      )
      """),
    Example("""
      from aws_cdk import aws_cloudwatch as cloudwatch
      # cloudwatch.Alarm(self, "Cpu", metric=m, threshold=80, evaluation_periods=2) without a policy
      alarm_options = dict(threshold=1, evaluation_periods=1)
      orders = cloudwatch.Metric(namespace="Shop", metric_name="OrdersPlaced")
      alarm = cloudwatch.Alarm(self, "Errors", metric=orders, **alarm_options)
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
      const heartbeat = new cloudwatch.Metric({ namespace: 'Worker', metricName: 'Heartbeat' });
      new cloudwatch.Alarm(this, 'Latency', { ...defaults, metric: heartbeat });
      const alarm = heartbeat.createAlarm(this, 'Stalled', props);
      """),
    // The policy set in options bound to a name, and in Python as a keyword among others.
    Example("""
      import { Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
      const heartbeat = new Metric({ namespace: 'Worker', metricName: 'Heartbeat' });
      const options = { threshold: 1, evaluationPeriods: 3, treatMissingData: TreatMissingData.BREACHING };
      const stalled = heartbeat.createAlarm(this, 'Stalled', options);
      """),
    Example("""
      from aws_cdk import aws_cloudwatch as cw
      orders = cw.Metric(namespace="Shop", metric_name="OrdersPlaced", statistic="Sum")
      orders.create_alarm(
          self, "NoOrders",
          threshold=1,
          evaluation_periods=3,
          treat_missing_data=cw.TreatMissingData.BREACHING,
      )
      """),
    Example("""
      import pulumi_aws as aws
      alarm = aws.cloudwatch.MetricAlarm(
          "jobs-failed",
          comparison_operator="GreaterThanThreshold",
          evaluation_periods=1,
          metric_name="JobsFailed",
          namespace="Batch/Jobs",
          threshold=5,
          treat_missing_data="notBreaching",
      )
      """),
  ]
}
