import IaCModel
extension KmsLogsPolicyRule {
  static let documentation = """
    ## What it does
    Reads the policies of KMS keys created in the file (`kms.Key(policy=iam.PolicyDocument(...))` and
    `add_to_resource_policy` in the AWS CDK, `policy: JSON.stringify({...})` on a CDK for Terraform `KmsKey`,
    `policy=json.dumps({...})` on a Pulumi `aws.kms.Key`, following policies bound to a name first) and finds:

    - statements that let the CloudWatch Logs service (`logs.amazonaws.com` or `logs.<region>.amazonaws.com`)
      use the key without a `kms:EncryptionContext:aws:logs:arn` condition (a warning);
    - keys that encrypt a log group in the same file (`kmsKeyId`, `encryption_key`, `kms_key_id`) whose policy
      does not grant CloudWatch Logs `kms:Encrypt`, `kms:Decrypt` and `kms:GenerateDataKey` (an error).

    Keys whose policy is set elsewhere (a separate `KeyPolicy` resource, `grant_*` calls, statements built in
    ways the checker cannot read) are left alone.

    ## Why is this bad?
    CloudWatch Logs encrypts and decrypts log events with the key on your behalf, so the key policy must allow
    the Logs service principal to do so. Without those permissions, creating or associating the log group fails
    (`The specified KMS key does not exist or is not allowed to be used`) and the deployment stops.

    A statement for the Logs service without a condition on the `kms:EncryptionContext:aws:logs:arn` context
    lets CloudWatch Logs use the key for any log group, in any account, whose owner knows the key's ARN: the
    condition scopes the grant to your own log groups, as the CloudWatch Logs documentation recommends.

    ## Example
    ```typescript
    new KmsKey(this, 'cloudwatch-key', {
      policy: JSON.stringify({
        Statement: [{
          Effect: 'Allow',
          Principal: { Service: 'logs.amazonaws.com' },
          Action: ['kms:CreateGrant'],
          Resource: '*',
        }],
      }),
    });
    ```

    Use instead:
    ```typescript
    new KmsKey(this, 'cloudwatch-key', {
      policy: JSON.stringify({
        Statement: [{
          Effect: 'Allow',
          Principal: { Service: 'logs.amazonaws.com' },
          Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:CreateGrant', 'kms:DescribeKey'],
          Resource: '*',
          Condition: {
            ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${region}:${accountId}:log-group:*` },
          },
        }],
      }),
    });
    ```

    ## References
    - [Encrypt log data in CloudWatch Logs using AWS KMS (Amazon CloudWatch Logs User Guide)](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html)
    - [Key policies in AWS KMS (AWS Key Management Service Developer Guide)](https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html)
    - [`aws_kms_key` (Terraform AWS provider)](https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key)
    """

  static let triggering: [Example] = [
    Example("""
      import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
      import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';

      const cloudwatchKey = new KmsKey(this, 'cloudwatch-key', {
        description: `CloudWatch Logs key ${environmentSuffix}`,
        enableKeyRotation: true,
        policy: ↓JSON.stringify({
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: ↓'logs.amazonaws.com' },
              Action: ['kms:CreateGrant'], // Only CreateGrant, missing other permissions
              Resource: '*',
            },
          ],
        }),
      });

      new CloudwatchLogGroup(this, 'api-log-group', {
        name: `/aws/apigateway/trading-api-${environmentSuffix}`,
        kmsKeyId: cloudwatchKey.arn,
      });
      """),
    Example("""
      import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
      const policy = {
        Version: '2012-10-17',
        Statement: [{
          Effect: 'Allow',
          Principal: { Service: ↓`logs.${awsRegion}.amazonaws.com` },
          Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*'],
          Resource: '*',
        }],
      };
      const key = new KmsKey(this, 'logs-key', { policy: JSON.stringify(policy) });
      """),
    Example("""
      import json
      import pulumi_aws as aws

      key = aws.kms.Key(
          "logs-key",
          policy=json.dumps({
              "Version": "2012-10-17",
              "Statement": [{
                  "Effect": "Allow",
                  "Principal": {"Service": ↓f"logs.{region}.amazonaws.com"},
                  "Action": ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"],
                  "Resource": "*",
              }],
          }),
      )
      """),
    Example("""
      import pulumi_aws as aws

      key = ↓aws.kms.Key("logs-key", description="log encryption")
      group = aws.cloudwatch.LogGroup("app", kms_key_id=key.arn, retention_in_days=30)
      """),
    Example("""
      from aws_cdk import aws_iam as iam, aws_kms as kms, aws_logs as logs

      key = kms.Key(self, "LogsKey", enable_key_rotation=True)
      key.add_to_resource_policy(iam.PolicyStatement(
          principals=[iam.ServicePrincipal(↓"logs.amazonaws.com")],
          actions=["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
          resources=["*"],
      ))
      logs.LogGroup(self, "AppLogs", encryption_key=key)
      """),
    Example("""
      from aws_cdk import aws_iam as iam, aws_kms as kms, aws_logs as logs

      self.key = kms.Key(self, "LogsKey", policy=↓iam.PolicyDocument(statements=[
          iam.PolicyStatement(
              principals=[iam.AccountRootPrincipal()],
              actions=["kms:*"],
              resources=["*"],
          ),
      ]))
      logs.LogGroup(self, "AppLogs", encryption_key=self.key)
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
      import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';

      const cloudwatchKey = new KmsKey(this, 'cloudwatch-key', {
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
      });
      """),
    Example("""
      from aws_cdk import aws_iam as iam, aws_kms as kms, aws_logs as logs

      key = kms.Key(self, "LogsKey")
      key.add_to_resource_policy(iam.PolicyStatement(
          principals=[iam.ServicePrincipal(f"logs.{self.region}.amazonaws.com")],
          actions=["kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*"],
          resources=["*"],
          conditions={"ArnLike": {"kms:EncryptionContext:aws:logs:arn": f"arn:aws:logs:{self.region}:{self.account}:*"}},
      ))
      logs.LogGroup(self, "AppLogs", encryption_key=key)
      """),
    Example("""
      from aws_cdk import aws_iam as iam, aws_kms as kms, aws_logs as logs

      # A key used for S3 only, and a key granted through a helper the checker does not read.
      data_key = kms.Key(self, "DataKey")
      logs_key = kms.Key(self, "LogsKey")
      logs_key.grant_encrypt_decrypt(iam.ServicePrincipal("logs.amazonaws.com"))
      logs.LogGroup(self, "AppLogs", encryption_key=logs_key)
      """),
    Example("""
      import json
      import pulumi_aws as aws

      key = aws.kms.Key("logs-key", policy=json.dumps({
          "Statement": [
              {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Action": "kms:*", "Resource": "*"},
              {"Effect": "Allow", "Principal": {"Service": "delivery.logs.amazonaws.com"}, "Action": "kms:Decrypt", "Resource": "*"},
              {"Effect": "Deny", "Principal": {"Service": "logs.amazonaws.com"}, "Action": "kms:*", "Resource": "*"},
          ],
      }))
      separate = aws.kms.Key("separate")
      aws.kms.KeyPolicy("separate-policy", key_id=separate.id, policy=policy_json)
      aws.cloudwatch.LogGroup("app", kms_key_id=separate.arn)
      """),
    Example("""
      import pulumi_aws as aws
      # "Principal": {"Service": "logs.amazonaws.com"} without a condition would be reported
      key = aws.kms.Key("logs-key", policy=policy_document.json)
      aws.cloudwatch.LogGroup("app", kms_key_id=key.arn)
      """),
    Example("""
      class KmsKey:
          def __init__(self, policy):
              self.policy = policy

      key = KmsKey(policy={"Statement": [{"Principal": {"Service": "logs.amazonaws.com"}, "Action": "kms:*"}]})
      """),
  ]
}
