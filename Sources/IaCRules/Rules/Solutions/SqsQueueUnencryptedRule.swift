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
      "aws-cdk-lib.aws_sqs.CfnQueue",
      "aws:sqs/queue:Queue",
      "@cdktf/provider-aws.sqsQueue.SqsQueue",
    ],
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC841",
      whatItDoes: """
        Finds `sqs.Queue` constructs with `encryption=sqs.QueueEncryption.UNENCRYPTED` and no KMS key. Queues that
        leave `encryption` unset are not reported: SQS encrypts new queues with SQS-managed keys.

        The same fact is one input of one resource in CloudFormation, Pulumi and CDK for Terraform: an `sqs.CfnQueue`,
        a Pulumi `aws.sqs.Queue` or a CDKTF `SqsQueue` with `sqs_managed_sse_enabled` (`sqsManagedSseEnabled`) false
        and no `kms_master_key_id` is reported; left unset, SQS-managed encryption applies.
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
      fixSafety: """
        On `sqs.Queue` the fix sets `encryption=sqs.QueueEncryption.SQS_MANAGED` where the call names the module; on
        `sqs.CfnQueue`, Pulumi and CDK for Terraform it sets `sqs_managed_sse_enabled=True`. Changing a queue's
        encryption does not replace it. It is safe unless the project pins an aws-cdk-lib release older than the one
        the pack's facts were verified in (see Default): the name the fix writes may be missing there, so the fix is
        then unsafe.
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
    corrections: corrections
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_sqs.Queue"],
      prop: "encryption",
      verdict: SolutionsPropCheck.mustNotBe("QueueEncryption", ["UNENCRYPTED"]),
      unsetFails: false,
      passedBy: ["encryptionMasterKey"],
      unsetMessage: "",
      valueMessage: "The queue stores messages unencrypted: `encryption` is `UNENCRYPTED`",
      fixText: SolutionsFixText.member("QueueEncryption", "SQS_MANAGED")
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_sqs.CfnQueue", "aws:sqs/queue:Queue", "@cdktf/provider-aws.sqsQueue.SqsQueue"],
      prop: "sqsManagedSseEnabled",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: false,
      passedBy: ["kmsMasterKeyId"],
      unsetMessage: "",
      valueMessage: "The queue stores messages unencrypted: `sqs_managed_sse_enabled` is false and there is no KMS key",
      fixValue: true
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
    Example(
      """
      from aws_cdk import aws_sqs as sqs

      sqs.CfnQueue(self, "Raw", ↓sqs_managed_sse_enabled=False)
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      managed = False
      aws.sqs.Queue("jobs", visibility_timeout_seconds=60, ↓sqs_managed_sse_enabled=managed)
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";

      const jobs = new aws.sqs.Queue("jobs", { ↓sqsManagedSseEnabled: false });
      """
    ),
    Example(
      """
      import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";

      new SqsQueue(this, "jobs", { name: "jobs", ↓sqsManagedSseEnabled: false });
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
    Example(
      """
      import pulumi_aws as aws

      aws.sqs.Queue("jobs")
      aws.sqs.Queue("managed", sqs_managed_sse_enabled=True)
      aws.sqs.Queue("keyed", sqs_managed_sse_enabled=False, kms_master_key_id="alias/aws/sqs")
      aws.sqs.Queue("chosen", sqs_managed_sse_enabled=settings.sse)
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";
      import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";

      // sqsManagedSseEnabled: false is what this queue must never get
      new aws.sqs.Queue("jobs", { ...queueArgs });
      new SqsQueue(this, "keyed", { sqsManagedSseEnabled: false, kmsMasterKeyId: key.arn });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_sqs as sqs

        sqs.Queue(self, "Jobs", encryption=sqs.QueueEncryption.UNENCRYPTED)
        """
      ),
      """
      from aws_cdk import aws_sqs as sqs

      sqs.Queue(self, "Jobs", encryption=sqs.QueueEncryption.SQS_MANAGED)
      """
    ),
  ]
}
