import IaCModel
import IaCSyntax

/// IAC843: an SQS queue does not refuse requests made over plain HTTP.
public struct SqsQueueSslRequestsOnlyRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC843",
    summary: "An SQS queue does not refuse requests made over plain HTTP",
    url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html",
    resourceTypes: [
      "aws-cdk-lib.aws_sqs.Queue",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC843",
      whatItDoes: """
        Finds `sqs.Queue` constructs that do not set `enforce_ssl=True`, so that no queue policy denies `sqs:*` when
        `aws:SecureTransport` is false. A queue whose policy is extended with `add_to_resource_policy`, or that a
        separate `sqs.QueuePolicy` refers to, is not reported.
        """,
      why: """
        Without the statement, producers and consumers may send and receive messages over unencrypted HTTP, exposing
        their contents in transit.
        """,
      example: """
        sqs.Queue(self, "Jobs")
        """,
      useInstead: """
        sqs.Queue(self, "Jobs", enforce_ssl=True)
        """,
      fixSafety: """
        Setting `enforce_ssl` adds a statement to the queue policy; the queue is updated in place.
        """,
      references: [
        (
          title: "Amazon SQS security best practices",
          url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_sqs.Queue"],
      prop: "enforceSSL",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      satisfiedByMethods: ["addToResourcePolicy"],
      satisfiedByReferrers: ["aws-cdk-lib.aws_sqs.QueuePolicy"],
      unsetMessage: "The queue accepts requests over plain HTTP: `enforce_ssl` is not set",
      valueMessage: "The queue accepts requests over plain HTTP: `enforce_ssl` is false",
      fixValue: true
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sqs as sqs

      ↓sqs.Queue(self, "Jobs", visibility_timeout=Duration.seconds(30))
      """
    ),
    Example(
      """
      from aws_cdk import aws_sqs as sqs

      sqs.Queue(self, "Jobs", ↓enforce_ssl=False)
      """
    ),
    Example(
      """
      from aws_cdk import aws_iam as iam
      from aws_cdk import aws_sqs as sqs

      queue = ↓sqs.Queue(self, "Jobs")
      queue.add_to_resource_policy(iam.PolicyStatement(effect=iam.Effect.ALLOW, actions=["sqs:SendMessage"]))
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sqs as sqs

      sqs.Queue(self, "Jobs", enforce_ssl=True)
      """
    ),
    Example(
      """
      from aws_cdk import aws_sqs as sqs

      queue = sqs.Queue(self, "Jobs")
      queue.add_to_resource_policy(statement)
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_sqs as sqs

        sqs.Queue(self, "Jobs")
        """
      ),
      """
      from aws_cdk import aws_sqs as sqs

      sqs.Queue(self, "Jobs", enforce_ssl=True)
      """
    ),
  ]
}
