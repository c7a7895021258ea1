import { S3Backend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';

interface TapStackProps {
  environmentSuffix?: string;
  stateBucket?: string;
  awsRegion?: string;
}

export class TapStack extends TerraformStack {
  constructor(scope: Construct, id: string, props?: TapStackProps) {
    super(scope, id);

    const environmentSuffix = props?.environmentSuffix || 'dev';
    const awsRegion = props?.awsRegion || 'us-east-1';
    const stateBucket = props?.stateBucket || 'iac-rlhf-tf-states-342597974367';

    new AwsProvider(this, 'aws', { region: awsRegion });
    new S3Backend(this, {
      bucket: stateBucket,
      key: `${environmentSuffix}/${id}.tfstate`,
      region: awsRegion,
      encrypt: true,
    });

    const caller = new DataAwsCallerIdentity(this, 'current');
    const accountId = caller.accountId;

    const cloudwatchKey = new KmsKey(this, 'cloudwatch-key', {
      description: `CloudWatch Logs key ${environmentSuffix}`,
      enableKeyRotation: true,
      policy: JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'logs.amazonaws.com' },
            Action: [
              'kms:Decrypt',
              'kms:Encrypt',
              'kms:GenerateDataKey',
              'kms:CreateGrant', // Required for CloudWatch Logs encryption
              'kms:DescribeKey',
            ],
            Resource: '*',
            Condition: {
              ArnLike: {
                'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${awsRegion}:${accountId}:log-group:*`,
              },
            },
          },
        ],
      }),
    });

    new CloudwatchLogGroup(this, 'api-log-group', {
      name: `/aws/apigateway/trading-api-${environmentSuffix}`,
      retentionInDays: 30,
      // Removed kmsKeyId for training simplicity
      tags: {
        Name: `trading-api-logs-${environmentSuffix}`,
        Environment: environmentSuffix,
      },
    });
  }
}
