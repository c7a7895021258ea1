import Foundation

/// Writes a seeded corpus of CDK projects, alternating Python and TypeScript.
///
/// Each project holds an app entry point, seven stack modules of 150–400 lines, two test files, `cdk.json` and the
/// file its language uses to declare dependencies. Project `i` draws from its own random stream, so `--files` only
/// decides how many projects there are: the first ones are the same whatever the total.
struct CorpusGenerator {
  /// The name of the file that marks a directory as a corpus this tool may overwrite.
  static let markerName = ".iaclsp-bench"
  static let services = [
    "orders", "payments", "billing", "inventory", "search", "auth", "notifications", "analytics", "catalog",
    "shipping", "profile", "checkout", "gateway", "ingest", "website", "reporting", "media", "identity",
  ]
  static let stackKinds = ["Api", "Website", "Data", "Monitoring", "Storage", "Pipeline", "Compute"]
  static let stacksPerProject = 7

  let seed: UInt64
  let files: Int

  enum Failure: Error, CustomStringConvertible {
    case notEmpty(String)
    case cannotWrite(String, String)

    var description: String {
      switch self {
      case .notEmpty(let path):
        return "\(path) is not empty and was not written by iaclsp-bench (no \(CorpusGenerator.markerName) in it)"
      case .cannotWrite(let path, let reason):
        return "cannot write \(path): \(reason)"
      }
    }
  }

  /// Writes the corpus under `root`, which must be empty, absent, or a corpus written before (it is cleared).
  func write(to root: String) throws(Failure) -> Corpus {
    let manager = FileManager.default
    if let contents = try? manager.contentsOfDirectory(atPath: root), !contents.isEmpty {
      guard contents.contains(CorpusGenerator.markerName) else { throw .notEmpty(root) }
      for entry in contents {
        try? manager.removeItem(atPath: root + "/" + entry)
      }
    }
    var corpus = Corpus(root: root, files: [], projects: 0, markerFiles: 0, seeded: [:], suppressed: [:], checksum: 0)
    try write(text: "seed \(seed), files \(files)\n", to: root + "/" + CorpusGenerator.markerName)
    var mistakes = SeededMistakes()
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    var project = 0
    while corpus.files.count < files {
      let remaining = files - corpus.files.count
      let service = CorpusGenerator.services[project % CorpusGenerator.services.count]
      let rng = SeededGenerator(seed: seed, stream: UInt64(project) + 1)
      let written: [Corpus.File]
      let markers: Int
      if project % 2 == 0 {
        let directory = root + "/" + String(format: "p%05d-%@-py", project, service)
        (written, markers) = try writePython(
          PythonProjectWriter(rng: rng, service: service, seed: seed), directory: directory, limit: remaining,
          mistakes: &mistakes)
      } else {
        let directory = root + "/" + String(format: "p%05d-%@-ts", project, service)
        (written, markers) = try writeTypeScript(
          TypeScriptProjectWriter(rng: rng, service: service, seed: seed), directory: directory, limit: remaining,
          mistakes: &mistakes)
      }
      for file in written {
        Corpus.fnv1a(Array(file.path.dropFirst(root.count).utf8), into: &hash)
        Corpus.fnv1a(file.bytes, into: &hash)
      }
      corpus.files += written
      corpus.markerFiles += markers
      project += 1
    }
    corpus.projects = project
    corpus.seeded = mistakes.seeded
    corpus.suppressed = mistakes.suppressed
    corpus.checksum = hash
    return corpus
  }

  private func writePython(
    _ writer: PythonProjectWriter,
    directory: String,
    limit: Int,
    mistakes: inout SeededMistakes
  ) throws(Failure) -> ([Corpus.File], Int) {
    var writer = writer
    var files: [Corpus.File] = []
    var stacks: [(module: String, className: String)] = []
    for index in 1...CorpusGenerator.stacksPerProject {
      stacks.append(writer.stackNames(index, kind: CorpusGenerator.stackKinds[index - 1]))
    }
    // The entry point comes first so that a truncated last project still has one.
    try save(writer.app(stacks: stacks), directory + "/app.py", into: &files, python: true, test: false)
    for (index, stack) in stacks.enumerated() where files.count < limit {
      let lines = writer.rng.int(in: 150...400)
      let text = writer.stack(className: stack.className, kind: CorpusGenerator.stackKinds[index], targetLines: lines)
      try save(text, directory + "/\(writer.package)/\(stack.module).py", into: &files, python: true, test: false)
    }
    for stack in stacks.prefix(2) where files.count < limit {
      let text = writer.test(module: stack.module, className: stack.className)
      try save(text, directory + "/tests/unit/test_\(stack.module).py", into: &files, python: true, test: true)
    }
    try write(text: writer.cdkJSON(), to: directory + "/cdk.json")
    try write(text: "aws-cdk-lib==2.150.0\nconstructs>=10.0.0,<11.0.0\n", to: directory + "/requirements.txt")
    mistakes.merge(writer.mistakes)
    return (files, 2)
  }

  private func writeTypeScript(
    _ writer: TypeScriptProjectWriter,
    directory: String,
    limit: Int,
    mistakes: inout SeededMistakes
  ) throws(Failure) -> ([Corpus.File], Int) {
    var writer = writer
    var files: [Corpus.File] = []
    var stacks: [(module: String, className: String)] = []
    for index in 1...CorpusGenerator.stacksPerProject {
      stacks.append(writer.stackNames(index, kind: CorpusGenerator.stackKinds[index - 1]))
    }
    let appFile = "bin/\(writer.service).ts"
    try save(writer.app(stacks: stacks), directory + "/" + appFile, into: &files, python: false, test: false)
    for (index, stack) in stacks.enumerated() where files.count < limit {
      let lines = writer.rng.int(in: 150...400)
      let text = writer.stack(className: stack.className, kind: CorpusGenerator.stackKinds[index], targetLines: lines)
      try save(text, directory + "/lib/\(stack.module).ts", into: &files, python: false, test: false)
    }
    for stack in stacks.prefix(2) where files.count < limit {
      let text = writer.test(module: stack.module, className: stack.className)
      try save(text, directory + "/test/\(stack.module).test.ts", into: &files, python: false, test: true)
    }
    try write(text: writer.cdkJSON(appFile: appFile), to: directory + "/cdk.json")
    try write(text: writer.packageJSON(), to: directory + "/package.json")
    mistakes.merge(writer.mistakes)
    return (files, 2)
  }

  private func save(
    _ text: String,
    _ path: String,
    into files: inout [Corpus.File],
    python: Bool,
    test: Bool
  ) throws(Failure) {
    let bytes = Array(text.utf8)
    try write(bytes, to: path)
    files.append(Corpus.File(path: path, bytes: bytes, isPython: python, isTest: test))
  }

  private func write(text: String, to path: String) throws(Failure) {
    try write(Array(text.utf8), to: path)
  }

  private func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    let manager = FileManager.default
    let directory = (path as NSString).deletingLastPathComponent
    do {
      try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try Data(bytes).write(to: URL(fileURLWithPath: path))
    } catch {
      throw .cannotWrite(path, "\(error)")
    }
  }
}
