import IaCModel
import IaCSyntax

/// IAC826: an EKS cluster does not send all five control plane logs to CloudWatch.
public struct EksControlPlaneLoggingIncompleteRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC826",
    summary: "An EKS cluster does not log all control plane log types",
    url: "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
    resourceTypes: clusters + [l1] + terraformClusters,
    frameworks: [.cdk, .pulumi, .cdktf],
    documentation: SolutionsDocumentation.page(
      code: "IAC826",
      whatItDoes: """
        Finds EKS clusters that do not turn on all five control plane logs (`api`, `audit`, `authenticator`,
        `controllerManager` and `scheduler`): an `eks.Cluster` or `eks.FargateCluster` whose `cluster_logging` is
        unset or leaves out one of the `ClusterLoggingTypes`, and an `eks.CfnCluster` whose
        `logging.cluster_logging.enabled_types` does; for Pulumi's `aws.eks.Cluster` and CDKTF's `EksCluster`, an
        `enabled_cluster_log_types` that is unset or leaves one out. A list with an element iaclsp cannot evaluate is
        not reported.
        Clusters of `aws_eks_v2` are not judged: cdk-nag 3.0.2 does not recognise the `AWS::EKS::Cluster` they make.
        """,
      why: """
        The control plane logs are the record of who called the Kubernetes API, who was let in and what the
        scheduler and controllers did; without them an intrusion or an outage cannot be traced afterwards.
        """,
      example: """
        eks.Cluster(self, "Cluster", version=eks.KubernetesVersion.V1_32, kubectl_layer=layer)
        """,
      useInstead: """
        eks.Cluster(
            self,
            "Cluster",
            version=eks.KubernetesVersion.V1_32,
            kubectl_layer=layer,
            cluster_logging=[
                eks.ClusterLoggingTypes.API,
                eks.ClusterLoggingTypes.AUDIT,
                eks.ClusterLoggingTypes.AUTHENTICATOR,
                eks.ClusterLoggingTypes.CONTROLLER_MANAGER,
                eks.ClusterLoggingTypes.SCHEDULER,
            ],
        )
        """,
      references: [
        (
          title: "Amazon EKS control plane logging",
          url: "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let clusters = ["aws-cdk-lib.aws_eks.Cluster", "aws-cdk-lib.aws_eks.FargateCluster"]
  static let l1 = "aws-cdk-lib.aws_eks.CfnCluster"
  static let terraformClusters = ["aws:eks/cluster:Cluster", "@cdktf/provider-aws.eksCluster.EksCluster"]
  static let members: Set<String> = ["API", "AUDIT", "AUTHENTICATOR", "CONTROLLER_MANAGER", "SCHEDULER"]
  static let types: Set<String> = ["api", "audit", "authenticator", "controllerManager", "scheduler"]

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: clusters,
      prop: "clusterLogging",
      verdict: { value in
        covers(value, required: members) { $0.enumMember(of: "ClusterLoggingTypes") }
      },
      unsetFails: true,
      unsetMessage: "The cluster's control plane is not logged: `cluster_logging` is not set",
      valueMessage: "The cluster does not log every control plane log type: `cluster_logging` leaves some out"
    ),
    SolutionsPropCheck(
      types: [l1],
      prop: "logging",
      verdict: { value in
        if case .null = value.kind { return false }
        guard case .object = value.kind else { return nil }
        guard let logging = value.entry("clusterLogging")?.value else { return false }
        if case .null = logging.kind { return false }
        guard case .object = logging.kind else { return nil }
        guard let enabled = logging.entry("enabledTypes")?.value else { return false }
        return covers(enabled, required: types) { element in
          guard case .object = element.kind else { return nil }
          return element.entry("type")?.value.string
        }
      },
      unsetFails: true,
      unsetMessage: "The cluster's control plane is not logged: `logging` is not set",
      valueMessage: "The cluster does not log every control plane log type: `enabled_types` leaves some out"
    ),
    SolutionsPropCheck(
      types: terraformClusters,
      prop: "enabledClusterLogTypes",
      verdict: { value in covers(value, required: types) { $0.string } },
      unsetFails: true,
      unsetMessage: "The cluster's control plane is not logged: `enabled_cluster_log_types` is not set",
      valueMessage: "The cluster does not log every control plane log type: `enabled_cluster_log_types` omits some"
    ),
  ]

  /// Whether a list names every required log type: nil when it is not a list or holds an element `name` cannot read
  /// and some type is still missing.
  static func covers(_ value: Value, required: Set<String>, name: (Value) -> String?) -> Bool? {
    if case .null = value.kind { return false }
    guard let elements = value.elements else { return nil }
    var missing = required
    var unknown = false
    for element in elements {
      if let type = name(element) { missing.remove(type) } else { unknown = true }
    }
    if missing.isEmpty { return true }
    return unknown ? nil : false
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_eks as eks

      ↓eks.Cluster(self, "Cluster", version=eks.KubernetesVersion.V1_32, kubectl_layer=layer)
      some = [eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUDIT]
      eks.FargateCluster(self, "Serverless", version=version, kubectl_layer=layer, ↓cluster_logging=some)
      eks.CfnCluster(
          self,
          "Raw",
          role_arn=role_arn,
          resources_vpc_config=vpc_config,
          ↓logging=eks.CfnCluster.LoggingProperty(
              cluster_logging=eks.CfnCluster.ClusterLoggingProperty(
                  enabled_types=[eks.CfnCluster.LoggingTypeConfigProperty(type="api")]
              )
          ),
      )
      """
    ),
    Example(
      """
      import * as eks from 'aws-cdk-lib/aws-eks';

      ↓new eks.Cluster(this, 'Cluster', { version, kubectlLayer });
      new eks.Cluster(this, 'Audit', { version, kubectlLayer, ↓clusterLogging: [eks.ClusterLoggingTypes.AUDIT] });
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      ↓aws.eks.Cluster("cluster", role_arn=role.arn, vpc_config=vpc_config)
      aws.eks.Cluster("audited", role_arn=role.arn, vpc_config=vpc_config, ↓enabled_cluster_log_types=["api", "audit"])
      """
    ),
    Example(
      """
      import { EksCluster } from "@cdktf/provider-aws/lib/eks-cluster";

      ↓new EksCluster(this, "cluster", { name: "c", roleArn, vpcConfig });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_eks as eks

      # cluster_logging=[eks.ClusterLoggingTypes.API] is not enough
      all_logs = [
          eks.ClusterLoggingTypes.API,
          eks.ClusterLoggingTypes.AUDIT,
          eks.ClusterLoggingTypes.AUTHENTICATOR,
          eks.ClusterLoggingTypes.CONTROLLER_MANAGER,
          eks.ClusterLoggingTypes.SCHEDULER,
      ]
      eks.Cluster(self, "Cluster", version=version, kubectl_layer=layer, cluster_logging=all_logs)
      eks.Cluster(self, "Configured", version=version, kubectl_layer=layer, cluster_logging=[*base_logs, eks.ClusterLoggingTypes.API])
      eks.Cluster(self, "Hidden", **cluster_props)
      eks.CfnCluster(
          self,
          "Raw",
          role_arn=role_arn,
          resources_vpc_config=vpc_config,
          logging=eks.CfnCluster.LoggingProperty(
              cluster_logging=eks.CfnCluster.ClusterLoggingProperty(
                  enabled_types=[
                      eks.CfnCluster.LoggingTypeConfigProperty(type=name)
                      for name in ["api", "audit", "authenticator", "controllerManager", "scheduler"]
                  ]
              )
          ),
      )
      """
    ),
    Example(
      """
      import * as eks from 'aws-cdk-lib/aws-eks';
      import * as eksv2 from 'aws-cdk-lib/aws-eks-v2';

      new eks.Cluster(this, 'Cluster', { version, kubectlLayer, clusterLogging: Object.values(eks.ClusterLoggingTypes) });
      new eksv2.Cluster(this, 'Next', { version });
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";

      new aws.eks.Cluster("cluster", {
        roleArn,
        vpcConfig,
        enabledClusterLogTypes: ["api", "audit", "authenticator", "controllerManager", "scheduler"],
      });
      new aws.eks.Cluster("configured", { roleArn, vpcConfig, enabledClusterLogTypes: logTypes });
      """
    ),
  ]
}
