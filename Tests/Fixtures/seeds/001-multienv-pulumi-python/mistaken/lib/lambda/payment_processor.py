import json
import os

import boto3  # Uses boto3 default (SDK v2 for Python 3.11)

dynamodb = boto3.resource('dynamodb')
table = dynamodb.Table(os.environ["TABLE_NAME"])


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    table.put_item(Item={"transactionId": body["id"], "timestamp": body["timestamp"], "amount": body["amount"]})
    return {"statusCode": 200, "body": json.dumps({"ok": True})}
