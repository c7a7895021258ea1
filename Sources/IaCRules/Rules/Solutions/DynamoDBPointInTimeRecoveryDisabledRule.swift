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
    ],
    fixAvailability: .none,
    documentation: SolutionsDocumentation.page(
      code: "IAC750",
      whatItDoes: """
        Finds `dynamodb.Table` constructs that do not enable point-in-time recovery, through
        `point_in_time_recovery_specification=PointInTimeRecoverySpecification(point_in_time_recovery_enabled=True)`
        (or the older `point_in_time_recovery=True`). `TableV2` makes an `AWS::DynamoDB::GlobalTable`, which the
        rule does not judge.
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
      references: [
        (
          title: "Point-in-time recovery for DynamoDB",
          url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_dynamodb.Table"],
      prop: "pointInTimeRecoverySpecification",
      verdict: { $0.value(at: "pointInTimeRecoveryEnabled")?.bool },
      unsetFails: true,
      passedBy: ["pointInTimeRecovery"],
      unsetMessage: "The table has no point-in-time recovery",
      valueMessage: "The table turns point-in-time recovery off"
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_dynamodb.Table"],
      prop: "pointInTimeRecovery",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: false,
      passedBy: ["pointInTimeRecoverySpecification"],
      unsetMessage: "",
      valueMessage: "The table turns point-in-time recovery off"
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
  ]
}
