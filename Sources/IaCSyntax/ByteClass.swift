/// Byte classification shared by the lexers. Bytes at or above 0x80 count as identifier bytes, so
/// non-ASCII identifiers lex as names and stray UTF-8 never splits a token.
@usableFromInline
enum ByteClass {
  @inlinable
  static func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || byte == UInt8(ascii: "_") || byte >= 0x80
  }

  @inlinable
  static func isIdentifierContinue(_ byte: UInt8) -> Bool {
    isIdentifierStart(byte) || isDigit(byte)
  }

  @inlinable
  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  @inlinable
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0C || byte == 0x0B
  }

  @inlinable
  static func isNewline(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
  }

  /// The length of the operator starting at `index`: 1, 2 or 3 bytes, longest match first.
  @inlinable
  static func operatorLength(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    let count = buffer.count
    let a = buffer[index]
    let b: UInt8 = index + 1 < count ? buffer[index + 1] : 0
    let c: UInt8 = index + 2 < count ? buffer[index + 2] : 0
    let equals = UInt8(ascii: "=")
    switch a {
    case UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "|"):
      if b == a { return c == equals ? 3 : 2 }
      return b == equals ? 2 : 1
    case UInt8(ascii: ">"):
      if b == a { return c == equals || c == a ? 3 : 2 }
      return b == equals ? 2 : 1
    case UInt8(ascii: "."):
      return b == a && c == a ? 3 : 1
    case UInt8(ascii: "!"):
      if b == equals { return c == equals ? 3 : 2 }
      return 1
    case UInt8(ascii: "="):
      if b == equals { return c == equals ? 3 : 2 }
      return b == UInt8(ascii: ">") ? 2 : 1
    case UInt8(ascii: "?"):
      if b == a { return c == equals ? 3 : 2 }
      return 1
    case UInt8(ascii: "-"):
      return b == UInt8(ascii: ">") || b == equals || b == a ? 2 : 1
    case UInt8(ascii: "+"):
      return b == equals || b == a ? 2 : 1
    case UInt8(ascii: ":"), UInt8(ascii: "%"), UInt8(ascii: "^"), UInt8(ascii: "@"):
      return b == equals ? 2 : 1
    default:
      return 1
    }
  }

  /// Scans a number starting at `index`; returns the offset after it.
  @inlinable
  static func scanNumber(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    var i = index
    let count = buffer.count
    var isHex = false
    if i + 1 < count && buffer[i] == UInt8(ascii: "0")
      && (buffer[i + 1] | 0x20 == UInt8(ascii: "x")) {
      isHex = true
    }
    while i < count {
      let b = buffer[i]
      if isIdentifierContinue(b) && b < 0x80 || b == UInt8(ascii: ".") {
        if !isHex && (b | 0x20) == UInt8(ascii: "e") && i + 1 < count
          && (buffer[i + 1] == UInt8(ascii: "+") || buffer[i + 1] == UInt8(ascii: "-")) {
          i += 2
          continue
        }
        i += 1
      } else {
        break
      }
    }
    return i
  }
}
