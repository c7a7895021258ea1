import IaCModel
import IaCSyntax

/// IAC831: an Elastic Beanstalk environment does not turn on managed platform updates.
public struct ElasticBeanstalkManagedUpdatesDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC831",
    summary: "An Elastic Beanstalk environment does not turn on managed platform updates",
    url: "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-platform-update-managed.html",
    resourceTypes: [ElasticBeanstalkOptions.type],
    documentation: SolutionsDocumentation.page(
      code: "IAC831",
      whatItDoes: """
        Finds `elasticbeanstalk.CfnEnvironment` environments whose `option_settings` do not both turn on
        `ManagedActionsEnabled` (namespace `aws:elasticbeanstalk:managedactions`, value `"true"` or no value) and set
        `UpdateLevel` to `"minor"` or `"patch"` (namespace `aws:elasticbeanstalk:managedactions:platformupdate`), or
        that have no `option_settings`. A settings list with an entry iaclsp cannot read is not reported.
        """,
      why: """
        Without managed updates, the environment keeps running the platform version it was created with, and its
        operating system, language runtime and web server miss security patches until someone updates it by hand.
        """,
      example: """
        elasticbeanstalk.CfnEnvironment(self, "Web", application_name="web")
        """,
      useInstead: """
        option = elasticbeanstalk.CfnEnvironment.OptionSettingProperty
        elasticbeanstalk.CfnEnvironment(
            self,
            "Web",
            application_name="web",
            option_settings=[
                option(namespace="aws:elasticbeanstalk:managedactions", option_name="ManagedActionsEnabled", value="true"),
                option(
                    namespace="aws:elasticbeanstalk:managedactions", option_name="PreferredStartTime", value="Sun:02:00"
                ),
                option(
                    namespace="aws:elasticbeanstalk:managedactions:platformupdate", option_name="UpdateLevel", value="minor"
                ),
            ],
        )
        """,
      references: [
        (
          title: "Managed platform updates",
          url: "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-platform-update-managed.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: [ElasticBeanstalkOptions.type],
      prop: "optionSettings",
      verdict: ElasticBeanstalkOptions.verdict([
        .init(namespace: "aws:elasticbeanstalk:managedactions", option: "ManagedActionsEnabled", accepts: { value in
          guard let value else { return true }
          return value.string.map { $0 == "true" }
        }),
        .init(
          namespace: "aws:elasticbeanstalk:managedactions:platformupdate",
          option: "UpdateLevel",
          accepts: ElasticBeanstalkOptions.value(in: ["minor", "patch"])
        ),
      ]),
      unsetFails: true,
      unsetMessage: "The environment's platform is not updated: `option_settings` is not set",
      valueMessage: """
        The environment's platform is not updated: the option settings do not turn on `ManagedActionsEnabled` with an \
        `UpdateLevel` of `minor` or `patch`
        """
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticbeanstalk as elasticbeanstalk

      ↓elasticbeanstalk.CfnEnvironment(self, "Web", application_name="web")
      enabled = elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
          namespace="aws:elasticbeanstalk:managedactions", option_name="ManagedActionsEnabled", value="true"
      )
      elasticbeanstalk.CfnEnvironment(self, "NoLevel", application_name="web", ↓option_settings=[enabled])
      """
    ),
    Example(
      """
      import * as eb from 'aws-cdk-lib/aws-elasticbeanstalk';

      new eb.CfnEnvironment(this, 'Web', {
        applicationName: 'web',
        ↓optionSettings: [
          { namespace: 'aws:elasticbeanstalk:managedactions', optionName: 'ManagedActionsEnabled', value: 'false' },
          { namespace: 'aws:elasticbeanstalk:managedactions:platformupdate', optionName: 'UpdateLevel', value: 'minor' },
        ],
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticbeanstalk as elasticbeanstalk

      # ManagedActionsEnabled "false" would be reported
      elasticbeanstalk.CfnEnvironment(
          self,
          "Web",
          application_name="web",
          option_settings=[
              elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
                  namespace="aws:elasticbeanstalk:managedactions", option_name="ManagedActionsEnabled", value="true"
              ),
              elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
                  namespace="aws:elasticbeanstalk:managedactions:platformupdate", option_name="UpdateLevel", value="patch"
              ),
          ],
      )
      elasticbeanstalk.CfnEnvironment(self, "Shared", application_name="web", option_settings=settings_from_config)
      elasticbeanstalk.CfnEnvironment(self, "Hidden", **environment_props)
      """
    ),
    Example(
      """
      import * as eb from 'aws-cdk-lib/aws-elasticbeanstalk';

      const level = 'minor';
      new eb.CfnEnvironment(this, 'Web', {
        applicationName: 'web',
        optionSettings: [
          { namespace: 'aws:elasticbeanstalk:managedactions', optionName: 'ManagedActionsEnabled' },
          { namespace: 'aws:elasticbeanstalk:managedactions:platformupdate', optionName: 'UpdateLevel', value: level },
        ],
      });
      new eb.CfnEnvironment(this, 'Hidden', { ...environmentProps });
      """
    ),
  ]
}
