/// A half-open range of UTF-8 byte offsets into a source buffer.
///
/// Every position iaclsp stores is a byte offset; line/column pairs are derived from a ``LineTable``
/// only when a position is shown to a person or sent to an editor.
public struct TextRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The offset of the first byte in the range.
  public var start: Int
  /// The offset one past the last byte in the range.
  public var end: Int

  /// Creates a range; `end` is raised to `start` when it is smaller, so a range is never inverted.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = Swift.max(start, end)
  }

  /// An empty range at `offset`, the shape of an insertion.
  public static func empty(at offset: Int) -> TextRange {
    TextRange(start: offset, end: offset)
  }

  /// The number of bytes covered.
  public var length: Int { end - start }

  /// Whether the range covers no bytes.
  public var isEmpty: Bool { start == end }

  /// Whether `offset` lies inside the range (the end is exclusive).
  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

  /// Whether `other` lies entirely inside this range.
  public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

  /// Whether the two ranges share at least one byte, or are the same empty insertion point.
  public func overlaps(_ other: TextRange) -> Bool {
    if isEmpty && other.isEmpty { return start == other.start }
    if isEmpty { return other.start < start && start < other.end }
    if other.isEmpty { return start < other.start && other.start < end }
    return start < other.end && other.start < end
  }

  /// The smallest range covering both.
  public func cover(_ other: TextRange) -> TextRange {
    TextRange(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
  }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public var description: String { "\(start)..<\(end)" }
}
