import IaCModel
extension CommentedOutResourceRule {
  static let documentation = """
    ## What it does
    Finds code that would create a resource — a framework class such as `guardduty.CfnDetector(...)` or
    `aws.shield.Subscription(...)`, or a stack helper such as `self._create_guardduty()` — left commented out,
    where the comments around it say it must be uncommented or enabled by hand ("Uncomment if this is the
    first stack in the account", "must be enabled manually").

    Commented-out code without such instructions is left alone, and so is a block whose comments say how to
    decide, with a command to run (`aws guardduty list-detectors`): that is a documented manual step.

    ## Why is this bad?
    A requirement met by a comment is not met. Nobody uncomments the line in CI, so the GuardDuty detector or
    Shield protection the design promises never exists, and nothing says so at deployment. When a resource
    really cannot be created by every stack (GuardDuty allows one detector per account and Region), the code
    should decide with configuration or a lookup, or the comment should say exactly how to check.

    ## Example
    ```python
    # Create GuardDuty detector (check account-level limitation)
    # Note: GuardDuty allows only ONE detector per account
    # Uncomment if this is the first stack in the account
    # self.guardduty_detector = self._create_guardduty()
    ```

    Use instead:
    ```python
    if self.node.try_get_context("createGuardDutyDetector"):
        self.guardduty_detector = self._create_guardduty()
    ```

    ## References
    - [Getting started with GuardDuty (Amazon GuardDuty User Guide)](https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html)
    - [Getting started with AWS Shield Advanced (AWS WAF, Firewall Manager and Shield Advanced Developer Guide)](https://docs.aws.amazon.com/waf/latest/developerguide/getting-started-ddos.html)
    - [Runtime context (AWS CDK Developer Guide)](https://docs.aws.amazon.com/cdk/v2/guide/context.html)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import Stack

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              # Create GuardDuty detector (check account-level limitation)
              # Note: GuardDuty allows only ONE detector per account
              # Uncomment if this is the first stack in the account
              # ↓self.guardduty_detector = self._create_guardduty()
      """),
    Example("""
      from aws_cdk import aws_guardduty as guardduty

      # GuardDuty must be enabled manually in accounts that already have a detector:
      # ↓detector = guardduty.CfnDetector(
      #     self,
      #     "Detector",
      #     enable=True,
      # )
      """),
    Example("""
      import pulumi_aws as aws

      # Shield Advanced costs $3,000/month; uncomment to subscribe.
      # ↓aws.shield.Subscription("shield", auto_renew="ENABLED")
      """),
    Example("""
      import * as shield from 'aws-cdk-lib/aws-shield';

      // Shield Advanced protection must be enabled by hand after subscribing:
      // ↓new shield.CfnProtection(this, 'ApiProtection', { name: 'api', resourceArn: api.arn });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import Stack, aws_logs as logs

      class ApiStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              # Uncomment to debug the API with full request logs:
              # logs.LogGroup(self, "DebugLogs", retention=logs.RetentionDays.ONE_DAY)
      """),
    Example("""
      import * as sqs from 'aws-cdk-lib/aws-sqs';

      // Optionally uncomment to add a dead-letter queue while testing:
      // const dlq = new sqs.Queue(this, 'Dlq');
      """),
    Example("""
      from aws_cdk import Stack

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              # GuardDuty Detector (Account-Level Service)
              #
              # GuardDuty allows only ONE detector per AWS account/region.
              # Before deploying, check if detector exists:
              #   aws guardduty list-detectors --region us-east-1
              #
              # If no detector exists (empty list), uncomment the line below:
              # self.guardduty_detector = self._create_guardduty()
      """),
    Example("""
      from aws_cdk import aws_elasticloadbalancingv2 as elbv2

      # Production HTTPS listener configuration commented for reference
      # certificate = acm.Certificate.from_certificate_arn(...)
      # https_listener = alb.add_listener("HttpsListener", ...)
      """),
    Example("""
      from aws_cdk import aws_shield as shield

      # Create Shield Advanced (note: account-level subscription)
      # Shield Advanced is not created via CloudFormation - must be enabled manually

      # An old experiment, kept for reference:
      # legacy = shield.CfnProtection(self, "Old", name="old", resource_arn=arn)
      """),
    Example("""
      import pulumi_aws as aws

      # Uncomment the debug output below when troubleshooting.
      # print(bucket.id)
      # result = compute_total(items)
      """),
    Example("""
      import * as shield from 'aws-cdk-lib/aws-shield';

      /* Enable by hand:
         new shield.CfnProtection(this, 'Api', { name: 'api', resourceArn: arn }); */
      const protection = new shield.CfnProtection(this, 'Api', { name: 'api', resourceArn: arn }); // uncomment nothing
      """),
  ]
}
