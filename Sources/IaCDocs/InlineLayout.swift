/// Inline content cut into words (runs of styled text between spaces) and hard line breaks, ready to wrap.
struct InlineLayout {
  /// A run of text in one style.
  struct Piece: Equatable {
    var text: String
    var style: TextStyle
  }

  enum Token: Equatable {
    /// Pieces with no space between them.
    case word([Piece])
    case lineBreak
  }

  private(set) var tokens: [Token] = []
  private var current: [Piece] = []

  /// Adds `text` in `style`; spaces, tabs and newlines in it separate words.
  mutating func append(_ text: String, style: TextStyle) {
    var run = ""
    for character in text {
      if character == " " || character == "\t" || character == "\n" {
        appendPiece(run, style: style)
        run = ""
        endWord()
      } else {
        run.append(character)
      }
    }
    appendPiece(run, style: style)
  }

  /// Adds `text` in `style` to the current word, spaces and all: it will not be broken across lines.
  mutating func appendUnbroken(_ text: String, style: TextStyle) {
    appendPiece(text, style: style)
  }

  /// Ends the current word: what follows may go on the next line.
  mutating func endWord() {
    guard !current.isEmpty else { return }
    tokens.append(.word(current))
    current = []
  }

  /// Forces a new line.
  mutating func lineBreak() {
    endWord()
    tokens.append(.lineBreak)
  }

  /// The tokens with the last word ended.
  mutating func finish() -> [Token] {
    endWord()
    return tokens
  }

  private mutating func appendPiece(_ text: String, style: TextStyle) {
    guard !text.isEmpty else { return }
    if let last = current.last, last.style == style {
      current[current.count - 1].text += text
    } else {
      current.append(Piece(text: text, style: style))
    }
  }
}
