import IaCModel
import IaCSyntax

/// IAC861: an EMR cluster's security configuration does not encrypt its local disks.
public struct EmrLocalDiskEncryptionDisabledRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC861",
    summary: "An EMR cluster does not encrypt its local disks",
    url: "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html",
    resourceTypes: ["aws-cdk-lib.aws_emr.CfnCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC861",
      whatItDoes: """
        Finds `emr.CfnCluster` constructs without a `security_configuration`, or whose `emr.CfnSecurityConfiguration`
        (found in the same file through `config.ref` or its `name`) does not set `EnableAtRestEncryption` to true with
        a `LocalDiskEncryptionConfiguration` key provider under `EncryptionConfiguration`.

        cdk-nag 3.0.2 reads `EnableAtRestEncryption` and `AtRestEncryptionConfiguration` at the top of the
        configuration instead, where EMR does not look, so it reports every correctly written configuration and
        passes one that EMR would reject. This rule reads them where EMR does, under `EncryptionConfiguration`.
        """,
      why: """
        EMR nodes keep HDFS blocks, shuffle data and spilled intermediate results on their local and EBS volumes;
        without local disk encryption that data sits in the clear on the instances' storage.
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
                    "EnableAtRestEncryption": True,
                    "EnableInTransitEncryption": False,
                    "AtRestEncryptionConfiguration": {
                        "LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": key_arn}
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
        settings, switch: "EnableAtRestEncryption",
        provider: "AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType"
      )
    },
    unsetMessage: "The cluster does not encrypt its local disks: `security_configuration` is not set",
    failMessage: "The cluster does not encrypt its local disks: its security configuration enables no local disk encryption"
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    Self.check.check(resource, in: model, description: Self.description, into: &diagnostics)
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_emr as emr

      ↓emr.CfnCluster(self, "Plain", name="plain", instances=instances, job_flow_role=role, service_role=service_role)
      transit_only = emr.CfnSecurityConfiguration(
          self,
          "TransitOnly",
          security_configuration={"EncryptionConfiguration": {"EnableAtRestEncryption": False, "EnableInTransitEncryption": True}},
      )
      emr.CfnCluster(
          self, "Spark", name="spark", instances=instances, job_flow_role=role, service_role=service_role,
          ↓security_configuration=transit_only.ref,
      )
      """
    ),
    Example(
      """
      import * as emr from 'aws-cdk-lib/aws-emr';

      // The switches at the top of the configuration, where EMR does not read them.
      new emr.CfnSecurityConfiguration(this, 'Flat', {
        name: 'flat',
        securityConfiguration: {
          EnableAtRestEncryption: true,
          AtRestEncryptionConfiguration: { LocalDiskEncryptionConfiguration: { EncryptionKeyProviderType: 'AwsKms' } },
        },
      });
      new emr.CfnCluster(this, 'Spark', { name: 'spark', instances, jobFlowRole: role, serviceRole, ↓securityConfiguration: 'flat' });
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
                  "EnableAtRestEncryption": True,
                  "EnableInTransitEncryption": False,
                  "AtRestEncryptionConfiguration": {
                      "LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": key_arn}
                  },
              }
          },
      )
      emr.CfnCluster(
          self, "Spark", name="spark", instances=instances, job_flow_role=role, service_role=service_role,
          security_configuration=encryption.ref,
      )
      emr.CfnCluster(self, "Shared", name="shared", instances=instances, job_flow_role=role, service_role=service_role, security_configuration="made-elsewhere")
      emr.CfnCluster(self, "Given", name="given", instances=instances, job_flow_role=role, service_role=service_role, security_configuration=props.config)
      emr.CfnCluster(self, "Hidden", **cluster_props)
      """
    ),
    Example(
      """
      import * as emr from 'aws-cdk-lib/aws-emr';

      const loaded = new emr.CfnSecurityConfiguration(this, 'Loaded', { securityConfiguration: JSON.parse(text) });
      new emr.CfnCluster(this, 'Spark', { name: 'spark', instances, jobFlowRole: role, serviceRole, securityConfiguration: loaded.ref });
      """
    ),
  ]
}
