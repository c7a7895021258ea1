import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_lex as lex
from aws_cdk import aws_rds as rds
from constructs import Construct


class LegacyStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        # EC2-Classic DB security groups: RDS8.
        rds.CfnDBSecurityGroup(
            self,
            "OpenDbGroup",
            group_description="open",
            db_security_group_ingress=[rds.CfnDBSecurityGroup.IngressProperty(cidrip="0.0.0.0/0")],
        )
        rds.CfnDBSecurityGroup(
            self,
            "ClosedDbGroup",
            group_description="closed",
            db_security_group_ingress=[rds.CfnDBSecurityGroup.IngressProperty(cidrip="10.0.0.0/8")],
        )
        rds.CfnDBSecurityGroupIngress(self, "OpenDbIngress", db_security_group_name="legacy", cidrip="::/0")

        # Aurora Serverless v1 MySQL: RDS16 wants audit, error, general and slowquery exports.
        rds.CfnDBCluster(
            self, "ServerlessMysql", engine="aurora-mysql", engine_mode="serverless", storage_encrypted=True,
            enable_cloudwatch_logs_exports=["error"],
        )
        exports = ["audit", "error", "general", "slowquery"]
        rds.CfnDBCluster(
            self, "LoggedServerlessMysql", engine="aurora-mysql", engine_mode="serverless", storage_encrypted=True,
            enable_cloudwatch_logs_exports=exports,
        )

        # An RTMP distribution with an empty origin access identity: CFR6.
        cloudfront.CfnStreamingDistribution(
            self,
            "Rtmp",
            streaming_distribution_config=cloudfront.CfnStreamingDistribution.StreamingDistributionConfigProperty(
                comment="rtmp",
                enabled=True,
                s3_origin=cloudfront.CfnStreamingDistribution.S3OriginProperty(
                    domain_name="media.s3.amazonaws.com", origin_access_identity=""
                ),
                trusted_signers=cloudfront.CfnStreamingDistribution.TrustedSignersProperty(enabled=False),
            ),
        )

        # A bot alias whose audio logs go to S3 without a key: LEX4.
        lex.CfnBotAlias(
            self,
            "AudioAlias",
            bot_alias_name="live",
            bot_id="BOT1234567",
            conversation_log_settings=lex.CfnBotAlias.ConversationLogSettingsProperty(
                audio_log_settings=[
                    lex.CfnBotAlias.AudioLogSettingProperty(
                        enabled=True,
                        destination=lex.CfnBotAlias.AudioLogDestinationProperty(
                            s3_bucket=lex.CfnBotAlias.S3BucketLogDestinationProperty(
                                s3_bucket_arn="arn:aws:s3:::audio-logs", log_prefix="audio/"
                            )
                        ),
                    )
                ]
            ),
        )


app = cdk.App()
LegacyStack(app, "LegacyStack")
app.synth()
