/// The unit LSP `character` offsets count, agreed at `initialize`.
public enum PositionEncoding: String, Sendable, Hashable, CaseIterable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"

  /// UTF-8 when the client offers it (no conversion at all), else UTF-16, which every client supports.
  public static func negotiate(offered: [String]?) -> PositionEncoding {
    (offered ?? []).contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
  }
}
