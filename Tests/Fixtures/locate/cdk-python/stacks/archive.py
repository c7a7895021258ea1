from aws_cdk import aws_s3 as s3, aws_sqs as sqs
from constructs import Construct


class Archive(Construct):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        self.bucket = s3.Bucket(self, "Objects", versioned=True)
        s3.CfnBucket(self, "RawLogs")
        for name in ["alpha", "beta"]:
            sqs.Queue(self, f"Queue-{name}")
