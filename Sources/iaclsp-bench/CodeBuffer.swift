/// Text assembled block by block, with a running line count.
struct CodeBuffer {
  private(set) var text = ""
  private(set) var lineCount = 0

  /// Appends `block` (lines separated by `\n`, no trailing newline needed) indented by `indent` spaces. Empty lines
  /// stay empty.
  mutating func add(_ block: String, indent: Int = 0) {
    let pad = String(repeating: " ", count: indent)
    for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
      if !line.isEmpty {
        text += pad
        text += line
      }
      text += "\n"
      lineCount += 1
    }
  }

  /// Appends an empty line.
  mutating func blank() {
    text += "\n"
    lineCount += 1
  }
}
