import Foundation
import JSONRPC
import Testing

@Suite struct MessageFramingTests {
  func bytes(_ text: String) -> ArraySlice<UInt8> { ArraySlice(Array(text.utf8)) }

  @Test func parsesOneMessageAndKeepsTheRest() throws {
    let input = bytes("Content-Length: 2\r\n\r\n{}Content-Length: 3")
    guard case .message(let header, let body, let rest) = MessageFraming.parse(input) else {
      Issue.record("no message")
      return
    }
    #expect(header.contentLength == 2)
    #expect(String(decoding: body, as: UTF8.self) == "{}")
    #expect(String(decoding: rest, as: UTF8.self) == "Content-Length: 3")
  }

  @Test func needsMoreBytesForAPartialHeaderOrBody() {
    #expect(MessageFraming.parse(bytes("")) == nil)
    #expect(MessageFraming.parse(bytes("Content-Len")) == nil)
    #expect(MessageFraming.parse(bytes("Content-Length: 10\r\n\r\n{\"a\":")) == nil)
  }

  @Test func acceptsContentTypeAndAnyHeaderCase() throws {
    let input = bytes("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[]")
    guard case .message(let header, _, let rest) = MessageFraming.parse(input) else {
      Issue.record("no message")
      return
    }
    #expect(header.contentType == "application/vscode-jsonrpc; charset=utf-8")
    #expect(rest.isEmpty)
  }

  @Test func countsTheLengthInBytesNotCharacters() throws {
    let body = "{\"t\":\"🎉é\"}"
    let input = bytes("Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
    guard case .message(_, let parsed, let rest) = MessageFraming.parse(input) else {
      Issue.record("no message")
      return
    }
    #expect(String(decoding: parsed, as: UTF8.self) == body)
    #expect(rest.isEmpty)
  }

  @Test(arguments: [
    "Content-Length: abc\r\n\r\n{}",
    "Content-Length: -5\r\n\r\n{}",
    "Content-Length: 99999999999999999999\r\n\r\n{}",
    "X-Other: 1\r\n\r\n{}",
    "garbage without colon\r\n\r\n{}",
    "{\"jsonrpc\":\"2.0\"}",
  ])
  func malformedHeadersAreReportedAndSkipped(_ text: String) {
    guard case .malformed(_, let rest) = MessageFraming.parse(bytes(text)) else {
      Issue.record("expected a framing error for \(text.debugDescription)")
      return
    }
    #expect(rest.count < text.utf8.count)
  }

  @Test func resynchronisesAtTheNextHeader() {
    var reader = MessageReader()
    reader.append(Array("junk junk\r\n\r\nContent-Length: 2\r\n\r\n{}".utf8))
    var messages: [String] = []
    var errors = 0
    while let event = reader.next() {
      switch event {
      case .message(let body): messages.append(String(decoding: body, as: UTF8.self))
      case .error: errors += 1
      }
    }
    #expect(messages == ["{}"])
    #expect(errors >= 1)
  }

  @Test func refusesAnOversizedBodyAndSkipsItsBytes() {
    var reader = MessageReader()
    let huge = MessageFraming.maximumBodySize + 10
    reader.append(Array("Content-Length: \(huge)\r\n\r\n".utf8))
    #expect(reader.next() == .error(.bodyTooLarge(huge)))
    // The body arrives in pieces and is dropped, then the next message is read.
    let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
    var remaining = huge
    while remaining > 0 {
      let piece = min(remaining, chunk.count)
      reader.append(chunk[0..<piece])
      remaining -= piece
      #expect(reader.next() == nil)
      #expect(reader.bufferedCount == 0)
    }
    reader.append(Array("Content-Length: 2\r\n\r\n{}".utf8))
    #expect(reader.next() == .message(Array("{}".utf8)))
  }

  @Test func readsMessagesSplitAtEveryByte() {
    let stream = Array((MessageFraming.frame(Array("{\"a\":1}".utf8)) + MessageFraming.frame(Array("[]".utf8))))
    var reader = MessageReader()
    var bodies: [String] = []
    for byte in stream {
      reader.append([byte])
      while let event = reader.next() {
        if case .message(let body) = event { bodies.append(String(decoding: body, as: UTF8.self)) }
      }
    }
    #expect(bodies == ["{\"a\":1}", "[]"])
  }

  @Test func toleratesLineBreaksBetweenMessages() {
    var reader = MessageReader()
    reader.append(Array("\r\n\nContent-Length: 2\r\n\r\n{}".utf8))
    #expect(reader.next() == .message(Array("{}".utf8)))
  }

  @Test func neverTrapsOnRandomBytes() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      var reader = MessageReader()
      let length = Int.random(in: 0..<300, using: &generator)
      var noise = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      if Bool.random(using: &generator) { noise.insert(contentsOf: Array("Content-Length: 3\r\n\r\n".utf8), at: noise.count / 2) }
      reader.append(noise)
      var steps = 0
      while reader.next() != nil && steps < 10_000 { steps += 1 }
      #expect(steps < 10_000)
    }
  }
}
