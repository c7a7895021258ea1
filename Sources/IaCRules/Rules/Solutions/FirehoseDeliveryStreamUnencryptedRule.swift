import IaCModel
import IaCSyntax

/// IAC851: a Firehose delivery stream does not encrypt the data it buffers.
public struct FirehoseDeliveryStreamUnencryptedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC851",
    summary: "A Firehose delivery stream does not use server-side encryption",
    url: "https://docs.aws.amazon.com/firehose/latest/dev/encryption.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC851",
      whatItDoes: """
        Finds Firehose delivery streams that take records directly (`PUT`) without server-side encryption: a
        `firehose.DeliveryStream` that leaves `encryption` unset or sets it to `StreamEncryption.unencrypted()`, and
        a `firehose.CfnDeliveryStream` without `delivery_stream_encryption_configuration_input`.

        A stream that reads from a Kinesis data stream or an MSK cluster is not reported: Firehose cannot encrypt
        those itself (CDK rejects `encryption` with a `source`), and the source's own encryption covers the data.
        cdk-nag reports them too.
        """,
      why: """
        Firehose buffers records before it delivers them; without server-side encryption, that buffered data is
        stored unencrypted.
        """,
      example: """
        firehose.DeliveryStream(self, "Events", destination=firehose.S3Bucket(bucket))
        """,
      useInstead: """
        firehose.DeliveryStream(
            self, "Events", destination=firehose.S3Bucket(bucket), encryption=firehose.StreamEncryption.aws_owned_key()
        )
        """,
      references: [
        (
          title: "Data protection in Amazon Data Firehose",
          url: "https://docs.aws.amazon.com/firehose/latest/dev/encryption.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let types = ["aws-cdk-lib.aws_kinesisfirehose.DeliveryStream", "aws-cdk-lib.aws_kinesisfirehose.CfnDeliveryStream"]

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_kinesisfirehose.DeliveryStream"],
      prop: "encryption",
      verdict: { value in
        guard let (method, _) = value.factory(of: "StreamEncryption") else { return nil }
        return method != "unencrypted"
      },
      unsetFails: true,
      applies: { resource, _ in resource.isCertainlyUnset("source") },
      unsetMessage: "The delivery stream buffers records unencrypted: `encryption` is not set",
      valueMessage: "The delivery stream buffers records unencrypted: `encryption` is `StreamEncryption.unencrypted()`"
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_kinesisfirehose.CfnDeliveryStream"],
      prop: "deliveryStreamEncryptionConfigurationInput",
      verdict: { CfnStructs.isWritten(CfnStructs.field($0, "")) },
      unsetFails: true,
      applies: { resource, _ in
        guard resource.isCertainlyUnset("kinesisStreamSourceConfiguration"),
          resource.isCertainlyUnset("mskSourceConfiguration")
        else { return false }
        guard let type = resource.prop("deliveryStreamType") else { return true }
        return type.value.string == "DirectPut"
      },
      unsetMessage: "The delivery stream buffers records unencrypted: `delivery_stream_encryption_configuration_input` is not set",
      valueMessage: "The delivery stream buffers records unencrypted: `delivery_stream_encryption_configuration_input` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_kinesisfirehose as firehose

      destination = firehose.S3Bucket(bucket)
      ↓firehose.DeliveryStream(self, "Events", destination=destination)
      plain = firehose.StreamEncryption.unencrypted()
      firehose.DeliveryStream(self, "Plain", destination=destination, ↓encryption=plain)
      ↓firehose.CfnDeliveryStream(self, "Raw", delivery_stream_type="DirectPut", s3_destination_configuration=s3_config)
      """
    ),
    Example(
      """
      import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';

      ↓new firehose.DeliveryStream(this, 'Events', { destination: new firehose.S3Bucket(bucket) });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_kinesisfirehose as firehose

      destination = firehose.S3Bucket(bucket)
      firehose.DeliveryStream(self, "Events", destination=destination, encryption=firehose.StreamEncryption.aws_owned_key())
      firehose.DeliveryStream(self, "Keyed", destination=destination, encryption=firehose.StreamEncryption.customer_managed_key(key))
      firehose.DeliveryStream(self, "FromStream", destination=destination, source=firehose.KinesisStreamSource(stream))
      firehose.DeliveryStream(self, "Chosen", destination=destination, encryption=encryption)
      firehose.DeliveryStream(self, "Hidden", **stream_props)
      firehose.CfnDeliveryStream(
          self,
          "Raw",
          s3_destination_configuration=s3_config,
          delivery_stream_encryption_configuration_input=firehose.CfnDeliveryStream.DeliveryStreamEncryptionConfigurationInputProperty(key_type="AWS_OWNED_CMK"),
      )
      firehose.CfnDeliveryStream(
          self, "Tail", delivery_stream_type="KinesisStreamAsSource", kinesis_stream_source_configuration=source_config
      )
      """
    ),
    Example(
      """
      import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';

      new firehose.DeliveryStream(this, 'Events', {
        destination: new firehose.S3Bucket(bucket),
        encryption: firehose.StreamEncryption.awsOwnedKey(),
      });
      """
    ),
  ]
}
