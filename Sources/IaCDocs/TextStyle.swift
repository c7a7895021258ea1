/// ANSI text attributes the terminal renderer combines.
struct TextStyle: OptionSet, Sendable, Hashable {
  let rawValue: UInt8

  static let bold = TextStyle(rawValue: 1 << 0)
  static let dim = TextStyle(rawValue: 1 << 1)
  static let italic = TextStyle(rawValue: 1 << 2)
  static let underline = TextStyle(rawValue: 1 << 3)
  /// Inline code and code blocks (cyan).
  static let code = TextStyle(rawValue: 1 << 4)
  /// Link targets (blue).
  static let url = TextStyle(rawValue: 1 << 5)

  /// The SGR parameters, in a fixed order so output is stable.
  var parameters: [String] {
    var parameters: [String] = []
    if contains(.bold) { parameters.append("1") }
    if contains(.dim) { parameters.append("2") }
    if contains(.italic) { parameters.append("3") }
    if contains(.underline) { parameters.append("4") }
    if contains(.code) { parameters.append("36") }
    if contains(.url) { parameters.append("34") }
    return parameters
  }

  /// `text` wrapped in this style's escape sequence and a reset; `text` itself when the style is empty.
  func apply(to text: String) -> String {
    guard !isEmpty, !text.isEmpty else { return text }
    return "\u{1B}[\(parameters.joined(separator: ";"))m\(text)\u{1B}[0m"
  }
}
