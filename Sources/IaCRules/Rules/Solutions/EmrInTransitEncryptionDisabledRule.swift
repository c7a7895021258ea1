import IaCModel
import IaCSyntax

/// IAC862: an EMR cluster's security configuration does not encrypt data in transit.
public struct EmrInTransitEncryptionDisabledRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC862",
    summary: "An EMR cluster does not encrypt data in transit",
    url: "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html",
    resourceTypes: ["aws-cdk-lib.aws_emr.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC862",
      whatItDoes: """
        Finds `emr.CfnCluster` constructs without a `security_configuration`, or whose `emr.CfnSecurityConfiguration`
        (found in the same file through `config.ref` or its `name`) does not set `EnableInTransitEncryption` to true
        with a `TLSCertificateConfiguration` certificate provider under `EncryptionConfiguration`.

        cdk-nag 3.0.2 reads `EnableInTransitEncryption` and `InTransitEncryptionConfiguration` at the top of the
        configuration instead, where EMR does not look, so it reports every correctly written configuration and
        passes one that EMR would reject. This rule reads them where EMR does, under `EncryptionConfiguration`.
        """,
      why: """
        Without in-transit encryption, the traffic between the cluster's nodes (shuffle, HDFS replication, Spark
        RPC) and to S3 through EMRFS can be read on the network.
        """,
      example: """
        emr.CfnCluster(self, "Spark", name="spark", instances=instances, job_flow_role=role, service_role=service_role)
        """,
      useInstead: """
        encryption = emr.CfnSecurityConfiguration(
            self,
            "Encryption",
            security_configuration={
                "EncryptionConfiguration": {
                    "EnableAtRestEncryption": False,
                    "EnableInTransitEncryption": True,
                    "InTransitEncryptionConfiguration": {
                        "TLSCertificateConfiguration": {"CertificateProviderType": "PEM", "S3Object": certificates}
                    },
                }
            },
        )
        emr.CfnCluster(
            self, "Spark", name="spark", instances=instances, job_flow_role=role, service_role=service_role,
            security_configuration=encryption.ref,
        )
        """,
      references: [
        (
          title: "Encryption options for Amazon EMR",
          url: "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let check = SecurityConfigurationCheck(
    namingProps: ["aws-cdk-lib.aws_emr.CfnCluster": "securityConfiguration"],
    configurationType: "aws-cdk-lib.aws_emr.CfnSecurityConfiguration",
    settingsProp: "securityConfiguration",
    verdict: { settings in
      EmrSecurityConfigurations.enables(
        settings, switch: "EnableInTransitEncryption",
        provider: "InTransitEncryptionConfiguration.TLSCertificateConfiguration.CertificateProviderType"
      )
    },
    unsetMessage: "The cluster does not encrypt data in transit: `security_configuration` is not set",
    failMessage: "The cluster does not encrypt data in transit: its security configuration enables no in-transit encryption"
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    Self.check.check(resource, in: model, description: Self.description, into: &diagnostics)
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_emr as emr

      ↓emr.CfnCluster(self, "Plain", name="plain", instances=instances, job_flow_role=role, service_role=service_role)
      disks_only = emr.CfnSecurityConfiguration(
          self,
          "DisksOnly",
          name="disks-only",
          security_configuration={
              "EncryptionConfiguration": {
                  "EnableAtRestEncryption": True,
                  "EnableInTransitEncryption": False,
                  "AtRestEncryptionConfiguration": {"LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": "AwsKms"}},
              }
          },
      )
      emr.CfnCluster(
          self, "Spark", name="spark", instances=instances, job_flow_role=role, service_role=service_role,
          ↓security_configuration="disks-only",
      )
      """
    ),
    Example(
      """
      import * as emr from 'aws-cdk-lib/aws-emr';

      const config = new emr.CfnSecurityConfiguration(this, 'NoCertificates', {
        securityConfiguration: { EncryptionConfiguration: { EnableInTransitEncryption: true, EnableAtRestEncryption: false } },
      });
      new emr.CfnCluster(this, 'Spark', { name: 'spark', instances, jobFlowRole: role, serviceRole, ↓securityConfiguration: config.ref });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_emr as emr

      encryption = emr.CfnSecurityConfiguration(
          self,
          "Encryption",
          security_configuration={
              "EncryptionConfiguration": {
                  "EnableAtRestEncryption": False,
                  "EnableInTransitEncryption": True,
                  "InTransitEncryptionConfiguration": {
                      "TLSCertificateConfiguration": {"CertificateProviderType": "PEM", "S3Object": certificates}
                  },
              }
          },
      )
      emr.CfnCluster(
          self, "Spark", name="spark", instances=instances, job_flow_role=role, service_role=service_role,
          security_configuration=encryption.ref,
      )
      chosen = emr.CfnSecurityConfiguration(
          self, "Chosen", security_configuration={"EncryptionConfiguration": {"EnableInTransitEncryption": flag, **transit}}
      )
      emr.CfnCluster(self, "Open", name="open", instances=instances, job_flow_role=role, service_role=service_role, security_configuration=chosen.ref)
      emr.CfnCluster(self, "Hidden", **cluster_props)
      """
    ),
    Example(
      """
      import * as emr from 'aws-cdk-lib/aws-emr';

      new emr.CfnCluster(this, 'Spark', { name: 'spark', instances, jobFlowRole: role, serviceRole, securityConfiguration: props.config });
      """
    ),
  ]
}
