import IaCModel
import IaCSyntax

/// IAC856: an MSK cluster sends its broker logs nowhere.
public struct MskBrokerLoggingDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC856",
    summary: "An MSK cluster does not deliver its broker logs",
    url: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html",
    resourceTypes: ["aws-cdk-lib.aws_msk.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC856",
      whatItDoes: """
        Finds `msk.CfnCluster` constructs without `logging_info`, or whose `broker_logs` enable none of the three
        destinations (`s3`, `cloud_watch_logs`, `firehose`) with a literal `enabled=True`.
        """,
      why: """
        Broker logs record authentication failures, client errors and broker restarts; without them, an outage or
        an intrusion leaves no trace to investigate.
        """,
      example: """
        msk.CfnCluster(self, "Events", cluster_name="events", kafka_version="3.6.0", number_of_broker_nodes=3, broker_node_group_info=nodes)
        """,
      useInstead: """
        msk.CfnCluster(
            self,
            "Events",
            cluster_name="events",
            kafka_version="3.6.0",
            number_of_broker_nodes=3,
            broker_node_group_info=nodes,
            logging_info=msk.CfnCluster.LoggingInfoProperty(
                broker_logs=msk.CfnCluster.BrokerLogsProperty(
                    cloud_watch_logs=msk.CfnCluster.CloudWatchLogsProperty(enabled=True, log_group=log_group.log_group_name)
                )
            ),
        )
        """,
      references: [
        (
          title: "Amazon MSK logging",
          url: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_msk.CfnCluster"],
      prop: "loggingInfo",
      verdict: deliversBrokerLogs,
      unsetFails: true,
      applies: CfnStructs.withoutSpreads(in: "loggingInfo"),
      unsetMessage: "The cluster delivers no broker logs: `logging_info` is not set",
      valueMessage: "The cluster delivers no broker logs: no destination of `broker_logs` is enabled"
    ),
  ]

  /// Passes when one destination is literally enabled; fails when each is certainly absent or disabled.
  static let deliversBrokerLogs: SolutionsPropCheck.Verdict = { value in
    var unknown = false
    for destination in ["s3", "cloudWatchLogs", "firehose"] {
      switch CfnStructs.field(value, "brokerLogs.\(destination).enabled") {
      case .absent: continue
      case .unknown: unknown = true
      case .value(let flag):
        guard let enabled = flag.bool else {
          unknown = true
          continue
        }
        if enabled { return true }
      }
    }
    return unknown ? nil : false
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_msk as msk

      ↓msk.CfnCluster(self, "Events", cluster_name="events", kafka_version="3.6.0", number_of_broker_nodes=2, broker_node_group_info=nodes)
      quiet = msk.CfnCluster.LoggingInfoProperty(
          broker_logs=msk.CfnCluster.BrokerLogsProperty(s3=msk.CfnCluster.S3Property(enabled=False, bucket="logs"))
      )
      msk.CfnCluster(
          self, "Quiet", cluster_name="quiet", kafka_version="3.6.0", number_of_broker_nodes=2,
          broker_node_group_info=nodes, ↓logging_info=quiet,
      )
      """
    ),
    Example(
      """
      import * as msk from 'aws-cdk-lib/aws-msk';

      ↓new msk.CfnCluster(this, 'Events', {
        clusterName: 'events',
        kafkaVersion: '3.6.0',
        numberOfBrokerNodes: 2,
        brokerNodeGroupInfo: nodes,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_msk as msk

      logs = msk.CfnCluster.LoggingInfoProperty(
          broker_logs=msk.CfnCluster.BrokerLogsProperty(
              s3=msk.CfnCluster.S3Property(enabled=False),
              cloud_watch_logs=msk.CfnCluster.CloudWatchLogsProperty(enabled=True, log_group="/msk/events"),
          )
      )
      msk.CfnCluster(
          self, "Events", cluster_name="events", kafka_version="3.6.0", number_of_broker_nodes=2,
          broker_node_group_info=nodes, logging_info=logs,
      )
      msk.CfnCluster(
          self, "Chosen", cluster_name="chosen", kafka_version="3.6.0", number_of_broker_nodes=2,
          broker_node_group_info=nodes, logging_info=props.logging,
      )
      msk.CfnCluster(
          self, "Spread", cluster_name="spread", kafka_version="3.6.0", number_of_broker_nodes=2,
          broker_node_group_info=nodes,
          logging_info=msk.CfnCluster.LoggingInfoProperty(broker_logs=msk.CfnCluster.BrokerLogsProperty(**destinations)),
      )
      msk.CfnCluster(self, "Hidden", **cluster_props)
      """
    ),
    Example(
      """
      import * as msk from 'aws-cdk-lib/aws-msk';

      new msk.CfnCluster(this, 'Events', {
        clusterName: 'events',
        kafkaVersion: '3.6.0',
        numberOfBrokerNodes: 2,
        brokerNodeGroupInfo: nodes,
        loggingInfo: { brokerLogs: { firehose: { enabled: logToFirehose, deliveryStream: 'logs' } } },
      });
      """
    ),
  ]
}
