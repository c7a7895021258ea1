import IaCModel
import IaCSyntax

/// IAC840: an SNS topic accepts publishing over plain HTTP and has no KMS key.
public struct SnsTopicSslPublishOnlyRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC840",
    summary: "An SNS topic accepts publishing over plain HTTP and has no KMS key",
    url: "https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html",
    resourceTypes: [
      "aws-cdk-lib.aws_sns.Topic",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC840",
      whatItDoes: """
        Finds `sns.Topic` constructs with neither `enforce_ssl=True` nor a `master_key`, so that no topic policy
        denies `sns:Publish` when `aws:SecureTransport` is false. Topics whose policy is extended with
        `add_to_resource_policy`, or that a separate `sns.TopicPolicy` refers to, are not reported.
        """,
      why: """
        Publishers could send messages over unencrypted HTTP, exposing their contents in transit.
        """,
      example: """
        sns.Topic(self, "Alerts")
        """,
      useInstead: """
        sns.Topic(self, "Alerts", enforce_ssl=True)
        """,
      fixSafety: """
        Setting `enforce_ssl` adds a statement to the topic policy; the topic is updated in place.
        """,
      references: [
        (
          title: "Amazon SNS security best practices",
          url: "https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_sns.Topic"],
      prop: "enforceSSL",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      passedBy: ["masterKey"],
      satisfiedByMethods: ["addToResourcePolicy"],
      satisfiedByReferrers: ["aws-cdk-lib.aws_sns.TopicPolicy"],
      unsetMessage: "The topic accepts publishing over plain HTTP: `enforce_ssl` and `master_key` are unset",
      valueMessage: "The topic accepts publishing over plain HTTP: `enforce_ssl` is false and `master_key` unset",
      fixValue: true
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sns as sns

      ↓sns.Topic(self, "Alerts", display_name="alerts")
      """
    ),
    Example(
      """
      import * as sns from 'aws-cdk-lib/aws-sns';

      new sns.Topic(this, 'Alerts', { ↓enforceSSL: false });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sns as sns

      sns.Topic(self, "Alerts", enforce_ssl=True)
      sns.Topic(self, "Encrypted", master_key=key)
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_sns as sns

        sns.Topic(self, "Alerts")
        """
      ),
      """
      from aws_cdk import aws_sns as sns

      sns.Topic(self, "Alerts", enforce_ssl=True)
      """
    ),
  ]
}
