import IaCModel
import IaCSyntax

/// IAC853: a Kinesis data stream is encrypted with a customer managed key rather than `aws/kinesis`.
public struct KinesisStreamNotAwsManagedKeyRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC853",
    summary: "A Kinesis data stream is encrypted with a customer managed key",
    url: "https://docs.aws.amazon.com/streams/latest/dev/costs-performance.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC853",
      whatItDoes: """
        Finds Kinesis data streams encrypted with a key other than the AWS managed `aws/kinesis` key: a
        `kinesis.Stream` with `encryption_key`, or with `encryption=kinesis.StreamEncryption.KMS` (CDK then creates
        a new key), and a `kinesis.CfnStream` whose `stream_encryption` names a literal key other than
        `alias/aws/kinesis` or a key of the same file.

        A `kinesis.Stream` that leaves `encryption` unset is not reported: CDK encrypts it with `aws/kinesis`.
        cdk-nag 3.0.2 reports it, because CDK writes that choice inside an `Fn::If` on the regions that lack
        Kinesis encryption, which cdk-nag does not read through.
        """,
      why: """
        A customer managed key costs a monthly fee and a charge per request, which grows with the number of
        producers and consumers; use one only when a compliance requirement asks for control over the key.
        """,
      example: """
        kinesis.Stream(self, "Events", encryption=kinesis.StreamEncryption.KMS)
        """,
      useInstead: """
        kinesis.Stream(self, "Events", encryption=kinesis.StreamEncryption.MANAGED)
        """,
      references: [
        (
          title: "Costs and performance when using server-side encryption",
          url: "https://docs.aws.amazon.com/streams/latest/dev/costs-performance.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let types = ["aws-cdk-lib.aws_kinesis.Stream", "aws-cdk-lib.aws_kinesis.CfnStream"]
  static let keyTypes: Set<String> = ["aws-cdk-lib.aws_kms.Key", "aws-cdk-lib.aws_kms.CfnKey"]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let path = model.file.path
    switch resource.type.fqn {
    case "aws-cdk-lib.aws_kinesis.Stream":
      if let key = resource.prop("encryptionKey") {
        if case .null = key.value.kind { break }
        let message = "The stream is encrypted with a customer managed key: `encryption_key` is set"
        diagnostics.append(Self.description.diagnostic(path: path, range: key.argument.range, message: message))
      } else if let mode = resource.prop("encryption"), mode.value.isEnumMember("StreamEncryption", "KMS") {
        let message = "The stream is encrypted with a new customer managed key: `encryption` is `KMS`"
        diagnostics.append(Self.description.diagnostic(path: path, range: mode.argument.range, message: message))
      }
    case "aws-cdk-lib.aws_kinesis.CfnStream":
      guard let prop = resource.prop("streamEncryption"), !CfnStructs.hasSpread(prop.value, in: model.file),
        case .value(let key) = CfnStructs.field(prop.value, "keyId")
      else { return }
      let customer: Bool
      if let literal = key.string {
        customer = literal != "alias/aws/kinesis"
      } else {
        customer = CfnStructs.referredResource(key, types: Self.keyTypes, in: model) != nil
      }
      guard customer else { return }
      let message = "The stream is encrypted with a customer managed key: `key_id` is not `alias/aws/kinesis`"
      diagnostics.append(Self.description.diagnostic(path: path, range: prop.argument.range, message: message))
    default:
      return
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_kinesis as kinesis, aws_kms as kms

      key = kms.Key(self, "StreamKey", enable_key_rotation=True)
      kinesis.Stream(self, "Keyed", encryption=kinesis.StreamEncryption.KMS, ↓encryption_key=key)
      mode = kinesis.StreamEncryption.KMS
      kinesis.Stream(self, "NewKey", ↓encryption=mode)
      kinesis.CfnStream(
          self,
          "Raw",
          shard_count=1,
          ↓stream_encryption=kinesis.CfnStream.StreamEncryptionProperty(encryption_type="KMS", key_id=key.key_arn),
      )
      """
    ),
    Example(
      """
      import * as kinesis from 'aws-cdk-lib/aws-kinesis';

      new kinesis.Stream(this, 'Keyed', { ↓encryptionKey: props.key });
      new kinesis.CfnStream(this, 'Raw', { shardCount: 1, ↓streamEncryption: { encryptionType: 'KMS', keyId: 'alias/streams' } });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_kinesis as kinesis

      kinesis.Stream(self, "Events")
      kinesis.Stream(self, "Managed", encryption=kinesis.StreamEncryption.MANAGED)
      kinesis.Stream(self, "Plain", encryption=kinesis.StreamEncryption.UNENCRYPTED)
      kinesis.Stream(self, "Chosen", encryption=mode)
      kinesis.CfnStream(
          self,
          "Raw",
          shard_count=1,
          stream_encryption=kinesis.CfnStream.StreamEncryptionProperty(encryption_type="KMS", key_id="alias/aws/kinesis"),
      )
      kinesis.CfnStream(
          self, "Given", shard_count=1, stream_encryption=kinesis.CfnStream.StreamEncryptionProperty(encryption_type="KMS", key_id=key_id)
      )
      kinesis.CfnStream(self, "Bare", shard_count=1)
      # encryption=kinesis.StreamEncryption.KMS would be reported
      """
    ),
    Example(
      """
      import * as kinesis from 'aws-cdk-lib/aws-kinesis';

      new kinesis.Stream(this, 'Events', { ...props });
      new kinesis.CfnStream(this, 'Raw', { shardCount: 1, streamEncryption: { encryptionType: 'KMS', ...key } });
      """
    ),
  ]
}
