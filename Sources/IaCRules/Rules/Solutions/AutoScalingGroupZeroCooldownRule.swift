import IaCModel
import IaCSyntax

/// IAC724: an Auto Scaling group's cooldown is zero.
public struct AutoScalingGroupZeroCooldownRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC724",
    summary: "An Auto Scaling group has a cooldown of zero",
    url: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-scaling-cooldowns.html",
    resourceTypes: [AutoScalingGroups.group, AutoScalingGroups.cfnGroup],
    documentation: SolutionsDocumentation.page(
      code: "IAC724",
      whatItDoes: """
        Finds Auto Scaling groups whose cooldown is zero: `autoscaling.AutoScalingGroup(cooldown=Duration.seconds(0))`
        or `autoscaling.CfnAutoScalingGroup(cooldown="0")`. A group that leaves `cooldown` unset gets CDK's
        five minutes (the L2) or the service's 300 seconds (the L1) and is not reported.
        """,
      why: """
        Without a cooldown, a simple scaling policy can start another scaling activity before the instances of the
        last one have started and changed the metric, so the group overshoots and then scales back.
        """,
      example: """
        autoscaling.AutoScalingGroup(self, "Workers", vpc=vpc, instance_type=small, machine_image=image,
            cooldown=Duration.seconds(0))
        """,
      useInstead: """
        autoscaling.AutoScalingGroup(self, "Workers", vpc=vpc, instance_type=small, machine_image=image,
            cooldown=Duration.minutes(5))
        """,
      references: [
        (
          title: "Scaling cooldowns for Amazon EC2 Auto Scaling",
          url: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-scaling-cooldowns.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: [AutoScalingGroups.group],
      prop: "cooldown",
      verdict: { value in value.durationSeconds.map { $0 != 0 } },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The group has no cooldown: `cooldown` is zero"
    ),
    SolutionsPropCheck(
      types: [AutoScalingGroups.cfnGroup],
      prop: "cooldown",
      verdict: { value in seconds(value).map { $0 != 0 } },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The group has no cooldown: `cooldown` is zero"
    ),
  ]

  /// The seconds of an L1 cooldown, a string of digits (`"0"`) or a number; nil otherwise.
  static func seconds(_ value: Value) -> Int? {
    if let number = value.integer { return number }
    guard let text = value.string else { return nil }
    let digits = text.utf8.filter { $0 != UInt8(ascii: " ") }
    guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
    return Int(String(decoding: digits, as: UTF8.self))
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import Duration
      from aws_cdk import aws_autoscaling as autoscaling

      autoscaling.AutoScalingGroup(self, "Workers", vpc=vpc, instance_type=small, machine_image=image,
          ↓cooldown=Duration.seconds(0))
      autoscaling.CfnAutoScalingGroup(self, "Raw", max_size="2", min_size="1", ↓cooldown="0")
      """
    ),
    Example(
      """
      import { Duration } from 'aws-cdk-lib';
      import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';

      const none = Duration.minutes(0);
      new autoscaling.AutoScalingGroup(this, 'Workers', { vpc, instanceType, machineImage, ↓cooldown: none });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import Duration
      from aws_cdk import aws_autoscaling as autoscaling

      # cooldown=Duration.seconds(0) would let scaling activities overlap.
      autoscaling.AutoScalingGroup(self, "Default", vpc=vpc, instance_type=small, machine_image=image)
      autoscaling.AutoScalingGroup(self, "Slow", vpc=vpc, instance_type=small, machine_image=image,
          cooldown=Duration.minutes(10))
      autoscaling.AutoScalingGroup(self, "Chosen", vpc=vpc, instance_type=small, machine_image=image,
          cooldown=Duration.seconds(settings.cooldown))
      autoscaling.AutoScalingGroup(self, "Hidden", **group_props)
      autoscaling.CfnAutoScalingGroup(self, "Raw", max_size="2", min_size="1", cooldown="120")
      autoscaling.CfnAutoScalingGroup(self, "Param", max_size="2", min_size="1", cooldown=cooldown_param.value_as_string)
      """
    ),
    Example(
      """
      import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';

      new autoscaling.AutoScalingGroup(this, 'Workers', { vpc, instanceType, machineImage, ...props });
      """
    ),
  ]
}
