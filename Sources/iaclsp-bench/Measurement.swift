/// The timings of one measured task.
struct Measurement: Encodable {
  /// What was measured (`lex`, `parse`, …), as shown in the table.
  var name: String
  /// Cores the task may use: 1, or every core.
  var cores: Int
  /// Files and bytes processed by one run.
  var files: Int
  var bytes: Int
  /// Seconds of each timed run, in order.
  var seconds: [Double]
  /// What the task returned (token or diagnostic counts), so that the work cannot be optimised away.
  var result: Int

  var best: Double { seconds.min() ?? 0 }
  var worst: Double { seconds.max() ?? 0 }
  var median: Double {
    let sorted = seconds.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
  /// (worst − best) / median, in percent: how noisy the runs were.
  var spreadPercent: Double { median > 0 ? (worst - best) / median * 100 : 0 }
  /// Megabytes (10^6 bytes) per second at the best and the median run.
  var megabytesPerSecond: Double { best > 0 ? Double(bytes) / 1e6 / best : 0 }
  var medianMegabytesPerSecond: Double { median > 0 ? Double(bytes) / 1e6 / median : 0 }
  var filesPerSecond: Double { best > 0 ? Double(files) / best : 0 }
  var medianFilesPerSecond: Double { median > 0 ? Double(files) / median : 0 }

  enum CodingKeys: String, CodingKey {
    case name, cores, files, bytes, seconds, best, median, spreadPercent, megabytesPerSecond
    case medianMegabytesPerSecond, filesPerSecond, medianFilesPerSecond
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(cores, forKey: .cores)
    try container.encode(files, forKey: .files)
    try container.encode(bytes, forKey: .bytes)
    try container.encode(seconds, forKey: .seconds)
    try container.encode(best, forKey: .best)
    try container.encode(median, forKey: .median)
    try container.encode(spreadPercent, forKey: .spreadPercent)
    try container.encode(megabytesPerSecond, forKey: .megabytesPerSecond)
    try container.encode(medianMegabytesPerSecond, forKey: .medianMegabytesPerSecond)
    try container.encode(filesPerSecond, forKey: .filesPerSecond)
    try container.encode(medianFilesPerSecond, forKey: .medianFilesPerSecond)
  }

  /// Runs `task` once untimed (warm-up), then `repetitions` times timed with `ContinuousClock`.
  static func run(
    _ name: String,
    cores: Int,
    files: Int,
    bytes: Int,
    repetitions: Int,
    _ task: () -> Int
  ) -> Measurement {
    let clock = ContinuousClock()
    var result = task()
    var seconds: [Double] = []
    for _ in 0..<repetitions {
      let start = clock.now
      result = task()
      seconds.append((clock.now - start).seconds)
    }
    return Measurement(name: name, cores: cores, files: files, bytes: bytes, seconds: seconds, result: result)
  }
}

extension Measurement {
  /// Two tasks timed in alternation (`first`, `second`, `first`, …) after one untimed run of each, so that a change
  /// of load on the machine falls on both alike: the i-th runs of the two measurements form a pair.
  static func paired(
    _ firstName: String,
    _ secondName: String,
    cores: Int,
    files: Int,
    bytes: Int,
    repetitions: Int,
    _ first: () -> Int,
    _ second: () -> Int
  ) -> (Measurement, Measurement) {
    let clock = ContinuousClock()
    var results = (first(), second())
    var seconds: ([Double], [Double]) = ([], [])
    for _ in 0..<repetitions {
      var start = clock.now
      results.0 = first()
      seconds.0.append((clock.now - start).seconds)
      start = clock.now
      results.1 = second()
      seconds.1.append((clock.now - start).seconds)
    }
    return (
      Measurement(name: firstName, cores: cores, files: files, bytes: bytes, seconds: seconds.0, result: results.0),
      Measurement(name: secondName, cores: cores, files: files, bytes: bytes, seconds: seconds.1, result: results.1)
    )
  }
}

extension Duration {
  /// The duration in seconds.
  var seconds: Double {
    let (whole, fraction) = components
    return Double(whole) + Double(fraction) * 1e-18
  }
}
