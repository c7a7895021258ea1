import unittest

import aws_cdk as cdk
from aws_cdk.assertions import Template
from pytest import mark

from lib.tap_stack import TapStack


@mark.describe("TapStack")
class TestTapStack(unittest.TestCase):
    def setUp(self):
        self.app = cdk.App()

    @mark.it("creates a nested portfolio stack")
    def test_creates_nested_stack(self):
        stack = TapStack(self.app, "TapStackTest", environment_suffix="test")
        template = Template.from_stack(stack)
        template.resource_count_is("AWS::CloudFormation::Stack", 1)
