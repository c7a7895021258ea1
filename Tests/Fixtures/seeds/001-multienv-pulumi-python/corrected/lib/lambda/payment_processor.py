import json
import os

import boto3
from botocore.config import Config

# Use client instead of resource for SDK v3 compatibility
dynamodb_client = boto3.client('dynamodb',
    config=Config(
        retries={'max_attempts': 3, 'mode': 'adaptive'}
    )
)


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    dynamodb_client.put_item(
        TableName=os.environ["TABLE_NAME"],
        Item={
            "transactionId": {"S": body["id"]},
            "timestamp": {"N": str(body["timestamp"])},
            "amount": {"N": str(body["amount"])},
        },
    )
    return {"statusCode": 200, "body": json.dumps({"ok": True})}
