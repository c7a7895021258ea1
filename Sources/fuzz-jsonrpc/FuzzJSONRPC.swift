// Fuzzes the JSON-RPC transport: `Content-Length` framing over a byte stream split into arbitrary reads, and
// decoding of the bodies. Built with `-sanitize=fuzzer -D FUZZING` (see Scripts/fuzz), this is a libFuzzer
// target; built normally, `swift run fuzz-jsonrpc FILE_OR_DIRECTORY...` replays inputs.
import Foundation
import FuzzSupport
import JSONRPC

/// The checks run on one input.
enum FuzzJSONRPC {
  /// Reads `bytes` as a stream, whole and in reads of sizes drawn from the input, and traps when the two give
  /// different messages, when the reader stops making progress or holds more than one message's worth of bytes, or
  /// when framing a body does not give it back.
  static func run(_ bytes: [UInt8]) {
    let whole = events(of: bytes, chunkSizes: [max(1, bytes.count)])
    var sizes: [Int] = []
    var seed = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
    for byte in bytes.prefix(16) { seed = (seed ^ UInt64(byte)) &* 0x100_0000_01B3 }
    for _ in 0..<8 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      sizes.append(1 + Int(seed >> 59))
    }
    // How many framing errors garbage gives depends on where the reads split it; the messages must not.
    let split = events(of: bytes, chunkSizes: sizes)
    require(
      messages(whole) == messages(split),
      "reads of \(sizes) bytes gave \(messages(split).count) messages, one read gave \(messages(whole).count)")
    for event in whole {
      guard case .message(let body) = event else { continue }
      _ = try? Message.decode(Data(body))
    }
    // Framing any bytes and reading them back gives those bytes.
    let framed = MessageFraming.frame(bytes)
    guard case .message(_, let body, let rest)? = MessageFraming.parse(framed[...]) else {
      fatalError("fuzz-jsonrpc: a framed body was not read back")
    }
    require(Array(body) == bytes && rest.isEmpty, "a framed body read back differently")
  }

  /// The message bodies and oversized-body errors among `events`.
  static func messages(_ events: [MessageReader.Event]) -> [MessageReader.Event] {
    events.filter { event in
      switch event {
      case .message, .error(.bodyTooLarge): return true
      case .error: return false
      }
    }
  }

  /// The events a reader gives for `bytes` delivered in reads of `chunkSizes` (cycled).
  static func events(of bytes: [UInt8], chunkSizes: [Int]) -> [MessageReader.Event] {
    var reader = MessageReader()
    var events: [MessageReader.Event] = []
    var offset = 0
    var turn = 0
    while offset < bytes.count {
      let end = min(bytes.count, offset + chunkSizes[turn % chunkSizes.count])
      turn += 1
      reader.append(bytes[offset..<end])
      offset = end
      var steps = 0
      while let event = reader.next() {
        events.append(event)
        steps += 1
        require(steps <= bytes.count + 1, "the reader gives events without consuming bytes")
      }
      require(
        reader.bufferedCount <= MessageFraming.maximumBodySize + MessageFraming.maximumHeaderSize + 4,
        "the reader holds \(reader.bufferedCount) bytes")
    }
    return events
  }

  static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz-jsonrpc: \(message())") }
  }
}

/// One fuzz input (also exported as `LLVMFuzzerTestOneInput`, for drivers that link libFuzzer's own `main`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONRPCTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzJSONRPC.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

@main
struct FuzzJSONRPCMain {
  /// With libFuzzer linked in (`-D FUZZING`), hands the command line to its driver; otherwise replays each file
  /// (or every file under each directory) named on the command line.
  static func main() {
    #if FUZZING
    exit(FuzzerDriver.run(fuzzJSONRPCTestOneInput))
    #else
    let count = FuzzReplay.run(arguments: Array(CommandLine.arguments.dropFirst()), FuzzJSONRPC.run)
    print("fuzz-jsonrpc: replayed \(count) input(s)")
    #endif
  }
}
