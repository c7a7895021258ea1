#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// The offsets at which each line of a buffer starts, built with one scan of the bytes.
///
/// `\n`, `\r\n` (counted once) and a lone `\r` all end a line, as editors and the LSP specification agree.
public struct LineTable: Sendable {
  /// The byte offset at which each line starts; the first entry is always 0.
  public let lineStarts: [Int]
  /// The length of the buffer in bytes.
  public let length: Int

  /// Scans `bytes` once for line terminators.
  public init(_ bytes: [UInt8]) {
    var starts: [Int] = [0]
    starts.reserveCapacity(bytes.count / 32 + 1)
    let count = bytes.count
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, count > 0 else { return }
      if memchr(base, Int32(UInt8(ascii: "\r")), count) == nil {
        // Only `\n` ends lines (nearly every file): let `memchr` find each.
        let start = UnsafeRawPointer(base)
        var offset = 0
        while offset < count, let found = memchr(start + offset, Int32(UInt8(ascii: "\n")), count - offset) {
          offset = UnsafeRawPointer(found) - start + 1
          starts.append(offset)
        }
        return
      }
      var index = 0
      while index < count {
        let byte = buffer[index]
        if byte == UInt8(ascii: "\n") {
          starts.append(index + 1)
        } else if byte == UInt8(ascii: "\r") {
          if index + 1 < count && buffer[index + 1] == UInt8(ascii: "\n") {
            index += 1
          }
          starts.append(index + 1)
        }
        index += 1
      }
    }
    lineStarts = starts
    length = count
  }

  /// The number of lines; a buffer ending in a newline has an empty last line.
  public var lineCount: Int { lineStarts.count }

  /// The zero-based line that contains `offset`; offsets past the end are clamped to the last line.
  public func line(containing offset: Int) -> Int {
    let offset = Swift.max(0, Swift.min(offset, length))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset {
        low = mid
      } else {
        high = mid - 1
      }
    }
    return low
  }

  /// The zero-based line and the zero-based UTF-8 column of `offset`, clamped into the buffer.
  public func location(of offset: Int) -> (line: Int, utf8Column: Int) {
    let offset = Swift.max(0, Swift.min(offset, length))
    let line = line(containing: offset)
    return (line, offset - lineStarts[line])
  }

  /// The byte range of a zero-based line, without its terminator; nil when the line does not exist.
  public func range(ofLine line: Int, in bytes: [UInt8]) -> TextRange? {
    guard line >= 0 && line < lineStarts.count else { return nil }
    let start = lineStarts[line]
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : length
    while end > start && (bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r")) {
      end -= 1
    }
    return TextRange(start: start, end: end)
  }

  /// The zero-based column of `offset` counted in Unicode scalars, the "characters" a person counts.
  ///
  /// Invalid UTF-8 counts one column per byte that is not a continuation byte.
  public func characterColumn(of offset: Int, in bytes: [UInt8]) -> Int {
    let (line, _) = location(of: offset)
    let start = lineStarts[line]
    let end = Swift.max(start, Swift.min(offset, bytes.count))
    var column = 0
    var index = start
    while index < end {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return column
  }

  /// The zero-based column of `offset` counted in UTF-16 code units, as the LSP default encoding wants.
  public func utf16Column(of offset: Int, in bytes: [UInt8]) -> Int {
    let (line, _) = location(of: offset)
    let start = lineStarts[line]
    let end = Swift.max(start, Swift.min(offset, bytes.count))
    var column = 0
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte & 0xC0 != 0x80 {
        column += byte >= 0xF0 ? 2 : 1
      }
      index += 1
    }
    return column
  }

  /// The byte offset of a zero-based line and character column (Unicode scalars), clamped to the line.
  public func offset(line: Int, characterColumn: Int, in bytes: [UInt8]) -> Int {
    guard line < lineStarts.count else { return length }
    guard line >= 0 else { return 0 }
    let lineRange = range(ofLine: line, in: bytes)!
    var index = lineRange.start
    var column = 0
    while index < lineRange.end && column < characterColumn {
      index += 1
      while index < lineRange.end && bytes[index] & 0xC0 == 0x80 { index += 1 }
      column += 1
    }
    return index
  }
}
