// Fuzzes the whole checking pipeline: any bytes, read as Python and as TypeScript, go through lexing, structure,
// every rule and every fix (safe and unsafe, each alone and all together), and the fixed text is lexed again.
// Built with `-sanitize=fuzzer -D FUZZING` (see Scripts/fuzz), this is a libFuzzer target; built normally,
// `swift run fuzz-pipeline FILE_OR_DIRECTORY...` replays inputs.
//
// Invariants: no crash and no hang; no fix raises the number of unbalanced brackets, unterminated strings or
// stray commas (`,,`, `(,`) over the original; fixing a fixed file again changes nothing.
import Foundation
import FuzzSupport
import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax

/// The checks run on one input.
enum FuzzPipeline {
  /// Every rule, with the default options.
  static let linter = Linter(settings: LinterSettings(select: RuleRegistry.shared.rules.map(\.description.code)))
  static let allowing: Set<Applicability> = [.safe, .unsafe]

  static func run(_ bytes: [UInt8]) {
    for path in ["fuzz.py", "lib/fuzz-stack.ts"] {
      let file = SourceFile(path: path, bytes: bytes)
      // Rules that read the project see a CDK app whose only source is this file.
      let project = ProjectSnapshot(
        root: ".", markers: [ProjectSnapshot.Marker(kind: .cdk, path: "cdk.json", bytes: Array(#"{"app": "npx ts-node bin/app.ts"}"#.utf8))],
        sources: [file], fileExists: { _ in false })
      check(file, context: RuleContext(project: project))
    }
  }

  static func check(_ file: SourceFile, context: RuleContext) {
    let original = file.lexicalErrors
    let diagnostics = linter.check(file, context: context)
    for diagnostic in diagnostics {
      require(diagnostic.range.start >= 0 && diagnostic.range.start <= diagnostic.range.end && diagnostic.range.end <= file.bytes.count,
        "\(diagnostic.code) range \(diagnostic.range) outside the file of \(file.bytes.count) bytes")
      guard let fix = diagnostic.fix, allowing.contains(fix.applicability) else { continue }
      let result = FixApplier.apply([diagnostic], to: file.bytes, path: file.path, allowing: allowing)
      guard !result.applied.isEmpty else { continue }
      let fixed = SourceFile(path: file.path, bytes: result.bytes, language: file.language)
      let raised = fixed.lexicalErrors.raised(over: original)
      require(raised.isEmpty, "the fix of \(diagnostic.code) (\(fix.title)) leaves \(raised.joined(separator: ", ")) in \(file.path):\n\(String(decoding: result.bytes, as: UTF8.self))")
    }
    let once = linter.fix(file, context: context, allowing: allowing)
    require(once.breaking.isEmpty, "fixing \(file.path) with \(once.breaking.map(\.code)) leaves \(once.broken.joined(separator: ", "))")
    guard !once.fixed.isEmpty else { return }
    let twice = linter.fix(SourceFile(path: file.path, bytes: once.bytes, language: file.language), context: context, allowing: allowing)
    require(twice.bytes == once.bytes, "fixing \(file.path) again changed it (\(twice.fixed.map(\.code))):\n\(String(decoding: once.bytes, as: UTF8.self))")
  }

  static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz-pipeline: \(message())") }
  }
}

/// One fuzz input (also exported as `LLVMFuzzerTestOneInput`, for drivers that link libFuzzer's own `main`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipelineTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzPipeline.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

@main
struct FuzzPipelineMain {
  /// With libFuzzer linked in (`-D FUZZING`), hands the command line to its driver; otherwise replays each file
  /// (or every file under each directory) named on the command line.
  static func main() {
    #if FUZZING
    exit(FuzzerDriver.run(fuzzPipelineTestOneInput))
    #else
    let count = FuzzReplay.run(arguments: Array(CommandLine.arguments.dropFirst()), FuzzPipeline.run)
    print("fuzz-pipeline: replayed \(count) input(s)")
    #endif
  }
}
