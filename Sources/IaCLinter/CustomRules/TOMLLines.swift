/// Finds the lines of tables and keys in TOML text, for error messages (the TOML parser gives no line numbers for
/// keys): the `[[rule]]` headers in order, the tables below each, and the first line of a key inside a span.
struct TOMLLines {
  /// A table header: its line (1-based), its dotted name without the settings prefix, and whether it is `[[…]]`.
  struct Header {
    var line: Int
    var name: String
    var isArray: Bool
  }

  let lines: [Substring]
  let headers: [Header]

  /// `prefix` is the settings table of a `pyproject.toml` (`tool.iaclsp`), stripped from header names.
  init(text: String, prefix: [String] = []) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var headers: [Header] = []
    let prefixText = prefix.isEmpty ? "" : prefix.joined(separator: ".") + "."
    for (index, line) in lines.enumerated() {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      guard trimmed.hasPrefix("[") else { continue }
      let isArray = trimmed.hasPrefix("[[")
      var inner = trimmed.dropFirst(isArray ? 2 : 1)
      guard let close = inner.firstIndex(of: "]") else { continue }
      inner = inner[..<close]
      var name = TOMLLines.normalise(inner)
      if !prefixText.isEmpty {
        guard name.hasPrefix(prefixText) else { continue }
        name = String(name.dropFirst(prefixText.count))
      }
      headers.append(Header(line: index + 1, name: name, isArray: isArray))
    }
    self.headers = headers
  }

  /// A header name without spaces around dots, with quoted parts kept as written inside their quotes.
  static func normalise(_ name: Substring) -> String {
    var result = ""
    var quote: Character?
    for character in name {
      if let open = quote {
        if character == open { quote = nil }
        result.append(character)
      } else if character == "\"" || character == "'" {
        quote = character
        result.append(character)
      } else if character != " " && character != "\t" {
        result.append(character)
      }
    }
    return result
  }

  /// The lines (first, end) of the `index`-th `[[name]]` table and the sub-tables under it, or nil.
  func span(ofArrayTable name: String, index: Int) -> (first: Int, end: Int)? {
    let matching = headers.enumerated().filter { $0.element.isArray && $0.element.name == name }
    guard index < matching.count else { return nil }
    let (position, header) = matching[index]
    var end = lines.count + 1
    for next in headers[(position + 1)...] where next.name == name || !next.name.hasPrefix(name + ".") {
      end = next.line
      break
    }
    return (header.line, end)
  }

  /// The line of the first header named `name` (or one of `names`) within a span, or nil.
  func line(ofHeader names: [String], in span: (first: Int, end: Int)) -> Int? {
    headers.first { $0.line >= span.first && $0.line < span.end && names.contains($0.name) }?.line
  }

  /// The headers named `name` within a span, in order.
  func headers(named name: String, in span: (first: Int, end: Int)) -> [Header] {
    headers.filter { $0.line >= span.first && $0.line < span.end && $0.name == name }
  }

  /// The first line in `first..<end` on which `key` is assigned (`key =`, `"key" =`), or nil.
  func line(ofKey key: String, from first: Int, to end: Int) -> Int? {
    var index = max(first, 1)
    while index < end && index <= lines.count {
      let trimmed = lines[index - 1].drop { $0 == " " || $0 == "\t" }
      for spelling in [key, "\"\(key)\"", "'\(key)'"] where trimmed.hasPrefix(spelling) {
        let rest = trimmed.dropFirst(spelling.count).drop { $0 == " " || $0 == "\t" }
        if rest.hasPrefix("=") { return index }
      }
      index += 1
    }
    return nil
  }

  /// The first line in `first..<end` containing `text`, or nil.
  func line(containing text: String, from first: Int, to end: Int) -> Int? {
    var index = max(first, 1)
    while index < end && index <= lines.count {
      if lines[index - 1].contains(text) { return index }
      index += 1
    }
    return nil
  }
}
