// iaclsp-bench: generates a seeded corpus of CDK projects and measures lexing, parsing and checking throughput.
//
//   swift build -c release --product iaclsp-bench && .build/release/iaclsp-bench [--files N] [--repeat N] [--json]
//
// See Docs/benchmark.md.
import Foundation

func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}

let options: BenchOptions
do {
  options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch .help {
  print(BenchOptions.usage)
  exit(0)
} catch {
  printError(error.description)
  exit(2)
}

let isTemporary = options.directory == nil
let root: String
if let directory = options.directory {
  root = URL(fileURLWithPath: directory).standardizedFileURL.path
} else {
  root = FileManager.default.temporaryDirectory.appendingPathComponent("iaclsp-bench-\(UUID().uuidString)").path
}

let clock = ContinuousClock()
printError("writing \(options.files) files under \(root)…")
let generationStart = clock.now
let corpus: Corpus
do {
  corpus = try CorpusGenerator(seed: options.seed, files: options.files).write(to: root)
} catch {
  printError("error: \(error)")
  exit(1)
}
let generationSeconds = (clock.now - generationStart).seconds

func removeCorpus() {
  if isTemporary && !options.keep {
    try? FileManager.default.removeItem(atPath: root)
  } else {
    printError("corpus kept at \(root)")
  }
}

if options.generateOnly {
  printError("wrote \(corpus.files.count) files, \(corpus.sourceBytes) bytes, checksum \(String(corpus.checksum, radix: 16))")
  removeCorpus()
  exit(0)
}

let cores = ProcessInfo.processInfo.activeProcessorCount
var suite = BenchmarkSuite(corpus: corpus, options: options, cores: cores, progress: printError)
let measurements = suite.run()

let report = BenchReport(
  machine: BenchReport.Machine(
    cores: cores,
    memoryMegabytes: Int(ProcessInfo.processInfo.physicalMemory >> 20),
    hostName: ProcessInfo.processInfo.hostName
  ),
  corpus: BenchReport.CorpusSummary(
    root: root,
    seed: options.seed,
    projects: corpus.projects,
    files: corpus.files.count,
    pythonFiles: corpus.files.filter(\.isPython).count,
    typeScriptFiles: corpus.files.filter { !$0.isPython }.count,
    testFiles: corpus.files.filter(\.isTest).count,
    markerFiles: corpus.markerFiles,
    bytes: corpus.sourceBytes,
    lines: corpus.lineCount,
    checksum: String(corpus.checksum, radix: 16),
    generationSeconds: generationSeconds
  ),
  repetitions: options.repetitions,
  measurements: measurements,
  diagnostics: suite.diagnosticsByCode,
  seeded: corpus.seeded,
  suppressed: corpus.suppressed,
  filesChecked: suite.filesChecked
)
print(options.json ? report.json() : report.table())
removeCorpus()
