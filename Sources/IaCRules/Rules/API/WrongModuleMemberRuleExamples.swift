import IaCModel
extension WrongModuleMemberRule {
  static let documentation = """
    ## What it does
    Finds names used on an aws-cdk-lib module alias that the module does not export: a name another module
    exports, such as `lambda_.LogGroup` and `lambda_.RetentionDays` (they live in `aws_logs`), `cloudwatch.SnsAction`
    (in `aws_cloudwatch_actions`), `cloudfront.S3Origin` (in `aws_cloudfront_origins`), `s3.PolicyStatement`
    (in `aws_iam`), or a typo of one of the module's own names (`s3.Bukcet`, with "did you mean `Bucket`").
    The list of what each module exports comes from the aws-cdk-lib package itself (the API catalogue).

    ## Why is this bad?
    Python fails with `AttributeError: module 'aws_cdk.aws_lambda' has no attribute 'LogGroup'` when the stack
    is synthesised, and TypeScript does not compile. Either way nothing deploys, and the error only shows up
    once the code runs, after the change was written and reviewed.

    ## Example
    ```python
    from aws_cdk import aws_lambda as lambda_

    log_group = lambda_.LogGroup(self, "Logs", retention=lambda_.RetentionDays.ONE_WEEK)
    ```

    Use instead:
    ```python
    from aws_cdk import aws_logs as logs

    log_group = logs.LogGroup(self, "Logs", retention=logs.RetentionDays.ONE_WEEK)
    ```

    ## Fix safety
    When exactly one module exports the name, the fix is safe: it uses that module's alias, importing the
    module in the file's existing import style when it is not imported yet. When several modules export it,
    there is no fix; the message lists them. A typo gets no fix either; the message lists the nearest names.

    ## References
    - [AWS CDK Python API reference: modules](https://docs.aws.amazon.com/cdk/api/v2/python/modules.html)
    - [`aws_cdk.aws_logs.LogGroup`](https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_logs/LogGroup.html)
    - [`aws_cdk.aws_cloudwatch_actions.SnsAction`](https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_cloudwatch_actions/SnsAction.html)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import (
          Stack,
          aws_lambda as lambda_,
      )

      log_group = ↓lambda_.LogGroup(
          self,
          "PaymentLambdaLogs",
          retention=↓lambda_.RetentionDays.ONE_WEEK,
      )
      """),
    Example("""
      from aws_cdk import aws_cloudwatch
      lambda_errors.add_alarm_action(↓aws_cloudwatch.SnsAction(self.ops_topic))
      """),
    Example("""
      import aws_cdk.aws_s3 as s3
      statement = ↓s3.PolicyStatement(actions=["s3:GetObject"])
      """),
    Example("""
      import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
      alarm.addAlarmAction(new ↓cloudwatch.SnsAction(topic));
      """),
    Example("""
      import { aws_lambda as lambda } from 'aws-cdk-lib';
      const retention = ↓lambda.RetentionDays.ONE_WEEK;
      """),
    Example("""
      from aws_cdk import aws_s3 as s3
      bucket = ↓s3.Bukcet(self, "Assets")
      """),
  ]

  static let nonTriggering: [Example] = [
    // CDK v1 modules exported other names; the v2 module table does not apply.
    Example("""
      from aws_cdk import (aws_appsync as appsync, aws_cloudformation as cfn, core)
      schema = appsync.Schema.from_asset(loc)

      class Apigateway(cfn.NestedStack):
          pass
      """),
    Example("""
      from aws_cdk import aws_logs as logs, aws_cloudwatch_actions as cloudwatch_actions

      log_group = logs.LogGroup(self, "Logs", retention=logs.RetentionDays.ONE_WEEK)
      alarm.add_alarm_action(cloudwatch_actions.SnsAction(topic))
      """),
    Example("""
      from aws_cdk import aws_lambda as lambda_

      # lambda_.LogGroup does not exist; the comment and the string say so.
      text = "lambda_.LogGroup"
      fn = lambda_.Function(self, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, code=lambda_.Code.from_asset("src"), handler="index.handler")
      """),
    Example("""
      import my_helpers as lambda_
      log_group = lambda_.LogGroup("x")
      """),
    Example("""
      from aws_cdk import aws_lambda as lambda_
      lambda_ = SomethingElse()
      log_group = lambda_.LogGroup("x")
      """),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
      const duration = cdk.Duration.minutes(5);
      const bucket = new cdk.aws_s3.Bucket(this, 'B');
      const metric = new cloudwatch.Metric({ namespace: 'A', metricName: 'B' });
      """),
    Example("""
      import * as cxapi from 'aws-cdk-lib/cx-api';
      import * as s3 from 'aws-cdk-lib/aws-s3';
      const flag = cxapi.ENABLE_STACK_NAME_DUPLICATES_CONTEXT;
      const ref = s3.CfnBucket.CorsRuleProperty;
      """),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example("""
        from aws_cdk import (
            Stack,
            aws_lambda as lambda_,
        )

        log_group = lambda_.LogGroup(self, "Logs")
        """),
      """
      from aws_cdk import (
          Stack,
          aws_lambda as lambda_,
          aws_logs as logs,
      )

      log_group = logs.LogGroup(self, "Logs")
      """),
    Correction(
      Example("""
        from aws_cdk import aws_lambda as lambda_, aws_logs as logs
        retention = lambda_.RetentionDays.ONE_WEEK
        """),
      """
      from aws_cdk import aws_lambda as lambda_, aws_logs as logs
      retention = logs.RetentionDays.ONE_WEEK
      """),
    Correction(
      Example("""
        import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
        alarm.addAlarmAction(new cloudwatch.SnsAction(topic));
        """),
      """
      import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
      import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
      alarm.addAlarmAction(new cloudwatchActions.SnsAction(topic));
      """),
  ]
}
