import IaCModel
import IaCSyntax

/// IAC876: a Lex bot alias writes conversation logs without a KMS key.
public struct LexConversationLogsUnencryptedRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC876",
    summary: "A Lex bot alias writes conversation logs without encryption",
    url: "https://docs.aws.amazon.com/lexv2/latest/dg/conversation-logs.html",
    resourceTypes: ["aws-cdk-lib.aws_lex.CfnBotAlias", "aws-cdk-lib.aws_lex.CfnBot"],
    documentation: SolutionsDocumentation.page(
      code: "IAC876",
      whatItDoes: """
        Finds `lex.CfnBotAlias` constructs, and the test alias of `lex.CfnBot` (`test_bot_alias_settings`), whose
        `conversation_log_settings` enable an audio log with no `kms_key_arn` on its S3 bucket destination, or a
        text log whose CloudWatch log group, created in the same file, has no KMS key (`encryption_key` on a
        `logs.LogGroup`, `kms_key_id` on a `logs.CfnLogGroup`). Aliases without conversation logs are not reported,
        nor logs whose switch or destination cannot be evaluated.
        """,
      why: """
        Conversation logs hold what users said and typed to the bot, often personal details; a KMS key keeps the
        recordings and transcripts readable only under that key's policy.
        """,
      example: """
        lex.CfnBotAlias(
            self,
            "Live",
            bot_id=bot.attr_id,
            bot_alias_name="live",
            conversation_log_settings=lex.CfnBotAlias.ConversationLogSettingsProperty(
                audio_log_settings=[
                    lex.CfnBotAlias.AudioLogSettingProperty(
                        enabled=True,
                        destination=lex.CfnBotAlias.AudioLogDestinationProperty(
                            s3_bucket=lex.CfnBotAlias.S3BucketLogDestinationProperty(s3_bucket_arn=bucket.bucket_arn, log_prefix="audio/")
                        ),
                    )
                ]
            ),
        )
        """,
      useInstead: """
        lex.CfnBotAlias.S3BucketLogDestinationProperty(s3_bucket_arn=bucket.bucket_arn, log_prefix="audio/", kms_key_arn=key.key_arn)
        """,
      references: [
        (
          title: "Logging conversations with conversation logs in Amazon Lex V2",
          url: "https://docs.aws.amazon.com/lexv2/latest/dg/conversation-logs.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let logGroupTypes: Set<String> = ["aws-cdk-lib.aws_logs.LogGroup", "aws-cdk-lib.aws_logs.CfnLogGroup"]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let prop: Prop?
    let settings: CfnStructs.Field
    switch resource.type.fqn {
    case "aws-cdk-lib.aws_lex.CfnBotAlias":
      prop = resource.prop("conversationLogSettings")
      settings = prop.map { CfnStructs.field($0.value, "") } ?? .absent
    case "aws-cdk-lib.aws_lex.CfnBot":
      prop = resource.prop("testBotAliasSettings")
      settings = prop.map { CfnStructs.field($0.value, "conversationLogSettings") } ?? .absent
    default:
      return
    }
    guard let prop, case .value(let logs) = settings, !CfnStructs.hasSpread(prop.value, in: model.file) else { return }
    if let message = unencryptedLog(in: logs, model: model) {
      diagnostics.append(Self.description.diagnostic(path: model.file.path, range: prop.argument.range, message: message))
    }
  }

  /// The message for the first enabled log that is certainly unencrypted, or nil.
  func unencryptedLog(in logs: Value, model: FileModel) -> String? {
    for log in enabled(CfnStructs.field(logs, "audioLogSettings")) {
      if case .absent = CfnStructs.field(log, "destination.s3Bucket.kmsKeyArn") {
        return "The bot alias writes audio logs unencrypted: the S3 destination has no `kms_key_arn`"
      }
    }
    for log in enabled(CfnStructs.field(logs, "textLogSettings")) {
      guard let arn = CfnStructs.field(log, "destination.cloudWatch.cloudWatchLogGroupArn").value,
        let group = CfnStructs.referredResource(arn, types: Self.logGroupTypes, in: model)
      else { continue }
      let keyProp = group.type.fqn == "aws-cdk-lib.aws_logs.LogGroup" ? "encryptionKey" : "kmsKeyId"
      if group.isCertainlyUnset(keyProp) {
        return "The bot alias writes text logs unencrypted: its log group has no KMS key"
      }
    }
    return nil
  }

  /// The log settings of a list that are literally enabled.
  func enabled(_ list: CfnStructs.Field) -> [Value] {
    guard let elements = list.value?.elements else { return [] }
    return elements.filter { CfnStructs.field($0, "enabled").value?.bool == true }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_lex as lex, aws_logs as logs

      audio = lex.CfnBotAlias.AudioLogSettingProperty(
          enabled=True,
          destination=lex.CfnBotAlias.AudioLogDestinationProperty(
              s3_bucket=lex.CfnBotAlias.S3BucketLogDestinationProperty(s3_bucket_arn=bucket_arn, log_prefix="audio/")
          ),
      )
      lex.CfnBotAlias(
          self, "Live", bot_id=bot_id, bot_alias_name="live",
          ↓conversation_log_settings=lex.CfnBotAlias.ConversationLogSettingsProperty(audio_log_settings=[audio]),
      )
      transcripts = logs.LogGroup(self, "Transcripts")
      lex.CfnBotAlias(
          self, "Text", bot_id=bot_id, bot_alias_name="text",
          ↓conversation_log_settings=lex.CfnBotAlias.ConversationLogSettingsProperty(
              text_log_settings=[
                  lex.CfnBotAlias.TextLogSettingProperty(
                      enabled=True,
                      destination=lex.CfnBotAlias.TextLogDestinationProperty(
                          cloud_watch=lex.CfnBotAlias.CloudWatchLogGroupLogDestinationProperty(
                              cloud_watch_log_group_arn=transcripts.log_group_arn, log_prefix="text/"
                          )
                      ),
                  )
              ]
          ),
      )
      lex.CfnBot(
          self,
          "Bot",
          name="bot",
          role_arn=role_arn,
          data_privacy={"ChildDirected": False},
          idle_session_ttl_in_seconds=300,
          ↓test_bot_alias_settings=lex.CfnBot.TestBotAliasSettingsProperty(
              conversation_log_settings=lex.CfnBot.ConversationLogSettingsProperty(
                  audio_log_settings=[
                      lex.CfnBot.AudioLogSettingProperty(
                          enabled=True,
                          destination=lex.CfnBot.AudioLogDestinationProperty(
                              s3_bucket=lex.CfnBot.S3BucketLogDestinationProperty(s3_bucket_arn=bucket_arn, log_prefix="audio/")
                          ),
                      )
                  ]
              )
          ),
      )
      """
    ),
    Example(
      """
      import * as lex from 'aws-cdk-lib/aws-lex';

      new lex.CfnBotAlias(this, 'Live', {
        botId,
        botAliasName: 'live',
        ↓conversationLogSettings: {
          audioLogSettings: [{ enabled: true, destination: { s3Bucket: { s3BucketArn: bucketArn, logPrefix: 'audio/' } } }],
        },
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_lex as lex, aws_logs as logs

      lex.CfnBotAlias(self, "Quiet", bot_id=bot_id, bot_alias_name="quiet")
      destination = lex.CfnBotAlias.AudioLogDestinationProperty(
          s3_bucket=lex.CfnBotAlias.S3BucketLogDestinationProperty(s3_bucket_arn=bucket_arn, log_prefix="audio/", kms_key_arn=key_arn)
      )
      lex.CfnBotAlias(
          self, "Live", bot_id=bot_id, bot_alias_name="live",
          conversation_log_settings=lex.CfnBotAlias.ConversationLogSettingsProperty(
              audio_log_settings=[lex.CfnBotAlias.AudioLogSettingProperty(enabled=True, destination=destination)]
          ),
      )
      transcripts = logs.LogGroup(self, "Transcripts", encryption_key=key)
      text = lex.CfnBotAlias.TextLogSettingProperty(
          enabled=True,
          destination=lex.CfnBotAlias.TextLogDestinationProperty(
              cloud_watch=lex.CfnBotAlias.CloudWatchLogGroupLogDestinationProperty(
                  cloud_watch_log_group_arn=transcripts.log_group_arn, log_prefix="text/"
              )
          ),
      )
      lex.CfnBotAlias(
          self, "Text", bot_id=bot_id, bot_alias_name="text",
          conversation_log_settings=lex.CfnBotAlias.ConversationLogSettingsProperty(text_log_settings=[text]),
      )
      lex.CfnBotAlias(
          self, "Off", bot_id=bot_id, bot_alias_name="off",
          conversation_log_settings=lex.CfnBotAlias.ConversationLogSettingsProperty(
              audio_log_settings=[lex.CfnBotAlias.AudioLogSettingProperty(enabled=False, destination=plain_destination)]
          ),
      )
      lex.CfnBotAlias(self, "Given", bot_id=bot_id, bot_alias_name="given", conversation_log_settings=props.logs)
      """
    ),
    Example(
      """
      import * as lex from 'aws-cdk-lib/aws-lex';

      new lex.CfnBotAlias(this, 'Live', {
        botId,
        botAliasName: 'live',
        conversationLogSettings: { audioLogSettings: [{ enabled: audioOn, destination: { s3Bucket: plainBucket } }] },
      });
      """
    ),
  ]
}
