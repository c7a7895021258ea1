/// A set of token spellings, keyed by their bytes: it tells whether a name was seen before without making a
/// `String` or hashing one with `Hasher`.
struct NameTable {
  /// Open addressing: each slot holds the index of the first token seen with some spelling, plus one (0 is free).
  private var slots: [Int32]
  /// The number of spellings.
  private(set) var count = 0

  init() {
    slots = []
  }

  /// Adds the spelling of token `index`; returns whether it is new. Tokens must lie inside `bytes`.
  @discardableResult
  mutating func insert(token index: Int, tokens: [Token], bytes: [UInt8]) -> Bool {
    if (count + 1) * 2 > slots.count { grow(tokens: tokens, bytes: bytes) }
    let token = tokens[index]
    let mask = slots.count - 1
    var slot = Self.hash(token, bytes) & mask
    while slots[slot] != 0 {
      if Self.spellsAlike(tokens[Int(slots[slot]) - 1], token, bytes) { return false }
      slot = (slot + 1) & mask
    }
    slots[slot] = Int32(truncatingIfNeeded: index + 1)
    count += 1
    return true
  }

  /// Calls `body` with the first token of each spelling, in no particular order.
  func forEachFirstToken(_ body: (Int) -> Void) {
    for entry in slots where entry != 0 { body(Int(entry) - 1) }
  }

  private mutating func grow(tokens: [Token], bytes: [UInt8]) {
    let old = slots
    slots = [Int32](repeating: 0, count: max(64, old.count * 2))
    let mask = slots.count - 1
    for entry in old where entry != 0 {
      var slot = Self.hash(tokens[Int(entry) - 1], bytes) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }

  /// FNV-1a over the token's bytes.
  private static func hash(_ token: Token, _ bytes: [UInt8]) -> Int {
    var hash: UInt32 = 2_166_136_261
    for offset in Int(token.start)..<Int(token.end) {
      hash = (hash ^ UInt32(bytes[offset])) &* 16_777_619
    }
    return Int(hash)
  }

  private static func spellsAlike(_ first: Token, _ second: Token, _ bytes: [UInt8]) -> Bool {
    let length = Int(first.end &- first.start)
    guard Int(second.end &- second.start) == length else { return false }
    let a = Int(first.start)
    let b = Int(second.start)
    for offset in 0..<length where bytes[a + offset] != bytes[b + offset] { return false }
    return true
  }
}
