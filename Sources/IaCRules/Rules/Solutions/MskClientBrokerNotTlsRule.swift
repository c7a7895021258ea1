import IaCModel
import IaCSyntax

/// IAC854: an MSK cluster accepts plaintext connections from clients.
public struct MskClientBrokerNotTlsRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC854",
    summary: "An MSK cluster accepts plaintext connections from clients",
    url: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
    resourceTypes: ["aws-cdk-lib.aws_msk.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC854",
      whatItDoes: """
        Finds `msk.CfnCluster` constructs whose `encryption_info.encryption_in_transit.client_broker` is a literal
        other than `"TLS"` (`"TLS_PLAINTEXT"` or `"PLAINTEXT"`). A cluster that leaves it unset is not reported: MSK
        then requires TLS.
        """,
      why: """
        Plaintext client connections send every record, and the SASL/SCRAM credentials some clients use, readable to
        anyone on the network path between the clients and the brokers.
        """,
      example: """
        msk.CfnCluster(
            self,
            "Events",
            cluster_name="events",
            kafka_version="3.6.0",
            number_of_broker_nodes=3,
            broker_node_group_info=broker_nodes,
            encryption_info=msk.CfnCluster.EncryptionInfoProperty(
                encryption_in_transit=msk.CfnCluster.EncryptionInTransitProperty(client_broker="TLS_PLAINTEXT")
            ),
        )
        """,
      useInstead: """
        msk.CfnCluster(
            self,
            "Events",
            cluster_name="events",
            kafka_version="3.6.0",
            number_of_broker_nodes=3,
            broker_node_group_info=broker_nodes,
            encryption_info=msk.CfnCluster.EncryptionInfoProperty(
                encryption_in_transit=msk.CfnCluster.EncryptionInTransitProperty(client_broker="TLS")
            ),
        )
        """,
      references: [
        (
          title: "Amazon MSK encryption",
          url: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_msk.CfnCluster"],
      prop: "encryptionInfo",
      verdict: { value in
        guard case .value(let mode) = CfnStructs.field(value, "encryptionInTransit.clientBroker") else { return nil }
        return mode.string.map { $0 == "TLS" }
      },
      unsetFails: false,
      applies: CfnStructs.withoutSpreads(in: "encryptionInfo"),
      unsetMessage: "",
      valueMessage: "The cluster accepts plaintext client connections: `client_broker` is not `TLS`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_msk as msk

      transit = msk.CfnCluster.EncryptionInTransitProperty(client_broker="TLS_PLAINTEXT")
      msk.CfnCluster(
          self,
          "Events",
          cluster_name="events",
          kafka_version="3.6.0",
          number_of_broker_nodes=2,
          broker_node_group_info=nodes,
          ↓encryption_info=msk.CfnCluster.EncryptionInfoProperty(encryption_in_transit=transit),
      )
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
        ↓encryptionInfo: { encryptionInTransit: { clientBroker: 'PLAINTEXT' } },
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_msk as msk

      msk.CfnCluster(self, "Default", cluster_name="default", kafka_version="3.6.0", number_of_broker_nodes=2, broker_node_group_info=nodes)
      msk.CfnCluster(
          self,
          "Tls",
          cluster_name="tls",
          kafka_version="3.6.0",
          number_of_broker_nodes=2,
          broker_node_group_info=nodes,
          encryption_info=msk.CfnCluster.EncryptionInfoProperty(
              encryption_in_transit=msk.CfnCluster.EncryptionInTransitProperty(client_broker="TLS", in_cluster=True)
          ),
      )
      msk.CfnCluster(self, "Chosen", cluster_name="chosen", kafka_version="3.6.0", number_of_broker_nodes=2, broker_node_group_info=nodes, encryption_info=encryption)
      msk.CfnCluster(self, "Hidden", **cluster_props)
      # client_broker="PLAINTEXT" would be reported
      """
    ),
    Example(
      """
      import * as msk from 'aws-cdk-lib/aws-msk';

      const mode = props.clientBroker;
      new msk.CfnCluster(this, 'Events', {
        clusterName: 'events',
        kafkaVersion: '3.6.0',
        numberOfBrokerNodes: 2,
        brokerNodeGroupInfo: nodes,
        encryptionInfo: { encryptionInTransit: { clientBroker: mode } },
      });
      """
    ),
  ]
}
