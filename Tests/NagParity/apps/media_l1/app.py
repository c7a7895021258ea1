import json

import aws_cdk as cdk
from aws_cdk import aws_cloud9 as cloud9
from aws_cdk import aws_dax as dax
from aws_cdk import aws_elasticbeanstalk as beanstalk
from aws_cdk import aws_lex as lex
from aws_cdk import aws_logs as logs
from aws_cdk import aws_mediastore as mediastore
from aws_cdk import aws_sagemaker as sagemaker
from aws_cdk import aws_timestream as timestream
from constructs import Construct

SSL_ONLY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Deny",
                "Principal": "*",
                "Action": "mediastore:*",
                "Resource": "*",
                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
            }
        ],
    }
)


class MediaStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        mediastore.CfnContainer(self, "PlainContainer", container_name="plain")
        mediastore.CfnContainer(
            self,
            "HardenedContainer",
            container_name="hardened",
            access_logging_enabled=True,
            policy=SSL_ONLY,
            metric_policy=mediastore.CfnContainer.MetricPolicyProperty(container_level_metrics="ENABLED"),
            cors_policy=[mediastore.CfnContainer.CorsRuleProperty(allowed_origins=["https://example.org"])],
            lifecycle_policy=json.dumps({"rules": []}),
        )

        read_only = (
            '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", '
            + '"Action": "mediastore:GetObject", "Resource": "*"}]}'
        )
        mediastore.CfnContainer(
            self, "ReadOnlyContainer", container_name="read-only", access_logging_enabled=True, policy=read_only
        )

        audio_destination = lex.CfnBotAlias.AudioLogDestinationProperty(
            s3_bucket=lex.CfnBotAlias.S3BucketLogDestinationProperty(
                s3_bucket_arn="arn:aws:s3:::lex-audio", log_prefix="audio/"
            )
        )
        lex.CfnBotAlias(
            self,
            "AudioAlias",
            bot_id="BOTID12345",
            bot_alias_name="audio",
            conversation_log_settings=lex.CfnBotAlias.ConversationLogSettingsProperty(
                audio_log_settings=[lex.CfnBotAlias.AudioLogSettingProperty(enabled=True, destination=audio_destination)]
            ),
        )
        lex.CfnBotAlias(
            self,
            "EncryptedAudioAlias",
            bot_id="BOTID12345",
            bot_alias_name="encrypted-audio",
            conversation_log_settings=lex.CfnBotAlias.ConversationLogSettingsProperty(
                audio_log_settings=[
                    lex.CfnBotAlias.AudioLogSettingProperty(
                        enabled=True,
                        destination=lex.CfnBotAlias.AudioLogDestinationProperty(
                            s3_bucket=lex.CfnBotAlias.S3BucketLogDestinationProperty(
                                s3_bucket_arn="arn:aws:s3:::lex-audio",
                                log_prefix="audio/",
                                kms_key_arn="arn:aws:kms:us-east-1:123456789012:key/abc",
                            )
                        ),
                    )
                ]
            ),
        )
        transcripts = logs.LogGroup(self, "Transcripts")
        lex.CfnBotAlias(
            self,
            "TextAlias",
            bot_id="BOTID12345",
            bot_alias_name="text",
            conversation_log_settings=lex.CfnBotAlias.ConversationLogSettingsProperty(
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

        timestream.CfnDatabase(self, "PlainTimestream")
        timestream.CfnDatabase(self, "KeyedTimestream", kms_key_id="arn:aws:kms:us-east-1:123456789012:key/abc")

        cloud9.CfnEnvironmentEC2(self, "SshIde", instance_type="t3.small", image_id="amazonlinux-2023-x86_64")
        cloud9.CfnEnvironmentEC2(
            self, "SsmIde", instance_type="t3.small", image_id="amazonlinux-2023-x86_64", connection_type="CONNECT_SSM"
        )

        sagemaker.CfnNotebookInstance(
            self, "PlainNotebook", instance_type="ml.t3.medium", role_arn="arn:aws:iam::123456789012:role/sm"
        )
        sagemaker.CfnNotebookInstance(
            self,
            "PrivateNotebook",
            instance_type="ml.t3.medium",
            role_arn="arn:aws:iam::123456789012:role/sm",
            subnet_id="subnet-1",
            security_group_ids=["sg-1"],
            kms_key_id="arn:aws:kms:us-east-1:123456789012:key/abc",
            direct_internet_access="Disabled",
        )

        dax.CfnCluster(
            self, "PlainDax", iam_role_arn="arn:aws:iam::123456789012:role/dax", node_type="dax.t3.small",
            replication_factor=1,
        )
        dax.CfnCluster(
            self,
            "EncryptedDax",
            iam_role_arn="arn:aws:iam::123456789012:role/dax",
            node_type="dax.t3.small",
            replication_factor=1,
            sse_specification=dax.CfnCluster.SSESpecificationProperty(sse_enabled=True),
        )

        beanstalk.CfnEnvironment(self, "PlainBeanstalk", application_name="app")
        option = beanstalk.CfnEnvironment.OptionSettingProperty
        beanstalk.CfnEnvironment(
            self,
            "ManagedBeanstalk",
            application_name="app",
            option_settings=[
                option(namespace="aws:ec2:vpc", option_name="VPCId", value="vpc-1"),
                option(namespace="aws:elasticbeanstalk:managedactions", option_name="ManagedActionsEnabled", value="true"),
                option(
                    namespace="aws:elasticbeanstalk:managedactions:platformupdate", option_name="UpdateLevel", value="minor"
                ),
                option(namespace="aws:elasticbeanstalk:hostmanager", option_name="LogPublicationControl", value="true"),
            ],
        )

        # Only the VPC, as dictionaries bound first: EB1 passes, EB3 and EB4 fail.
        vpc_only = [{"namespace": "aws:ec2:vpc", "optionName": "VPCId", "value": "vpc-1"}]
        beanstalk.CfnEnvironment(self, "VpcOnlyBeanstalk", application_name="app", option_settings=vpc_only)
        # Managed actions without an update level: EB3 fails.
        beanstalk.CfnEnvironment(
            self,
            "NoLevelBeanstalk",
            application_name="app",
            option_settings=[
                beanstalk.CfnEnvironment.OptionSettingProperty(
                    namespace="aws:elasticbeanstalk:managedactions", option_name="ManagedActionsEnabled", value="true"
                ),
                beanstalk.CfnEnvironment.OptionSettingProperty(
                    namespace="aws:elasticbeanstalk:hostmanager", option_name="LogPublicationControl", value="false"
                ),
            ],
        )

        ssh = "CONNECT_SSH"
        cloud9.CfnEnvironmentEC2(
            self, "BoundSshIde", instance_type="t3.small", image_id="amazonlinux-2023-x86_64", connection_type=ssh
        )
        access = "Enabled"
        sagemaker.CfnNotebookInstance(
            self,
            "OpenNotebook",
            instance_type="ml.t3.medium",
            role_arn="arn:aws:iam::123456789012:role/sm",
            subnet_id="subnet-1",
            direct_internet_access=access,
        )


app = cdk.App()
MediaStack(app, "MediaStack")
app.synth()
