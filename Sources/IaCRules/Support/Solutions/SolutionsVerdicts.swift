import IaCModel

/// Verdicts on struct values that several AWS Solutions rules share.
enum SolutionsVerdicts {
  /// Whether every one of these entries of an object is literally true: false when one is missing or false, nil
  /// when one cannot be evaluated (and none is certainly missing or false), or when the value is not an object.
  static func allTrue(_ value: Value, _ names: [String]) -> Bool? {
    guard case .object = value.kind else { return nil }
    var unknown = false
    for name in names {
      guard let flag = value.entry(name)?.value else { return false }
      guard let enabled = flag.bool else {
        unknown = true
        continue
      }
      if !enabled { return false }
    }
    return unknown ? nil : true
  }

  /// An options struct's `enabled` switch, which CDK turns on when `implied` is given instead
  /// (`EncryptionAtRestOptions(kms_key=...)`, `ZoneAwarenessConfig(availability_zone_count=...)`).
  static func enabled(orImpliedBy implied: String) -> SolutionsPropCheck.Verdict {
    { value in
      guard case .object = value.kind else { return nil }
      if let enabled = value.entry("enabled")?.value { return enabled.bool }
      return value.entry(implied) != nil
    }
  }
}
