/// Any JSON value, for the parts of a message whose shape is open (`initializationOptions`, a diagnostic's `data`,
/// settings).
public enum JSONAny: Sendable, Hashable, Codable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONAny])
  case object([String: JSONAny])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int.self) {
      self = .int(value)
    } else if let value = try? container.decode(Double.self) {
      self = .double(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONAny].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONAny].self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .int(let value): try container.encode(value)
    case .double(let value): try container.encode(value)
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }

  /// The member `key` of an object; `.null` for anything else.
  public subscript(key: String) -> JSONAny {
    if case .object(let members) = self { return members[key] ?? .null }
    return .null
  }

  /// The value as a Boolean, or nil when it is not one.
  public var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The value as an integer (a double with no fraction counts), or nil.
  public var intValue: Int? {
    switch self {
    case .int(let value): return value
    case .double(let value) where value.rounded() == value && abs(value) < 9e15: return Int(value)
    default: return nil
    }
  }

  /// The value as a string, or nil.
  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The elements of an array, or nil.
  public var arrayValue: [JSONAny]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The members of an object, or nil.
  public var objectValue: [String: JSONAny]? {
    if case .object(let value) = self { return value }
    return nil
  }

  /// Whether the value is `null` (or missing, as the subscript reports it).
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }
}
