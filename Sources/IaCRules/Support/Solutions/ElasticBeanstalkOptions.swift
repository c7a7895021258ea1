import IaCModel

/// Reading the `option_settings` of an Elastic Beanstalk environment (`elasticbeanstalk.CfnEnvironment`), which the
/// Elastic Beanstalk rules of the AWS Solutions pack judge.
enum ElasticBeanstalkOptions {
  /// One option setting a rule requires: its namespace and option name, and which values satisfy it (nil: unknown).
  struct Requirement: Sendable {
    var namespace: String
    var option: String
    /// The verdict on the setting's `value` entry, nil when it is absent.
    var accepts: @Sendable (Value?) -> Bool?
  }

  static let type = "aws-cdk-lib.aws_elasticbeanstalk.CfnEnvironment"

  /// The verdict on an `option_settings` value: true when every requirement has a setting that satisfies it, false
  /// when the list is known and some requirement has none, nil when a setting (or the list) cannot be read and might
  /// be the missing one.
  static func verdict(_ requirements: [Requirement]) -> SolutionsPropCheck.Verdict {
    { value in
      if case .null = value.kind { return false }
      guard let settings = value.elements else { return nil }
      var satisfied = Array(repeating: false, count: requirements.count)
      var unknown = false
      for setting in settings {
        guard case .object = setting.kind,
          let namespace = setting.entry("namespace")?.value.string,
          let option = setting.entry("optionName")?.value.string
        else {
          unknown = true
          continue
        }
        for (index, requirement) in requirements.enumerated()
        where requirement.namespace == namespace && requirement.option == option {
          switch requirement.accepts(setting.entry("value")?.value) {
          case true: satisfied[index] = true
          case nil: unknown = true
          case false: break
          }
        }
      }
      if satisfied.allSatisfy({ $0 }) { return true }
      return unknown ? nil : false
    }
  }

  /// Accepts a setting whose value is one of these strings.
  static func value(in accepted: Set<String>) -> @Sendable (Value?) -> Bool? {
    { value in
      guard let value else { return false }
      if case .null = value.kind { return false }
      return value.string.map { accepted.contains($0) }
    }
  }
}
