import IaCModel
import IaCSyntax

/// IAC825: an EKS cluster's Kubernetes API endpoint is reachable from the internet.
public struct EksEndpointPublicRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC825",
    summary: "An EKS cluster's API endpoint is public",
    url: "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC825",
      whatItDoes: """
        Finds EKS clusters (`eks.Cluster`, `eks.FargateCluster`) whose Kubernetes API endpoint is public:
        `endpoint_access` unset (CDK's default is `EndpointAccess.PUBLIC_AND_PRIVATE`), `PUBLIC` or
        `PUBLIC_AND_PRIVATE`. An endpoint restricted with `.only_from(...)` is not reported, since iaclsp does not
        evaluate it, though cdk-nag still counts it as public. Clusters of `aws_eks_v2` are not judged: cdk-nag
        3.0.2 does not recognise the `AWS::EKS::Cluster` they make.

        A private endpoint must be reached from inside the VPC, by `kubectl` and by CDK's own kubectl handler alike,
        so no automatic fix is offered.
        """,
      why: """
        A public endpoint exposes the cluster's control plane to the internet: a leaked kubeconfig or credential, or
        a Kubernetes vulnerability, can then be used from anywhere.
        """,
      example: """
        eks.Cluster(self, "Cluster", version=eks.KubernetesVersion.V1_32)
        """,
      useInstead: """
        eks.Cluster(self, "Cluster", version=eks.KubernetesVersion.V1_32, endpoint_access=eks.EndpointAccess.PRIVATE)
        """,
      references: [
        (title: "Amazon EKS cluster endpoint access control", url: "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html"),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let types = ["aws-cdk-lib.aws_eks.Cluster", "aws-cdk-lib.aws_eks.FargateCluster"]

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: types,
      prop: "endpointAccess",
      verdict: SolutionsPropCheck.mustBe("EndpointAccess", ["PRIVATE"]),
      unsetFails: true,
      unsetMessage: "The cluster's API endpoint is public: `endpoint_access` is not set (`PUBLIC_AND_PRIVATE`)",
      valueMessage: "The cluster's API endpoint is public: `endpoint_access` is not `EndpointAccess.PRIVATE`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_eks as eks

      ↓eks.Cluster(self, "Cluster", version=eks.KubernetesVersion.V1_32)
      eks.FargateCluster(self, "Serverless", version=version, ↓endpoint_access=eks.EndpointAccess.PUBLIC)
      """
    ),
    Example(
      """
      import * as eks from 'aws-cdk-lib/aws-eks';

      new eks.Cluster(this, 'Cluster', { version, ↓endpointAccess: eks.EndpointAccess.PUBLIC_AND_PRIVATE });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_eks as eks

      eks.Cluster(self, "Cluster", version=version, endpoint_access=eks.EndpointAccess.PRIVATE)
      eks.Cluster(self, "Office", version=version, endpoint_access=eks.EndpointAccess.PUBLIC.only_from("203.0.113.0/24"))
      eks.Cluster(self, "Hidden", **cluster_props)
      """
    ),
  ]
}
