import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class WorkQueue(Construct):
    """A queue with its own dead-letter queue."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        self.dead = sqs.Queue(self, "Dead", enforce_ssl=True)
        self.queue = sqs.Queue(
            self,
            "Work",
            enforce_ssl=True,
            dead_letter_queue=sqs.DeadLetterQueue(max_receive_count=3, queue=self.dead),
        )


class QueuesStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        # Every default: no DLQ (SQS3), no SSL policy (SQS4); SSE-SQS by default (SQS2 passes).
        sqs.Queue(self, "PlainQueue")

        # Explicitly unencrypted (SQS2), with SSL enforced.
        sqs.Queue(self, "UnencryptedQueue", encryption=sqs.QueueEncryption.UNENCRYPTED, enforce_ssl=True)

        # A KMS key bound to a variable: SQS2 passes even with SQS-managed SSE off.
        key = kms.Key(self, "QueueKey", enable_key_rotation=True)
        sqs.Queue(self, "KmsQueue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key)

        # A dead-letter queue used by another queue: SQS3 passes for both.
        dlq = sqs.Queue(self, "OrdersDlq", enforce_ssl=True)
        dead_letter = sqs.DeadLetterQueue(max_receive_count=5, queue=dlq)
        sqs.Queue(self, "OrdersQueue", dead_letter_queue=dead_letter, enforce_ssl=True)

        # SSL enforced through a method: SQS4 passes.
        manual = sqs.Queue(self, "ManualSslQueue")
        manual.add_to_resource_policy(
            iam.PolicyStatement(
                effect=iam.Effect.DENY,
                principals=[iam.AnyPrincipal()],
                actions=["sqs:*"],
                resources=[manual.queue_arn],
                conditions={"Bool": {"aws:SecureTransport": "false"}},
            )
        )

        # A policy that allows but never denies: SQS4 fails.
        shared = sqs.Queue(self, "SharedQueue")
        shared.add_to_resource_policy(
            iam.PolicyStatement(
                principals=[iam.AccountRootPrincipal()],
                actions=["sqs:SendMessage"],
                resources=[shared.queue_arn],
            )
        )

        WorkQueue(self, "Pipeline")


app = cdk.App()
QueuesStack(app, "QueuesStack")
app.synth()
