import IaCCatalogData

/// How jsii and the providers spell one name in each language, for code above the model that must not read the
/// catalogue tables themselves.
package enum Casing {
  /// The Python name jsii gives a camelCase name (`logRetention` → `log_retention`).
  package static func snakeCase(_ name: String) -> String { APICatalogTable.snakeCase(name) }
  package static func isLower(_ byte: UInt8) -> Bool { APICatalogTable.isLower(byte) }
  package static func isUpper(_ byte: UInt8) -> Bool { APICatalogTable.isUpper(byte) }
  package static func isDigit(_ byte: UInt8) -> Bool { APICatalogTable.isDigit(byte) }
}
