import IaCModel
import IaCSyntax

/// IAC860: an EMR cluster does not archive its logs to S3.
public struct EmrS3LoggingDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC860",
    summary: "An EMR cluster does not archive its logs to S3",
    url: "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-debugging.html",
    resourceTypes: ["aws-cdk-lib.aws_emr.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC860",
      whatItDoes: """
        Finds `emr.CfnCluster` constructs without a `log_uri`.
        """,
      why: """
        Without a log URI, the step, Hadoop and instance logs stay on the cluster's nodes and are lost when the
        cluster terminates, together with any record of what its jobs did.
        """,
      example: """
        emr.CfnCluster(self, "Spark", name="spark", instances=instances, job_flow_role=role, service_role=service_role)
        """,
      useInstead: """
        emr.CfnCluster(
            self, "Spark", name="spark", instances=instances, job_flow_role=role, service_role=service_role,
            log_uri="s3://emr-logs/spark/",
        )
        """,
      references: [
        (
          title: "Configure Amazon EMR cluster logging and debugging",
          url: "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-debugging.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_emr.CfnCluster"],
      prop: "logUri",
      verdict: { CfnStructs.isWritten(CfnStructs.field($0, "")) },
      unsetFails: true,
      unsetMessage: "The cluster does not archive its logs: `log_uri` is not set",
      valueMessage: "The cluster does not archive its logs: `log_uri` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_emr as emr

      ↓emr.CfnCluster(self, "Spark", name="spark", instances=instances, job_flow_role=role, service_role=service_role)
      """
    ),
    Example(
      """
      import * as emr from 'aws-cdk-lib/aws-emr';

      ↓new emr.CfnCluster(this, 'Spark', { name: 'spark', instances, jobFlowRole: role, serviceRole });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_emr as emr

      logs = f"s3://{bucket.bucket_name}/emr/"
      emr.CfnCluster(self, "Spark", name="spark", instances=instances, job_flow_role=role, service_role=service_role, log_uri=logs)
      emr.CfnCluster(self, "Hidden", **cluster_props)
      # emr.CfnCluster(self, "Old", name="old") had no log_uri
      """
    ),
    Example(
      """
      import * as emr from 'aws-cdk-lib/aws-emr';

      new emr.CfnCluster(this, 'Spark', { name: 'spark', instances, jobFlowRole: role, serviceRole, logUri: props.logUri });
      """
    ),
  ]
}
