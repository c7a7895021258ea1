extension SourceFile {
  /// The properties of the object literal (TypeScript) or dictionary display (Python) that makes up exactly
  /// `tokens` (`{ region: 'us-east-1' }`, `{"Operation": "GetItem"}`), or nil when `tokens` is something else.
  public func objectProperties(tokens range: Range<Int>) -> [Argument]? {
    guard !range.isEmpty, isOp(range.lowerBound, "{") else { return nil }
    let (closer, isClosed) = closer(of: range.lowerBound)
    guard isClosed, closer == range.upperBound - 1 else { return nil }
    return StructureBuilder(file: self).objectProperties(open: range.lowerBound, close: closer)
  }

  /// The value of the property `name` in the object literal or dictionary that is `tokens`.
  public func objectProperty(_ name: String, in tokens: Range<Int>) -> Argument? {
    objectProperties(tokens: tokens)?.first { $0.label?.name == name }
  }

  /// The elements of the list or array literal that makes up exactly `tokens` (`[a, b]`), or nil.
  public func arrayElements(tokens range: Range<Int>) -> [Range<Int>]? {
    guard !range.isEmpty, isOp(range.lowerBound, "[") else { return nil }
    let (closer, isClosed) = closer(of: range.lowerBound)
    guard isClosed, closer == range.upperBound - 1 else { return nil }
    return StructureBuilder(file: self).splitAtCommas(range.lowerBound, closer)
  }
}
