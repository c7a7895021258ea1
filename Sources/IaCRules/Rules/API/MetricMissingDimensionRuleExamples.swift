import IaCModel
extension MetricMissingDimensionRule {
  static let documentation = """
    ## What it does
    Finds calls to a DynamoDB table's `metric_successful_request_latency()` (`metricSuccessfulRequestLatency()`
    in TypeScript) that do not pass an `Operation` dimension in `dimensions_map` (`dimensionsMap`).

    ## Why is this bad?
    DynamoDB publishes `SuccessfulRequestLatency` per table *and* per operation (`GetItem`, `Query`,
    `PutItem`, ...). A metric without the `Operation` dimension matches no data, so aws-cdk-lib refuses to build
    it: synthesis stops with `'Operation' dimension must be passed for the 'SuccessfulRequestLatency' metric`,
    and nothing deploys.

    ## Example
    ```python
    latency = self.payments_table.metric_successful_request_latency()
    ```

    Use instead:
    ```python
    latency = self.payments_table.metric_successful_request_latency(
        dimensions_map={"Operation": "GetItem"}
    )
    ```

    ## Fix safety
    The fix is unsafe: it adds `"Operation": "GetItem"`, which is only a guess at the operation you want to
    watch. Replace `GetItem` with the operation your alarm or dashboard is about (and add one metric per
    operation when you need several).

    ## References
    - [DynamoDB metrics and dimensions (Amazon DynamoDB Developer Guide)](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html)
    - [`Table.metric_successful_request_latency` (AWS CDK API reference)](https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_dynamodb/Table.html)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import Stack, aws_dynamodb as dynamodb

      class TapStack(Stack):
          def build(self):
              latency = self.payments_table.↓metric_successful_request_latency()
      """),
    Example("""
      from aws_cdk import aws_cloudwatch as cloudwatch

      alarm = cloudwatch.Alarm(
          self,
          "Latency",
          metric=table.↓metric_successful_request_latency(
              period=Duration.minutes(5),
              statistic="p99",
          ),
          threshold=100,
      )
      """),
    Example("""
      import aws_cdk as cdk
      metric = orders.↓metric_successful_request_latency(dimensions_map={"TableName": orders.table_name})
      """),
    Example("""
      import aws_cdk as cdk
      dims = {"TableName": "orders"}
      metric = orders.↓metric_successful_request_latency(dimensions_map=dims)
      """),
    Example("""
      import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
      const latency = this.table.↓metricSuccessfulRequestLatency();
      """),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      const latency = table.↓metricSuccessfulRequestLatency({ statistic: 'p99', period: cdk.Duration.minutes(1) });
      """),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      const options = { statistic: 'Average' };
      new cloudwatch.GraphWidget({ left: [props.table.↓metricSuccessfulRequestLatency(options)] });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import Stack, aws_dynamodb as dynamodb

      class TapStack(Stack):
          def build(self):
              latency = self.payments_table.metric_successful_request_latency(
                  dimensions_map={"Operation": "GetItem"}
              )
      """),
    Example("""
      import aws_cdk as cdk
      dims = {"TableName": table.table_name, "Operation": "Query"}
      metric = table.metric_successful_request_latency(dimensions_map=dims, statistic="p90")
      """),
    Example("""
      import aws_cdk as cdk
      metric = table.metric_successful_request_latency(dimensions_map=dict(Operation="PutItem"))
      """),
    Example("""
      import aws_cdk as cdk
      # table.metric_successful_request_latency() needs an Operation dimension
      note = "metric_successful_request_latency()"
      other = table.metric_consumed_read_capacity_units()
      """),
    Example("""
      import aws_cdk as cdk
      metric = table.metric_successful_request_latency(**metric_options)
      from_config = table.metric_successful_request_latency(dimensions_map=config.latency_dimensions)
      """),
    Example("""
      import aws_cdk as cdk

      class LatencyProbe:
          def metric_successful_request_latency(self):
              return 0

      probe = LatencyProbe().metric_successful_request_latency()
      """),
    Example("""
      class Table:
          def metric_successful_request_latency(self):
              return 1

      value = table.metric_successful_request_latency()
      """),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      const latency = this.table.metricSuccessfulRequestLatency({ dimensionsMap: { Operation: 'GetItem' } });
      const other = table.metricSuccessfulRequestLatency({ dimensionsMap: { 'Operation': 'Query', TableName: name } });
      """),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      const opts = { dimensionsMap: { Operation: 'Scan' } };
      const latency = table.metricSuccessfulRequestLatency(opts);
      const unknown = table.metricSuccessfulRequestLatency(props.metricOptions);
      """),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example("""
        import aws_cdk as cdk
        latency = self.payments_table.metric_successful_request_latency()
        """),
      """
      import aws_cdk as cdk
      latency = self.payments_table.metric_successful_request_latency(dimensions_map={"Operation": "GetItem"})
      """),
    Correction(
      Example("""
        import aws_cdk as cdk
        metric = table.metric_successful_request_latency(
            statistic="p99",
        )
        """),
      """
      import aws_cdk as cdk
      metric = table.metric_successful_request_latency(
          statistic="p99",
          dimensions_map={"Operation": "GetItem"},
      )
      """),
    Correction(
      Example("""
        import aws_cdk as cdk
        metric = table.metric_successful_request_latency(dimensions_map={"TableName": name})
        """),
      """
      import aws_cdk as cdk
      metric = table.metric_successful_request_latency(dimensions_map={"TableName": name, "Operation": "GetItem"})
      """),
    Correction(
      Example("""
        import * as cdk from 'aws-cdk-lib';
        const latency = this.table.metricSuccessfulRequestLatency();
        """),
      """
      import * as cdk from 'aws-cdk-lib';
      const latency = this.table.metricSuccessfulRequestLatency({ dimensionsMap: { Operation: 'GetItem' } });
      """),
    Correction(
      Example("""
        import * as cdk from 'aws-cdk-lib';
        const latency = table.metricSuccessfulRequestLatency({ statistic: 'p99' });
        """),
      """
      import * as cdk from 'aws-cdk-lib';
      const latency = table.metricSuccessfulRequestLatency({ statistic: 'p99', dimensionsMap: { Operation: 'GetItem' } });
      """),
  ]
}
