import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from constructs import Construct


class LoggedBucket(Construct):
    """A bucket that logs to a shared log bucket and refuses plain HTTP."""

    def __init__(self, scope: Construct, construct_id: str, *, log_bucket: s3.IBucket) -> None:
        super().__init__(scope, construct_id)
        self.bucket = s3.Bucket(
            self,
            "Data",
            server_access_logs_bucket=log_bucket,
            server_access_logs_prefix="data/",
            enforce_ssl=True,
        )


class Uploads(Construct):
    """A bucket without access logs inside a custom construct (S1)."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        s3.Bucket(self, "UploadBucket", enforce_ssl=True)


class BucketsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        # The log target: S1 passes because another bucket logs to it; no SSL policy (S10).
        logs = s3.Bucket(self, "AccessLogs", object_ownership=s3.ObjectOwnership.OBJECT_WRITER)

        # Every default: no logging (S1), no SSL-only policy (S10).
        s3.Bucket(self, "PlainBucket")

        # Keyword arguments that satisfy S1 and S10.
        s3.Bucket(self, "GoodBucket", server_access_logs_bucket=logs, enforce_ssl=True)

        # Values bound to variables first: a weakened public access block (S2).
        weak_block = s3.BlockPublicAccess(
            block_public_acls=True,
            block_public_policy=False,
            ignore_public_acls=True,
            restrict_public_buckets=False,
        )
        ssl = True
        s3.Bucket(self, "HalfBlockedBucket", block_public_access=weak_block, enforce_ssl=ssl)

        # Block everything explicitly: S2 passes.
        s3.Bucket(self, "BlockedBucket", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)

        # A website bucket with no OAI policy (S5), public read (S2).
        s3.Bucket(
            self,
            "SiteBucket",
            website_index_document="index.html",
            public_read_access=True,
            block_public_access=s3.BlockPublicAccess.BLOCK_ACLS,
        )

        # SSL enforced by hand through a method call: S10 passes.
        manual = s3.Bucket(self, "ManualPolicyBucket", server_access_logs_bucket=logs)
        manual.add_to_resource_policy(
            iam.PolicyStatement(
                effect=iam.Effect.DENY,
                principals=[iam.AnyPrincipal()],
                actions=["s3:*"],
                resources=[manual.bucket_arn, manual.arn_for_objects("*")],
                conditions={"Bool": {"aws:SecureTransport": "false"}},
            )
        )

        # A grant through a method that does not deny plain HTTP: S10 fails.
        granted = s3.Bucket(self, "GrantedBucket", server_access_logs_bucket=logs)
        granted.add_to_resource_policy(
            iam.PolicyStatement(
                principals=[iam.AccountRootPrincipal()],
                actions=["s3:GetObject"],
                resources=[granted.arn_for_objects("*")],
            )
        )

        # Inside a custom construct: both satisfied.
        LoggedBucket(self, "Shared", log_bucket=logs)
        Uploads(self, "Uploads")

        # L1 buckets: a log target named through its ref, a bucket logging to it, and one that logs nowhere.
        raw_logs = s3.CfnBucket(self, "RawLogBucket")
        s3.CfnBucket(
            self, "RawLoggedBucket",
            logging_configuration=s3.CfnBucket.LoggingConfigurationProperty(destination_bucket_name=raw_logs.ref),
        )
        s3.CfnBucket(self, "RawUnloggedBucket")


app = cdk.App()
BucketsStack(app, "BucketsStack")
app.synth()
