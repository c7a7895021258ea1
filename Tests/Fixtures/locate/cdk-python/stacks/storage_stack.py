from aws_cdk import Stack, aws_sns as sns
from constructs import Construct

from stacks.archive import Archive

TOPIC_ID = "Alerts"


class StorageStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        Archive(self, "Archive")
        sns.Topic(self, TOPIC_ID)
