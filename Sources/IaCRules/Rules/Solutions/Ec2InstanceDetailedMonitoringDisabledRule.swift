import IaCModel
import IaCSyntax

/// IAC713: an EC2 instance does not turn on detailed monitoring.
public struct Ec2InstanceDetailedMonitoringDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC713",
    summary: "An EC2 instance does not turn on detailed monitoring",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html",
    resourceTypes: [
      "aws-cdk-lib.aws_ec2.Instance",
    ],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC713",
      whatItDoes: """
        Finds `ec2.Instance` constructs that do not set `detailed_monitoring=True`.
        """,
      why: """
        Basic monitoring publishes metrics every five minutes, too coarse to alarm on a spike or to scale in time.
        """,
      example: """
        ec2.Instance(self, "Host", vpc=vpc, machine_image=image)
        """,
      useInstead: """
        ec2.Instance(self, "Host", vpc=vpc, machine_image=image, detailed_monitoring=True)
        """,
      fixSafety: """
        Detailed monitoring is changed in place; CloudWatch charges for the extra metrics.
        """,
      references: [
        (
          title: "Manage detailed monitoring for your EC2 instances",
          url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html"
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
      prop: "detailedMonitoring",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "The instance reports metrics only every five minutes: `detailed_monitoring` is unset",
      valueMessage: "The instance reports metrics only every five minutes: `detailed_monitoring` is false",
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

      ec2.Instance(self, "Host", vpc=vpc, machine_image=image, detailed_monitoring=True)
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_ec2 as ec2

        ec2.Instance(self, "Host", vpc=vpc, detailed_monitoring=False)
        """
      ),
      """
      from aws_cdk import aws_ec2 as ec2

      ec2.Instance(self, "Host", vpc=vpc, detailed_monitoring=True)
      """
    ),
  ]
}
