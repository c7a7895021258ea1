#!/usr/bin/env python3
import os

import aws_cdk as cdk

from lib.tap_stack import TapStack

app = cdk.App()
environment_suffix = app.node.try_get_context("environmentSuffix") or "dev"

TapStack(
    app,
    f"TapStack{environment_suffix}",
    environment_suffix=environment_suffix,
    env=cdk.Environment(account=os.environ.get("CDK_DEFAULT_ACCOUNT"), region="us-east-2"),
)

app.synth()
