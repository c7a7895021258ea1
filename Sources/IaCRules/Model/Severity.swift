import IaCModel
/// How serious a finding is. The order is from most to least serious.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  case error
  case warning
  case info
  case hint

  var rank: Int {
    switch self {
    case .error: return 0
    case .warning: return 1
    case .info: return 2
    case .hint: return 3
    }
  }

  /// `error < warning`: a smaller severity is more serious.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
