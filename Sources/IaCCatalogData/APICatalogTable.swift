/// One package's catalogue as generated text (`Scripts/generate-api-catalog.py`), compiled into the binary.
///
/// The texts are static string literals, so they cost nothing until read: ``APIPackageIndex`` binary-searches their
/// bytes in place. `text` holds one record a line, fields separated by tabs, each module's types sorted by name; the
/// directories hold fixed-width hexadecimal entries: `modules` the offset of each module's `M` line and the index of
/// its first type (17 bytes an entry, sorted by module key, then a closing entry), `types` the offset of each `T`
/// line (9 bytes an entry), `importDirectory` the offset of each line of `imports` (`spelling TAB module key`, sorted).
public struct APICatalogTable: Sendable {
  /// The package's name: `aws-cdk-lib`, `pulumi-aws`, `@cdktf/provider-aws`.
  public let package: String
  /// The package version the table was generated from.
  public let version: String
  package let modules: StaticString
  package let types: StaticString
  package let imports: StaticString
  package let importDirectory: StaticString
  package let text: StaticString

  init(
    package: String, version: String, modules: StaticString, types: StaticString, imports: StaticString,
    importDirectory: StaticString, text: StaticString
  ) {
    self.package = package
    self.version = version
    self.modules = modules
    self.types = types
    self.imports = imports
    self.importDirectory = importDirectory
    self.text = text
  }

  /// Every table compiled in, in the order `iaclsp --version` lists them.
  public static var all: [APICatalogTable] { [cdk, pulumi, cdktf] }

  /// The Python name jsii gives a camelCase name (`logRetention` → `log_retention`, `ipv6Cidr` → `ipv6_cidr`); names
  /// that start with an uppercase letter are kept. The generator writes a Python name only where this is wrong.
  public static func snakeCase(_ name: String) -> String {
    let bytes = Array(name.utf8)
    guard let first = bytes.first, isLower(first) || first == UInt8(ascii: "_") else { return name }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 4)
    for (index, byte) in bytes.enumerated() {
      if isUpper(byte) {
        let previous = index > 0 ? bytes[index - 1] : 0
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        if index > 0 && (isLower(previous) || isDigit(previous) || (isUpper(previous) && isLower(next))) {
          output.append(UInt8(ascii: "_"))
        }
        output.append(byte + 32)
      } else {
        output.append(byte)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  package static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
  package static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
  package static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}

