/// One package's catalogue as generated text (`Scripts/generate-api-catalog.py`), compiled into the binary.
///
/// The text is one record a line, fields separated by tabs. It is parsed lazily: ``APIPackageIndex`` indexes the
/// module and type lines on first use, and a type's members are decoded only when the type is looked up.
public struct APICatalogTable: Sendable {
  /// The package's name: `aws-cdk-lib`, `pulumi-aws`, `@cdktf/provider-aws`.
  public let package: String
  /// The package version the table was generated from.
  public let version: String
  package let text: String

  init(package: String, version: String, text: String) {
    self.package = package
    self.version = version
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

