import Foundation

/// Prints the results as a table or as JSON.
struct BenchReport: Encodable {
  struct Machine: Encodable {
    var cores: Int
    var memoryMegabytes: Int
    var hostName: String
  }

  struct CorpusSummary: Encodable {
    var root: String
    var seed: UInt64
    var projects: Int
    var files: Int
    var pythonFiles: Int
    var typeScriptFiles: Int
    var testFiles: Int
    var markerFiles: Int
    var bytes: Int
    var lines: Int
    var checksum: String
    var generationSeconds: Double
  }

  var machine: Machine
  var corpus: CorpusSummary
  var repetitions: Int
  var measurements: [Measurement]
  /// Findings of the last end-to-end run, by rule code.
  var diagnostics: [String: Int]
  /// Mistakes planted in the corpus, by the rule code expected to report them (suppressed ones apart).
  var seeded: [String: Int]
  var suppressed: [String: Int]
  var filesChecked: Int

  func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    guard let data = try? encoder.encode(self) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  func table() -> String {
    var lines: [String] = []
    lines.append(
      "Machine: \(machine.cores) cores, \(machine.memoryMegabytes) MB memory. Runs: 1 warm-up + \(repetitions) timed.")
    lines.append(
      "Corpus: \(corpus.files) files (\(corpus.pythonFiles) Python, \(corpus.typeScriptFiles) TypeScript, "
        + "\(corpus.testFiles) tests) in \(corpus.projects) projects, \(BenchReport.fixed(Double(corpus.bytes) / 1e6, 1)) MB, "
        + "\(corpus.lines) lines, seed \(corpus.seed), checksum \(corpus.checksum); written in "
        + "\(BenchReport.fixed(corpus.generationSeconds, 2)) s.")
    lines.append("")
    let header = [
      "Measurement", "Cores", "Files", "MB", "Best s", "Median s", "Spread", "MB/s best", "MB/s median", "Files/s best",
    ]
    var rows: [[String]] = []
    for m in measurements {
      rows.append([
        m.name, "\(m.cores)", "\(m.files)", BenchReport.fixed(Double(m.bytes) / 1e6, 1), BenchReport.fixed(m.best, 3),
        BenchReport.fixed(m.median, 3), BenchReport.fixed(m.spreadPercent, 0) + "%",
        BenchReport.fixed(m.megabytesPerSecond, 1), BenchReport.fixed(m.medianMegabytesPerSecond, 1),
        BenchReport.fixed(m.filesPerSecond, 0),
      ])
    }
    var widths = header.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    func render(_ row: [String]) -> String {
      row.enumerated().map { index, cell in
        index == 0 ? BenchReport.pad(cell, widths[index]) : BenchReport.padLeft(cell, widths[index])
      }.joined(separator: "  ")
    }
    lines.append(render(header))
    lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
    lines += rows.map(render)
    if !diagnostics.isEmpty || filesChecked > 0 {
      lines.append("")
      lines.append("End-to-end run: \(filesChecked) files checked. Findings by code (seeded / seeded and suppressed):")
      for code in Set(diagnostics.keys).union(seeded.keys).union(suppressed.keys).sorted() {
        lines.append(
          "  \(code): \(diagnostics[code] ?? 0) found (seeded \(seeded[code] ?? 0), suppressed \(suppressed[code] ?? 0))")
      }
    }
    return lines.joined(separator: "\n")
  }

  static func fixed(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  static func padLeft(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }
}
