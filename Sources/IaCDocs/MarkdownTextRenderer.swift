/// Renders ``MarkdownBlock`` values as text: the engine behind ``TerminalMarkdown`` and ``PlainTextMarkdown``.
///
/// Blocks are separated by one blank line (none inside tight list items). Paragraphs wrap at `width` columns,
/// counting indentation; code blocks are indented by four spaces and never wrapped. Raw HTML is omitted.
struct MarkdownTextRenderer {
  /// The column to wrap paragraphs at, or nil to keep each paragraph on one line (up to hard breaks).
  var width: Int?
  /// Whether to style with ANSI escape sequences instead of Markdown-like punctuation.
  var color: Bool

  /// The narrowest a nested block is wrapped at, however deep it is indented.
  static let minimumWidth = 12

  /// `markdown` rendered; every line ends with a newline, and empty output is the empty string.
  func render(_ markdown: String) -> String {
    let lines = render(MarkdownParser.parse(markdown), width: width, tight: false)
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  func render(_ blocks: [MarkdownBlock], width: Int?, tight: Bool) -> [String] {
    var lines: [String] = []
    for block in blocks {
      let blockLines = render(block, width: width)
      guard !blockLines.isEmpty else { continue }
      if !lines.isEmpty && !tight { lines.append("") }
      lines += blockLines
    }
    return lines
  }

  func render(_ block: MarkdownBlock, width: Int?) -> [String] {
    switch block {
    case .paragraph(let inlines):
      return wrap(inlines, style: [], width: width)
    case .heading(let level, let inlines):
      return heading(level: level, inlines)
    case .codeBlock(_, let code):
      return codeBlock(code)
    case .html:
      return []
    case .blockQuote(let blocks):
      let bar = color ? TextStyle.dim.apply(to: "│") : ">"
      return render(blocks, width: narrowed(width, by: 2), tight: false).map { $0.isEmpty ? bar : "\(bar) \($0)" }
    case .list(let list):
      return render(list, width: width)
    case .thematicBreak:
      return [color ? TextStyle.dim.apply(to: String(repeating: "─", count: 3)) : "---"]
    }
  }

  func heading(level: Int, _ inlines: [MarkdownInline]) -> [String] {
    if color {
      let style: TextStyle = level == 1 ? [.bold, .underline] : .bold
      return [wrap(inlines, style: style, width: nil).joined(separator: " ")]
    }
    let text = wrap(inlines, style: [], width: nil).joined(separator: " ")
    guard !text.isEmpty else { return [] }
    return [text, String(repeating: level == 1 ? "=" : "-", count: max(text.terminalWidth, 3))]
  }

  func codeBlock(_ code: String) -> [String] {
    var body = Substring(code)
    if body.hasSuffix("\n") { body = body.dropLast() }
    return body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.isEmpty ? "" : "    " + (color ? TextStyle.code.apply(to: String(line)) : String(line))
    }
  }

  func render(_ list: MarkdownList, width: Int?) -> [String] {
    let markers: [String] = list.items.indices.map { index in
      switch list.kind {
      case .bullet: return color ? "•" : "-"
      case .ordered(let start, let delimiter): return "\(start + index)\(delimiter)"
      }
    }
    let markerWidth = (markers.map(\.count).max() ?? 1) + 1
    let indent = String(repeating: " ", count: markerWidth)
    var lines: [String] = []
    for (item, marker) in zip(list.items, markers) {
      if !lines.isEmpty && !list.isTight { lines.append("") }
      let body = render(item, width: narrowed(width, by: markerWidth), tight: list.isTight)
      let paddedMarker = marker.padding(toLength: markerWidth)
      guard let first = body.first else {
        lines.append(marker)
        continue
      }
      lines.append(first.isEmpty ? marker : paddedMarker + first)
      lines += body.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
    }
    return lines
  }

  func narrowed(_ width: Int?, by columns: Int) -> Int? {
    width.map { max($0 - columns, Self.minimumWidth) }
  }

  // MARK: Inline content

  /// `inlines` laid out in lines of at most `width` columns (a longer word stands alone on its line).
  func wrap(_ inlines: [MarkdownInline], style: TextStyle, width: Int?) -> [String] {
    var layout = InlineLayout()
    lay(inlines, style: style, width: width, into: &layout)
    var lines: [String] = []
    var line: [InlineLayout.Piece] = []
    var lineWidth = 0
    for token in layout.finish() {
      switch token {
      case .lineBreak:
        lines.append(render(line))
        line = []
        lineWidth = 0
      case .word(let pieces):
        let wordWidth = pieces.reduce(0) { $0 + $1.text.terminalWidth }
        if !line.isEmpty, let width, lineWidth + 1 + wordWidth > width {
          lines.append(render(line))
          line = []
          lineWidth = 0
        }
        if let last = line.last, let next = pieces.first {
          // The space between two words takes their style when they share it (an underlined link text).
          line.append(InlineLayout.Piece(text: " ", style: last.style.intersection(next.style)))
          lineWidth += 1
        }
        line += pieces
        lineWidth += wordWidth
      }
    }
    if !line.isEmpty { lines.append(render(line)) }
    return lines
  }

  /// The pieces of a line as text, with runs of one style under one escape sequence when coloring.
  func render(_ pieces: [InlineLayout.Piece]) -> String {
    guard color else { return pieces.map(\.text).joined() }
    var merged: [InlineLayout.Piece] = []
    for piece in pieces {
      if let last = merged.last, last.style == piece.style {
        merged[merged.count - 1].text += piece.text
      } else {
        merged.append(piece)
      }
    }
    return merged.map { $0.style.apply(to: $0.text) }.joined()
  }

  /// Adds `inlines` to `layout`. Code spans stay on one line unless they are wider than `width`.
  func lay(_ inlines: [MarkdownInline], style: TextStyle, width: Int?, into layout: inout InlineLayout) {
    for inline in inlines {
      switch inline {
      case .text(let text):
        layout.append(text, style: style)
      case .softBreak:
        layout.endWord()
      case .lineBreak:
        layout.lineBreak()
      case .code(let code):
        let text = color ? code : "`\(code)`"
        if let width, text.terminalWidth > width {
          layout.append(text, style: style.union(.code))
        } else {
          layout.appendUnbroken(text, style: style.union(.code))
        }
      case .html:
        break
      case .emphasis(let children):
        emphasize(children, marker: "*", adding: .italic, style: style, width: width, into: &layout)
      case .strong(let children):
        emphasize(children, marker: "**", adding: .bold, style: style, width: width, into: &layout)
      case .link(let url, let children), .image(let url, let children):
        link(url: url, children, style: style, width: width, into: &layout)
      }
    }
  }

  func emphasize(
    _ children: [MarkdownInline],
    marker: String,
    adding added: TextStyle,
    style: TextStyle,
    width: Int?,
    into layout: inout InlineLayout
  ) {
    if color {
      lay(children, style: style.union(added), width: width, into: &layout)
    } else {
      layout.append(marker, style: style)
      lay(children, style: style, width: width, into: &layout)
      layout.append(marker, style: style)
    }
  }

  /// `text <url>`; an autolink (`<https://…>`), whose text is its URL, shows only `<url>`.
  func link(
    url: String,
    _ children: [MarkdownInline],
    style: TextStyle,
    width: Int?,
    into layout: inout InlineLayout
  ) {
    let text = MarkdownInline.plainText(children)
    guard !url.isEmpty else {
      lay(children, style: style, width: width, into: &layout)
      return
    }
    if text.isEmpty || text == url || "mailto:" + text == url {
      layout.append("<\(text.isEmpty ? url : text)>", style: style.union(.url))
      return
    }
    lay(children, style: color ? style.union(.underline) : style, width: width, into: &layout)
    layout.endWord()
    layout.append("<\(url)>", style: style.union(.url))
  }
}

extension String {
  /// The string padded with spaces on the right to `length` characters.
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
