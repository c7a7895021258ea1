import IaCModel

/// Reading an EMR security configuration (`emr.CfnSecurityConfiguration(security_configuration=...)`), a JSON
/// document whose keys reach EMR as written.
enum EmrSecurityConfigurations {
  /// Whether the configuration turns on `switch` under `EncryptionConfiguration` and names a provider at `provider`
  /// below it: false when either is certainly missing or the switch is false, nil when one cannot be evaluated.
  static func enables(_ settings: Value, switch name: String, provider: String) -> Bool? {
    let root = "EncryptionConfiguration"
    let enabled: Bool?
    switch CfnStructs.field(settings, root + "." + name) {
    case .absent: return false
    case .unknown: enabled = nil
    case .value(let flag): enabled = flag.bool
    }
    if enabled == false { return false }
    guard let hasProvider = CfnStructs.isWritten(CfnStructs.field(settings, root + "." + provider)) else { return nil }
    if !hasProvider { return false }
    return enabled
  }
}
