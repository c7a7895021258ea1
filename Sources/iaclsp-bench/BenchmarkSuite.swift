import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax

/// Runs the measurements over a written corpus.
///
/// 1. `lex`: `PythonLexer`/`TypeScriptLexer` over in-memory bytes, one core.
/// 2. `parse`: `SourceFile(path:bytes:)` (lexing, bracket matching, light structure), one core.
/// 3. `check`: `Linter().check(_:)` over files parsed beforehand, one core and all cores; then parsing and checking
///    together, one core and all cores.
/// 4. `e2e`: `CheckRunner(linter:options:).run(paths:)` over the corpus directory (discovery, reading, parsing, file
///    and project rules), sequential and parallel.
struct BenchmarkSuite {
  let corpus: Corpus
  let options: BenchOptions
  /// Cores `ParallelMap` may use.
  let cores: Int
  /// Progress lines go here (stderr), so that `--json` output stays clean.
  let progress: (String) -> Void

  /// Findings of the last end-to-end run, by rule code.
  private(set) var diagnosticsByCode: [String: Int] = [:]
  /// Files the last end-to-end run checked.
  private(set) var filesChecked = 0

  init(corpus: Corpus, options: BenchOptions, cores: Int, progress: @escaping (String) -> Void) {
    self.corpus = corpus
    self.options = options
    self.cores = cores
    self.progress = progress
  }

  mutating func run() -> [Measurement] {
    var results: [Measurement] = []
    let repetitions = options.repetitions
    let python = corpus.files.filter(\.isPython)
    let typeScript = corpus.files.filter { !$0.isPython }
    let all = corpus.files
    func bytes(_ files: [Corpus.File]) -> Int { files.reduce(0) { $0 + $1.bytes.count } }
    func record(_ measurement: Measurement) {
      progress(
        "  \(BenchReport.pad(measurement.name, 20)) \(measurement.cores) core(s): best \(BenchReport.fixed(measurement.best, 3)) s, "
          + "median \(BenchReport.fixed(measurement.median, 3)) s, \(BenchReport.fixed(measurement.megabytesPerSecond, 1)) MB/s")
      results.append(measurement)
    }

    if options.runs("lex") {
      progress("lexing…")
      record(Measurement.run("lex Python", cores: 1, files: python.count, bytes: bytes(python), repetitions: repetitions) {
        python.reduce(0) { $0 + PythonLexer.tokenize($1.bytes).count }
      })
      record(Measurement.run(
        "lex TypeScript", cores: 1, files: typeScript.count, bytes: bytes(typeScript), repetitions: repetitions
      ) {
        typeScript.reduce(0) { $0 + TypeScriptLexer.tokenize($1.bytes).count }
      })
      record(Measurement.run("lex all", cores: 1, files: all.count, bytes: bytes(all), repetitions: repetitions) {
        all.reduce(0) { total, file in
          total + (file.isPython ? PythonLexer.tokenize(file.bytes) : TypeScriptLexer.tokenize(file.bytes)).count
        }
      })
    }

    if options.runs("parse") {
      progress("parsing…")
      record(Measurement.run("lex + parse", cores: 1, files: all.count, bytes: bytes(all), repetitions: repetitions) {
        all.reduce(0) { $0 + SourceFile(path: $1.path, bytes: $1.bytes).calls.count }
      })
    }

    let linter = Linter()
    if options.runs("check") {
      progress("checking…")
      let parsed = all.map { SourceFile(path: $0.path, bytes: $0.bytes) }
      record(Measurement.run("check (parsed)", cores: 1, files: all.count, bytes: bytes(all), repetitions: repetitions) {
        parsed.reduce(0) { $0 + linter.check($1).count }
      })
      record(Measurement.run(
        "check (parsed)", cores: cores, files: all.count, bytes: bytes(all), repetitions: repetitions
      ) {
        ParallelMap.map(parsed, parallel: true) { linter.check($0).count }.reduce(0, +)
      })
      let inputs = all.map { (path: $0.path, bytes: $0.bytes) }
      record(Measurement.run(
        "lex + parse + check", cores: 1, files: all.count, bytes: bytes(all), repetitions: repetitions
      ) {
        inputs.reduce(0) { $0 + linter.check(SourceFile(path: $1.path, bytes: $1.bytes)).count }
      })
      record(Measurement.run(
        "lex + parse + check", cores: cores, files: all.count, bytes: bytes(all), repetitions: repetitions
      ) {
        ParallelMap.map(inputs, parallel: true) { linter.check(SourceFile(path: $0.path, bytes: $0.bytes)).count }
          .reduce(0, +)
      })
    }

    if options.runs("check") || options.runs("custom"), options.customRules > 0,
      let settings = try? CustomRuleSet.settings(count: options.customRules) {
      progress("checking with \(options.customRules) custom rules…")
      let parsed = all.map { SourceFile(path: $0.path, bytes: $0.bytes) }
      let custom = Linter(settings: settings)
      // Paired runs, one without and one with the custom rules back to back, so that both see the same load.
      let (base, withRules) = Measurement.paired(
        "check (parsed), paired", "check (parsed) + \(options.customRules) custom rules", cores: 1, files: all.count,
        bytes: bytes(all), repetitions: repetitions,
        { CustomRuleSet.checkWithoutCustomRules(parsed, linter) },
        { CustomRuleSet.checkWithCustomRules(parsed, custom) })
      record(base)
      record(withRules)
      let ratios = zip(base.seconds, withRules.seconds).map { $1 / $0 }
      let median = Measurement(name: "", cores: 1, files: 0, bytes: 0, seconds: ratios, result: 0).median
      progress("  \(options.customRules) custom rules cost \(BenchReport.fixed((median - 1) * 100, 1))% (median of \(ratios.count) paired runs)")
    }

    if options.runs("e2e") {
      progress("end to end…")
      for parallel in [false, true] {
        let runner = CheckRunner(linter: linter, options: CheckOptions(parallel: parallel))
        var last: CheckReport?
        let measurement = Measurement.run(
          "CheckRunner.run", cores: parallel ? cores : 1, files: all.count, bytes: bytes(all),
          repetitions: repetitions
        ) {
          let report = runner.run(paths: [corpus.root])
          let count = report.diagnostics.count
          last = report
          return count
        }
        record(measurement)
        if let last {
          filesChecked = last.filesChecked
          diagnosticsByCode = last.diagnostics.reduce(into: [:]) { $0[$1.code, default: 0] += 1 }
        }
      }
    }
    return results
  }
}
