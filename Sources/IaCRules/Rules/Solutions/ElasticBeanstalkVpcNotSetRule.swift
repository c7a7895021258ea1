import IaCModel
import IaCSyntax

/// IAC830: an Elastic Beanstalk environment does not name the VPC it runs in.
public struct ElasticBeanstalkVpcNotSetRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC830",
    summary: "An Elastic Beanstalk environment does not set its VPC",
    url: "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/vpc.html",
    resourceTypes: [ElasticBeanstalkOptions.type],
    documentation: SolutionsDocumentation.page(
      code: "IAC830",
      whatItDoes: """
        Finds `elasticbeanstalk.CfnEnvironment` environments whose `option_settings` have no `VPCId` option in the
        `aws:ec2:vpc` namespace, or that have no `option_settings`. A settings list with an entry iaclsp cannot read
        (a variable of your own code, a spread) is not reported, since that entry may be the VPC.
        """,
      why: """
        Without a VPC of your choosing, the environment's instances and load balancer run in the account's default
        VPC, with its public subnets and permissive defaults, next to whatever else lives there.
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
                    namespace="aws:ec2:vpc", option_name="VPCId", value=vpc.vpc_id
                ),
            ],
        )
        """,
      references: [
        (
          title: "Using Elastic Beanstalk with Amazon VPC",
          url: "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/vpc.html"
        ),
        (
          title: "General options for all environments: aws:ec2:vpc",
          url: "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html#command-options-general-ec2vpc"
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
        .init(namespace: "aws:ec2:vpc", option: "VPCId", accepts: { value in
          guard let value else { return false }
          if case .null = value.kind { return false }
          return true
        }),
      ]),
      unsetFails: true,
      unsetMessage: "The environment runs in the default VPC: `option_settings` is not set",
      valueMessage: "The environment runs in the default VPC: no option setting `aws:ec2:vpc` `VPCId`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticbeanstalk as elasticbeanstalk

      ↓elasticbeanstalk.CfnEnvironment(self, "Web", application_name="web")
      elasticbeanstalk.CfnEnvironment(
          self,
          "Scaled",
          application_name="web",
          ↓option_settings=[
              elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
                  namespace="aws:autoscaling:asg", option_name="MaxSize", value="4"
              ),
          ],
      )
      """
    ),
    Example(
      """
      import * as eb from 'aws-cdk-lib/aws-elasticbeanstalk';

      const settings = [{ namespace: 'aws:ec2:instances', optionName: 'InstanceTypes', value: 't3.small' }];
      new eb.CfnEnvironment(this, 'Web', { applicationName: 'web', ↓optionSettings: settings });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_elasticbeanstalk as elasticbeanstalk

      # elasticbeanstalk.CfnEnvironment(self, "Old", application_name="web")
      vpc_setting = elasticbeanstalk.CfnEnvironment.OptionSettingProperty(
          namespace="aws:ec2:vpc", option_name="VPCId", value=vpc.vpc_id
      )
      elasticbeanstalk.CfnEnvironment(self, "Web", application_name="web", option_settings=[vpc_setting])
      elasticbeanstalk.CfnEnvironment(
          self, "Dict", application_name="web", option_settings=[{"namespace": "aws:ec2:vpc", "optionName": "VPCId", "value": "vpc-1"}]
      )
      elasticbeanstalk.CfnEnvironment(self, "Shared", application_name="web", option_settings=[*common_settings])
      elasticbeanstalk.CfnEnvironment(self, "Built", application_name="web", option_settings=make_settings(vpc))
      elasticbeanstalk.CfnEnvironment(self, "Hidden", **environment_props)
      """
    ),
    Example(
      """
      import * as eb from 'aws-cdk-lib/aws-elasticbeanstalk';

      new eb.CfnEnvironment(this, 'Web', {
        applicationName: 'web',
        optionSettings: [{ namespace: 'aws:ec2:vpc', optionName: 'VPCId', value: vpc.vpcId }, ...common],
      });
      new eb.CfnEnvironment(this, 'Hidden', { ...environmentProps });
      """
    ),
  ]
}
