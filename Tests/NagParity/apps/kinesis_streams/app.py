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
        new_key = kinesis.StreamEncryption.KMS
        kinesis.Stream(self, "NewKeyStream", encryption=new_key)

        sink = s3.Bucket(self, "FirehoseSink", enforce_ssl=True, server_access_logs_prefix="logs/")
        destination = firehose.S3Bucket(sink)
        firehose.DeliveryStream(self, "PlainDelivery", destination=destination)
        firehose.DeliveryStream(
            self,
            "EncryptedDelivery",
            destination=firehose.S3Bucket(sink),
            encryption=firehose.StreamEncryption.aws_owned_key(),
        )
        s3_config = firehose.CfnDeliveryStream.S3DestinationConfigurationProperty(
            bucket_arn=sink.bucket_arn, role_arn="arn:aws:iam::123456789012:role/firehose"
        )
        firehose.CfnDeliveryStream(self, "RawDelivery", delivery_stream_type="DirectPut", s3_destination_configuration=s3_config)
        firehose.CfnDeliveryStream(
            self,
            "RawEncryptedDelivery",
            s3_destination_configuration=s3_config,
            delivery_stream_encryption_configuration_input=firehose.CfnDeliveryStream.DeliveryStreamEncryptionConfigurationInputProperty(
                key_type="AWS_OWNED_CMK"
            ),
        )


app = cdk.App()
StreamsStack(app, "StreamsStack")
app.synth()
