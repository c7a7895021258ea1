import IaCSyntax

/// Renders tokens as `kind:text` strings, so a test can compare a whole token stream at once.
func render(_ tokens: [Token], _ bytes: [UInt8]) -> [String] {
  tokens.map { token in
    let start = min(Int(token.start), bytes.count)
    let end = min(max(start, Int(token.end)), bytes.count)
    return "\(token.kind):" + String(decoding: bytes[start..<end], as: UTF8.self)
  }
}

/// Python tokens of `text`, rendered.
func python(_ text: String) -> [String] {
  let bytes = Array(text.utf8)
  return render(PythonLexer.tokenize(bytes), bytes)
}

/// TypeScript tokens of `text`, rendered.
func typescript(_ text: String) -> [String] {
  let bytes = Array(text.utf8)
  return render(TypeScriptLexer.tokenize(bytes), bytes)
}

/// The only token of `text` that is not a newline, for tests about a single literal.
func single(_ tokens: [Token]) -> Token? {
  let real = tokens.filter { $0.kind != .newline }
  return real.count == 1 ? real[0] : nil
}

/// A Python source file.
func pyFile(_ text: String) -> SourceFile {
  SourceFile(path: "app.py", text: text)
}

/// A TypeScript source file.
func tsFile(_ text: String) -> SourceFile {
  SourceFile(path: "app.ts", text: text)
}

/// The byte offset of the first occurrence of `needle` in `text` (UTF-8), or -1.
func offset(of needle: String, in text: String, occurrence: Int = 0) -> Int {
  let haystack = Array(text.utf8)
  let pattern = Array(needle.utf8)
  var seen = 0
  guard !pattern.isEmpty, haystack.count >= pattern.count else { return -1 }
  for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
    if seen == occurrence { return start }
    seen += 1
  }
  return -1
}

/// The byte range of `needle` in `text`.
func range(of needle: String, in text: String, occurrence: Int = 0) -> TextRange {
  let start = offset(of: needle, in: text, occurrence: occurrence)
  return TextRange(start: start, end: start + needle.utf8.count)
}
