import unittest

from pytest import mark

from lib.tap_stack import TapStack


@mark.describe("TapStack")
class TestTapStack(unittest.TestCase):
    @mark.it("Write Unit Tests")
    def test_write_unit_tests(self):
        # ARRANGE
        self.fail(
            "Unit test for TapStack should be implemented here."
        )
