import IaCModel
import IaCSyntax

/// IAC863: an EMR cluster has neither Kerberos authentication nor an EC2 key pair.
public struct EmrWithoutKeyPairOrKerberosRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC863",
    summary: "An EMR cluster has neither Kerberos nor an EC2 key pair for authentication",
    url: "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-authenticate.html",
    resourceTypes: ["aws-cdk-lib.aws_emr.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC863",
      whatItDoes: """
        Finds `emr.CfnCluster` constructs without `kerberos_attributes` whose `instances` set no `ec2_key_name`.
        """,
      why: """
        Kerberos or an EC2 key pair is how users and applications authenticate to the cluster's nodes and
        services; without either, access to the cluster is not tied to an identity.
        """,
      example: """
        emr.CfnCluster(
            self, "Spark", name="spark", job_flow_role=role, service_role=service_role,
            instances=emr.CfnCluster.JobFlowInstancesConfigProperty(master_instance_group=primary),
        )
        """,
      useInstead: """
        emr.CfnCluster(
            self, "Spark", name="spark", job_flow_role=role, service_role=service_role,
            instances=emr.CfnCluster.JobFlowInstancesConfigProperty(master_instance_group=primary, ec2_key_name="ops"),
        )
        """,
      references: [
        (
          title: "Use authentication with Amazon EMR",
          url: "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-authenticate.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_emr.CfnCluster"],
      prop: "instances",
      verdict: { CfnStructs.isWritten(CfnStructs.field($0, "ec2KeyName")) },
      unsetFails: true,
      passedBy: ["kerberosAttributes"],
      applies: CfnStructs.withoutSpreads(in: "instances"),
      unsetMessage: "The cluster has no authentication: neither `kerberos_attributes` nor `instances` is set",
      valueMessage: "The cluster has no authentication: no `kerberos_attributes`, and `instances` sets no `ec2_key_name`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_emr as emr

      INSTANCES = emr.CfnCluster.JobFlowInstancesConfigProperty(
          master_instance_group=emr.CfnCluster.InstanceGroupConfigProperty(instance_count=1, instance_type="m5.xlarge"),
      )
      emr.CfnCluster(self, "Spark", name="spark", ↓instances=INSTANCES, job_flow_role=role, service_role=service_role)
      """
    ),
    Example(
      """
      import * as emr from 'aws-cdk-lib/aws-emr';

      new emr.CfnCluster(this, 'Spark', {
        name: 'spark',
        ↓instances: { masterInstanceGroup: { instanceCount: 1, instanceType: 'm5.xlarge' } },
        jobFlowRole: role,
        serviceRole,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_emr as emr

      keyed = emr.CfnCluster.JobFlowInstancesConfigProperty(ec2_key_name="ops", master_instance_group=primary)
      emr.CfnCluster(self, "Keyed", name="keyed", instances=keyed, job_flow_role=role, service_role=service_role)
      emr.CfnCluster(
          self, "Kerberos", name="kerberos", instances=emr.CfnCluster.JobFlowInstancesConfigProperty(master_instance_group=primary),
          job_flow_role=role, service_role=service_role, security_configuration=config.ref,
          kerberos_attributes=emr.CfnCluster.KerberosAttributesProperty(realm="EC2.INTERNAL", kdc_admin_password=password),
      )
      emr.CfnCluster(self, "Given", name="given", instances=props.instances, job_flow_role=role, service_role=service_role)
      emr.CfnCluster(self, "Hidden", instances=instances_without_key, **cluster_props)
      """
    ),
    Example(
      """
      import * as emr from 'aws-cdk-lib/aws-emr';

      new emr.CfnCluster(this, 'Spark', {
        name: 'spark',
        instances: { ec2KeyName: keyName, masterInstanceGroup: primary },
        jobFlowRole: role,
        serviceRole,
      });
      new emr.CfnCluster(this, 'Spread', { name: 'spread', instances: { ...base }, jobFlowRole: role, serviceRole });
      """
    ),
  ]
}
