import IaCModel
import IaCSyntax

/// IAC852: a Kinesis data stream turns off server-side encryption.
public struct KinesisStreamUnencryptedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC852",
    summary: "A Kinesis data stream is not encrypted",
    url: "https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html",
    resourceTypes: types,
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC852",
      whatItDoes: """
        Finds Kinesis data streams without server-side encryption: a `kinesis.Stream` with
        `encryption=kinesis.StreamEncryption.UNENCRYPTED`, or a `kinesis.CfnStream` without `stream_encryption`. A
        `kinesis.Stream` that leaves `encryption` unset is not reported: CDK encrypts it with the `aws/kinesis` key
        in every region that supports it.
        """,
      why: """
        Records in an unencrypted stream are readable on disk to anyone who gets at the storage; streams often carry
        events with personal or business data.
        """,
      example: """
        kinesis.Stream(self, "Events", encryption=kinesis.StreamEncryption.UNENCRYPTED)
        """,
      useInstead: """
        kinesis.Stream(self, "Events", encryption=kinesis.StreamEncryption.MANAGED)
        """,
      fixSafety: """
        The fix sets `encryption=kinesis.StreamEncryption.MANAGED` where the call names the module. Changing a
        stream's encryption does not replace it. It is safe unless the project pins an aws-cdk-lib release older than
        the one the pack's facts were verified in (see Default): the name the fix writes may be missing there, so the
        fix is then unsafe.
        """,
      references: [
        (
          title: "Data protection in Amazon Kinesis Data Streams",
          url: "https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections
  )

  static let types = ["aws-cdk-lib.aws_kinesis.Stream", "aws-cdk-lib.aws_kinesis.CfnStream"]

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_kinesis.Stream"],
      prop: "encryption",
      verdict: SolutionsPropCheck.mustNotBe("StreamEncryption", ["UNENCRYPTED"]),
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The stream stores records unencrypted: `encryption` is `UNENCRYPTED`",
      fixText: SolutionsFixText.member("StreamEncryption", "MANAGED")
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_kinesis.CfnStream"],
      prop: "streamEncryption",
      verdict: OpenSearchDomains.isWritten,
      unsetFails: true,
      unsetMessage: "The stream stores records unencrypted: `stream_encryption` is not set",
      valueMessage: "The stream stores records unencrypted: `stream_encryption` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_kinesis as kinesis

      kinesis.Stream(self, "Events", ↓encryption=kinesis.StreamEncryption.UNENCRYPTED)
      ↓kinesis.CfnStream(self, "Raw", shard_count=1)
      """
    ),
    Example(
      """
      import * as kinesis from 'aws-cdk-lib/aws-kinesis';

      const plain = kinesis.StreamEncryption.UNENCRYPTED;
      new kinesis.Stream(this, 'Events', { ↓encryption: plain });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_kinesis as kinesis

      kinesis.Stream(self, "Events")
      kinesis.Stream(self, "Managed", encryption=kinesis.StreamEncryption.MANAGED)
      kinesis.Stream(self, "Chosen", encryption=mode)
      kinesis.CfnStream(
          self,
          "Raw",
          shard_count=1,
          stream_encryption=kinesis.CfnStream.StreamEncryptionProperty(encryption_type="KMS", key_id="alias/aws/kinesis"),
      )
      kinesis.CfnStream(self, "Hidden", **stream_props)
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_kinesis as kinesis

        kinesis.Stream(self, "Events", encryption=kinesis.StreamEncryption.UNENCRYPTED)
        """
      ),
      """
      from aws_cdk import aws_kinesis as kinesis

      kinesis.Stream(self, "Events", encryption=kinesis.StreamEncryption.MANAGED)
      """
    ),
  ]
}
