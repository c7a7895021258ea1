import aws_cdk as cdk
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from constructs import Construct


class StreamsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        kinesis.Stream(self, "DefaultStream")
        kinesis.Stream(self, "UnencryptedStream", encryption=kinesis.StreamEncryption.UNENCRYPTED)
        kinesis.Stream(self, "ManagedStream", encryption=kinesis.StreamEncryption.MANAGED)
        key = kms.Key(self, "StreamKey", enable_key_rotation=True)
        kinesis.Stream(self, "CustomerKeyStream", encryption=kinesis.StreamEncryption.KMS, encryption_key=key)

        sink = s3.Bucket(self, "FirehoseSink", enforce_ssl=True, server_access_logs_prefix="logs/")
        destination = firehose.S3Bucket(sink)
        firehose.DeliveryStream(self, "PlainDelivery", destination=destination)
        firehose.DeliveryStream(
            self,
            "EncryptedDelivery",
            destination=firehose.S3Bucket(sink),
            encryption=firehose.StreamEncryption.aws_owned_key(),
        )


app = cdk.App()
StreamsStack(app, "StreamsStack")
app.synth()
