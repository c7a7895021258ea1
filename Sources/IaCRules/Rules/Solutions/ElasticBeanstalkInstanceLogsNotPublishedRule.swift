import IaCModel
import IaCSyntax

/// IAC832: an Elastic Beanstalk environment does not publish its instance logs to S3.
public struct ElasticBeanstalkInstanceLogsNotPublishedRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC832",
    summary: "An Elastic Beanstalk environment does not publish instance logs to S3",
    url: "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.logging.html",
    resourceTypes: [ElasticBeanstalkOptions.type],
    documentation: SolutionsDocumentation.page(
      code: "IAC832",
      whatItDoes: """
        Finds `elasticbeanstalk.CfnEnvironment` environments whose `option_settings` do not set
        `LogPublicationControl` to `"true"` in the `aws:elasticbeanstalk:hostmanager` namespace, or that have no
        `option_settings`. A settings list with an entry iaclsp cannot read is not reported.
        """,
      why: """
        Instance logs stay on the instances unless they are published: when an instance is replaced or scaled in,
        its logs are lost, and with them the record of what happened on it.
        """,
      example: """
        elasticbeanstalk.CfnEnvironment(self, "Web", application_name="web")
        """,
      useInstead: """
        elasticbeanstalk.CfnEnvironment(
            self,
            "Web",
            application_name="web",
            option_settings=[
                elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
                    namespace="aws:elasticbeanstalk:hostmanager", option_name="LogPublicationControl", value="true"
                ),
            ],
        )
        """,
      references: [
        (
          title: "Viewing logs from Amazon EC2 instances in your Elastic Beanstalk environment",
          url: "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.logging.html"
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
        .init(
          namespace: "aws:elasticbeanstalk:hostmanager",
          option: "LogPublicationControl",
          accepts: ElasticBeanstalkOptions.value(in: ["true"])
        ),
      ]),
      unsetFails: true,
      unsetMessage: "The environment's instance logs are not published to S3: `option_settings` is not set",
      valueMessage: "The environment's instance logs are not published to S3: `LogPublicationControl` is not `true`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticbeanstalk as elasticbeanstalk

      ↓elasticbeanstalk.CfnEnvironment(self, "Web", application_name="web")
      logs = {"namespace": "aws:elasticbeanstalk:hostmanager", "optionName": "LogPublicationControl", "value": "false"}
      elasticbeanstalk.CfnEnvironment(self, "Quiet", application_name="web", ↓option_settings=[logs])
      """
    ),
    Example(
      """
      import * as eb from 'aws-cdk-lib/aws-elasticbeanstalk';

      ↓new eb.CfnEnvironment(this, 'Web', { applicationName: 'web' });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticbeanstalk as elasticbeanstalk

      publish = "true"  # LogPublicationControl
      elasticbeanstalk.CfnEnvironment(
          self,
          "Web",
          application_name="web",
          option_settings=[
              elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
                  namespace="aws:elasticbeanstalk:hostmanager", option_name="LogPublicationControl", value=publish
              ),
          ],
      )
      elasticbeanstalk.CfnEnvironment(self, "Hidden", **environment_props)
      """
    ),
    Example(
      """
      import * as eb from 'aws-cdk-lib/aws-elasticbeanstalk';

      new eb.CfnEnvironment(this, 'Web', {
        applicationName: 'web',
        optionSettings: [{ namespace: 'aws:elasticbeanstalk:hostmanager', optionName: 'LogPublicationControl', value: 'true' }],
      });
      new eb.CfnEnvironment(this, 'Chosen', { applicationName: 'web', optionSettings: props.settings });
      """
    ),
  ]
}
