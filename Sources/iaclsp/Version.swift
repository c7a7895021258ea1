import IaCRules

/// The version iaclsp reports.
enum Version {
  static let number = "0.1.0"

  static var full: String {
    "iaclsp \(number) (aws-cdk-lib API table \(CDKModules.version))"
  }
}
