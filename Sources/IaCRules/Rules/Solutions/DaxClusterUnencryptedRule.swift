import IaCModel
import IaCSyntax

/// IAC751: a DAX cluster leaves server-side encryption off.
public struct DaxClusterUnencryptedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC751",
    summary: "A DAX cluster does not encrypt its data at rest",
    url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html",
    resourceTypes: ["aws-cdk-lib.aws_dax.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC751",
      whatItDoes: """
        Finds `dax.CfnCluster` constructs without `sse_specification`, or whose specification does not set
        `sse_enabled=True`. DAX clusters are unencrypted unless asked. A specification held in a variable is
        followed; one iaclsp cannot evaluate is not reported.

        A plain Python dict is passed to CloudFormation with its keys unchanged, so
        `sse_specification={"sse_enabled": True}` writes an empty specification and is reported, as cdk-nag reports
        it; `{"sseEnabled": True}` and `dax.CfnCluster.SSESpecificationProperty(sse_enabled=True)` pass.
        """,
      why: """
        A DAX cluster caches DynamoDB items in memory and on disk. Without server-side encryption, the cached copy
        of data that is encrypted in its table sits unencrypted on the cluster's nodes. Encryption can only be
        chosen when the cluster is created.
        """,
      example: """
        dax.CfnCluster(self, "Cache", iam_role_arn=role.role_arn, node_type="dax.r5.large", replication_factor=3)
        """,
      useInstead: """
        dax.CfnCluster(self, "Cache", iam_role_arn=role.role_arn, node_type="dax.r5.large", replication_factor=3,
            sse_specification=dax.CfnCluster.SSESpecificationProperty(sse_enabled=True))
        """,
      references: [
        (
          title: "DAX encryption at rest (Amazon DynamoDB Developer Guide)",
          url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_dax.CfnCluster"],
      prop: "sseSpecification",
      verdict: { value in
        guard case .object(let type, let entries) = value.kind, !entries.contains(where: { $0.name == nil }) else {
          return nil
        }
        // A plain dict or object literal reaches CloudFormation with its keys unchanged: only `sseEnabled` counts
        // (CDK drops a Python dict's `sse_enabled`). A `SSESpecificationProperty(...)` takes either spelling.
        let enabled = type == nil ? entries.first { $0.label?.name == "sseEnabled" } : value.entry("sseEnabled")
        guard let enabled else { return false }
        return enabled.value.bool
      },
      unsetFails: true,
      unsetMessage: "The DAX cluster is not encrypted at rest: `sse_specification` is not set",
      valueMessage: "The DAX cluster is not encrypted at rest: `sse_enabled` is not true"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_dax as dax

      ↓dax.CfnCluster(self, "Cache", iam_role_arn=arn, node_type="dax.r5.large", replication_factor=3)
      off = dax.CfnCluster.SSESpecificationProperty(sse_enabled=False)
      dax.CfnCluster(self, "Off", iam_role_arn=arn, node_type="dax.r5.large", replication_factor=3,
          ↓sse_specification=off)
      dax.CfnCluster(self, "Dropped", iam_role_arn=arn, node_type="dax.r5.large", replication_factor=3,
          ↓sse_specification={"sse_enabled": True})
      """
    ),
    Example(
      """
      import * as dax from 'aws-cdk-lib/aws-dax';

      ↓new dax.CfnCluster(this, 'Cache', { iamRoleArn: arn, nodeType: 'dax.r5.large', replicationFactor: 3 });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_dax as dax

      dax.CfnCluster(self, "Cache", iam_role_arn=arn, node_type="dax.r5.large", replication_factor=3,
          sse_specification=dax.CfnCluster.SSESpecificationProperty(sse_enabled=True))
      dax.CfnCluster(self, "Dict", iam_role_arn=arn, node_type="dax.r5.large", replication_factor=3,
          sse_specification={"sseEnabled": True})
      dax.CfnCluster(self, "Configured", iam_role_arn=arn, node_type="dax.r5.large", replication_factor=3,
          sse_specification=settings.sse)
      dax.CfnCluster(self, "Props", **cluster_props)
      """
    ),
  ]
}
