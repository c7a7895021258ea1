import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class Archive(Construct):
    """Acknowledges for itself: `self` in a construct covers what it creates, in every instance."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        s3.Bucket(self, "ArchiveBucket")
        cdk.Validations.of(self).acknowledge(
            cdk.Acknowledgment(id="AwsSolutions-S10", reason="Archive readers are inside the VPC only.")
        )


class Inbox(Construct):
    """Acknowledges on the stack it is in, through `Stack.of(self)`."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        sns.Topic(self, "InboxTopic")
        cdk.Validations.of(cdk.Stack.of(self)).acknowledge(
            cdk.Acknowledgment(id="AwsSolutions-SNS3", reason="Publishers sit inside the same account.")
        )


class AcknowledgedStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        # Acknowledged on the construct, bound to a variable: no S10 here.
        quiet = s3.Bucket(self, "QuietBucket")
        cdk.Validations.of(quiet).acknowledge(
            cdk.Acknowledgment(id="AwsSolutions-S10", reason="Served only through a VPC endpoint.")
        )

        # Not acknowledged: S10 stays.
        s3.Bucket(self, "LoudBucket")

        # Acknowledged on the L1 under the construct.
        table = dynamodb.Table(
            self, "Orders", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING)
        )
        cdk.Validations.of(table.node.default_child).acknowledge(
            cdk.Acknowledgment(id="AwsSolutions-DDB3", reason="Orders are rebuilt from the event log.")
        )
        dynamodb.Table(self, "Carts", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING))

        # The acknowledgment bound to a variable first.
        rotating = kms.Key(self, "ShortLivedKey")
        rule = cdk.Acknowledgment(id="AwsSolutions-KMS5", reason="Keys live for a day and are never reused.")
        cdk.Validations.of(rotating).acknowledge(rule)
        kms.Key(self, "LongLivedKey")

        Archive(self, "ArchiveA")
        Archive(self, "ArchiveB")
        Inbox(self, "Inbox")

        # One queue with a dead-letter queue: SQS3 passes, SQS4 is acknowledged for the whole stack below.
        dead = sqs.Queue(self, "DeadLetters", enforce_ssl=True)
        sqs.Queue(self, "Work", dead_letter_queue=sqs.DeadLetterQueue(queue=dead, max_receive_count=3))


class PlainStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        # Another stack: the stack-wide acknowledgment of SQS4 does not reach it.
        sqs.Queue(self, "Elsewhere")
        sns.Topic(self, "ElsewhereTopic")


app = cdk.App()
stack = AcknowledgedStack(app, "AcknowledgedStack")
cdk.Validations.of(stack).acknowledge(
    cdk.Acknowledgment(id="AwsSolutions-SQS4", reason="Every queue of this stack is reached over TLS by the SDK.")
)
PlainStack(app, "PlainStack")
app.synth()
