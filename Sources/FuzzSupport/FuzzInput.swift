/// Reads decisions from a fuzz input, byte by byte: a fuzz target turns the bytes libFuzzer mutates into a sequence
/// of operations. Once the bytes run out every read gives zero, so any input describes a finite program.
public struct FuzzInput {
  public let bytes: [UInt8]
  public private(set) var position = 0

  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Whether bytes remain.
  public var hasMore: Bool { position < bytes.count }

  /// The next byte, or 0 at the end.
  public mutating func byte() -> UInt8 {
    guard position < bytes.count else { return 0 }
    defer { position += 1 }
    return bytes[position]
  }

  /// A number in `0..<bound` (0 when `bound` is 0), from one or two bytes.
  public mutating func int(below bound: Int) -> Int {
    guard bound > 1 else { return 0 }
    let value = bound > 256 ? Int(byte()) << 8 | Int(byte()) : Int(byte())
    return value % bound
  }

  /// One of `choices`.
  public mutating func pick<T>(_ choices: [T]) -> T {
    choices[int(below: choices.count)]
  }

  /// The next `count` bytes (fewer at the end).
  public mutating func take(_ count: Int) -> [UInt8] {
    let end = min(bytes.count, position + max(0, count))
    defer { position = end }
    return Array(bytes[position..<end])
  }
}
