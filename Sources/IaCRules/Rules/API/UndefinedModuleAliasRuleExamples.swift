import IaCModel
extension UndefinedModuleAliasRule {
  static let documentation = """
    ## What it does
    Finds names used like CDK module aliases (`cloudwatch_actions.SnsAction(topic)`, `logs.RetentionDays`)
    that the file never imports or defines, when the name is a customary alias of an aws-cdk-lib module that
    does export the member.

    ## Why is this bad?
    The stack fails before anything deploys: Python raises
    `NameError: name 'cloudwatch_actions' is not defined` during `cdk synth`, and TypeScript does not compile.
    A missing import is easy to miss in review because the alias reads naturally.

    ## Example
    ```python
    from aws_cdk import (
        Stack,
        aws_cloudwatch as cloudwatch,
    )

    alarm.add_alarm_action(cloudwatch_actions.SnsAction(alerts_topic))
    ```

    Use instead:
    ```python
    from aws_cdk import (
        Stack,
        aws_cloudwatch as cloudwatch,
        aws_cloudwatch_actions as cloudwatch_actions,
    )

    alarm.add_alarm_action(cloudwatch_actions.SnsAction(alerts_topic))
    ```

    ## Fix safety
    The fix is safe: it adds the import to the file's existing `from aws_cdk import (...)` list (or
    `import { ... } from 'aws-cdk-lib'`), at its sorted place when the list is sorted, or as a new import line
    in the style the file already uses.

    ## References
    - [Working with the AWS CDK in Python](https://docs.aws.amazon.com/cdk/v2/guide/work-with-cdk-python.html)
    - [Working with the AWS CDK in TypeScript](https://docs.aws.amazon.com/cdk/v2/guide/work-with-cdk-typescript.html)
    - [`aws_cdk.aws_cloudwatch_actions`](https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_cloudwatch_actions/README.html)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import (
          Stack,
          aws_cloudwatch as cloudwatch,
      )

      cpu_alarm.add_alarm_action(↓cloudwatch_actions.SnsAction(alerts_topic))
      """),
    Example("""
      import aws_cdk as cdk
      group = ↓logs.LogGroup(self, "Logs", retention=↓logs.RetentionDays.ONE_WEEK)
      """),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      import { aws_cloudwatch as cloudwatch } from 'aws-cdk-lib';
      alarm.addAlarmAction(new ↓cloudwatchActions.SnsAction(topic));
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      import * as cdk from 'aws-cdk-lib';
      export function a(ec2: any) { return new ec2.Vpc(stack, 'V'); }
      const b = (sqs: any) => new sqs.Queue(stack, 'Q');
      class K {
        constructor(private readonly iam: any) { iam.Role; }
        m(kms: any, ...rest: any[]) { return kms.Key; }
      }
      """),
    Example("""
      from aws_cdk import (
          Stack,
          aws_cloudwatch as cloudwatch,
          aws_cloudwatch_actions as cloudwatch_actions,
      )

      cpu_alarm.add_alarm_action(cloudwatch_actions.SnsAction(alerts_topic))
      """),
    Example("""
      from aws_cdk import Stack

      def build(logs):
          return logs.LogGroup("x")

      for s3 in buckets:
          s3.Bucket.grant_read(role)
      """),
    Example("""
      from aws_cdk import Stack
      # cloudwatch_actions.SnsAction(topic) needs an import
      message = "cloudwatch_actions.SnsAction(topic)"
      value = self.logs.LogGroup
      """),
    Example("""
      from aws_cdk import Stack
      try:
          import aws_cdk.aws_logs as logs
      except ImportError:
          logs = None
      group = logs.LogGroup(self, "L")
      """),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      const s3 = getClient();
      s3.Bucket.call();
      const logs = require('./logs');
      logs.LogGroup();
      """),
    Example("""
      import json
      # A module that does not use the CDK at all.
      value = logs.LogGroup
      """),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example("""
        from aws_cdk import (
            Stack,
            aws_cloudwatch as cloudwatch,
            aws_sns as sns,
        )

        alarm.add_alarm_action(cloudwatch_actions.SnsAction(topic))
        """),
      """
      from aws_cdk import (
          Stack,
          aws_cloudwatch as cloudwatch,
          aws_cloudwatch_actions as cloudwatch_actions,
          aws_sns as sns,
      )

      alarm.add_alarm_action(cloudwatch_actions.SnsAction(topic))
      """),
    Correction(
      Example("""
        import aws_cdk.aws_s3 as s3
        group = logs.LogGroup(self, "Logs")
        """),
      """
      import aws_cdk.aws_s3 as s3
      import aws_cdk.aws_logs as logs
      group = logs.LogGroup(self, "Logs")
      """),
    Correction(
      Example("""
        import { Stack, aws_cloudwatch as cloudwatch } from 'aws-cdk-lib';
        alarm.addAlarmAction(new cloudwatch_actions.SnsAction(topic));
        """),
      """
      import { Stack, aws_cloudwatch as cloudwatch, aws_cloudwatch_actions as cloudwatch_actions } from 'aws-cdk-lib';
      alarm.addAlarmAction(new cloudwatch_actions.SnsAction(topic));
      """),
  ]
}
