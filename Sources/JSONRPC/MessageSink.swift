import Foundation

/// Where outgoing message bodies go: framed onto a pipe, or straight to an in-process test client.
public protocol MessageSink: Sendable {
  /// Sends one message body (JSON, no framing).
  func send(_ body: Data)
}

/// Receives message bodies, in the order they were read.
public protocol MessageReceiver: Sendable {
  /// Handles one message body; called on the transport's reading thread, one call at a time.
  func receive(_ body: Data)
  /// A framing error: bytes that were not a message. The stream goes on.
  func framingError(_ error: MessageFraming.FramingError)
  /// The input ended (end of file or a read error).
  func inputClosed()
}
