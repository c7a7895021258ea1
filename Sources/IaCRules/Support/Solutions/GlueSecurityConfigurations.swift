import IaCModel

/// Reading a Glue security configuration's `encryption_configuration`.
enum GlueSecurityConfigurations {
  /// Whether the mode at `path` is the literal `mode`: false when it is another literal or certainly unset, nil when
  /// it cannot be evaluated.
  static func mode(_ settings: Value, _ path: String, is mode: String) -> Bool? {
    switch CfnStructs.field(settings, path) {
    case .absent: return false
    case .unknown: return nil
    case .value(let value): return value.string.map { $0 == mode }
    }
  }
}
