import IaCModel
import IaCSyntax

/// IAC725: an Auto Scaling group uses ELB health checks without a grace period.
public struct AutoScalingGroupElbHealthCheckWithoutGraceRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC725",
    summary: "An Auto Scaling group uses ELB health checks without a grace period",
    url: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-check-grace-period.html",
    resourceTypes: [AutoScalingGroups.group, AutoScalingGroups.cfnGroup],
    documentation: SolutionsDocumentation.page(
      code: "IAC725",
      whatItDoes: """
        Finds Auto Scaling groups whose only health check is the load balancer's and that set no grace period:
        `autoscaling.CfnAutoScalingGroup(health_check_type="ELB")` without `health_check_grace_period`, and
        `autoscaling.AutoScalingGroup(health_checks=autoscaling.HealthChecks.with_additional_checks(
        additional_types=[autoscaling.AdditionalHealthCheckType.ELB]))` without `grace_period`.
        `autoscaling.HealthCheck.elb(grace=...)` always has a grace period, and a group with EC2 health checks
        (the default) is not judged. As in cdk-nag, a group with several health check types (`ELB` and `EBS`) is
        not reported.
        """,
      why: """
        A new instance fails the load balancer's health check until its application has started. Without a grace
        period the group replaces it as unhealthy before it is ready, and can keep replacing instances forever.
        """,
      example: """
        autoscaling.CfnAutoScalingGroup(self, "Web", max_size="4", min_size="2", health_check_type="ELB")
        """,
      useInstead: """
        autoscaling.CfnAutoScalingGroup(self, "Web", max_size="4", min_size="2", health_check_type="ELB",
            health_check_grace_period=300)
        """,
      references: [
        (
          title: "Set the health check grace period for an Auto Scaling group",
          url: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-check-grace-period.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let message = "The group replaces instances that fail the load balancer's health check with no grace period"

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: [AutoScalingGroups.cfnGroup],
      prop: "healthCheckType",
      verdict: { value in value.string.map { $0 != "ELB" } },
      unsetFails: false,
      passedBy: ["healthCheckGracePeriod"],
      applies: { resource, _ in !resource.hasHiddenProps },
      unsetMessage: "",
      valueMessage: message + ": `health_check_grace_period` is not set"
    ),
    SolutionsPropCheck(
      types: [AutoScalingGroups.group],
      prop: "healthChecks",
      verdict: elbOnlyHasGrace,
      unsetFails: false,
      unsetMessage: "",
      valueMessage: message + ": `grace_period` is not set"
    ),
  ]

  /// `HealthChecks.with_additional_checks(...)`: fails when ELB is the only type and no grace period is given.
  static let elbOnlyHasGrace: SolutionsPropCheck.Verdict = { value in
    guard let (method, arguments) = value.factory(of: "HealthChecks") else { return nil }
    guard method == "withAdditionalChecks" else { return method == "ec2" ? true : nil }
    guard let options = AutoScalingGroups.options(arguments) else { return nil }
    if AutoScalingGroups.option("gracePeriod", in: options) != nil { return true }
    guard let types = AutoScalingGroups.option("additionalTypes", in: options)?.value.elements else { return nil }
    let members = types.map { $0.enumMember(of: "AdditionalHealthCheckType") }
    if members.contains(where: { $0 == nil }) { return nil }
    return members != ["ELB"]
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_autoscaling as autoscaling

      autoscaling.CfnAutoScalingGroup(self, "Web", max_size="4", min_size="2", ↓health_check_type="ELB")
      checks = autoscaling.HealthChecks.with_additional_checks(
          additional_types=[autoscaling.AdditionalHealthCheckType.ELB],
      )
      autoscaling.AutoScalingGroup(self, "Workers", vpc=vpc, instance_type=small, machine_image=image,
          ↓health_checks=checks)
      """
    ),
    Example(
      """
      import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';

      new autoscaling.AutoScalingGroup(this, 'Workers', {
        vpc, instanceType, machineImage,
        ↓healthChecks: autoscaling.HealthChecks.withAdditionalChecks({ additionalTypes: [autoscaling.AdditionalHealthCheckType.ELB] }),
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import Duration
      from aws_cdk import aws_autoscaling as autoscaling

      # health_check_type="ELB" needs a grace period.
      autoscaling.CfnAutoScalingGroup(self, "Web", max_size="4", min_size="2", health_check_type="ELB",
          health_check_grace_period=300)
      autoscaling.CfnAutoScalingGroup(self, "Ec2", max_size="4", min_size="2", health_check_type="EC2")
      autoscaling.CfnAutoScalingGroup(self, "Hidden", health_check_type="ELB", **more)
      autoscaling.AutoScalingGroup(self, "Graced", vpc=vpc, instance_type=small, machine_image=image,
          health_check=autoscaling.HealthCheck.elb(grace=Duration.minutes(5)))
      autoscaling.AutoScalingGroup(self, "Both", vpc=vpc, instance_type=small, machine_image=image,
          health_checks=autoscaling.HealthChecks.with_additional_checks(
              additional_types=[autoscaling.AdditionalHealthCheckType.ELB, autoscaling.AdditionalHealthCheckType.EBS],
          ))
      autoscaling.AutoScalingGroup(self, "Waits", vpc=vpc, instance_type=small, machine_image=image,
          health_checks=autoscaling.HealthChecks.with_additional_checks(
              additional_types=[autoscaling.AdditionalHealthCheckType.ELB], grace_period=Duration.minutes(3),
          ))
      autoscaling.AutoScalingGroup(self, "Chosen", vpc=vpc, instance_type=small, machine_image=image,
          health_checks=configured_checks)
      """
    ),
  ]
}
