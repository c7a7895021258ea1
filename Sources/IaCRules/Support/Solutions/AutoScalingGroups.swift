import IaCModel

/// What the Auto Scaling rules of the AWS Solutions pack share.
enum AutoScalingGroups {
  static let group = "aws-cdk-lib.aws_autoscaling.AutoScalingGroup"
  static let cfnGroup = "aws-cdk-lib.aws_autoscaling.CfnAutoScalingGroup"

  /// The named options of a static factory call: its keyword arguments (Python) or the entries of its object
  /// argument (TypeScript). Nil when an argument is neither (a variable iaclsp cannot follow, a spread).
  static func options(_ arguments: [Value.Entry]) -> [Value.Entry]? {
    var options: [Value.Entry] = []
    for argument in arguments {
      if argument.name != nil {
        options.append(argument)
      } else if let entries = argument.value.entries {
        options += entries
      } else {
        return nil
      }
    }
    return options
  }

  /// The option named `name` (any casing) among `options`.
  static func option(_ name: String, in options: [Value.Entry]) -> Value.Entry? {
    let key = PropName.fold(name)
    return options.first { $0.name.map(PropName.fold) == key }
  }

  /// The notification types a group must send, as CloudFormation names them.
  static let requiredNotifications: Set<String> = [
    "autoscaling:EC2_INSTANCE_LAUNCH",
    "autoscaling:EC2_INSTANCE_LAUNCH_ERROR",
    "autoscaling:EC2_INSTANCE_TERMINATE",
    "autoscaling:EC2_INSTANCE_TERMINATE_ERROR",
  ]

  /// The notification types of an `autoscaling.ScalingEvents` constant, as aws-cdk-lib defines them.
  static func notificationTypes(ofScalingEvents member: String) -> Set<String>? {
    let launch: Set<String> = ["autoscaling:EC2_INSTANCE_LAUNCH", "autoscaling:EC2_INSTANCE_LAUNCH_ERROR"]
    let terminate: Set<String> = ["autoscaling:EC2_INSTANCE_TERMINATE", "autoscaling:EC2_INSTANCE_TERMINATE_ERROR"]
    switch member {
    case "ALL": return requiredNotifications
    case "ERRORS": return ["autoscaling:EC2_INSTANCE_LAUNCH_ERROR", "autoscaling:EC2_INSTANCE_TERMINATE_ERROR"]
    case "LAUNCH_EVENTS": return launch
    case "TERMINATION_EVENTS": return terminate
    default: return nil
    }
  }
}
