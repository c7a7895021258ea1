"""Buckets for API access logs."""
import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions

# Get AWS account ID and region for unique naming
caller_identity = aws.get_caller_identity()
region = aws.get_region()


class S3Stack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, tags: dict, opts: ResourceOptions = None):
        super().__init__("tap:s3:S3Stack", name, None, opts)

        self.api_logs_bucket = aws.s3.BucketV2(
            f"api-logs-{environment_suffix}",
            bucket=f"api-logs-{environment_suffix}-{caller_identity.account_id}-{region.name}",
            tags={**tags, "Name": f"api-logs-{environment_suffix}"},
            opts=ResourceOptions(parent=self)
        )

        self.register_outputs({"api_logs_bucket": self.api_logs_bucket.bucket})
