import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
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
  }
}
