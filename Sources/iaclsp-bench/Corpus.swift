/// What the corpus generator wrote.
struct Corpus {
  /// One generated source file.
  struct File {
    /// Absolute path.
    var path: String
    var bytes: [UInt8]
    var isPython: Bool
    var isTest: Bool
  }

  /// The directory holding the projects.
  var root: String
  var files: [File]
  var projects: Int
  /// Marker files (`cdk.json`, `package.json`, `requirements.txt`).
  var markerFiles: Int
  /// How many mistakes of each kind were seeded, keyed by the rule code expected to report them.
  var seeded: [String: Int]
  /// Seeded mistakes that carry a suppression comment, keyed the same way.
  var suppressed: [String: Int]
  /// FNV-1a over every source file's path and bytes: equal seeds and sizes give equal checksums.
  var checksum: UInt64

  var sourceBytes: Int { files.reduce(0) { $0 + $1.bytes.count } }
  var lineCount: Int { files.reduce(0) { total, file in total + file.bytes.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } } }

  /// Mixes `bytes` into an FNV-1a hash.
  static func fnv1a(_ bytes: [UInt8], into hash: inout UInt64) {
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
  }
}

/// Mistakes planted in one project, by the rule code expected to report them.
struct SeededMistakes {
  var seeded: [String: Int] = [:]
  var suppressed: [String: Int] = [:]

  mutating func add(_ code: String, suppressed isSuppressed: Bool = false) {
    if isSuppressed {
      suppressed[code, default: 0] += 1
    } else {
      seeded[code, default: 0] += 1
    }
  }

  mutating func merge(_ other: SeededMistakes) {
    seeded.merge(other.seeded, uniquingKeysWith: +)
    suppressed.merge(other.suppressed, uniquingKeysWith: +)
  }
}
