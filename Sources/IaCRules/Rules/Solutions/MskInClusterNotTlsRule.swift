import IaCModel
import IaCSyntax

/// IAC855: an MSK cluster's brokers talk to each other in plaintext.
public struct MskInClusterNotTlsRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC855",
    summary: "An MSK cluster's brokers replicate data to each other in plaintext",
    url: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
    resourceTypes: ["aws-cdk-lib.aws_msk.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC855",
      whatItDoes: """
        Finds `msk.CfnCluster` constructs with `encryption_info.encryption_in_transit.in_cluster=False`. A cluster
        that leaves it unset is not reported: MSK then encrypts traffic between brokers.
        """,
      why: """
        Brokers replicate every partition to each other; in plaintext, that copy of all the cluster's data crosses
        the network readable to anyone who can capture it.
        """,
      example: """
        msk.CfnCluster.EncryptionInTransitProperty(client_broker="TLS", in_cluster=False)
        """,
      useInstead: """
        msk.CfnCluster.EncryptionInTransitProperty(client_broker="TLS", in_cluster=True)
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
        guard case .value(let flag) = CfnStructs.field(value, "encryptionInTransit.inCluster") else { return nil }
        return flag.bool
      },
      unsetFails: false,
      applies: CfnStructs.withoutSpreads(in: "encryptionInfo"),
      unsetMessage: "",
      valueMessage: "The brokers replicate data in plaintext: `in_cluster` is false"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_msk as msk

      encryption = msk.CfnCluster.EncryptionInfoProperty(
          encryption_in_transit=msk.CfnCluster.EncryptionInTransitProperty(in_cluster=False)
      )
      msk.CfnCluster(
          self, "Events", cluster_name="events", kafka_version="3.6.0", number_of_broker_nodes=2,
          broker_node_group_info=nodes, ↓encryption_info=encryption,
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
        ↓encryptionInfo: { encryptionInTransit: { clientBroker: 'TLS', inCluster: false } },
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_msk as msk

      msk.CfnCluster(self, "Default", cluster_name="default", kafka_version="3.6.0", number_of_broker_nodes=2, broker_node_group_info=nodes)
      transit = msk.CfnCluster.EncryptionInTransitProperty(client_broker="TLS", in_cluster=True)
      msk.CfnCluster(
          self, "Tls", cluster_name="tls", kafka_version="3.6.0", number_of_broker_nodes=2,
          broker_node_group_info=nodes, encryption_info=msk.CfnCluster.EncryptionInfoProperty(encryption_in_transit=transit),
      )
      msk.CfnCluster(self, "Hidden", **cluster_props)
      # in_cluster=False would be reported
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
        encryptionInfo: { encryptionInTransit: { inCluster: props.inCluster } },
      });
      """
    ),
  ]
}
