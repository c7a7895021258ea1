import IaCModel
import IaCSyntax

/// IAC750: a DynamoDB table does not enable point-in-time recovery.
public struct DynamoDBPointInTimeRecoveryDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC750",
    summary: "A DynamoDB table does not enable point-in-time recovery",
    url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html",
    resourceTypes: [
      "aws-cdk-lib.aws_dynamodb.Table",
      "aws:dynamodb/table:Table",
      "@cdktf/provider-aws.dynamodbTable.DynamodbTable",
    ],
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC750",
      whatItDoes: """
        Finds `dynamodb.Table` constructs that do not enable point-in-time recovery, through
        `point_in_time_recovery_specification=PointInTimeRecoverySpecification(point_in_time_recovery_enabled=True)`
        (or the older `point_in_time_recovery=True`). `TableV2` makes an `AWS::DynamoDB::GlobalTable`, which the
        rule does not judge.

        In Pulumi and CDK for Terraform the same fact is the table's `point_in_time_recovery` block: an
        `aws.dynamodb.Table` or a `DynamodbTable` without `point_in_time_recovery={"enabled": True}`
        (`pointInTimeRecovery: { enabled: true }`) is reported, since the provider leaves recovery off.
        """,
      why: """
        Without point-in-time recovery, a bad write, a buggy migration or an accidental delete cannot be undone:
        on-demand backups are only as recent as the last one someone took.
        """,
      example: """
        dynamodb.Table(self, "Orders", partition_key=key)
        """,
      useInstead: """
        dynamodb.Table(
            self,
            "Orders",
            partition_key=key,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True
            ),
        )
        """,
      fixSafety: """
        Where recovery is unset and the call names the module, the fix writes `point_in_time_recovery_specification=dy
        namodb.PointInTimeRecoverySpecification(point_in_time_recovery_enabled=True)` (`{ pointInTimeRecoveryEnabled:
        true }` in TypeScript); where the older `point_in_time_recovery` is false it sets it true; in Pulumi and CDK
        for Terraform it writes `point_in_time_recovery={"enabled": True}`. Turning recovery on does not replace the
        table. It is safe unless the project pins an aws-cdk-lib release older than the one the pack's facts were
        verified in (see Default): the name the fix writes may be missing there, so the fix is then unsafe.
        """,
      references: [
        (
          title: "Point-in-time recovery for DynamoDB",
          url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_dynamodb.Table"],
      prop: "pointInTimeRecoverySpecification",
      verdict: { $0.value(at: "pointInTimeRecoveryEnabled")?.bool },
      unsetFails: true,
      passedBy: ["pointInTimeRecovery"],
      unsetMessage: "The table has no point-in-time recovery",
      valueMessage: "The table turns point-in-time recovery off",
      fixText: SolutionsFixText.structure(
        "pointInTimeRecoverySpecification", type: "PointInTimeRecoverySpecification",
        pythonArguments: "point_in_time_recovery_enabled=True", typescript: "{ pointInTimeRecoveryEnabled: true }")
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_dynamodb.Table"],
      prop: "pointInTimeRecovery",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: false,
      passedBy: ["pointInTimeRecoverySpecification"],
      unsetMessage: "",
      valueMessage: "The table turns point-in-time recovery off",
      fixValue: true
    ),
    SolutionsPropCheck(
      types: ["aws:dynamodb/table:Table", "@cdktf/provider-aws.dynamodbTable.DynamodbTable"],
      prop: "pointInTimeRecovery",
      verdict: { SolutionsVerdicts.allTrue($0, ["enabled"]) },
      unsetFails: true,
      unsetMessage: "The table has no point-in-time recovery: `point_in_time_recovery` is not set",
      valueMessage: "The table turns point-in-time recovery off",
      fixText: SolutionsFixText.literal(
        "pointInTimeRecovery", python: "{\"enabled\": True}", typescript: "{ enabled: true }")
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_dynamodb as dynamodb

      ↓dynamodb.Table(self, "Orders", partition_key=key)
      """
    ),
    Example(
      """
      from aws_cdk import aws_dynamodb as dynamodb

      spec = dynamodb.PointInTimeRecoverySpecification(point_in_time_recovery_enabled=False)
      dynamodb.Table(self, "Orders", partition_key=key, ↓point_in_time_recovery_specification=spec)
      """
    ),
    Example(
      """
      from aws_cdk import aws_dynamodb as dynamodb

      dynamodb.Table(self, "Orders", partition_key=key, ↓point_in_time_recovery=False)
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      ↓aws.dynamodb.Table("orders", hash_key="id", attributes=[{"name": "id", "type": "S"}], billing_mode="PAY_PER_REQUEST")
      recovery = aws.dynamodb.TablePointInTimeRecoveryArgs(enabled=False)
      aws.dynamodb.Table("events", hash_key="id", ↓point_in_time_recovery=recovery)
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";
      import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";

      new aws.dynamodb.Table("orders", { hashKey: "id", ↓pointInTimeRecovery: { enabled: false } });
      ↓new DynamodbTable(this, "events", { name: "events", hashKey: "id" });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_dynamodb as dynamodb

      dynamodb.Table(self, "Orders", partition_key=key, point_in_time_recovery=True)
      dynamodb.Table(
          self,
          "Events",
          partition_key=key,
          point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
              point_in_time_recovery_enabled=True
          ),
      )
      dynamodb.TableV2(self, "Global", partition_key=key)
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      aws.dynamodb.Table("orders", hash_key="id", point_in_time_recovery={"enabled": True})
      aws.dynamodb.Table("events", hash_key="id", point_in_time_recovery=aws.dynamodb.TablePointInTimeRecoveryArgs(enabled=True))
      aws.dynamodb.Table("chosen", hash_key="id", point_in_time_recovery={"enabled": config.pitr})
      aws.dynamodb.Table("hidden", **table_args)
      """
    ),
    Example(
      """
      import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";

      // pointInTimeRecovery is left out below only because the props come from elsewhere
      new DynamodbTable(this, "orders", { name: "orders", hashKey: "id", pointInTimeRecovery: { enabled: true } });
      new DynamodbTable(this, "events", tableConfig);
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';

        new dynamodb.Table(this, 'Orders', { partitionKey: key });
        """
      ),
      """
      import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';

      new dynamodb.Table(this, 'Orders', { partitionKey: key, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } });
      """
    ),
  ]
}
