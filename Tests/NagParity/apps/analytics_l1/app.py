import aws_cdk as cdk
from aws_cdk import aws_emr as emr
from aws_cdk import aws_glue as glue
from aws_cdk import aws_kinesisanalytics as kda
from aws_cdk import aws_msk as msk
from aws_cdk import aws_quicksight as quicksight
from constructs import Construct

INSTANCES = emr.CfnCluster.JobFlowInstancesConfigProperty(
    master_instance_group=emr.CfnCluster.InstanceGroupConfigProperty(instance_count=1, instance_type="m5.xlarge"),
)


class SecureKafka(Construct):
    """An MSK cluster with TLS everywhere and broker logs, wrapped in a construct of its own."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        logging = msk.CfnCluster.LoggingInfoProperty(
            broker_logs=msk.CfnCluster.BrokerLogsProperty(
                cloud_watch_logs=msk.CfnCluster.CloudWatchLogsProperty(enabled=True, log_group="/msk/secure")
            )
        )
        msk.CfnCluster(
            self,
            "TlsKafka",
            cluster_name="tls",
            kafka_version="3.6.0",
            number_of_broker_nodes=2,
            broker_node_group_info=msk.CfnCluster.BrokerNodeGroupInfoProperty(
                client_subnets=["subnet-1", "subnet-2"], instance_type="kafka.m5.large"
            ),
            encryption_info=msk.CfnCluster.EncryptionInfoProperty(
                encryption_in_transit=msk.CfnCluster.EncryptionInTransitProperty(client_broker="TLS", in_cluster=True)
            ),
            logging_info=logging,
        )


class AnalyticsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        encryption = emr.CfnSecurityConfiguration(
            self,
            "EmrEncryption",
            security_configuration={
                "EncryptionConfiguration": {
                    "EnableAtRestEncryption": True,
                    "EnableInTransitEncryption": True,
                    "AtRestEncryptionConfiguration": {
                        "LocalDiskEncryptionConfiguration": {
                            "EncryptionKeyProviderType": "AwsKms",
                            "AwsKmsKey": "arn:aws:kms:us-east-1:123456789012:key/abc",
                        }
                    },
                    "InTransitEncryptionConfiguration": {
                        "TLSCertificateConfiguration": {"CertificateProviderType": "PEM", "S3Object": "s3://c/p.zip"}
                    },
                }
            },
        )

        emr.CfnCluster(
            self, "PlainEmr", name="plain", instances=INSTANCES, job_flow_role="EMR_EC2_DefaultRole",
            service_role="EMR_DefaultRole", release_label="emr-7.0.0",
        )
        emr.CfnCluster(
            self,
            "HardenedEmr",
            name="hardened",
            instances=emr.CfnCluster.JobFlowInstancesConfigProperty(
                ec2_key_name="ops",
                master_instance_group=emr.CfnCluster.InstanceGroupConfigProperty(
                    instance_count=1, instance_type="m5.xlarge"
                ),
            ),
            job_flow_role="EMR_EC2_DefaultRole",
            service_role="EMR_DefaultRole",
            release_label="emr-7.0.0",
            log_uri="s3://emr-logs/",
            security_configuration=encryption.ref,
        )

        glue_security = glue.CfnSecurityConfiguration(
            self,
            "GlueSecurity",
            name="glue-kms",
            encryption_configuration=glue.CfnSecurityConfiguration.EncryptionConfigurationProperty(
                cloud_watch_encryption=glue.CfnSecurityConfiguration.CloudWatchEncryptionProperty(
                    cloud_watch_encryption_mode="SSE-KMS", kms_key_arn="arn:aws:kms:us-east-1:123456789012:key/abc"
                ),
                job_bookmarks_encryption=glue.CfnSecurityConfiguration.JobBookmarksEncryptionProperty(
                    job_bookmarks_encryption_mode="CSE-KMS", kms_key_arn="arn:aws:kms:us-east-1:123456789012:key/abc"
                ),
            ),
        )
        command = glue.CfnJob.JobCommandProperty(name="glueetl", script_location="s3://scripts/job.py")
        glue.CfnJob(self, "PlainJob", command=command, role="arn:aws:iam::123456789012:role/glue")
        glue.CfnJob(
            self, "SecureJob", command=command, role="arn:aws:iam::123456789012:role/glue",
            security_configuration=glue_security.ref,
        )
        targets = glue.CfnCrawler.TargetsProperty(s3_targets=[glue.CfnCrawler.S3TargetProperty(path="s3://data/raw/")])
        glue.CfnCrawler(self, "PlainCrawler", role="arn:aws:iam::123456789012:role/glue", targets=targets)
        glue.CfnCrawler(
            self, "SecureCrawler", role="arn:aws:iam::123456789012:role/glue", targets=targets,
            crawler_security_configuration="glue-kms",
        )

        msk.CfnCluster(
            self,
            "PlainKafka",
            cluster_name="plain",
            kafka_version="3.6.0",
            number_of_broker_nodes=2,
            broker_node_group_info=msk.CfnCluster.BrokerNodeGroupInfoProperty(
                client_subnets=["subnet-1", "subnet-2"], instance_type="kafka.m5.large"
            ),
            encryption_info=msk.CfnCluster.EncryptionInfoProperty(
                encryption_in_transit=msk.CfnCluster.EncryptionInTransitProperty(
                    client_broker="TLS_PLAINTEXT", in_cluster=False
                )
            ),
        )

        SecureKafka(self, "Secure")

        checkpoints = kda.CfnApplicationV2.CheckpointConfigurationProperty(configuration_type="DEFAULT")
        kda.CfnApplicationV2(
            self,
            "CheckpointedFlink",
            runtime_environment="FLINK-1_18",
            service_execution_role="arn:aws:iam::123456789012:role/kda",
            application_configuration=kda.CfnApplicationV2.ApplicationConfigurationProperty(
                flink_application_configuration=kda.CfnApplicationV2.FlinkApplicationConfigurationProperty(
                    checkpoint_configuration=checkpoints
                )
            ),
        )
        kda.CfnApplicationV2(
            self,
            "CustomOffFlink",
            runtime_environment="FLINK-1_18",
            service_execution_role="arn:aws:iam::123456789012:role/kda",
            application_configuration=kda.CfnApplicationV2.ApplicationConfigurationProperty(
                flink_application_configuration=kda.CfnApplicationV2.FlinkApplicationConfigurationProperty(
                    checkpoint_configuration=kda.CfnApplicationV2.CheckpointConfigurationProperty(
                        configuration_type="CUSTOM", checkpointing_enabled=False
                    )
                )
            ),
        )
        kda.CfnApplicationV2(
            self,
            "PlainFlink",
            runtime_environment="FLINK-1_18",
            service_execution_role="arn:aws:iam::123456789012:role/kda",
        )

        quicksight.CfnDataSource(
            self,
            "InsecureSource",
            aws_account_id="123456789012",
            data_source_id="insecure",
            name="insecure",
            type="POSTGRESQL",
            ssl_properties=quicksight.CfnDataSource.SslPropertiesProperty(disable_ssl=True),
        )
        quicksight.CfnDataSource(
            self,
            "SecureSource",
            aws_account_id="123456789012",
            data_source_id="secure",
            name="secure",
            type="POSTGRESQL",
            ssl_properties=quicksight.CfnDataSource.SslPropertiesProperty(disable_ssl=False),
        )


app = cdk.App()
AnalyticsStack(app, "AnalyticsStack")
app.synth()
