import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

class Handlers extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const handlerId = 'Handler';
    new lambda.Function(this, handlerId, {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => {}'),
    });
  }
}

export class ApiStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    new Handlers(this, 'Handlers');
    for (const name of ['orders', 'refunds']) {
      new sqs.Queue(this, `Queue-${name}`);
    }
    /* Zürich → ✓ */ new sqs.Queue(this, 'Dlq');
  }
}
