import IaCModel
import IaCSyntax

/// IAC864: a Glue job or crawler writes its CloudWatch logs without SSE-KMS.
public struct GlueCloudWatchLogsUnencryptedRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC864",
    summary: "A Glue job or crawler does not encrypt its CloudWatch logs",
    url: "https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html",
    resourceTypes: ["aws-cdk-lib.aws_glue.CfnJob", "aws-cdk-lib.aws_glue.CfnCrawler"],
    documentation: SolutionsDocumentation.page(
      code: "IAC864",
      whatItDoes: """
        Finds `glue.CfnJob` constructs without a `security_configuration` and `glue.CfnCrawler` constructs without a
        `crawler_security_configuration`, and those whose `glue.CfnSecurityConfiguration` (found in the same file
        through `config.ref` or its `name`) does not set `cloud_watch_encryption_mode` to `"SSE-KMS"`.
        """,
      why: """
        Glue logs carry job arguments, schema details and sometimes sample records; encrypting them with a KMS key
        puts reading them under that key's policy.
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
                cloud_watch_encryption=glue.CfnSecurityConfiguration.CloudWatchEncryptionProperty(
                    cloud_watch_encryption_mode="SSE-KMS", kms_key_arn=key.key_arn
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
    namingProps: [
      "aws-cdk-lib.aws_glue.CfnJob": "securityConfiguration",
      "aws-cdk-lib.aws_glue.CfnCrawler": "crawlerSecurityConfiguration",
    ],
    configurationType: "aws-cdk-lib.aws_glue.CfnSecurityConfiguration",
    settingsProp: "encryptionConfiguration",
    verdict: { settings in
      GlueSecurityConfigurations.mode(settings, "cloudWatchEncryption.cloudWatchEncryptionMode", is: "SSE-KMS")
    },
    unsetMessage: "The logs are not encrypted with KMS: no security configuration is set",
    failMessage: "The logs are not encrypted with KMS: the security configuration does not set `cloud_watch_encryption_mode` to `SSE-KMS`"
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    Self.check.check(resource, in: model, description: Self.description, into: &diagnostics)
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_glue as glue

      ↓glue.CfnJob(self, "Etl", command=command, role=role_arn)
      plain = glue.CfnSecurityConfiguration(
          self,
          "Plain",
          name="plain",
          encryption_configuration=glue.CfnSecurityConfiguration.EncryptionConfigurationProperty(
              cloud_watch_encryption=glue.CfnSecurityConfiguration.CloudWatchEncryptionProperty(cloud_watch_encryption_mode="DISABLED")
          ),
      )
      glue.CfnCrawler(self, "Crawler", role=role_arn, targets=targets, ↓crawler_security_configuration=plain.ref)
      """
    ),
    Example(
      """
      import * as glue from 'aws-cdk-lib/aws-glue';

      ↓new glue.CfnCrawler(this, 'Crawler', { role: roleArn, targets });
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
              cloud_watch_encryption=glue.CfnSecurityConfiguration.CloudWatchEncryptionProperty(
                  cloud_watch_encryption_mode="SSE-KMS", kms_key_arn=key_arn
              ),
          ),
      )
      glue.CfnJob(self, "Etl", command=command, role=role_arn, security_configuration=security.ref)
      glue.CfnCrawler(self, "Crawler", role=role_arn, targets=targets, crawler_security_configuration="etl-kms")
      glue.CfnJob(self, "Shared", command=command, role=role_arn, security_configuration=shared_configuration)
      glue.CfnJob(self, "Hidden", **job_props)
      """
    ),
    Example(
      """
      import * as glue from 'aws-cdk-lib/aws-glue';

      new glue.CfnJob(this, 'Etl', { command, role: roleArn, securityConfiguration: 'defined-in-another-stack' });
      """
    ),
  ]
}
