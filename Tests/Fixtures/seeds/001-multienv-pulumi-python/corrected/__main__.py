"""Pulumi program entry point: one TapStack per environment."""
import pulumi

from lib.tap_stack import TapStack, TapStackArgs

config = pulumi.Config()
environment_suffix = config.get("env") or "dev"

stack = TapStack(
    name="pulumi-infra",
    args=TapStackArgs(environment_suffix=environment_suffix),
)

pulumi.export("api_url", stack.api_url)
