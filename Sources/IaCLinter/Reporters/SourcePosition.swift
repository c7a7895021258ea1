import IaCModel
import IaCRules
import IaCSyntax

/// A 1-based line and 1-based column counted in characters (Unicode scalars), as people and CI tools count.
public struct SourcePosition: Sendable, Hashable, Comparable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// Converts byte offsets of reported files into 1-based lines and character columns, building each file's line
/// table once.
public final class PositionConverter: @unchecked Sendable {
  let documents: [String: [UInt8]]
  var tables: [String: LineTable] = [:]

  public init(documents: [String: [UInt8]]) {
    self.documents = documents
  }

  /// The position of `offset` in `path`; 1:1 for files that are not known (such as files a fix would create).
  public func position(_ path: String, _ offset: Int) -> SourcePosition {
    guard let bytes = documents[path] else { return SourcePosition(line: 1, column: 1) }
    let table = tables[path] ?? LineTable(bytes)
    tables[path] = table
    let line = table.line(containing: offset)
    return SourcePosition(line: line + 1, column: table.characterColumn(of: offset, in: bytes) + 1)
  }

  /// The start and end positions of `range` in `path`.
  public func positions(_ path: String, _ range: TextRange) -> (SourcePosition, SourcePosition) {
    (position(path, range.start), position(path, range.end))
  }

  /// The text of the 1-based line in `path`, without its terminator.
  public func lineText(_ path: String, _ line: Int) -> String? {
    guard let bytes = documents[path] else { return nil }
    let table = tables[path] ?? LineTable(bytes)
    tables[path] = table
    guard let range = table.range(ofLine: line - 1, in: bytes) else { return nil }
    return String(decoding: bytes[range.start..<range.end], as: UTF8.self)
  }
}
