"""Unit tests for TapStack with Pulumi mocks."""
import unittest

import pulumi


class MyMocks(pulumi.runtime.Mocks):
    def new_resource(self, args: pulumi.runtime.MockResourceArgs):
        return [args.name + "_id", args.inputs]

    def call(self, args: pulumi.runtime.MockCallArgs):
        return {}


pulumi.runtime.set_mocks(MyMocks())

from lib.tap_stack import TapStack, TapStackArgs  # noqa: E402


class TestTapStack(unittest.TestCase):
    @pulumi.runtime.test
    def test_stack_exports_api_url(self):
        stack = TapStack("test", TapStackArgs(environment_suffix="dev"))

        def check(url):
            self.assertEqual(url, "https://dev.api.example.com")

        return stack.api_url.apply(check)
