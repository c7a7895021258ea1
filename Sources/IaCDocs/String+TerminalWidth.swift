extension String {
  /// The columns the string takes in a monospaced terminal: wide East Asian characters and emoji count two,
  /// control characters none, everything else one.
  var terminalWidth: Int {
    reduce(0) { $0 + $1.terminalWidth }
  }
}

extension Character {
  /// The columns the character takes in a monospaced terminal.
  var terminalWidth: Int {
    guard let first = unicodeScalars.first else { return 0 }
    if unicodeScalars.contains(where: { $0.value == 0xFE0F }) || first.properties.isEmojiPresentation {
      return 2
    }
    switch first.value {
    case 0x00..<0x20, 0x7F..<0xA0, 0x200B...0x200F:
      return 0
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x2FFFD,
      0x30000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
