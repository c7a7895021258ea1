/// Counts of the errors a lexer sees without parsing: brackets without a partner, literals that run to the end of
/// their line or file, and commas with nothing before them. A fix that raises one of these has broken the file.
package struct LexicalErrors: Sendable, Equatable, CustomStringConvertible {
  /// Brackets without a partner (openers never closed, closers never opened).
  package var brackets = 0
  /// Strings, template literals, regular expressions and block comments left open.
  package var strings = 0
  /// Commas that follow an opening bracket or another comma (`(,`, `,,`), line ends and comments aside.
  package var commas = 0

  package init(brackets: Int = 0, strings: Int = 0, commas: Int = 0) {
    self.brackets = brackets
    self.strings = strings
    self.commas = commas
  }

  /// The kinds of error that are more frequent here than in `original`, by name (`brackets`, `strings`,
  /// `commas`); empty when none rose.
  package func raised(over original: LexicalErrors) -> [String] {
    var kinds: [String] = []
    if brackets > original.brackets { kinds.append("unbalanced brackets") }
    if strings > original.strings { kinds.append("unterminated strings") }
    if commas > original.commas { kinds.append("stray commas") }
    return kinds
  }

  package var description: String { "\(brackets) bracket, \(strings) string, \(commas) comma" }
}

extension SourceFile {
  /// The lexical errors in the file.
  package var lexicalErrors: LexicalErrors {
    var errors = LexicalErrors()
    var previous: UInt8 = 0  // The byte of the previous operator that is a bracket or a comma; 0 after anything else.
    for index in tokens.indices {
      let token = tokens[index]
      switch token.kind {
      case .newline, .comment:
        if token.flags.contains(.unterminated) { errors.strings += 1 }
        continue
      case .string, .regex:
        if token.flags.contains(.unterminated) { errors.strings += 1 }
        previous = 0
        continue
      case .op where token.end - token.start == 1:
        let byte = bytes[Int(token.start)]
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
          if matching[index] < 0 { errors.brackets += 1 }
          previous = byte
        case UInt8(ascii: ","):
          if previous == UInt8(ascii: ",") || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "[")
            || previous == UInt8(ascii: "{") {
            errors.commas += 1
          }
          previous = byte
        default:
          previous = 0
        }
      default:
        previous = 0
      }
    }
    return errors
  }
}
