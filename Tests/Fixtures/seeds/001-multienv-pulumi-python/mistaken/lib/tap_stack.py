"""The top-level component: wires the environment's stacks together."""
from dataclasses import dataclass

import pulumi
from pulumi import Output, ResourceOptions

from lib.acm_stack import AcmStack
from lib.cloudfront_stack import CloudFrontStack
from lib.config import get_env_config
from lib.dynamodb_stack import DynamoDBStack
from lib.lambda_stack import LambdaStack
from lib.route53_stack import Route53Stack
from lib.s3_stack import S3Stack
from lib.vpc_stack import VpcStack


@dataclass
class TapStackArgs:
    environment_suffix: str = "dev"


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, args: TapStackArgs, opts: ResourceOptions = None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        environment_suffix = args.environment_suffix
        env_config = get_env_config(environment_suffix)
        tags = {"Environment": environment_suffix, "Project": "payments-api"}
        domain = f"{environment_suffix}.api.example.com"
        api_domain = f"api-{environment_suffix}.internal.payments.io"

        vpc_stack = VpcStack(f"vpc-stack-{environment_suffix}", environment_suffix=environment_suffix, tags=tags, opts=ResourceOptions(parent=self))
        s3_stack = S3Stack(f"s3-stack-{environment_suffix}", environment_suffix=environment_suffix, tags=tags, opts=ResourceOptions(parent=self))
        dynamodb_stack = DynamoDBStack(
            f"dynamodb-stack-{environment_suffix}",
            environment_suffix=environment_suffix,
            env_config=env_config,
            tags=tags,
            opts=ResourceOptions(parent=self),
        )
        lambda_stack = LambdaStack(
            f"lambda-stack-{environment_suffix}",
            environment_suffix=environment_suffix,
            table_name=dynamodb_stack.transactions_table.name,
            tags=tags,
            opts=ResourceOptions(parent=self),
        )

        route53_stack = Route53Stack(
            f"route53-stack-{environment_suffix}",
            environment_suffix=environment_suffix,
            domain=domain,
            cloudfront_domain=Output.concat("placeholder"),  # PLACEHOLDER!
            tags=tags,
            opts=ResourceOptions(parent=self),
        )

        acm_stack = AcmStack(
            f"acm-stack-{environment_suffix}",
            environment_suffix=environment_suffix,
            domain=domain,
            zone_id=route53_stack.hosted_zone.zone_id,
            tags=tags,
            opts=ResourceOptions(parent=self),
        )

        cloudfront_stack = CloudFrontStack(
            f"cloudfront-stack-{environment_suffix}",
            environment_suffix=environment_suffix,
            api_domain=api_domain,
            certificate_arn=acm_stack.certificate_validation.certificate_arn,
            domain=domain,
            tags=tags,
            opts=ResourceOptions(parent=self),
        )

        self.api_url = Output.concat("https://", domain)
        self.register_outputs({
            "api_url": self.api_url,
            "distribution_domain": cloudfront_stack.distribution.domain_name,
            "logs_bucket": s3_stack.api_logs_bucket.bucket,
            "vpc_id": vpc_stack.vpc.id,
            "function_name": lambda_stack.payment_processor.name,
        })
