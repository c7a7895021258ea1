/// A fast, seeded, non-cryptographic 64-bit hash of bytes (the wyhash construction: a 64×64→128-bit multiply folded
/// to 64 bits per 16 bytes). Stable across runs and machines of the same byte order, unlike `Hasher`, so it can key
/// a cache on disk. It guards against accidents, not against someone crafting collisions.
package enum ContentHash {
  static let secret: (UInt64, UInt64, UInt64) = (0xa076_1d64_78bd_642f, 0xe703_7ed1_a0b4_28db, 0x8ebc_6af0_9c88_c6e3)

  @inline(__always)
  static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let product = a.multipliedFullWidth(by: b)
    return product.high ^ product.low
  }

  /// The hash of `bytes` with `seed`.
  package static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
    bytes.withUnsafeBytes { hash($0, seed: seed) }
  }

  /// The hash of the bytes of `buffer` with `seed`.
  package static func hash(_ buffer: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
    let count = buffer.count
    var state = seed ^ mix(seed ^ secret.0, secret.1)
    var offset = 0
    while offset + 16 <= count {
      let first = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      let second = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
      state = mix(first ^ secret.1, second ^ state)
      offset += 16
    }
    var tail: (UInt64, UInt64) = (0, 0)
    var shift: UInt64 = 0
    var index = offset
    while index < count {
      if index - offset < 8 {
        tail.0 |= UInt64(buffer[index]) << shift
      } else {
        tail.1 |= UInt64(buffer[index]) << (shift - 64)
      }
      shift += 8
      index += 1
    }
    state = mix(tail.0 ^ secret.1, tail.1 ^ state)
    return mix(secret.0 ^ UInt64(count), mix(state ^ secret.2, secret.1))
  }
}

/// A 128-bit digest built from a sequence of values, each written with its length so that no two sequences of
/// values read the same.
package struct CacheDigest: Sendable, Hashable {
  package var high: UInt64
  package var low: UInt64

  /// The digest as 32 hexadecimal digits.
  package var hex: String {
    func digits(_ value: UInt64) -> String {
      let text = String(value, radix: 16)
      return String(repeating: "0", count: 16 - text.count) + text
    }
    return digits(high) + digits(low)
  }

  /// Collects the values of a digest.
  package struct Builder {
    var bytes: [UInt8] = []

    package init() {}

    package mutating func add(_ value: UInt64) {
      withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    package mutating func add(_ value: Int) { add(UInt64(bitPattern: Int64(value))) }

    package mutating func add(_ value: Bool) { bytes.append(value ? 1 : 0) }

    package mutating func add(_ value: String) {
      add(value.utf8.count)
      bytes.append(contentsOf: value.utf8)
    }

    /// Adds the hash of `content`, not the content itself.
    package mutating func add(contentOf content: [UInt8]) { add(ContentHash.hash(content)) }

    package func finish() -> CacheDigest {
      CacheDigest(high: ContentHash.hash(bytes, seed: 0x5eed_0001), low: ContentHash.hash(bytes, seed: 0x5eed_0002))
    }
  }
}
