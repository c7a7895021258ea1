"""Unit tests for TapStack with Pulumi mocks."""
import unittest

import pulumi


class MyMocks(pulumi.runtime.Mocks):
    def new_resource(self, args: pulumi.runtime.MockResourceArgs):
        return [args.name + "_id", args.inputs]

    def call(self, args: pulumi.runtime.MockCallArgs):
        if args.token == "aws:index/getCallerIdentity:getCallerIdentity":
            return {"accountId": "111122223333"}
        if args.token == "aws:index/getRegion:getRegion":
            return {"name": "us-west-2"}
        return {}


pulumi.runtime.set_mocks(MyMocks())
pulumi.runtime.set_all_config({"project:domain": "dev.api.payments.test", "project:api_origin_domain": "origin.payments.test"})

from lib.tap_stack import TapStack, TapStackArgs  # noqa: E402


class TestTapStack(unittest.TestCase):
    @pulumi.runtime.test
    def test_stack_exports_api_url(self):
        stack = TapStack("test", TapStackArgs(environment_suffix="dev"))

        def check(url):
            self.assertTrue(url.startswith("https://"))

        return stack.api_url.apply(check)
