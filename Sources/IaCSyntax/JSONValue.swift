/// A JSON value with the byte range it was read from, for project files such as `cdk.json`.
///
/// ``JSONValue/parse(_:)`` follows RFC 8259 (comments are not JSON and make the parse fail), and skips a leading
/// byte order mark. It never traps: malformed input, or nesting deeper than 256 levels, returns nil.
public indirect enum JSONValue: Sendable, Equatable {
  case object([Member], TextRange)
  case array([JSONValue], TextRange)
  case string(String, TextRange)
  case number(String, TextRange)
  case bool(Bool, TextRange)
  case null(TextRange)

  /// One `"key": value` pair of an object.
  public struct Member: Sendable, Equatable {
    public var key: String
    public var keyRange: TextRange
    public var value: JSONValue
  }

  /// The byte range of the value.
  public var range: TextRange {
    switch self {
    case .object(_, let range), .array(_, let range), .string(_, let range), .number(_, let range),
      .bool(_, let range), .null(let range):
      return range
    }
  }

  /// The value of `key` in an object; when a key repeats, the last one wins (as `JSON.parse` decides).
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members, _) = self else { return nil }
    return members.last { $0.key == key }?.value
  }

  /// The string, if this is one.
  public var stringValue: String? {
    if case .string(let value, _) = self { return value }
    return nil
  }

  /// Parses a whole document; nil when it is not valid JSON.
  public static func parse(_ bytes: [UInt8]) -> JSONValue? {
    var parser = Parser(bytes: bytes)
    parser.skipWhitespace()
    if parser.index + 2 < bytes.count && bytes[parser.index] == 0xEF && bytes[parser.index + 1] == 0xBB
      && bytes[parser.index + 2] == 0xBF {
      parser.index += 3
    }
    guard let value = parser.value(depth: 0) else { return nil }
    parser.skipWhitespace()
    return parser.index == bytes.count ? value : nil
  }

  struct Parser {
    let bytes: [UInt8]
    var index = 0

    mutating func skipWhitespace() {
      while index < bytes.count
        && (bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09) {
        index += 1
      }
    }

    mutating func value(depth: Int) -> JSONValue? {
      guard depth < 256 else { return nil }
      skipWhitespace()
      guard index < bytes.count else { return nil }
      let start = index
      switch bytes[index] {
      case UInt8(ascii: "{"):
        index += 1
        var members: [Member] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
          index += 1
          return .object(members, TextRange(start: start, end: index))
        }
        while true {
          skipWhitespace()
          guard case .string(let key, let keyRange)? = string() else { return nil }
          skipWhitespace()
          guard index < bytes.count && bytes[index] == UInt8(ascii: ":") else { return nil }
          index += 1
          guard let member = value(depth: depth + 1) else { return nil }
          members.append(Member(key: key, keyRange: keyRange, value: member))
          skipWhitespace()
          guard index < bytes.count else { return nil }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
            continue
          }
          guard bytes[index] == UInt8(ascii: "}") else { return nil }
          index += 1
          return .object(members, TextRange(start: start, end: index))
        }
      case UInt8(ascii: "["):
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
          index += 1
          return .array(elements, TextRange(start: start, end: index))
        }
        while true {
          guard let element = value(depth: depth + 1) else { return nil }
          elements.append(element)
          skipWhitespace()
          guard index < bytes.count else { return nil }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
            continue
          }
          guard bytes[index] == UInt8(ascii: "]") else { return nil }
          index += 1
          return .array(elements, TextRange(start: start, end: index))
        }
      case UInt8(ascii: "\""):
        return string()
      case UInt8(ascii: "t"):
        return literal("true", .bool(true, TextRange(start: start, end: start + 4)))
      case UInt8(ascii: "f"):
        return literal("false", .bool(false, TextRange(start: start, end: start + 5)))
      case UInt8(ascii: "n"):
        return literal("null", .null(TextRange(start: start, end: start + 4)))
      default:
        guard number() else { return nil }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self), TextRange(start: start, end: index))
      }
    }

    /// Scans a number by the JSON grammar, `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`; false when the
    /// bytes at `index` are not one.
    mutating func number() -> Bool {
      if index < bytes.count && bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard index < bytes.count && isDigit(bytes[index]) else { return false }
      if bytes[index] == UInt8(ascii: "0") {
        index += 1
      } else {
        skipDigits()
      }
      if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
        index += 1
        guard index < bytes.count && isDigit(bytes[index]) else { return false }
        skipDigits()
      }
      if index < bytes.count && bytes[index] | 0x20 == UInt8(ascii: "e") {
        index += 1
        if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count && isDigit(bytes[index]) else { return false }
        skipDigits()
      }
      // A number runs into no other value: `01`, `1.2.3` and `1-2` are not numbers.
      if index < bytes.count {
        let next = bytes[index]
        if isDigit(next) || next == UInt8(ascii: ".") || next == UInt8(ascii: "-") || next == UInt8(ascii: "+")
          || next | 0x20 == UInt8(ascii: "e") || next | 0x20 == UInt8(ascii: "x") {
          return false
        }
      }
      return true
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    mutating func skipDigits() {
      while index < bytes.count && isDigit(bytes[index]) { index += 1 }
    }

    /// The four hex digits at `index` as a UTF-16 code unit, advancing past them; nil when they are not hex digits.
    mutating func hexQuad() -> UInt32? {
      guard index + 4 <= bytes.count else { return nil }
      var code: UInt32 = 0
      for byte in bytes[index..<(index + 4)] {
        let digit: UInt8
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
        default: return nil
        }
        code = code << 4 | UInt32(digit)
      }
      index += 4
      return code
    }

    mutating func literal(_ word: StaticString, _ result: JSONValue) -> JSONValue? {
      let count = word.utf8CodeUnitCount
      guard index + count <= bytes.count else { return nil }
      let matches = word.withUTF8Buffer { expected in
        (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
      }
      guard matches else { return nil }
      index += count
      return result
    }

    mutating func string() -> JSONValue? {
      guard index < bytes.count && bytes[index] == UInt8(ascii: "\"") else { return nil }
      let start = index
      index += 1
      // Most strings hold no escape: they are decoded straight from the bytes.
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          index += 1
          return .string(String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self), TextRange(start: start, end: index))
        }
        if byte < 0x20 { return nil }
        if byte == UInt8(ascii: "\\") { break }
        index += 1
      }
      var scalars = Array(bytes[(start + 1)..<index])
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          index += 1
          return .string(String(decoding: scalars, as: UTF8.self), TextRange(start: start, end: index))
        }
        if byte < 0x20 { return nil }
        if byte == UInt8(ascii: "\\") {
          guard index + 1 < bytes.count else { return nil }
          let escaped = bytes[index + 1]
          index += 2
          switch escaped {
          case UInt8(ascii: "n"): scalars.append(0x0A)
          case UInt8(ascii: "t"): scalars.append(0x09)
          case UInt8(ascii: "r"): scalars.append(0x0D)
          case UInt8(ascii: "b"): scalars.append(0x08)
          case UInt8(ascii: "f"): scalars.append(0x0C)
          case UInt8(ascii: "u"):
            guard var code = hexQuad() else { return nil }
            // A high surrogate followed by `\uDC00`…`\uDFFF` is one astral scalar; a lone surrogate is U+FFFD.
            if code >= 0xD800 && code < 0xDC00 && index + 1 < bytes.count && bytes[index] == UInt8(ascii: "\\")
              && bytes[index + 1] == UInt8(ascii: "u") {
              let save = index
              index += 2
              if let low = hexQuad(), low >= 0xDC00 && low < 0xE000 {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
              } else {
                index = save
              }
            }
            let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
            scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
            scalars.append(escaped)
          default:
            return nil
          }
          continue
        }
        scalars.append(byte)
        index += 1
      }
      return nil
    }
  }
}
