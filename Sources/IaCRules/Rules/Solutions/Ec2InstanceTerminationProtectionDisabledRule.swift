import IaCModel
import IaCSyntax

/// IAC714: an EC2 instance can be terminated through the API without first lifting a protection.
public struct Ec2InstanceTerminationProtectionDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC714",
    summary: "An EC2 instance can be terminated through the API without first lifting a protection",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_ChangingDisableAPITermination.html",
    resourceTypes: [
      "aws-cdk-lib.aws_ec2.Instance",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC714",
      whatItDoes: """
        Finds `ec2.Instance` constructs that do not set `disable_api_termination=True`.
        """,
      why: """
        A mistyped command or script can terminate a long-lived instance and lose what is on its instance store;
        termination protection makes that a deliberate two-step action.
        """,
      example: """
        ec2.Instance(self, "Host", vpc=vpc, machine_image=image)
        """,
      useInstead: """
        ec2.Instance(self, "Host", vpc=vpc, machine_image=image, disable_api_termination=True)
        """,
      fixSafety: """
        The protection is changed in place. With it on, CloudFormation cannot delete the instance until it is turned
        off again.
        """,
      references: [
        (
          title: "Enable termination protection",
          url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_ChangingDisableAPITermination.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_ec2.Instance"],
      prop: "disableApiTermination",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "The instance has no termination protection: `disable_api_termination` is not set",
      valueMessage: "The instance has no termination protection: `disable_api_termination` is false",
      fixValue: true
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ec2 as ec2

      ↓ec2.Instance(self, "Host", vpc=vpc, machine_image=image)
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ec2 as ec2

      ec2.Instance(self, "Host", vpc=vpc, machine_image=image, disable_api_termination=True)
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_ec2 as ec2

        ec2.Instance(self, "Host", vpc=vpc)
        """
      ),
      """
      from aws_cdk import aws_ec2 as ec2

      ec2.Instance(self, "Host", vpc=vpc, disable_api_termination=True)
      """
    ),
  ]
}
