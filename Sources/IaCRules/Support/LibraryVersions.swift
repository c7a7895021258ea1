import IaCModel

/// The library versions a project pins, as rules that judge code against the API catalogue need them: the
/// catalogue describes one release of each package, and its facts hold only for projects on that major version.
enum LibraryVersions {
  /// The project's pins. Reading them parses the manifests: rules ask only once they have something to report.
  static func pins(for context: RuleContext) -> DependencyPins {
    DependencyPins.pins(for: context.project)
  }

  /// Whether the catalogue's facts about `package` hold for the project: nothing is pinned (the newest release is
  /// installed), or the pin has the catalogue's major version.
  static func catalogueApplies(to package: APIPackage, pins: DependencyPins) -> Bool {
    guard let pin = pins.pins[package], let major = pin.major else { return true }
    return major == catalogueMajor(of: package)
  }

  /// The major version of the package release the catalogue describes.
  static func catalogueMajor(of package: APIPackage) -> Int? {
    Int(package.catalogueVersion.split(separator: ".").first ?? "")
  }

  /// Whether the project pins `package` below `version` (`2.156`). Nothing pinned, not below.
  static func pinsBelow(_ package: APIPackage, _ version: String, pins: DependencyPins) -> Bool {
    guard let pin = pins.pins[package] else { return false }
    return compare(pin.version, version) < 0
  }

  /// Compares dotted version numbers part by part (`2.99.1` < `2.156`); missing parts count as 0.
  static func compare(_ a: String, _ b: String) -> Int {
    let x = a.split(separator: ".").map { Int($0.prefix { $0.isNumber }) ?? 0 }
    let y = b.split(separator: ".").map { Int($0.prefix { $0.isNumber }) ?? 0 }
    for index in 0..<max(x.count, y.count) {
      let left = index < x.count ? x[index] : 0
      let right = index < y.count ? y[index] : 0
      if left != right { return left < right ? -1 : 1 }
    }
    return 0
  }
}
