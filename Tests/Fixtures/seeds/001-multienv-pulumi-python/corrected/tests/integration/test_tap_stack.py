"""Integration tests against the deployed stack, using cfn-outputs/flat-outputs.json."""
import json
import os
import unittest

import boto3


class TestTapStackIntegration(unittest.TestCase):
    """Integration tests for the deployed TapStack."""

    @classmethod
    def setUpClass(cls):
        outputs_path = os.path.join("cfn-outputs", "flat-outputs.json")
        with open(outputs_path, encoding="utf-8") as f:
            cls.outputs = json.load(f)

    def test_api_url_is_https(self):
        self.assertTrue(self.outputs["api_url"].startswith("https://"))

    def test_logs_bucket_exists(self):
        s3 = boto3.client("s3")
        response = s3.head_bucket(Bucket=self.outputs["logs_bucket"])
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 200)

    def test_transactions_table_is_active(self):
        dynamodb = boto3.client("dynamodb")
        table = dynamodb.describe_table(TableName=f"transactions-{os.environ.get('ENVIRONMENT_SUFFIX', 'dev')}")
        self.assertEqual(table["Table"]["TableStatus"], "ACTIVE")
