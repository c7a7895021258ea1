// Fuzzes the byte-level lexers and the light parser: any bytes must give tokens and structure that lie inside the
// buffer, in order, without trapping or looping. Built with `-sanitize=fuzzer -D FUZZING` (see Scripts/fuzz), this
// is a libFuzzer target; built normally, `swift run fuzz-lexers FILE_OR_DIRECTORY...` replays inputs.
import Foundation
import FuzzSupport
import IaCSyntax

/// The checks run on one input.
enum FuzzLexers {
  /// Parses `bytes` as Python and as TypeScript (and as the project-file formats) and traps on a broken invariant.
  static func run(_ bytes: [UInt8]) {
    for language in [Language.python, .typescript] {
      let file = SourceFile(path: language == .python ? "fuzz.py" : "fuzz.ts", bytes: bytes, language: language)
      check(file)
    }
    if let value = JSONValue.parse(bytes) {
      require(value.range.start >= 0 && value.range.end <= bytes.count, "JSON value range \(value.range)")
    }
    for (_, entry) in YAMLScalars.read(bytes) {
      let range = entry.range
      require(range.start >= 0 && range.start <= range.end && range.end <= bytes.count, "YAML range \(range)")
    }
  }

  static func check(_ file: SourceFile) {
    let count = file.bytes.count
    var previousEnd = 0
    for (index, token) in file.tokens.enumerated() {
      let start = Int(token.start)
      let end = Int(token.end)
      require(start <= end && end <= count, "token \(index) \(start)..<\(end) outside 0..<\(count)")
      require(start >= previousEnd, "token \(index) overlaps the previous one")
      require(start < end || token.kind == .newline, "token \(index) is empty")
      previousEnd = end
    }
    require(file.matching.count == file.tokens.count, "matching has \(file.matching.count) entries")
    for (index, partner) in file.matching.enumerated() where partner >= 0 {
      require(Int(partner) < file.tokens.count && Int(file.matching[Int(partner)]) == index, "bracket \(index)")
    }
    let table = file.lineTable
    require(table.lineStarts.first == 0 && table.lineStarts.last! <= count, "line starts")
    for offset in [0, count / 2, count] {
      let line = table.line(containing: offset)
      require(line >= 0 && line < table.lineCount && table.lineStarts[line] <= offset, "line of \(offset)")
      _ = table.utf16Column(of: offset, in: file.bytes)
      _ = table.characterColumn(of: offset, in: file.bytes)
    }
    var ranges: [TextRange] = file.calls.map(\.range) + file.imports.map(\.range) + file.classes.map(\.range)
    ranges += file.functions.map(\.range) + file.assignments.map(\.value) + file.references.map(\.range)
    for range in ranges {
      require(range.start >= 0 && range.start <= range.end && range.end <= count, "structure range \(range)")
    }
    for call in file.calls {
      require(call.openToken < file.tokens.count && call.closeToken <= file.tokens.count, "call tokens")
      for argument in call.arguments {
        _ = file.text(argument.value)
      }
    }
    for index in file.tokens.indices where file.tokens[index].kind == .string {
      _ = file.stringContents(token: index)
    }
  }

  static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz-lexers: \(message())") }
  }
}

/// One fuzz input (also exported as `LLVMFuzzerTestOneInput`, for drivers that link libFuzzer's own `main`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexersTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzLexers.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

@main
struct FuzzLexersMain {
  /// With libFuzzer linked in (`-D FUZZING`), hands the command line to its driver; otherwise replays each file
  /// (or every file under each directory) named on the command line.
  static func main() {
    #if FUZZING
    exit(FuzzerDriver.run(fuzzLexersTestOneInput))
    #else
    let count = FuzzReplay.run(arguments: Array(CommandLine.arguments.dropFirst()), FuzzLexers.run)
    print("fuzz-lexers: replayed \(count) input(s)")
    #endif
  }
}
