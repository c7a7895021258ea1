import IaCModel
extension LambdaLogGroupConflictRule {
  static let documentation = """
    ## What it does
    Finds log groups created explicitly with a name under `/aws/lambda/`: `logs.LogGroup(log_group_name=...)`
    in the AWS CDK (`logGroupName` in TypeScript), `aws.cloudwatch.LogGroup(name=...)` in Pulumi and
    `CloudwatchLogGroup` `name` in CDK for Terraform. F-strings and template literals are read, so
    `f"/aws/lambda/payment-processor-{env}"` is found too.

    A group named from the function's own name token (`f"/aws/lambda/{fn.function_name}"`) is not reported. A group
    the function logs to by design is reported at info only: one passed as its `log_group`, or one the function
    depends on (`fn.node.add_dependency(group)`), which is created first so that Lambda creates none.

    ## Why is this bad?
    `/aws/lambda/<function name>` is the log group Lambda creates by itself the first time the function writes
    a log line. Once a function has run (in an earlier deployment, a stack that was rolled back, or a test
    invocation), the group exists outside the stack, and creating it again fails: CloudFormation's early
    validation stops the change set with `AWS::EarlyValidation::ResourceExistenceCheck`, and Terraform or
    Pulumi report `ResourceAlreadyExistsException`.

    ## Example
    ```python
    log_group = logs.LogGroup(
        self,
        "PaymentLambdaLogs",
        log_group_name=f"/aws/lambda/payment-processor-{self.environment_suffix}",
        retention=logs.RetentionDays.ONE_WEEK,
    )
    ```

    Use instead:
    ```python
    # Let Lambda create /aws/lambda/<function>, or give the function a log group of its own name:
    log_group = logs.LogGroup(
        self,
        "PaymentLambdaLogs",
        log_group_name=f"/payments/{self.environment_suffix}/payment-processor",
        retention=logs.RetentionDays.ONE_WEEK,
    )
    processor = lambda_.Function(self, "PaymentProcessor", log_group=log_group, ...)
    ```

    ## References
    - [Working with Lambda function logs (AWS Lambda Developer Guide)](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html)
    - [`LogGroup` (AWS CDK API reference)](https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_logs/LogGroup.html)
    - [`aws.cloudwatch.LogGroup` (Pulumi Registry)](https://www.pulumi.com/registry/packages/aws/api-docs/cloudwatch/loggroup/)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import RemovalPolicy, aws_logs as logs

      log_group = logs.LogGroup(
          self,
          f"PaymentLambdaLogs-{self.environment_suffix}",
          log_group_name=↓f"/aws/lambda/payment-processor-{self.environment_suffix}",
          retention=logs.RetentionDays.ONE_WEEK,
          removal_policy=RemovalPolicy.DESTROY,
      )
      """, severity: .warning),
    Example("""
      from aws_cdk import aws_lambda as lambda_, aws_logs as logs

      # The function's own group, passed as `log_group` (CDK's documented pattern): reported at info only.
      log_group = logs.LogGroup(self, "Logs", log_group_name=↓"/aws/lambda/payment-processor")
      fn = lambda_.Function(self, "Fn", function_name="payment-processor", log_group=log_group, runtime=r, handler=h, code=c)
      """, severity: .info),
    Example("""
      import * as lambda from 'aws-cdk-lib/aws-lambda';
      import * as logs from 'aws-cdk-lib/aws-logs';

      const group = new logs.LogGroup(this, 'Logs', { logGroupName: ↓'/aws/lambda/orders-api' });
      const fn = new lambda.Function(this, 'Fn', { functionName: 'orders-api', logGroup: group, runtime, handler, code });
      """, severity: .info),
    Example("""
      from aws_cdk import RemovalPolicy, aws_lambda, aws_logs as logs

      # Created first, so that Lambda logs to it (aws-samples/serverless-patterns): reported at info only.
      group = logs.LogGroup(self, "FnLogs", log_group_name=↓"/aws/lambda/SMSPublisherFunction",
                            removal_policy=RemovalPolicy.DESTROY)
      fn = aws_lambda.Function(self, "Fn", function_name="SMSPublisherFunction", code=c, handler=h, runtime=r)
      fn.node.add_dependency(group)
      """, severity: .info),
    Example("""
      import * as lambda from 'aws-cdk-lib/aws-lambda';
      import * as logs from 'aws-cdk-lib/aws-logs';

      // A dependency on something else leaves the warning.
      const group = new logs.LogGroup(this, 'Logs', { logGroupName: ↓'/aws/lambda/orders-api' });
      const fn = new lambda.Function(this, 'Fn', { functionName: 'orders-api', runtime, handler, code });
      fn.node.addDependency(table);
      """, severity: .warning),
    Example("""
      from aws_cdk.aws_logs import LogGroup

      name = ↓f"/aws/lambda/{function_name}"
      group = LogGroup(self, "Logs", retention=RetentionDays.ONE_MONTH, log_group_name=name)
      """),
    Example("""
      import pulumi_aws as aws

      log_group = aws.cloudwatch.LogGroup(
          f"payment-processor-logs-{environment_suffix}",
          name=↓f"/aws/lambda/payment-processor-{environment_suffix}",
          retention_in_days=7,
      )
      """),
    Example("""
      import * as aws from '@pulumi/aws';
      const group = new aws.cloudwatch.LogGroup('api', { name: ↓'/aws/lambda/' + fnName, retentionInDays: 14 });
      """),
    Example("""
      import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
      new CloudwatchLogGroup(this, 'fn-logs', {
        name: ↓`/aws/lambda/trading-api-${environmentSuffix}`,
        retentionInDays: 30,
      });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      import * as logs from 'aws-cdk-lib/aws-logs';
      // Named from the function's own name token: created with the function, before Lambda could create it.
      const logGroup = new logs.LogGroup(this, 'FnLogs', {
        logGroupName: `/aws/lambda/${fn.functionName}`,
        retention: logs.RetentionDays.ONE_WEEK,
      });
      """),
    Example("""
      from aws_cdk import aws_lambda as lambda_, aws_logs as logs

      fn = lambda_.Function(self, "Fn", runtime=r, handler=h, code=c)
      logs.LogGroup(self, "FnLogs", log_group_name=f"/aws/lambda/{fn.function_name}", retention=logs.RetentionDays.ONE_WEEK)
      """),
    Example("""
      import * as aws from '@pulumi/aws';
      import * as pulumi from '@pulumi/pulumi';
      const fn = new aws.lambda.Function('api', { runtime: 'nodejs20.x', handler: 'index.handler', role: role.arn, code });
      const group = new aws.cloudwatch.LogGroup('api', { name: pulumi.interpolate`/aws/lambda/${fn.name}`, retentionInDays: 14 });
      """),
    Example("""
      from aws_cdk import aws_logs as logs

      # Lambda creates its own log group; no explicit /aws/lambda/ log group here.
      log_group = logs.LogGroup(
          self,
          "PaymentLambdaLogs",
          log_group_name=f"/payments/{self.environment_suffix}/payment-processor",
      )
      """),
    Example("""
      import pulumi_aws as aws

      log_group = aws.cloudwatch.LogGroup(
          f"payment-processor-logs-{environment_suffix}",
          name=f"/payments/{environment_suffix}/payment-processor",
      )
      note = "/aws/lambda/payment-processor"
      """),
    Example("""
      from aws_cdk import aws_logs as logs

      group = logs.LogGroup(self, "Logs", retention=logs.RetentionDays.ONE_WEEK)
      imported = logs.LogGroup.from_log_group_name(self, "Existing", "/aws/lambda/legacy-function")
      """),
    Example("""
      class LogGroup:
          def __init__(self, name):
              self.name = name

      group = LogGroup(log_group_name="/aws/lambda/payment-processor")
      """),
    Example("""
      import * as logs from 'aws-cdk-lib/aws-logs';
      const apiLogs = new logs.LogGroup(this, 'Api', { logGroupName: `/aws/apigateway/trading-api-${suffix}` });
      const prefixed = new logs.LogGroup(this, 'Fn', { logGroupName: `/aws/lambda-insights/${suffix}` });
      const bare = new logs.LogGroup(this, 'Bare', { logGroupName: '/aws/lambda/' });
      """),
    Example("""
      import * as aws from '@pulumi/aws';
      // new aws.cloudwatch.LogGroup('x', { name: '/aws/lambda/fn' }) would collide with Lambda's own group
      const group = new aws.cloudwatch.LogGroup('api', { namePrefix: '/aws/lambda/fn-' });
      """),
  ]
}
