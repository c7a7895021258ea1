/// Splits a byte stream into message bodies: append bytes as they are read, then take messages until
/// ``next()`` returns nil.
///
/// It keeps at most one message (up to ``MessageFraming/maximumBodySize``) and one header in memory; the body of
/// an oversized message is dropped as it arrives.
public struct MessageReader: Sendable {
  /// One thing read from the stream.
  public enum Event: Sendable, Equatable {
    case message([UInt8])
    case error(MessageFraming.FramingError)
  }

  var buffer: [UInt8] = []
  /// Where the unread bytes start in `buffer`.
  var start = 0
  /// Bytes of an oversized body still to drop.
  var skipping = 0

  public init() {}

  /// The number of bytes held and not yet read as a message.
  public var bufferedCount: Int { buffer.count - start }

  /// Adds bytes read from the stream.
  public mutating func append(_ bytes: some Collection<UInt8>) {
    var bytes = ArraySlice(bytes)
    if skipping > 0 {
      let dropped = min(skipping, bytes.count)
      skipping -= dropped
      bytes = bytes.dropFirst(dropped)
    }
    if start > 0 && start >= buffer.count / 2 {
      buffer.removeSubrange(0..<start)
      start = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// The next message or framing error, or nil when more bytes are needed.
  public mutating func next() -> Event? {
    guard skipping == 0 else { return nil }
    // Line breaks between messages are tolerated.
    while start < buffer.count && (buffer[start] == UInt8(ascii: "\r") || buffer[start] == UInt8(ascii: "\n")) { start += 1 }
    guard let result = MessageFraming.parse(buffer[start...]) else { return nil }
    switch result {
    case .message(_, let body, let rest):
      start = rest.startIndex
      return .message(Array(body))
    case .malformed(let error, let rest):
      start = rest.startIndex
      if case .bodyTooLarge(let length) = error {
        let available = min(length, buffer.count - start)
        start += available
        skipping = length - available
      }
      return .error(error)
    }
  }
}
