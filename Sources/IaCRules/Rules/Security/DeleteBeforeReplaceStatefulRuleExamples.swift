import IaCModel
extension DeleteBeforeReplaceStatefulRule {
  static let documentation = """
    ## What it does
    Finds Pulumi resources that hold data — DynamoDB tables, RDS instances and clusters, S3 buckets, EFS file
    systems, queues, streams, KMS keys and the like — created with `delete_before_replace=True` in their
    `ResourceOptions` (`deleteBeforeReplace: true` in the options argument in TypeScript), whether the options
    are written in the call or bound to a variable first.

    ## Why is this bad?
    When a change forces a replacement, Pulumi normally creates the new resource first and deletes the old one
    last. `delete_before_replace` reverses that: the table, database or bucket is deleted, with everything in
    it, before its replacement exists. A property change as small as a renamed key then silently wipes
    production data and leaves an outage while the new resource is created. Stateful resources should be
    protected instead (`protect=True`, `retain_on_delete=True`), and renamed rather than replaced in place.

    ## Example
    ```python
    self.transactions_table = aws.dynamodb.Table(
        f"transactions-{environment_suffix}",
        hash_key="transactionId",
        opts=ResourceOptions(parent=self, delete_before_replace=True),
    )
    ```

    Use instead:
    ```python
    self.transactions_table = aws.dynamodb.Table(
        f"transactions-{environment_suffix}",
        hash_key="transactionId",
        opts=ResourceOptions(parent=self, protect=environment_suffix == "prod"),
    )
    ```

    ## Fix safety
    The fix removes the option and is unsafe. Without it, Pulumi creates the replacement before deleting the
    old resource, and that fails when the resource has a fixed physical name (`name=`, `bucket=`) that the old
    one still holds: rename it, or let Pulumi generate the name, when you apply the fix. The fix is offered only
    when the option is written in the resource call itself, not in options shared through a variable.

    ## References
    - [`deleteBeforeReplace` resource option (Pulumi documentation)](https://www.pulumi.com/docs/iac/concepts/options/deletebeforereplace/)
    - [`protect` resource option (Pulumi documentation)](https://www.pulumi.com/docs/iac/concepts/options/protect/)
    - [Point-in-time recovery for DynamoDB (Amazon DynamoDB Developer Guide)](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html)
    """

  static let triggering: [Example] = [
    Example("""
      import pulumi_aws as aws
      from pulumi import ResourceOptions

      self.transactions_table = aws.dynamodb.Table(
          f="transactions-{environment_suffix}",
          hash_key="transactionId",
          opts=ResourceOptions(parent=self, ↓delete_before_replace=True)
      )
      """),
    Example("""
      import pulumi
      import pulumi_aws as aws

      table_opts = pulumi.ResourceOptions(↓delete_before_replace=True, parent=self)
      sessions = aws.dynamodb.Table("sessions", hash_key="id", opts=table_opts)
      """),
    Example("""
      import pulumi
      from pulumi_aws import rds, s3

      db = rds.Instance(
          "orders",
          engine="postgres",
          opts=pulumi.ResourceOptions(
              ↓delete_before_replace=True,
          ),
      )
      bucket = s3.BucketV2("assets", opts=pulumi.ResourceOptions(parent=self, ↓delete_before_replace=True))
      """),
    Example("""
      import * as aws from "@pulumi/aws";

      const table = new aws.dynamodb.Table("transactions", { hashKey: "id" }, { parent: this, ↓deleteBeforeReplace: true });
      const fs = new aws.efs.FileSystem("shared", {}, { ↓deleteBeforeReplace: true });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      import pulumi_aws as aws
      from pulumi import ResourceOptions

      self.transactions_table = aws.dynamodb.Table(
          f"transactions-{environment_suffix}",
          name=f"transactions-{environment_suffix}",
          hash_key="transactionId",
          opts=ResourceOptions(
              parent=self,
              protect=True if environment_suffix == "prod" else False,
              ignore_changes=["read_capacity", "write_capacity"] if enable_pitr else []
          )
      )
      """),
    Example("""
      import pulumi_aws as aws
      from pulumi import ResourceOptions

      # A security group can be replaced without losing anything.
      sg = aws.ec2.SecurityGroup("web", vpc_id=vpc.id, opts=ResourceOptions(delete_before_replace=True))
      record = aws.route53.Record("www", zone_id=zone.id, opts=ResourceOptions(delete_before_replace=True))
      """),
    Example("""
      import pulumi_aws as aws
      from pulumi import ResourceOptions

      # opts=ResourceOptions(delete_before_replace=True) would delete the data first
      table = aws.dynamodb.Table("t", hash_key="id", opts=ResourceOptions(delete_before_replace=False))
      note = "delete_before_replace=True"
      """),
    Example("""
      from pulumi import ResourceOptions

      class Table:
          def __init__(self, name, opts=None):
              self.opts = opts

      table = Table("t", opts=ResourceOptions(delete_before_replace=True))
      """),
    Example("""
      import * as aws from "@pulumi/aws";

      const table = new aws.dynamodb.Table("transactions", { hashKey: "id" }, { parent: this, protect: true });
      const sg = new aws.ec2.SecurityGroup("web", { vpcId: vpc.id }, { deleteBeforeReplace: true });
      """),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example("""
        import pulumi_aws as aws
        from pulumi import ResourceOptions
        table = aws.dynamodb.Table("t", hash_key="id", opts=ResourceOptions(parent=self, delete_before_replace=True))
        """),
      """
      import pulumi_aws as aws
      from pulumi import ResourceOptions
      table = aws.dynamodb.Table("t", hash_key="id", opts=ResourceOptions(parent=self))
      """),
    Correction(
      Example("""
        import pulumi_aws as aws
        from pulumi import ResourceOptions
        table = aws.dynamodb.Table("t", opts=ResourceOptions(delete_before_replace=True, parent=self))
        """),
      """
      import pulumi_aws as aws
      from pulumi import ResourceOptions
      table = aws.dynamodb.Table("t", opts=ResourceOptions(parent=self))
      """),
    Correction(
      Example("""
        import pulumi
        import pulumi_aws as aws
        db = aws.rds.Instance(
            "orders",
            opts=pulumi.ResourceOptions(
                parent=self,
                delete_before_replace=True,
                protect=False,
            ),
        )
        """),
      """
      import pulumi
      import pulumi_aws as aws
      db = aws.rds.Instance(
          "orders",
          opts=pulumi.ResourceOptions(
              parent=self,
              protect=False,
          ),
      )
      """),
    Correction(
      Example("""
        import * as aws from "@pulumi/aws";
        const fs = new aws.efs.FileSystem("shared", {}, { deleteBeforeReplace: true });
        const table = new aws.dynamodb.Table("t", { hashKey: "id" }, { parent: this, deleteBeforeReplace: true });
        """),
      """
      import * as aws from "@pulumi/aws";
      const fs = new aws.efs.FileSystem("shared", {}, {});
      const table = new aws.dynamodb.Table("t", { hashKey: "id" }, { parent: this });
      """),
  ]
}
