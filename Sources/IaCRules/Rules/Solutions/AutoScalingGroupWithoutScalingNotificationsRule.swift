import IaCModel
import IaCSyntax

/// IAC726: an Auto Scaling group does not notify of every launch and termination.
public struct AutoScalingGroupWithoutScalingNotificationsRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC726",
    summary: "An Auto Scaling group does not send notifications for every scaling event",
    url: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-sns-notifications.html",
    resourceTypes: [AutoScalingGroups.group, AutoScalingGroups.cfnGroup],
    documentation: SolutionsDocumentation.page(
      code: "IAC726",
      whatItDoes: """
        Finds Auto Scaling groups whose notifications do not cover instance launch, launch error, termination and
        termination error: an `autoscaling.AutoScalingGroup` without `notifications`, or whose notifications name
        only some events (`scaling_events=autoscaling.ScalingEvents.ERRORS`), and an
        `autoscaling.CfnAutoScalingGroup` whose `notification_configurations` are missing or miss one of those
        types. A notification without `scaling_events` covers every event, and so does the deprecated
        `notifications_topic`. A group whose props come partly from `**kwargs`, a spread or a dictionary iaclsp
        does not expand (`**common`) is not reported when `notifications` is not written: it may be among them.
        """,
      why: """
        Scaling notifications tell operators when instances come and go and, above all, when launching or
        terminating one fails, which otherwise goes unnoticed until capacity runs short.
        """,
      example: """
        autoscaling.AutoScalingGroup(self, "Workers", vpc=vpc, instance_type=small, machine_image=image)
        """,
      useInstead: """
        autoscaling.AutoScalingGroup(self, "Workers", vpc=vpc, instance_type=small, machine_image=image,
            notifications=[autoscaling.NotificationConfiguration(topic=topic)])
        """,
      references: [
        (
          title: "Amazon SNS notification options for Amazon EC2 Auto Scaling",
          url: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-sns-notifications.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let partial = "The group's notifications miss some of launch, launch error, terminate and terminate error"

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: [AutoScalingGroups.group],
      prop: "notifications",
      verdict: { value in covers(value, events: "scalingEvents", types: l2Types) },
      unsetFails: true,
      passedBy: ["notificationsTopic"],
      unsetMessage: "The group sends no scaling notifications: `notifications` is not set",
      valueMessage: partial
    ),
    SolutionsPropCheck(
      types: [AutoScalingGroups.cfnGroup],
      prop: "notificationConfigurations",
      verdict: { value in covers(value, events: "notificationTypes", types: l1Types) },
      unsetFails: true,
      unsetMessage: "The group sends no scaling notifications: `notification_configurations` is not set",
      valueMessage: partial
    ),
  ]

  /// Whether the notification configurations of `value` together cover every required type; nil when one of them
  /// cannot be read.
  static func covers(_ value: Value, events: String, types: (Value?) -> Set<String>?) -> Bool? {
    guard let configurations = value.elements else { return nil }
    var covered = Set<String>()
    for configuration in configurations {
      guard configuration.entries != nil, let found = types(configuration.entry(events)?.value) else { return nil }
      covered.formUnion(found)
    }
    return covered.isSuperset(of: AutoScalingGroups.requiredNotifications)
  }

  /// `scaling_events` of an L2 notification: every event when unset, else an `autoscaling.ScalingEvents` constant.
  static func l2Types(_ events: Value?) -> Set<String>? {
    guard let events else { return AutoScalingGroups.requiredNotifications }
    return events.enumMember(of: "ScalingEvents").flatMap(AutoScalingGroups.notificationTypes(ofScalingEvents:))
  }

  /// `notification_types` of an L1 notification configuration: a list of strings.
  static func l1Types(_ types: Value?) -> Set<String>? {
    guard let elements = types?.elements else { return types == nil ? [] : nil }
    let names = elements.map(\.string)
    if names.contains(where: { $0 == nil }) { return nil }
    return Set(names.compactMap { $0 })
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_autoscaling as autoscaling

      ↓autoscaling.AutoScalingGroup(self, "Workers", vpc=vpc, instance_type=small, machine_image=image)
      errors = autoscaling.ScalingEvents.ERRORS
      autoscaling.AutoScalingGroup(self, "Quiet", vpc=vpc, instance_type=small, machine_image=image,
          ↓notifications=[autoscaling.NotificationConfiguration(topic=topic, scaling_events=errors)])
      autoscaling.CfnAutoScalingGroup(self, "Raw", max_size="2", min_size="1",
          ↓notification_configurations=[autoscaling.CfnAutoScalingGroup.NotificationConfigurationProperty(
              topic_arn=topic.topic_arn, notification_types=["autoscaling:EC2_INSTANCE_LAUNCH"])])
      """
    ),
    Example(
      """
      import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';

      ↓new autoscaling.AutoScalingGroup(this, 'Workers', { vpc, instanceType, machineImage });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_autoscaling as autoscaling

      # notifications=[] would be reported.
      autoscaling.AutoScalingGroup(self, "Workers", vpc=vpc, instance_type=small, machine_image=image,
          notifications=[autoscaling.NotificationConfiguration(topic=topic)])
      autoscaling.AutoScalingGroup(self, "Split", vpc=vpc, instance_type=small, machine_image=image,
          notifications=[
              autoscaling.NotificationConfiguration(topic=topic, scaling_events=autoscaling.ScalingEvents.LAUNCH_EVENTS),
              autoscaling.NotificationConfiguration(topic=topic, scaling_events=autoscaling.ScalingEvents.TERMINATION_EVENTS),
          ])
      autoscaling.AutoScalingGroup(self, "Custom", vpc=vpc, instance_type=small, machine_image=image,
          notifications=[autoscaling.NotificationConfiguration(topic=topic, scaling_events=my_events)])
      autoscaling.AutoScalingGroup(self, "Hidden", **group_props)
      """
    ),
    Example(
      """
      import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';

      new autoscaling.AutoScalingGroup(this, 'Workers', { vpc, instanceType, machineImage, notifications: [{ topic }] });
      new autoscaling.CfnAutoScalingGroup(this, 'Raw', {
        maxSize: '2', minSize: '1',
        notificationConfigurations: [{ topicArn, notificationTypes: [
          'autoscaling:EC2_INSTANCE_LAUNCH', 'autoscaling:EC2_INSTANCE_LAUNCH_ERROR',
          'autoscaling:EC2_INSTANCE_TERMINATE', 'autoscaling:EC2_INSTANCE_TERMINATE_ERROR',
        ] }],
      });
      """
    ),
  ]
}
