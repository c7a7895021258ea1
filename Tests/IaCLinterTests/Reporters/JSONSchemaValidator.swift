import Foundation
import IaCSyntax

/// A validator for the part of JSON Schema (draft-04 to draft-07) that the SARIF 2.1.0 schema uses: `type`,
/// `properties`, `required`, `additionalProperties`, `items`, `minItems`, `uniqueItems`, `enum`, `minimum`,
/// `maximum`, `pattern`, `format` (`uri`, `uri-reference`, `date-time`), `anyOf`, `oneOf` and `$ref` to
/// `#/definitions/…`. A keyword it does not know is reported as an error rather than skipped, so a schema that
/// needs more cannot pass by accident.
struct JSONSchemaValidator {
  /// Keywords that carry no constraint.
  static let annotations: Set<String> = ["$schema", "id", "$id", "title", "description", "default", "definitions"]
  static let constraints: Set<String> = [
    "type", "properties", "required", "additionalProperties", "items", "minItems", "uniqueItems", "enum", "minimum",
    "maximum", "pattern", "format", "anyOf", "oneOf", "$ref",
  ]

  let root: JSONValue

  init(schema: JSONValue) {
    root = schema
  }

  /// The places where `instance` breaks the schema, as `path: problem`; empty when it is valid.
  func validate(_ instance: JSONValue) -> [String] {
    var errors: [String] = []
    validate(instance, against: root, at: "$", into: &errors)
    return errors
  }

  func validate(_ value: JSONValue, against schema: JSONValue, at path: String, into errors: inout [String]) {
    guard case .object(let members, _) = schema else {
      errors.append("\(path): schema is not an object")
      return
    }
    for member in members where !Self.annotations.contains(member.key) && !Self.constraints.contains(member.key) {
      errors.append("\(path): the validator does not support the keyword `\(member.key)`")
    }
    if let reference = schema["$ref"]?.stringValue {
      guard reference.hasPrefix("#/definitions/"), let target = root["definitions"]?[String(reference.dropFirst(14))] else {
        errors.append("\(path): unresolvable $ref \(reference)")
        return
      }
      validate(value, against: target, at: path, into: &errors)
    }
    if let type = schema["type"] {
      let allowed: [String]
      switch type {
      case .string(let name, _): allowed = [name]
      case .array(let names, _): allowed = names.compactMap(\.stringValue)
      default: allowed = []
      }
      if !allowed.contains(where: { Self.matches(value, type: $0) }) {
        errors.append("\(path): expected \(allowed.joined(separator: " or ")), found \(Self.typeName(value))")
        return
      }
    }
    if case .array(let options, _)? = schema["enum"], !options.contains(where: { Self.canonical($0) == Self.canonical(value) }) {
      errors.append("\(path): \(Self.canonical(value)) is not one of \(options.map(Self.canonical).joined(separator: ", "))")
    }
    if case .array(let branches, _)? = schema["anyOf"] {
      let results = branches.map { branch -> [String] in
        var branchErrors: [String] = []
        validate(value, against: branch, at: path, into: &branchErrors)
        return branchErrors
      }
      if !results.contains(where: \.isEmpty) {
        errors.append("\(path): matches none of anyOf (\(results.map { $0.first ?? "" }.joined(separator: "; ")))")
      }
    }
    if case .array(let branches, _)? = schema["oneOf"] {
      let passing = branches.filter { branch in
        var branchErrors: [String] = []
        validate(value, against: branch, at: path, into: &branchErrors)
        return branchErrors.isEmpty
      }.count
      if passing != 1 { errors.append("\(path): matches \(passing) of oneOf's schemas, not exactly one") }
    }

    switch value {
    case .object(let members, _):
      if case .array(let required, _)? = schema["required"] {
        for name in required.compactMap(\.stringValue) where !members.contains(where: { $0.key == name }) {
          errors.append("\(path): missing required property `\(name)`")
        }
      }
      let properties = schema["properties"]
      for member in members {
        let memberPath = "\(path).\(member.key)"
        if let propertySchema = properties?[member.key] {
          validate(member.value, against: propertySchema, at: memberPath, into: &errors)
        } else if let additional = schema["additionalProperties"] {
          switch additional {
          case .bool(false, _): errors.append("\(memberPath): additional property not allowed")
          case .object: validate(member.value, against: additional, at: memberPath, into: &errors)
          default: break
          }
        }
      }
    case .array(let items, _):
      if case .number(let minimum, _)? = schema["minItems"], let count = Int(minimum), items.count < count {
        errors.append("\(path): \(items.count) items, fewer than \(count)")
      }
      if case .bool(true, _)? = schema["uniqueItems"], Set(items.map(Self.canonical)).count != items.count {
        errors.append("\(path): items are not unique")
      }
      if let itemSchema = schema["items"] {
        for (index, item) in items.enumerated() {
          validate(item, against: itemSchema, at: "\(path)[\(index)]", into: &errors)
        }
      }
    case .number(let text, _):
      let number = Double(text) ?? .nan
      if case .number(let minimum, _)? = schema["minimum"], let bound = Double(minimum), !(number >= bound) {
        errors.append("\(path): \(text) is less than \(minimum)")
      }
      if case .number(let maximum, _)? = schema["maximum"], let bound = Double(maximum), !(number <= bound) {
        errors.append("\(path): \(text) is more than \(maximum)")
      }
    case .string(let text, _):
      if let pattern = schema["pattern"]?.stringValue, !Self.matches(text, pattern: pattern) {
        errors.append("\(path): \"\(text)\" does not match /\(pattern)/")
      }
      if let format = schema["format"]?.stringValue, let formatPattern = Self.formats[format] {
        if !Self.matches(text, pattern: formatPattern) { errors.append("\(path): \"\(text)\" is not a valid \(format)") }
      } else if let format = schema["format"]?.stringValue {
        errors.append("\(path): the validator does not support the format `\(format)`")
      }
    default:
      break
    }
  }

  /// Regular expressions for the formats the schema uses (RFC 3986 URIs and references, RFC 3339 date-times).
  static let formats: [String: String] = [
    "uri": #"^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>\\^`{|}]*$"#,
    "uri-reference": #"^[^\s"<>\\^`{|}]*$"#,
    "date-time": #"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"#,
  ]

  static func matches(_ text: String, pattern: String) -> Bool {
    guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
    return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  static func matches(_ value: JSONValue, type: String) -> Bool {
    switch (value, type) {
    case (.object, "object"), (.array, "array"), (.string, "string"), (.bool, "boolean"), (.null, "null"), (.number, "number"):
      return true
    case (.number(let text, _), "integer"):
      return !text.contains(".") && !text.contains("e") && !text.contains("E")
    default:
      return false
    }
  }

  static func typeName(_ value: JSONValue) -> String {
    switch value {
    case .object: return "object"
    case .array: return "array"
    case .string: return "string"
    case .number: return "number"
    case .bool: return "boolean"
    case .null: return "null"
    }
  }

  /// A value as canonical text, for `enum` and `uniqueItems` (object keys sorted, ranges ignored).
  static func canonical(_ value: JSONValue) -> String {
    switch value {
    case .object(let members, _):
      return "{" + members.sorted { $0.key < $1.key }.map { "\"\($0.key)\":" + canonical($0.value) }.joined(separator: ",") + "}"
    case .array(let items, _): return "[" + items.map(canonical).joined(separator: ",") + "]"
    case .string(let text, _): return "\"" + text + "\""
    case .number(let text, _): return Double(text).map { String($0) } ?? text
    case .bool(let flag, _): return flag ? "true" : "false"
    case .null: return "null"
    }
  }
}
