import IaCModel
import IaCSyntax

/// IAC771: a Timestream database is encrypted with the AWS managed key rather than a customer managed key.
public struct TimestreamDatabaseWithoutCustomerKeyRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC771",
    summary: "A Timestream database does not use a customer managed KMS key",
    url: "https://docs.aws.amazon.com/timestream/latest/developerguide/EncryptionAtRest.html",
    resourceTypes: ["aws-cdk-lib.aws_timestream.CfnDatabase"],
    documentation: SolutionsDocumentation.page(
      code: "IAC771",
      whatItDoes: """
        Finds `timestream.CfnDatabase` constructs without a `kms_key_id`; Timestream then encrypts the data with
        the AWS managed key `aws/timestream`. A key given in any form passes; a database whose props come from
        `**kwargs` is not reported.
        """,
      why: """
        The data is encrypted either way. A customer managed key lets you decide who may use it, audit its use in
        CloudTrail, and disable it to cut off access to the data; the AWS managed key allows none of that.
        """,
      example: """
        timestream.CfnDatabase(self, "Metrics")
        """,
      useInstead: """
        timestream.CfnDatabase(self, "Metrics", kms_key_id=key.key_arn)
        """,
      references: [
        (
          title: "Encryption at rest (Amazon Timestream Developer Guide)",
          url: "https://docs.aws.amazon.com/timestream/latest/developerguide/EncryptionAtRest.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_timestream.CfnDatabase"],
      prop: "kmsKeyId",
      verdict: OpenSearchDomains.isWritten,
      unsetFails: true,
      unsetMessage: "The database uses the AWS managed key: `kms_key_id` is not set",
      valueMessage: "The database uses the AWS managed key: `kms_key_id` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_timestream as timestream

      ↓timestream.CfnDatabase(self, "Metrics")
      timestream.CfnDatabase(self, "Events", database_name="events", ↓kms_key_id=None)
      """
    ),
    Example(
      """
      import * as timestream from 'aws-cdk-lib/aws-timestream';

      ↓new timestream.CfnDatabase(this, 'Metrics', { databaseName: 'metrics' });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_kms as kms, aws_timestream as timestream

      # Without kms_key_id Timestream uses the AWS managed key.
      key = kms.Key(self, "MetricsKey", enable_key_rotation=True)
      timestream.CfnDatabase(self, "Metrics", kms_key_id=key.key_arn)
      timestream.CfnDatabase(self, "Shared", kms_key_id="alias/metrics")
      timestream.CfnDatabase(self, "Props", **database_props)
      """
    ),
    Example(
      """
      import * as timestream from 'aws-cdk-lib/aws-timestream';

      new timestream.CfnDatabase(this, 'Metrics', { kmsKeyId: props.key.keyArn });
      """
    ),
  ]
}
