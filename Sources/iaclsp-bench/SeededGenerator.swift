/// A small, fast, seeded random number generator (SplitMix64) whose sequence never changes between Swift releases.
///
/// The corpus generator draws every choice from one of these, so the same seed writes the same bytes on every
/// machine. Its helpers avoid the standard library's `random(in:using:)`, whose algorithm may change.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  /// A generator for `seed`; `stream` derives independent sequences from one seed (one per project).
  init(seed: UInt64, stream: UInt64 = 0) {
    // Mixing the stream number (rather than adding it) keeps streams from being shifted copies of each other.
    state = SeededGenerator.mix(seed ^ SeededGenerator.mix(stream &+ 0x632B_E59B_D9B4_E019))
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return SeededGenerator.mix(state)
  }

  /// The SplitMix64 finaliser.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`; 0 when `bound` is not positive.
  mutating func below(_ bound: Int) -> Int {
    guard bound > 0 else { return 0 }
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A number in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  /// True with probability `percent` / 100.
  mutating func chance(_ percent: Int) -> Bool {
    below(100) < percent
  }

  /// One element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T {
    items[below(items.count)]
  }
}
