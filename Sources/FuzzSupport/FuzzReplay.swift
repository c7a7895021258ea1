import Foundation

/// Runs a fuzz target's checks over saved inputs, without libFuzzer: to reproduce a crash (`swift run fuzz-lexers
/// crash-…`, `swift run fuzz-jsonrpc crash-…`) or to replay a corpus.
public enum FuzzReplay {
  /// Calls `body` with the bytes of each file named in `arguments`, or of every file under a named directory.
  /// Returns how many inputs ran.
  public static func run(arguments: [String], _ body: ([UInt8]) -> Void) -> Int {
    var count = 0
    for argument in arguments where !argument.hasPrefix("-") {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
        FileHandle.standardError.write(Data("\(argument): No such file or directory\n".utf8))
        continue
      }
      var files = [argument]
      if isDirectory.boolValue {
        let enumerator = FileManager.default.enumerator(atPath: argument)
        files = (enumerator?.allObjects as? [String] ?? []).sorted().map { argument + "/" + $0 }
      }
      for file in files {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        body(Array(data))
        count += 1
      }
    }
    return count
  }
}
