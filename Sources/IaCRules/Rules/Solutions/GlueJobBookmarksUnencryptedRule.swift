import IaCModel
import IaCSyntax

/// IAC865: a Glue job stores its job bookmarks without CSE-KMS.
public struct GlueJobBookmarksUnencryptedRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC865",
    summary: "A Glue job does not encrypt its job bookmarks",
    url: "https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html",
    resourceTypes: ["aws-cdk-lib.aws_glue.CfnJob"],
    documentation: SolutionsDocumentation.page(
      code: "IAC865",
      whatItDoes: """
        Finds `glue.CfnJob` constructs without a `security_configuration`, or whose `glue.CfnSecurityConfiguration`
        (found in the same file through `config.ref` or its `name`) does not set `job_bookmarks_encryption_mode` to
        `"CSE-KMS"`.
        """,
      why: """
        Job bookmarks record which data a job has already processed, including object keys and partition values;
        client-side encryption with a KMS key keeps that state readable only under the key's policy.
        """,
      example: """
        glue.CfnJob(self, "Etl", command=command, role=role_arn)
        """,
      useInstead: """
        security = glue.CfnSecurityConfiguration(
            self,
            "Security",
            name="etl-kms",
            encryption_configuration=glue.CfnSecurityConfiguration.EncryptionConfigurationProperty(
                job_bookmarks_encryption=glue.CfnSecurityConfiguration.JobBookmarksEncryptionProperty(
                    job_bookmarks_encryption_mode="CSE-KMS", kms_key_arn=key.key_arn
                ),
            ),
        )
        glue.CfnJob(self, "Etl", command=command, role=role_arn, security_configuration=security.ref)
        """,
      references: [
        (
          title: "Encrypting data written by AWS Glue",
          url: "https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let check = SecurityConfigurationCheck(
    namingProps: ["aws-cdk-lib.aws_glue.CfnJob": "securityConfiguration"],
    configurationType: "aws-cdk-lib.aws_glue.CfnSecurityConfiguration",
    settingsProp: "encryptionConfiguration",
    verdict: { settings in
      GlueSecurityConfigurations.mode(settings, "jobBookmarksEncryption.jobBookmarksEncryptionMode", is: "CSE-KMS")
    },
    unsetMessage: "The job bookmarks are not encrypted with KMS: `security_configuration` is not set",
    failMessage: "The job bookmarks are not encrypted with KMS: the security configuration does not set `job_bookmarks_encryption_mode` to `CSE-KMS`"
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    Self.check.check(resource, in: model, description: Self.description, into: &diagnostics)
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_glue as glue

      ↓glue.CfnJob(self, "Etl", command=command, role=role_arn)
      logs_only = glue.CfnSecurityConfiguration(
          self,
          "LogsOnly",
          name="logs-only",
          encryption_configuration={"cloudWatchEncryption": {"cloudWatchEncryptionMode": "SSE-KMS", "kmsKeyArn": key_arn}},
      )
      glue.CfnJob(self, "Nightly", command=command, role=role_arn, ↓security_configuration=logs_only.ref)
      """
    ),
    Example(
      """
      import * as glue from 'aws-cdk-lib/aws-glue';

      ↓new glue.CfnJob(this, 'Etl', { command, role: roleArn });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_glue as glue

      security = glue.CfnSecurityConfiguration(
          self,
          "Security",
          name="etl-kms",
          encryption_configuration=glue.CfnSecurityConfiguration.EncryptionConfigurationProperty(
              job_bookmarks_encryption=glue.CfnSecurityConfiguration.JobBookmarksEncryptionProperty(
                  job_bookmarks_encryption_mode="CSE-KMS", kms_key_arn=key_arn
              ),
          ),
      )
      glue.CfnJob(self, "Etl", command=command, role=role_arn, security_configuration=security.ref)
      glue.CfnJob(self, "Named", command=command, role=role_arn, security_configuration="etl-kms")
      glue.CfnJob(self, "Hidden", **job_props)
      # a crawler has no job bookmarks
      glue.CfnCrawler(self, "Crawler", role=role_arn, targets=targets)
      """
    ),
    Example(
      """
      import * as glue from 'aws-cdk-lib/aws-glue';

      new glue.CfnJob(this, 'Etl', { command, role: roleArn, securityConfiguration: props.securityConfiguration });
      """
    ),
  ]
}
