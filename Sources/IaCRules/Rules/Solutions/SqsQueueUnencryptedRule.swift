import IaCModel
import IaCSyntax

/// IAC841: an SQS queue turns off server-side encryption.
public struct SqsQueueUnencryptedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC841",
    summary: "An SQS queue turns off server-side encryption",
    url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html",
    resourceTypes: [
      "aws-cdk-lib.aws_sqs.Queue",
    ],
    fixAvailability: .none,
    documentation: SolutionsDocumentation.page(
      code: "IAC841",
      whatItDoes: """
        Finds `sqs.Queue` constructs with `encryption=sqs.QueueEncryption.UNENCRYPTED` and no KMS key. Queues that
        leave `encryption` unset are not reported: SQS encrypts new queues with SQS-managed keys.
        """,
      why: """
        Messages often carry personal or business data. Turning encryption off leaves them readable on disk to
        anyone who gets at the storage, and fails the encryption-at-rest controls of HIPAA, PCI DSS and NIST 800-53.
        """,
      example: """
        sqs.Queue(self, "Jobs", encryption=sqs.QueueEncryption.UNENCRYPTED)
        """,
      useInstead: """
        sqs.Queue(self, "Jobs", encryption=sqs.QueueEncryption.SQS_MANAGED)
        """,
      references: [
        (
          title: "Encryption at rest in Amazon SQS",
          url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_sqs.Queue"],
      prop: "encryption",
      verdict: SolutionsPropCheck.mustNotBe("QueueEncryption", ["UNENCRYPTED"]),
      unsetFails: false,
      passedBy: ["encryptionMasterKey"],
      unsetMessage: "",
      valueMessage: "The queue stores messages unencrypted: `encryption` is `UNENCRYPTED`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sqs as sqs

      sqs.Queue(self, "Jobs", ↓encryption=sqs.QueueEncryption.UNENCRYPTED)
      """
    ),
    Example(
      """
      import * as sqs from 'aws-cdk-lib/aws-sqs';

      const plain = sqs.QueueEncryption.UNENCRYPTED;
      new sqs.Queue(this, 'Jobs', { ↓encryption: plain });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sqs as sqs

      sqs.Queue(self, "Jobs")
      sqs.Queue(self, "Managed", encryption=sqs.QueueEncryption.SQS_MANAGED)
      """
    ),
    Example(
      """
      from aws_cdk import aws_sqs as sqs

      sqs.Queue(self, "Jobs", encryption=mode)
      """
    ),
  ]
}
