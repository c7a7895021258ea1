import IaCModel
extension MissingRemovalPolicyRule {
  static let documentation = """
    ## What it does
    Finds KMS keys, RDS databases and DynamoDB tables created without a removal policy in a stack that is
    meant to be torn down: one that sets `RemovalPolicy.DESTROY` or `auto_delete_objects` on other resources.

    ## Why is this bad?
    CloudFormation retains these resources when the stack is deleted (a KMS key enters a pending-deletion
    window instead). In a test or per-branch environment, every `cdk destroy` then leaves orphaned keys,
    databases and tables that cost money, block the next deployment with name conflicts, and need manual
    cleanup. When a stack already chooses `DESTROY` for its buckets, leaving these out is usually an oversight.

    ## Example
    ```python
    rds_kms_key = kms.Key(self, "RdsKey", enable_key_rotation=True)
    assets_bucket = s3.Bucket(self, "Assets", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
    ```

    Use instead:
    ```python
    rds_kms_key = kms.Key(self, "RdsKey", enable_key_rotation=True, removal_policy=RemovalPolicy.DESTROY)
    ```

    ## Fix safety
    The fix sets the removal policy to `DESTROY`, written the way the file already writes it. It is unsafe:
    it changes what happens to data when the stack is deleted; production stacks may want `RETAIN` or
    `SNAPSHOT` instead.

    ## References
    - [Removal policies (AWS CDK Developer Guide)](https://docs.aws.amazon.com/cdk/v2/guide/resources.html#resources-removal)
    - [DeletionPolicy attribute (CloudFormation User Guide)](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import RemovalPolicy, Stack, aws_kms as kms, aws_rds as rds, aws_s3 as s3

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              rds_kms_key = ↓kms.Key(self, "RdsKey", enable_key_rotation=True)
              db_cluster = ↓rds.DatabaseCluster(
                  self,
                  "Database",
                  engine=engine,
                  vpc=vpc,
                  storage_encryption_key=rds_kms_key,
              )
              assets = s3.Bucket(self, "Assets", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
      """),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';

      const table = new ↓dynamodb.Table(this, 'Orders', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
      const logs = new s3.Bucket(this, 'Logs', { removalPolicy: cdk.RemovalPolicy.DESTROY });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import RemovalPolicy, Stack, aws_kms as kms, aws_rds as rds, aws_s3 as s3

      class TapStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              rds_kms_key = kms.Key(
                  self,
                  "RdsKey",
                  enable_key_rotation=True,
                  removal_policy=RemovalPolicy.DESTROY  # ADDED
              )
              db_cluster = rds.DatabaseCluster(self, "Database", engine=engine, vpc=vpc, removal_policy=RemovalPolicy.DESTROY)
              assets = s3.Bucket(self, "Assets", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
      """),
    Example("""
      from aws_cdk import Stack, aws_kms as kms

      class ProdStack(Stack):
          def __init__(self, scope, construct_id, **kwargs):
              super().__init__(scope, construct_id, **kwargs)
              # Production keeps its keys: RemovalPolicy.DESTROY is deliberately not used here.
              key = kms.Key(self, "Key")
      """),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';

      const table = new dynamodb.Table(this, 'Orders', { partitionKey });
      table.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
      """),
  ]

  static let corrections: [Correction] = [
    // A multi-line object literal with a trailing comma gets the prop on a line of its own.
    Correction(
      Example("""
        import * as cdk from 'aws-cdk-lib';
        import * as kms from 'aws-cdk-lib/aws-kms';
        const key = new kms.Key(this, 'Key', {
          enableKeyRotation: true,
          alias: 'alias/data',
        });
        const bucket = new s3.Bucket(this, 'B', { removalPolicy: cdk.RemovalPolicy.DESTROY });
        """),
      """
      import * as cdk from 'aws-cdk-lib';
      import * as kms from 'aws-cdk-lib/aws-kms';
      const key = new kms.Key(this, 'Key', {
        enableKeyRotation: true,
        alias: 'alias/data',
        removalPolicy: cdk.RemovalPolicy.DESTROY,
      });
      const bucket = new s3.Bucket(this, 'B', { removalPolicy: cdk.RemovalPolicy.DESTROY });
      """),
    Correction(
      Example("""
        from aws_cdk import RemovalPolicy, aws_kms as kms, aws_s3 as s3
        rds_kms_key = kms.Key(
            self,
            "RdsKey",
            enable_key_rotation=True,
        )
        bucket = s3.Bucket(self, "B", removal_policy=RemovalPolicy.DESTROY)
        """),
      """
      from aws_cdk import RemovalPolicy, aws_kms as kms, aws_s3 as s3
      rds_kms_key = kms.Key(
          self,
          "RdsKey",
          enable_key_rotation=True,
          removal_policy=RemovalPolicy.DESTROY,
      )
      bucket = s3.Bucket(self, "B", removal_policy=RemovalPolicy.DESTROY)
      """),
    Correction(
      Example("""
        import * as cdk from 'aws-cdk-lib';
        import * as kms from 'aws-cdk-lib/aws-kms';
        const key = new kms.Key(this, 'Key', { enableKeyRotation: true });
        const other = new kms.Key(this, 'Other');
        const bucket = new s3.Bucket(this, 'B', { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
        """),
      """
      import * as cdk from 'aws-cdk-lib';
      import * as kms from 'aws-cdk-lib/aws-kms';
      const key = new kms.Key(this, 'Key', { enableKeyRotation: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
      const other = new kms.Key(this, 'Other', { removalPolicy: cdk.RemovalPolicy.DESTROY });
      const bucket = new s3.Bucket(this, 'B', { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
      """),
  ]
}
