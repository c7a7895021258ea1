import pulumi_aws as aws

logs = aws.s3.BucketV2("logs")
orders = aws.sqs.Queue("orders", visibility_timeout_seconds=60)
