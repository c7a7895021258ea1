import IaCModel
import IaCRules

/// The version iaclsp reports.
enum Version {
  static let number = "0.1.0"

  static var full: String {
    "iaclsp \(number) (API catalogue: "
      + APICatalog.packageVersions.map { "\($0.package) \($0.version)" }.joined(separator: ", ") + ")"
  }
}
