import IaCModel
import IaCSyntax

/// IAC850: a Managed Service for Apache Flink application does not checkpoint its state.
public struct KinesisAnalyticsFlinkCheckpointingDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC850",
    summary: "A Flink application does not checkpoint its state",
    url: "https://docs.aws.amazon.com/managed-flink/latest/java/how-fault.html",
    resourceTypes: ["aws-cdk-lib.aws_kinesisanalytics.CfnApplicationV2"],
    documentation: SolutionsDocumentation.page(
      code: "IAC850",
      whatItDoes: """
        Finds `kinesisanalytics.CfnApplicationV2` constructs with a Flink `runtime_environment` whose
        `application_configuration` has no `flink_application_configuration.checkpoint_configuration`, or a `CUSTOM`
        one that does not set `checkpointing_enabled=True`. Applications whose runtime is not a literal are not
        judged.
        """,
      why: """
        Checkpoints are how a Flink application recovers after a failure or an update without losing or
        reprocessing data; without them, a restart starts from scratch.
        """,
      example: """
        kda.CfnApplicationV2(self, "Enrich", runtime_environment="FLINK-1_18", service_execution_role=role_arn)
        """,
      useInstead: """
        kda.CfnApplicationV2(
            self,
            "Enrich",
            runtime_environment="FLINK-1_18",
            service_execution_role=role_arn,
            application_configuration=kda.CfnApplicationV2.ApplicationConfigurationProperty(
                flink_application_configuration=kda.CfnApplicationV2.FlinkApplicationConfigurationProperty(
                    checkpoint_configuration=kda.CfnApplicationV2.CheckpointConfigurationProperty(configuration_type="DEFAULT")
                )
            ),
        )
        """,
      references: [
        (
          title: "Implement fault tolerance in Managed Service for Apache Flink",
          url: "https://docs.aws.amazon.com/managed-flink/latest/java/how-fault.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_kinesisanalytics.CfnApplicationV2"],
      prop: "applicationConfiguration",
      verdict: checkpoints,
      unsetFails: true,
      applies: { resource, model in
        guard let runtime = resource.prop("runtimeEnvironment")?.value.string, runtime.lowercased().hasPrefix("flink")
        else { return false }
        return CfnStructs.withoutSpreads(in: "applicationConfiguration")(resource, model)
      },
      unsetMessage: "The Flink application does not checkpoint: `application_configuration` is not set",
      valueMessage: "The Flink application does not checkpoint: no checkpoint configuration enables checkpointing"
    ),
  ]

  /// Passes a checkpoint configuration of type `DEFAULT`, or `CUSTOM` with checkpointing literally enabled.
  static let checkpoints: SolutionsPropCheck.Verdict = { value in
    let configuration: Value
    switch CfnStructs.field(value, "flinkApplicationConfiguration.checkpointConfiguration") {
    case .absent: return false
    case .unknown: return nil
    case .value(let found): configuration = found
    }
    switch CfnStructs.field(configuration, "configurationType") {
    case .absent: return true
    case .unknown: return nil
    case .value(let type):
      guard let type = type.string else { return nil }
      guard type == "CUSTOM" else { return true }
    }
    switch CfnStructs.field(configuration, "checkpointingEnabled") {
    case .absent: return false
    case .unknown: return nil
    case .value(let flag): return flag.bool
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_kinesisanalytics as kda

      ↓kda.CfnApplicationV2(self, "Enrich", runtime_environment="FLINK-1_18", service_execution_role=role_arn)
      custom = kda.CfnApplicationV2.CheckpointConfigurationProperty(configuration_type="CUSTOM", checkpointing_enabled=False)
      kda.CfnApplicationV2(
          self,
          "Custom",
          runtime_environment="FLINK-1_18",
          service_execution_role=role_arn,
          ↓application_configuration=kda.CfnApplicationV2.ApplicationConfigurationProperty(
              flink_application_configuration=kda.CfnApplicationV2.FlinkApplicationConfigurationProperty(checkpoint_configuration=custom)
          ),
      )
      """
    ),
    Example(
      """
      import * as kda from 'aws-cdk-lib/aws-kinesisanalytics';

      new kda.CfnApplicationV2(this, 'Enrich', {
        runtimeEnvironment: 'FLINK-1_18',
        serviceExecutionRole: roleArn,
        ↓applicationConfiguration: { flinkApplicationConfiguration: { parallelismConfiguration: parallelism } },
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_kinesisanalytics as kda

      checkpoints = kda.CfnApplicationV2.CheckpointConfigurationProperty(configuration_type="DEFAULT")
      kda.CfnApplicationV2(
          self,
          "Enrich",
          runtime_environment="FLINK-1_18",
          service_execution_role=role_arn,
          application_configuration=kda.CfnApplicationV2.ApplicationConfigurationProperty(
              flink_application_configuration=kda.CfnApplicationV2.FlinkApplicationConfigurationProperty(checkpoint_configuration=checkpoints)
          ),
      )
      kda.CfnApplicationV2(self, "Sql", runtime_environment="SQL-1_0", service_execution_role=role_arn)
      kda.CfnApplicationV2(self, "Chosen", runtime_environment=runtime, service_execution_role=role_arn)
      kda.CfnApplicationV2(self, "Hidden", runtime_environment="FLINK-1_18", **app_props)
      """
    ),
    Example(
      """
      import * as kda from 'aws-cdk-lib/aws-kinesisanalytics';

      new kda.CfnApplicationV2(this, 'Enrich', {
        runtimeEnvironment: 'FLINK-1_18',
        serviceExecutionRole: roleArn,
        applicationConfiguration: {
          flinkApplicationConfiguration: {
            checkpointConfiguration: { configurationType: 'CUSTOM', checkpointingEnabled: true, checkpointInterval: 60000 },
          },
        },
      });
      """
    ),
  ]
}
