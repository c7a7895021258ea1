/// The `Content-Length` framing of the Language Server Protocol's base protocol, on byte buffers.
///
/// ```
/// Content-Length: 52\r\n
/// \r\n
/// {"jsonrpc":"2.0","id":1,"method":"shutdown"}
/// ```
///
/// ``parse(_:)`` is a pure function over the bytes received so far, so partial reads, several messages in one
/// read and malformed input are easy to test. It never traps: input it cannot read gives
/// ``ParseResult/malformed(_:rest:)`` with the bytes to go on from, which start at the next `Content-Length`
/// header when there is one.
public enum MessageFraming {
  /// The largest body accepted (64 MiB). A larger one is skipped and reported.
  public static let maximumBodySize = 64 << 20
  /// The longest header block accepted.
  public static let maximumHeaderSize = 8192

  /// The header block of a message.
  public struct Header: Sendable, Equatable {
    public var contentLength: Int
    /// `Content-Type` when given; iaclsp accepts any and always reads the body as UTF-8.
    public var contentType: String?

    public init(contentLength: Int, contentType: String? = nil) {
      self.contentLength = contentLength
      self.contentType = contentType
    }
  }

  /// Why bytes could not be read as a message.
  public enum FramingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The header block has no valid `Content-Length`.
    case missingContentLength
    /// A header line is not `Name: value`.
    case malformedHeader(String)
    /// No blank line ends the header within ``maximumHeaderSize`` bytes.
    case headerTooLong
    /// The body is larger than ``maximumBodySize``; its bytes are skipped.
    case bodyTooLarge(Int)

    public var description: String {
      switch self {
      case .missingContentLength: return "a message header without a valid Content-Length"
      case .malformedHeader(let line): return "a malformed header line: \(line)"
      case .headerTooLong: return "a message header longer than \(MessageFraming.maximumHeaderSize) bytes"
      case .bodyTooLarge(let length):
        return "a message body of \(length) bytes, over the limit of \(MessageFraming.maximumBodySize) bytes; skipped"
      }
    }
  }

  /// What the start of a buffer holds.
  public enum ParseResult: Sendable, Equatable {
    /// A whole message and the bytes after it.
    case message(header: Header, body: ArraySlice<UInt8>, rest: ArraySlice<UInt8>)
    /// Bytes that are not a message; go on with `rest`. For ``FramingError/bodyTooLarge(_:)``, `rest` starts
    /// after the header and the caller must drop the body's bytes as they arrive.
    case malformed(FramingError, rest: ArraySlice<UInt8>)
  }

  /// Reads one message from the start of `buffer`; nil when more bytes are needed.
  public static func parse(_ buffer: ArraySlice<UInt8>) -> ParseResult? {
    guard !buffer.isEmpty else { return nil }
    guard let (headerEnd, bodyStart) = headerTerminator(in: buffer) else {
      if buffer.count > maximumHeaderSize { return .malformed(.headerTooLong, rest: resynchronise(buffer)) }
      // Bytes that cannot start a header are garbage even before the header is complete.
      if let first = buffer.first, !isTokenByte(first) { return .malformed(.malformedHeader(preview(buffer)), rest: resynchronise(buffer)) }
      return nil
    }
    var contentLength: Int?
    var contentType: String?
    var lineStart = buffer.startIndex
    while lineStart < headerEnd {
      var lineEnd = lineStart
      while lineEnd < headerEnd && buffer[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      var contentEnd = lineEnd
      if contentEnd > lineStart && buffer[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
      let line = buffer[lineStart..<contentEnd]
      lineStart = lineEnd + 1
      if line.isEmpty { continue }
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
        line[line.startIndex..<colon].allSatisfy(isTokenByte) else {
        return .malformed(.malformedHeader(preview(line)), rest: resynchronise(buffer))
      }
      let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased()
      let value = trimmed(line[(colon + 1)...])
      switch name {
      case "content-length":
        contentLength = parseLength(value)
        if contentLength == nil { return .malformed(.missingContentLength, rest: resynchronise(buffer)) }
      case "content-type":
        contentType = String(decoding: value, as: UTF8.self)
      default:
        break
      }
    }
    guard let length = contentLength else { return .malformed(.missingContentLength, rest: resynchronise(buffer)) }
    let header = Header(contentLength: length, contentType: contentType)
    if length > maximumBodySize {
      return .malformed(.bodyTooLarge(length), rest: buffer[bodyStart...])
    }
    guard buffer.endIndex - bodyStart >= length else { return nil }
    let bodyEnd = bodyStart + length
    return .message(header: header, body: buffer[bodyStart..<bodyEnd], rest: buffer[bodyEnd...])
  }

  /// Frames a body: the `Content-Length` header, a blank line, the body.
  public static func frame(_ body: some Collection<UInt8>) -> [UInt8] {
    var bytes = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
    bytes.reserveCapacity(bytes.count + body.count)
    bytes.append(contentsOf: body)
    return bytes
  }

  /// The end of the header block (the index of its blank line) and the start of the body. Accepts `\r\n\r\n` and,
  /// leniently, `\n\n`.
  static func headerTerminator(in buffer: ArraySlice<UInt8>) -> (Int, Int)? {
    let limit = min(buffer.endIndex, buffer.startIndex + maximumHeaderSize + 4)
    var index = buffer.startIndex
    while index < limit {
      if buffer[index] == UInt8(ascii: "\n") {
        // A line feed followed by an empty line (`\r\n` or `\n`) ends the header.
        if index + 1 < buffer.endIndex && buffer[index + 1] == UInt8(ascii: "\n") { return (index + 1, index + 2) }
        if index + 2 < buffer.endIndex && buffer[index + 1] == UInt8(ascii: "\r") && buffer[index + 2] == UInt8(ascii: "\n") {
          return (index + 1, index + 3)
        }
      }
      index += 1
    }
    return nil
  }

  /// The bytes from the next `Content-Length` (any case) after the first byte; when there is none, only a tail short
  /// enough to be the start of one is kept.
  static func resynchronise(_ buffer: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    let needle = Array("content-length".utf8)
    var index = buffer.startIndex + 1
    while index + needle.count <= buffer.endIndex {
      var matched = true
      for offset in 0..<needle.count where lower(buffer[index + offset]) != needle[offset] {
        matched = false
        break
      }
      if matched { return buffer[index...] }
      index += 1
    }
    // Keep a tail that could be a partial "Content-Length" split across reads.
    let keep = min(needle.count - 1, buffer.count - 1)
    var start = buffer.endIndex - keep
    while start < buffer.endIndex && lower(buffer[start]) != UInt8(ascii: "c") { start += 1 }
    return buffer[start...]
  }

  static func lower(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
  }

  /// Header names are RFC 7230 tokens.
  static func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"),
      UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "^"),
      UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end && (bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t")) { start += 1 }
    while end > start && (bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t")) { end -= 1 }
    return bytes[start..<end]
  }

  /// Decimal digits only, at most 12 of them (no sign, no overflow).
  static func parseLength(_ bytes: ArraySlice<UInt8>) -> Int? {
    guard !bytes.isEmpty, bytes.count <= 12 else { return nil }
    var value = 0
    for byte in bytes {
      guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  static func preview(_ bytes: ArraySlice<UInt8>) -> String {
    let text = String(decoding: bytes.prefix(40), as: UTF8.self)
    return String(text.unicodeScalars.map { $0.value < 0x20 ? "?" : Character($0) }) + (bytes.count > 40 ? "…" : "")
  }
}
