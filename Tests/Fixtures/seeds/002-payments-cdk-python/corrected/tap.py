#!/usr/bin/env python3
import os
import aws_cdk as cdk
from lib.tap_stack import TapStack

app = cdk.App()
environment_suffix = app.node.try_get_context("environmentSuffix") or os.environ.get(
    "ENVIRONMENT_SUFFIX", "dev"
)

region = "us-east-1"
try:
    with open("lib/AWS_REGION", "r", encoding="utf-8") as f:
        region = f.read().strip()
except FileNotFoundError:
    pass

account = os.environ.get("CDK_DEFAULT_ACCOUNT")

TapStack(
    app,
    f"TapStack{environment_suffix}",
    environment_suffix=environment_suffix,
    env=cdk.Environment(account=account, region=region),
    description=f"Payment Processing Infrastructure Stack ({environment_suffix})",
)

app.synth()
