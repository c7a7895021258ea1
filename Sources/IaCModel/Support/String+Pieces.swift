extension String {
  /// Whether the UTF-8 bytes hold `byte`: a search of the bytes in place, rather than the byte-by-byte iteration of
  /// `utf8.contains(_:)`.
  package func containsByte(_ byte: UInt8) -> Bool {
    utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
  }

  /// The pieces of the string between occurrences of the ASCII `separator`, as
  /// `split(separator:omittingEmptySubsequences:)` gives them, but split on the UTF-8 bytes when the string is ASCII
  /// (catalogue and import names, nearly always), which costs a fraction of the split by characters.
  package func pieces(separatedBy separator: Unicode.Scalar, omittingEmpty: Bool = false) -> [String] {
    let byte = UInt8(ascii: separator)
    guard !utf8.contains(where: { $0 >= 0x80 }) else {
      return split(separator: Character(separator), omittingEmptySubsequences: omittingEmpty).map(String.init)
    }
    return utf8.split(separator: byte, omittingEmptySubsequences: omittingEmpty).map { String(decoding: $0, as: UTF8.self) }
  }
}
