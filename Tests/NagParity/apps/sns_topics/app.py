import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sns as sns
from constructs import Construct


class AlertTopics(Construct):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        sns.Topic(self, "Critical", enforce_ssl=True)
        sns.Topic(self, "Info")


class TopicsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        sns.Topic(self, "PlainTopic")
        sns.Topic(self, "SslTopic", enforce_ssl=True)

        enforce = True
        sns.Topic(self, "VariableSslTopic", display_name="alerts", enforce_ssl=enforce)

        key = kms.Key(self, "TopicKey", enable_key_rotation=True)
        sns.Topic(self, "EncryptedTopic", master_key=key)

        manual = sns.Topic(self, "ManualPolicyTopic")
        manual.add_to_resource_policy(
            iam.PolicyStatement(
                effect=iam.Effect.DENY,
                principals=[iam.AnyPrincipal()],
                actions=["sns:Publish"],
                resources=[manual.topic_arn],
                conditions={"Bool": {"aws:SecureTransport": "false"}},
            )
        )

        AlertTopics(self, "Alerts")


app = cdk.App()
TopicsStack(app, "TopicsStack")
app.synth()
